package concurrent

// This file defines concurrent.futures.Executor, the base class of
// ThreadPoolExecutor that scripts subclass with their own submit: its
// map, shutdown and context manager methods work through the
// instance's submit and shutdown.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// BaseExecutorClass is concurrent.futures.Executor.
var BaseExecutorClass = newBaseExecutorClass()

func newBaseExecutorClass() *py.Class {
	c := py.NewClass("Executor", "concurrent.futures._base")
	c.Ext = &py.NativeClass{New: func(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args)+len(kwargs) > 0 {
			return nil, py.Raise(py.TypeError, "Executor() takes no arguments")
		}
		return py.Allocate(thread, cls, nil, nil)
	}}
	c.Dict["submit"] = starlark.NewBuiltin("submit", baseSubmit)
	c.Dict["map"] = starlark.NewBuiltin("map", baseMap)
	c.Dict["shutdown"] = starlark.NewBuiltin("shutdown", baseShutdown)
	c.Dict["__enter__"] = starlark.NewBuiltin("__enter__", baseEnter)
	c.Dict["__exit__"] = starlark.NewBuiltin("__exit__", baseExit)
	return c
}

// baseSubmit implements Executor.submit(self, fn, /, *args, **kwargs),
// which subclasses override.
func baseSubmit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 2 {
		return nil, py.Raisef(py.TypeError, "Executor.submit() missing %d required positional argument%s", 2-len(args), map[bool]string{true: "s"}[len(args) == 0])
	}
	return nil, py.NewException(py.NotImplementedError)
}

// baseMap implements Executor.map(self, fn, *iterables, timeout=None,
// chunksize=1) through self.submit, whose futures it iterates.
// https://docs.python.org/3/library/concurrent.futures.html#concurrent.futures.Executor.map
func baseMap(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 2 {
		return nil, py.Raise(py.TypeError, "Executor.map() missing 1 required positional argument: 'fn'")
	}
	var timeout core.Timeout
	var chunksize int
	if err := starlark.UnpackArgs("map", nil, kwargs, "timeout?", &timeout, "chunksize?", &chunksize); err != nil {
		return nil, err
	}
	submit, err := builtins.GetAttr(args[0], "submit")
	if err != nil {
		return nil, err
	}
	return mapFutures(thread, args[2:], timeout, func(fargs starlark.Tuple) (*Future, error) {
		v, err := starlark.Call(thread, submit, append(starlark.Tuple{args[1]}, fargs...), nil)
		if err != nil {
			return nil, err
		}
		f, ok := v.(*Future)
		if !ok {
			return nil, py.Raisef(py.TypeError, "submit() returned a '%s', not a Future", py.TypeName(v))
		}
		return f, nil
	})
}

// baseShutdown implements Executor.shutdown(self, wait=True, *,
// cancel_futures=False), which does nothing.
func baseShutdown(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var self starlark.Value
	wait, cancel := true, false
	if err := starlark.UnpackArgs("shutdown", args, kwargs, "self", &self, "wait?", &wait, "cancel_futures?", &cancel); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

func baseEnter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, py.Raise(py.TypeError, "Executor.__enter__() takes exactly one argument")
	}
	return args[0], nil
}

// baseExit implements Executor.__exit__: self.shutdown(wait=True).
func baseExit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "Executor.__exit__() missing 1 required positional argument: 'self'")
	}
	shutdown, err := builtins.GetAttr(args[0], "shutdown")
	if err != nil {
		return nil, err
	}
	if _, err := starlark.Call(thread, shutdown, nil, []starlark.Tuple{{starlark.String("wait"), starlark.True}}); err != nil {
		return nil, err
	}
	return starlark.False, nil
}

// ProcessPoolExecutorClass is concurrent.futures.ProcessPoolExecutor:
// spindle has no access to processes, so making one raises OSError, as
// multiprocessing.Pool() does.
var ProcessPoolExecutorClass = newProcessPoolClass()

func newProcessPoolClass() *py.Class {
	c := py.NewClass("ProcessPoolExecutor", "concurrent.futures.process", BaseExecutorClass)
	c.Ext = &py.NativeClass{New: func(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return nil, py.Raise(py.OSError, "spindle has no access to processes, which ProcessPoolExecutor needs;"+
			" use threads instead (threading, multiprocessing.dummy, concurrent.futures.ThreadPoolExecutor)")
	}}
	return c
}
