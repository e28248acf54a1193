//go:build !unix

package time

// This file defines the process's CPU time where there is no getrusage
// (the browser build): the time since the interpreter started, which
// like CPU time only grows and is meaningful as a difference.

func processNanos() int64 { return monoNanos() - 1e9 }
