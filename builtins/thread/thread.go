// Package thread holds spindle's modules written in Python around
// threading: _thread (start_new_thread, allocate_lock, get_ident,
// TIMEOUT_MAX, LockType, RLock, error, _local, _count) and
// _threading_local.
package thread

// This file embeds the sources.

import (
	_ "embed"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Thread is the source of _thread.
//
//go:embed _thread.py
var Thread string

// ThreadingLocal is the source of _threading_local.
//
//go:embed _threading_local.py
var ThreadingLocal string

// Helpers are predeclared for the _thread source only:
//
//	_interrupt_main_thread()  raise KeyboardInterrupt in the main thread
var Helpers = starlark.StringDict{
	"_interrupt_main_thread": starlark.NewBuiltin("_interrupt_main_thread", interruptMainThread),
}

// interruptMainThread raises KeyboardInterrupt in the main thread of the
// caller's Interpreter, at its next step or in the wait it is in.
func interruptMainThread(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	for _, t := range core.RuntimeOf(thread).Threads() {
		if t.Main && t.State() != core.StateDone {
			t.Interrupt(py.NewException(py.KeyboardInterrupt))
		}
	}
	return starlark.None, nil
}
