package py

// This file defines Host, what the object model needs of the runtime
// that runs script threads (package core's Runtime): the thread to call
// special methods in when an interface gives none, and the per-Interpreter
// limits. The object model reaches it through a starlark.Thread's local,
// so that it never imports the runtime.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// Host is the Interpreter a script thread runs under, as the object
// model sees it. Only the GIL's holder may call Active; the limits may
// be read from any goroutine.
type Host interface {
	// Active returns the starlark.Thread running the code of the
	// thread that holds the GIL, or nil.
	Active() *starlark.Thread
	// RaiseNext raises e in the thread holding the GIL at its next
	// step: the error of an interface that can't fail (truth).
	RaiseNext(e *Exception)
	// RecursionLimit returns sys.getrecursionlimit().
	RecursionLimit() int
	// IntMaxStrDigits returns sys.get_int_max_str_digits() (0: none).
	IntMaxStrDigits() int
	// SourceMap returns the SourceMap of a file it compiled, or nil.
	SourceMap(filename string) *abi.SourceMap
}

// ThreadKey is the starlark.Thread local under which the runtime keeps
// the script thread that a starlark.Thread runs; that value has a Host
// method.
const ThreadKey = "spindle.thread"

// HostOf returns the Host of the script thread that runs st, or nil.
func HostOf(st *starlark.Thread) Host {
	if t, ok := st.Local(ThreadKey).(interface{ Host() Host }); ok {
		return t.Host()
	}
	return nil
}
