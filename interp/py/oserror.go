package py

// This file gives OSError(errno, strerror[, ...]) the subclass CPython's
// OSError.__new__ picks by errno: OSError(2, "...") is a
// FileNotFoundError.

import "go.starlark.net/starlark"

// osErrnoClass names the OSError subclass of each errno (Linux's
// numbers), as CPython's errnomap.
var osErrnoClass = map[int]string{
	1: "PermissionError", 13: "PermissionError",
	2: "FileNotFoundError", 3: "ProcessLookupError", 4: "InterruptedError",
	10: "ChildProcessError", 11: "BlockingIOError", 114: "BlockingIOError", 115: "BlockingIOError",
	17: "FileExistsError", 20: "NotADirectoryError", 21: "IsADirectoryError",
	32: "BrokenPipeError", 108: "BrokenPipeError",
	103: "ConnectionAbortedError", 104: "ConnectionResetError", 111: "ConnectionRefusedError",
	110: "TimeoutError",
}

// osErrorSubclass returns the class an exception of class c made from
// args is: OSError's subclass for its errno when c is OSError itself and
// args are (errno, strerror[, filename[, winerror[, filename2]]]), else c.
func osErrorSubclass(c *Class, args starlark.Tuple) *Class {
	if c != OSError || len(args) < 2 || len(args) > 5 {
		return c
	}
	var errno int64
	switch n := Unbox(args[0]).(type) {
	case starlark.Int:
		errno, _ = n.Int64()
	case starlark.Bool:
		if n {
			errno = 1
		}
	default:
		return c
	}
	name, ok := osErrnoClass[int(errno)]
	if !ok {
		return c
	}
	for _, sub := range BuiltinExceptions() {
		if sub.ClassName == name {
			return sub
		}
	}
	return c
}
