// Package contextlib is spindle's contextlib module: contextmanager,
// suppress, nullcontext, redirect_stdout and redirect_stderr, ExitStack,
// closing, AbstractContextManager and ContextDecorator, native; and
// asynccontextmanager, AsyncExitStack and aclosing, written in Python
// (asyncmanagers.py), as awaiting is done by a coroutine's body.
package contextlib

import (
	_ "embed"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

//go:embed asyncmanagers.py
var asyncSource string

// Module is the contextlib module. Members:
//
//	contextmanager(func), suppress(*exceptions), nullcontext(enter_result=None)
//	redirect_stdout(new_target), redirect_stderr(new_target)
//	asynccontextmanager(func), AsyncExitStack, aclosing(thing)
//
// Its Source defines the asynchronous members; Loaded adds the native
// ones, which Members holds.
var Module = &core.Module{Name: "contextlib", Source: asyncSource, Members: starlark.StringDict{
	"contextmanager":  starlark.NewBuiltin("contextmanager", contextmanager),
	"suppress":        starlark.NewBuiltin("suppress", suppress),
	"nullcontext":     starlark.NewBuiltin("nullcontext", nullcontext),
	"redirect_stdout": redirect("redirect_stdout", "stdout"),
	"redirect_stderr": redirect("redirect_stderr", "stderr"),
}}

func init() {
	Module.Loaded = func(members starlark.StringDict) {
		for k, v := range Module.Members {
			members[k] = v
		}
	}
}

// contextmanager implements @contextmanager: the decorated function
// returns a context manager around the generator fn returns.
// https://docs.python.org/3/library/contextlib.html#contextlib.contextmanager
func contextmanager(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Callable
	if len(args) > 1 {
		return nil, py.TooManyArgs(b.Name(), "1", 1, len(args))
	}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "func", &fn); err != nil {
		return nil, err
	}
	return starlark.NewBuiltin(fn.Name(), func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		gen, err := starlark.Call(thread, fn, args, kwargs)
		if err != nil {
			return nil, err
		}
		return &manager{name: "_GeneratorContextManager", enter: func(thread *starlark.Thread) (starlark.Value, error) {
			v, err := builtins.CallMethod(thread, gen, "send", starlark.Tuple{starlark.None}, nil)
			if isStop(err) {
				return nil, py.Raise(py.RuntimeError, "generator didn't yield")
			}
			return v, err
		}, exit: func(thread *starlark.Thread, typ, value starlark.Value) (bool, error) {
			if typ != starlark.None {
				return throw(thread, gen, value)
			}
			_, err := builtins.CallMethod(thread, gen, "send", starlark.Tuple{starlark.None}, nil)
			if isStop(err) {
				return false, nil
			}
			if err == nil {
				err = py.Raise(py.RuntimeError, "generator didn't stop")
			}
			return false, err
		}}, nil
	}), nil
}

// throw raises the with block's exception, value, at the generator's
// yield. The block's exception is suppressed if the generator catches it
// and ends, and propagates if the generator lets it out; a different
// exception replaces it.
func throw(thread *starlark.Thread, gen, value starlark.Value) (bool, error) {
	_, err := builtins.CallMethod(thread, gen, "throw", starlark.Tuple{value}, nil)
	switch {
	case err == nil:
		return false, py.Raise(py.RuntimeError, "generator didn't stop after throw()")
	case isStop(err):
		return true, nil
	}
	if e, ok := py.AsException(err); ok && e.Value() == value {
		return false, nil
	}
	return false, err
}

func isStop(err error) bool {
	e, ok := py.AsException(err)
	return ok && e.Class.IsSubclass(py.StopIteration)
}

// suppress implements suppress(*exceptions): a context manager that
// swallows those exceptions.
func suppress(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "suppress() takes no keyword arguments")
	}
	classes := append(starlark.Tuple(nil), args...)
	return &manager{name: "suppress", exit: func(thread *starlark.Thread, exc, _ starlark.Value) (bool, error) {
		cls, ok := exc.(*py.Class)
		if !ok {
			return false, nil
		}
		for _, c := range classes {
			if want, ok := c.(*py.Class); ok && cls.IsSubclass(want) {
				return true, nil
			}
		}
		return false, nil
	}}, nil
}

// nullcontext implements nullcontext(enter_result=None).
func nullcontext(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var result starlark.Value = starlark.None
	if len(args) > 1 {
		return nil, py.TooManyArgs("nullcontext.__init__", "from 1 to 2", 2, len(args)+1)
	}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "enter_result?", &result); err != nil {
		return nil, err
	}
	return &manager{name: "nullcontext", enter: func(*starlark.Thread) (starlark.Value, error) { return result, nil }}, nil
}
