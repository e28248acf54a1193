// Command spindle runs Python-subset scripts whose threads are goroutines.
//
// Usage:
//
//	spindle [flags] FILE [ARGS...]   run a .py or .star file
//	spindle [flags] -c CODE [ARGS]   run CODE
//	spindle [flags] -m MOD [ARGS]    run module MOD (a package's __main__) as python -m does
//	spindle [flags] -                run standard input
//	spindle [flags]                  start the REPL (or run stdin if it is not a terminal)
//
// spindle --help lists the flags (the usage text in run.go, their one
// list).
//
// Scripts import modules from the script's directory ("" for -c, - and
// the REPL: the current directory), then PYTHONPATH, and use files as
// python does unless --sandbox is given (grants.go).
//
// The command tunes the Go GC (gc.go): GOGC=400 and a soft memory limit
// at --max-memory, unless GOGC or GOMEMLIMIT is set. SPINDLE_CPUPROFILE=FILE
// writes a CPU profile of the run to FILE (profile.go).
//
// The exit status is 0 on success, 1 on an uncaught error and 2 on bad
// usage, as with CPython.
package main

import "os"

func main() {
	// The GC is tuned here, not in run, which the tests call in-process.
	if c, _, err := parseArgs(os.Args[1:]); err == nil {
		memory, _ := c.limits()
		tuneGC(memory)
	}
	stop := startProfile(os.Stderr)
	code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
