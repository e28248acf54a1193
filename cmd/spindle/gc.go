package main

// This file tunes the Go garbage collector for an interpreter's
// allocation pattern: the VM allocates every call's frame, every boxed
// int and every bound method on the heap, garbage that dies at once, so
// the runtime's default target (collect when the heap doubles, from a
// 4 MB minimum) runs dozens of collections a second. The command (not
// the library: an embedding host owns its process's GC) collects when
// the heap has grown by gcPercent instead, and sets the --max-memory
// limit as the runtime's soft memory limit, so that near the limit the
// collector works harder rather than letting garbage count towards a
// MemoryError. GOGC and GOMEMLIMIT in the environment, when set, win.

import (
	"os"
	"runtime/debug"
)

// gcPercent is the command's GC target: collect when the heap has grown
// by 400% of the live heap since the last collection (Go's default is
// 100). It costs peak memory (about twice as much on the CPU-bound
// benchmarks, README "Speed") for 20–35% less CPU time.
const gcPercent = 400

// tuneGC sets the GC percent and, if memory is positive, the soft memory
// limit, each unless its environment variable is set.
func tuneGC(memory int64) {
	if _, ok := os.LookupEnv("GOGC"); !ok {
		debug.SetGCPercent(gcPercent)
	}
	if _, ok := os.LookupEnv("GOMEMLIMIT"); !ok && memory > 0 {
		debug.SetMemoryLimit(memory)
	}
}
