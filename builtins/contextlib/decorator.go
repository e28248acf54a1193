package contextlib

// This file defines AbstractContextManager and ContextDecorator, after
// CPython's Lib/contextlib.py: base classes whose methods live in their
// dicts, for user subclasses.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	Module.Members["AbstractContextManager"] = AbstractContextManagerClass
	Module.Members["ContextDecorator"] = ContextDecoratorClass
}

// AbstractContextManagerClass is contextlib.AbstractContextManager:
// __enter__ returns self, __exit__ returns None.
var AbstractContextManagerClass = func() *py.Class {
	c := py.NewClass("AbstractContextManager", "contextlib")
	c.Generic = true        // AbstractContextManager[int]
	c.Ext = &py.UserClass{} // its methods are special methods of subclasses
	c.Dict["__enter__"] = starlark.NewBuiltin("__enter__", returnSelf)
	c.Dict["__exit__"] = starlark.NewBuiltin("__exit__", abstractExit)
	return c
}()

// ContextDecoratorClass is contextlib.ContextDecorator: an instance
// called with a function returns the function run inside a with
// statement on self._recreate_cm().
var ContextDecoratorClass = func() *py.Class {
	c := py.NewClass("ContextDecorator", "contextlib")
	c.Ext = &py.UserClass{}
	c.Dict["_recreate_cm"] = starlark.NewBuiltin("_recreate_cm", returnSelf)
	c.Dict["__call__"] = starlark.NewBuiltin("__call__", decorate)
	return c
}()

func returnSelf(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var self starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &self); err != nil {
		return nil, err
	}
	return self, nil
}

func abstractExit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var self, typ, value, tb starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 4, &self, &typ, &value, &tb); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

// decorate implements ContextDecorator.__call__(self, func).
func decorate(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var self starlark.Value
	var fn starlark.Callable
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &self, &fn); err != nil {
		return nil, err
	}
	return starlark.NewBuiltin(fn.Name(), func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		cm, err := builtins.CallMethod(thread, self, "_recreate_cm", nil, nil)
		if err != nil {
			return nil, err
		}
		return callWith(thread, cm, fn, args, kwargs)
	}), nil
}

// callWith runs fn(*args, **kwargs) in with cm:, as the with statement.
func callWith(thread *starlark.Thread, cm starlark.Value, fn starlark.Callable, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	stack := &ExitStack{}
	if _, err := stackEnterContext(stack, thread, starlark.Tuple{cm}, nil); err != nil {
		return nil, err
	}
	res, err := starlark.Call(thread, fn, args, kwargs)
	if err == nil {
		_, err = stack.unwind(thread, starlark.None, starlark.None, starlark.None)
		return res, err
	}
	if core.IsCancellation(err) {
		return nil, err
	}
	e := py.ToException(err)
	tb, terr := e.Attr("__traceback__")
	if terr != nil || tb == nil {
		tb = starlark.None
	}
	suppressed, uerr := stack.unwind(thread, e.Class, e.Value(), tb)
	switch {
	case uerr != nil:
		return nil, uerr
	case suppressed:
		return starlark.None, nil
	}
	return nil, err
}
