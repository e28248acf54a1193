package contextlib

// This file defines ExitStack and closing, after CPython's
// Lib/contextlib.py.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	Module.Members["ExitStack"] = ExitStackClass
	Module.Members["closing"] = starlark.NewBuiltin("closing", closing)
}

// ExitStackClass is contextlib.ExitStack.
var ExitStackClass = newExitStackClass()

func newExitStackClass() *py.Class {
	c := py.NewClass("ExitStack", "contextlib")
	c.Ext = &py.NativeClass{New: func(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs("ExitStack", args, kwargs, 0); err != nil {
			return nil, err
		}
		return &ExitStack{}, nil
	}}
	return c
}

// ExitStack is a stack of exit callbacks, unwound last first when its
// with block ends or close is called. It is guarded by the GIL.
type ExitStack struct {
	callbacks []exitCallback
	attrs     py.AttrDict // attributes set by scripts
}

// exitCallback is an __exit__-like function (called with the exception
// details; a true result suppresses the exception), or for plain a
// callback's function and arguments.
type exitCallback struct {
	fn     starlark.Value
	args   starlark.Tuple
	kwargs []starlark.Tuple
	plain  bool
}

var _ starlark.HasAttrs = (*ExitStack)(nil)

func (s *ExitStack) String() string {
	return fmt.Sprintf("<contextlib.ExitStack object at %#x>", py.Addr(s))
}
func (s *ExitStack) Type() string          { return "ExitStack" }
func (s *ExitStack) Freeze()               {}
func (s *ExitStack) Truth() starlark.Bool  { return true }
func (s *ExitStack) Hash() (uint32, error) { return uint32(py.Addr(s)), nil }

// PyClass returns contextlib.ExitStack.
func (s *ExitStack) PyClass() *py.Class { return ExitStackClass }

type stackMethod func(s *ExitStack, thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

var stackMethods = map[string]stackMethod{
	"enter_context": stackEnterContext, "push": stackPush, "callback": stackCallback,
	"pop_all": stackPopAll, "close": stackClose, "__enter__": stackEnter, "__exit__": stackExit,
}

// Attr implements starlark.HasAttrs.
func (s *ExitStack) Attr(name string) (starlark.Value, error) {
	if name == "__class__" {
		return ExitStackClass, nil
	}
	if v, ok := s.attrs.Get(name); ok {
		return v, nil
	}
	m, ok := stackMethods[name]
	if !ok {
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return m(s, thread, args, kwargs)
	}), nil
}

// AttrNames implements starlark.HasAttrs.
func (s *ExitStack) AttrNames() []string {
	names := make([]string, 0, len(stackMethods))
	for k := range stackMethods {
		names = append(names, k)
	}
	return append(names, s.attrs.Names()...)
}

// SetField sets an attribute: an ExitStack has a __dict__.
func (s *ExitStack) SetField(name string, v starlark.Value) error { return s.attrs.Set(name, v) }

// DelField deletes an attribute a script set.
func (s *ExitStack) DelField(name string) error { return s.attrs.Delete(s, name) }

// stackEnterContext implements enter_context(cm): it enters cm and
// pushes its __exit__.
func stackEnterContext(s *ExitStack, thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var cm starlark.Value
	if err := starlark.UnpackPositionalArgs("enter_context", args, kwargs, 1, &cm); err != nil {
		return nil, err
	}
	enter, _ := builtins.GetAttr(cm, "__enter__")
	exit, _ := builtins.GetAttr(cm, "__exit__")
	if enter == nil || exit == nil {
		cls := builtins.TypeOf(cm)
		module := cls.Module
		if module == "" {
			module = "builtins"
		}
		return nil, py.Raisef(py.TypeError, "'%s.%s' object does not support the context manager protocol", module, cls.ClassName)
	}
	v, err := starlark.Call(thread, enter, nil, nil)
	if err != nil {
		return nil, err
	}
	s.callbacks = append(s.callbacks, exitCallback{fn: exit})
	return v, nil
}

// stackPush implements push(exit): a context manager's __exit__, or an
// __exit__-like callable.
func stackPush(s *ExitStack, thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var exit starlark.Value
	if err := starlark.UnpackPositionalArgs("push", args, kwargs, 1, &exit); err != nil {
		return nil, err
	}
	fn := exit
	if m, _ := builtins.GetAttr(exit, "__exit__"); m != nil {
		fn = m
	}
	s.callbacks = append(s.callbacks, exitCallback{fn: fn})
	return exit, nil
}

// stackCallback implements callback(callback, /, *args, **kwds).
func stackCallback(s *ExitStack, thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "descriptor 'callback' of 'ExitStack' object needs an argument")
	}
	s.callbacks = append(s.callbacks, exitCallback{fn: args[0], args: args[1:], kwargs: kwargs, plain: true})
	return args[0], nil
}

// stackPopAll implements pop_all(): a new stack takes the callbacks.
func stackPopAll(s *ExitStack, thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("pop_all", args, kwargs, 0); err != nil {
		return nil, err
	}
	moved := &ExitStack{callbacks: s.callbacks}
	s.callbacks = nil
	return moved, nil
}

func stackClose(s *ExitStack, thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("close", args, kwargs, 0); err != nil {
		return nil, err
	}
	_, err := s.unwind(thread, starlark.None, starlark.None, starlark.None)
	return starlark.None, err
}

func stackEnter(s *ExitStack, thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("__enter__", args, kwargs, 0); err != nil {
		return nil, err
	}
	return s, nil
}

func stackExit(s *ExitStack, thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var typ, value, tb starlark.Value
	if err := starlark.UnpackPositionalArgs("__exit__", args, kwargs, 3, &typ, &value, &tb); err != nil {
		return nil, err
	}
	suppressed, err := s.unwind(thread, typ, value, tb)
	return starlark.Bool(suppressed), err
}

// unwind calls the callbacks, last first, as ExitStack.__exit__ does: a
// callback returning true suppresses the exception; one that raises
// replaces it (with the old one as its __context__) for the callbacks
// left, and is raised at the end. It reports whether an exception it
// was given was suppressed.
func (s *ExitStack) unwind(thread *starlark.Thread, typ, value, tb starlark.Value) (bool, error) {
	received := typ != starlark.None
	suppressed := false
	var pending *py.Exception
	for len(s.callbacks) > 0 {
		cb := s.callbacks[len(s.callbacks)-1]
		s.callbacks = s.callbacks[:len(s.callbacks)-1]
		res, err := cb.call(thread, typ, value, tb)
		if err != nil {
			if core.IsCancellation(err) {
				return false, err
			}
			e := py.ToException(err)
			if old := exceptionOf(value); old != nil {
				fixContext(e, old)
			}
			pending = e
			typ, value = e.Class, e.Value()
			if tb, err = e.Attr("__traceback__"); err != nil || tb == nil {
				tb = starlark.None
			}
			continue
		}
		if res.Truth() {
			suppressed, pending = true, nil
			typ, value, tb = starlark.None, starlark.None, starlark.None
		}
	}
	if pending != nil {
		return false, pending
	}
	return received && suppressed, nil
}

// call runs one callback with the exception details.
func (cb exitCallback) call(thread *starlark.Thread, typ, value, tb starlark.Value) (starlark.Value, error) {
	if cb.plain {
		_, err := starlark.Call(thread, cb.fn, cb.args, cb.kwargs)
		return starlark.False, err
	}
	return starlark.Call(thread, cb.fn, starlark.Tuple{typ, value, tb}, nil)
}

// exceptionOf returns the exception behind an exception value, or nil.
func exceptionOf(v starlark.Value) *py.Exception {
	switch x := v.(type) {
	case *py.Exception:
		return x
	case interface{ PyException() *py.Exception }:
		return x.PyException()
	}
	return nil
}

// fixContext makes old the __context__ at the end of new's chain, as
// _fix_exception_context does.
func fixContext(newExc, old *py.Exception) {
	for {
		ctx := newExc.Context
		if ctx == nil || ctx == old {
			break
		}
		if ctx == newExc {
			return
		}
		newExc = ctx
	}
	if newExc != old {
		newExc.Context = old
	}
}

// closing implements closing(thing): a context manager that returns
// thing and calls thing.close() at the end of the block.
func closing(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var thing starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "thing", &thing); err != nil {
		return nil, err
	}
	return &manager{name: "closing",
		enter: func(*starlark.Thread) (starlark.Value, error) { return thing, nil },
		exit: func(thread *starlark.Thread, _, _ starlark.Value) (bool, error) {
			_, err := builtins.CallMethod(thread, thing, "close", nil, nil)
			return false, err
		}}, nil
}
