package main

// This file defines SPINDLE_CPUPROFILE: with it set to a file name, the
// command writes a CPU profile of the whole run there, for go tool pprof
// (README "Speed against CPython").

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// startProfile starts the CPU profile SPINDLE_CPUPROFILE asks for and
// returns the function that ends it; without the variable it does
// nothing.
func startProfile(stderr *os.File) (stop func()) {
	path := os.Getenv("SPINDLE_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(stderr, "spindle: SPINDLE_CPUPROFILE: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
