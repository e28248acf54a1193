//go:build unix

package time

// This file defines the process's CPU time on Unix: user plus system
// time from getrusage, as CPython's process_time.

import "syscall"

func processNanos() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
