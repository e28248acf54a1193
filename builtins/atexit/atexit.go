// Package atexit is spindle's atexit module: functions registered with
// register run, last registered first, when the Interpreter is closed
// (interp.Interpreter.Close), after a script's non-daemon threads have
// been joined, as CPython runs them at interpreter exit.
package atexit

// This file defines the module, the per-Interpreter list of callbacks
// and Run, which the interpreter calls at exit.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the atexit module. Members:
//
//	register(func, *args, **kwargs)  (returns func: usable as a decorator)
//	unregister(func)
//	_run_exitfuncs(), _clear(), _ncallbacks()
var Module = &core.Module{Name: "atexit", Members: starlark.StringDict{
	"register":       starlark.NewBuiltin("register", register),
	"unregister":     starlark.NewBuiltin("unregister", unregister),
	"_run_exitfuncs": starlark.NewBuiltin("_run_exitfuncs", runExitFuncs),
	"_clear":         starlark.NewBuiltin("_clear", clearFuncs),
	"_ncallbacks":    starlark.NewBuiltin("_ncallbacks", ncallbacks),
}}

type callback struct {
	fn     starlark.Value
	args   starlark.Tuple
	kwargs []starlark.Tuple
}

// callbacks is an Interpreter's list, guarded by the GIL.
type callbacks struct{ list []callback }

type stateKey struct{}

func stateOf(rt *core.Runtime) *callbacks {
	return rt.ModuleState(stateKey{}, func() any { return &callbacks{} }).(*callbacks)
}

// Run calls the registered callbacks, last registered first, and removes
// them (callbacks registered meanwhile too, unrun, as in CPython). A
// callback's exception is reported on stderr, as CPython does, and the
// next callback runs. The caller holds the GIL.
func Run(thread *starlark.Thread) {
	rt := core.RuntimeOf(thread)
	s := stateOf(rt)
	list := s.list
	for i := len(list) - 1; i >= 0; i-- {
		if _, err := starlark.Call(thread, list[i].fn, list[i].args, list[i].kwargs); err != nil {
			report(thread, rt, list[i].fn, err)
		}
	}
	s.list = nil
}

// report prints CPython's "Exception ignored" message for err.
func report(thread *starlark.Thread, rt *core.Runtime, fn starlark.Value, err error) {
	e := py.ToException(err)
	if e.Class.IsSubclass(py.SystemExit) {
		return
	}
	e.CaptureStr(thread)
	name, rerr := py.ReprOf(thread, fn)
	if rerr != nil {
		name = py.Repr(fn)
	}
	rt.Stderr().WriteString("Exception ignored in atexit callback: " + name + "\n" + rt.Sources().FormatTraceback(e))
}

func register(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raisef(py.TypeError, "register() takes at least 1 argument (0 given)")
	}
	if _, ok := args[0].(starlark.Callable); !ok {
		return nil, py.Raise(py.TypeError, "the first argument must be callable")
	}
	s := stateOf(core.RuntimeOf(thread))
	s.list = append(s.list, callback{fn: args[0], args: args[1:], kwargs: kwargs})
	return args[0], nil
}

func unregister(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) != 0 {
		return nil, py.Raisef(py.TypeError, "atexit.unregister() takes exactly one argument (%d given)", len(args)+len(kwargs))
	}
	s := stateOf(core.RuntimeOf(thread))
	kept := s.list[:0]
	for _, cb := range s.list {
		if eq, err := starlark.Equal(cb.fn, args[0]); err != nil {
			return nil, err
		} else if !eq {
			kept = append(kept, cb)
		}
	}
	clear(s.list[len(kept):])
	s.list = kept
	return starlark.None, nil
}

func runExitFuncs(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	Run(thread)
	return starlark.None, nil
}

func clearFuncs(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	stateOf(core.RuntimeOf(thread)).list = nil
	return starlark.None, nil
}

func ncallbacks(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.MakeInt(len(stateOf(core.RuntimeOf(thread)).list)), nil
}

// Register adds fn to thread's exit callbacks, as register(fn) does: a
// module that runs code at exit (weakref.finalize) registers with it.
func Register(thread *starlark.Thread, fn starlark.Callable) {
	s := stateOf(core.RuntimeOf(thread))
	s.list = append(s.list, callback{fn: fn})
}
