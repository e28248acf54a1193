package builtins

// This file defines coroutines, the objects an async def's call returns,
// and await. A coroutine is a generator underneath (its body runs as a
// generator's body does, see generator_body.go); await x delegates to it
// as yield from does, so that an event loop drives a chain of awaiting
// coroutines by send and throw on the outermost one.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Coroutine is a coroutine object. Its fields are guarded by the GIL.
type Coroutine struct {
	g     *Generator
	watch *coroWatch // until it is awaited (coroutine_warn.go)
}

var (
	_ starlark.HasAttrs = (*Coroutine)(nil)
	_ py.PyReprer       = (*Coroutine)(nil)
)

// NewCoroutineFunction returns the coroutine function of fn, an async
// def: calling it returns a coroutine that runs fn.
func NewCoroutineFunction(fn *starlark.Function) starlark.Callable {
	return &genFunc{fn: fn, coro: true}
}

func (c *Coroutine) String() string {
	return "<coroutine object " + c.g.s.qualName() + " at " + hexAddr(c) + ">"
}
func (c *Coroutine) PyRepr() string        { return c.String() }
func (c *Coroutine) Type() string          { return "coroutine" }
func (c *Coroutine) Freeze()               {}
func (c *Coroutine) Truth() starlark.Bool  { return true }
func (c *Coroutine) Hash() (uint32, error) { return uint32(py.Addr(c)), nil }

// Attr implements starlark.HasAttrs: send, throw, close and __await__.
func (c *Coroutine) Attr(name string) (starlark.Value, error) {
	switch name {
	case "send":
		return starlark.NewBuiltin("send", coroSend).BindReceiver(c), nil
	case "throw":
		return starlark.NewBuiltin("throw", coroThrow).BindReceiver(c), nil
	case "close":
		c.markAwaited()
		return starlark.NewBuiltin("close", genClose).BindReceiver(c.g), nil
	case "__await__":
		return starlark.NewBuiltin("__await__", coroAwait).BindReceiver(c), nil
	case "__name__":
		return starlark.String(c.g.s.funcName()), nil
	case "__qualname__":
		return starlark.String(c.g.s.qualName()), nil
	case "cr_running":
		return starlark.Bool(c.g.s.running), nil
	case "cr_suspended":
		return starlark.Bool(c.g.s.started && !c.g.s.running && !c.g.s.finished), nil
	case "cr_frame":
		return c.g.frame(), nil
	case "cr_code":
		if fn, ok := c.g.s.fn.(*starlark.Function); ok {
			pos := fn.Position()
			return &core.Code{Name: fn.Name(), Filename: pos.Filename(), FirstLine: int(pos.Line), Func: fn}, nil
		}
		return starlark.None, nil
	case "__sp_finished":
		return starlark.Bool(c.g.s.finished), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (c *Coroutine) AttrNames() []string {
	return []string{"close", "cr_code", "cr_frame", "cr_running", "cr_suspended", "send", "throw"}
}

// reusable reports CPython's error for resuming a coroutine that ended.
func (c *Coroutine) reusable() error {
	c.markAwaited()
	if c.g.s.finished {
		return py.Raise(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	return nil
}

// coroError words a generator's errors as a coroutine's.
func coroError(err error) error {
	if e, ok := err.(*py.Exception); ok && e.Class == py.RuntimeError && len(e.Args) == 1 {
		switch e.Args[0] {
		case starlark.String("generator raised StopIteration"):
			e.Args = starlark.Tuple{starlark.String("coroutine raised StopIteration")}
		case starlark.String("generator already executing"):
			e.Args = starlark.Tuple{starlark.String("coroutine already executing")}
		}
	}
	return err
}

// coroSend implements coro.send(v).
func coroSend(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	c := b.Receiver().(*Coroutine)
	if err := c.reusable(); err != nil {
		return nil, err
	}
	v, err := c.g.nextOf(thread, genMsg{v: v})
	return v, coroError(err)
}

// coroThrow implements coro.throw(exc).
func coroThrow(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	c := b.Receiver().(*Coroutine)
	if err := c.reusable(); err != nil {
		return nil, err
	}
	v, err := c.g.throw(thread, x)
	return v, coroError(err)
}

// coroAwait implements coro.__await__(): the iterator that awaiting it
// drives (spindle's is the coroutine's generator).
func coroAwait(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	c := b.Receiver().(*Coroutine)
	c.markAwaited()
	return c.g, nil
}

// Await implements await x in the body of a coroutine running on
// thread: it delegates to the coroutine x, or to the iterator that x's
// __await__ returns, and returns its result.
func Await(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
	s, err := bodyState(thread, "await")
	if err != nil {
		return nil, err
	}
	if c, ok := x.(*Coroutine); ok {
		if err := c.reusable(); err != nil {
			return nil, err
		}
		v, err := s.yieldFromGen(thread, c.g)
		return v, coroError(err)
	}
	if a, ok := x.(*asyncStep); ok {
		return s.awaitStep(thread, a)
	}
	it, err := awaitIterator(thread, x)
	if err != nil {
		return nil, err
	}
	if g, ok := it.(*Generator); ok {
		return s.yieldFromGen(thread, g)
	}
	return s.yieldFromIter(thread, it)
}

// awaitIterator returns the iterator of x.__await__(), with CPython's
// errors for an object that isn't awaitable.
func awaitIterator(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
	if _, ok := x.(*Generator); ok {
		return nil, py.Raisef(py.TypeError, "object %s can't be used in 'await' expression", py.TypeName(x))
	}
	m, err := GetAttrIn(thread, x, "__await__")
	if err != nil {
		if e, ok := py.AsException(err); ok && e.Class.IsSubclass(py.AttributeError) {
			return nil, py.Raisef(py.TypeError, "object %s can't be used in 'await' expression", py.TypeName(x))
		}
		return nil, err
	}
	it, err := starlark.Call(thread, m, nil, nil)
	if err != nil {
		return nil, err
	}
	if _, ok := it.(*Coroutine); ok {
		return nil, py.Raise(py.TypeError, "__await__() returned a coroutine")
	}
	if _, ok := it.(*Generator); !ok {
		if next, _ := GetAttrIn(thread, it, "__next__"); next == nil {
			return nil, py.Raisef(py.TypeError, "__await__() returned non-iterator of type '%s'", py.TypeName(it))
		}
	}
	return it, nil
}

// yieldFromIter delegates to it, an iterator that is not a generator:
// its __next__, or its send when a value is sent, until StopIteration.
func (s *genState) yieldFromIter(thread *starlark.Thread, it starlark.Value) (starlark.Value, error) {
	var sent starlark.Value = starlark.None
	for {
		var v starlark.Value
		var err error
		if sent == starlark.None {
			v, err = CallMethod(thread, it, "__next__", nil, nil)
		} else {
			v, err = CallMethod(thread, it, "send", starlark.Tuple{sent}, nil)
		}
		if err != nil {
			if e, ok := py.AsException(err); ok && e.Class.IsSubclass(py.StopIteration) {
				if len(e.Args) > 0 {
					return e.Args[0], nil
				}
				return starlark.None, nil
			}
			return nil, err
		}
		if sent, err = s.yield(v); err != nil {
			return nil, err
		}
	}
}

// isCoroutineFunction reports whether x is an async def's function.
func isCoroutineFunction(x starlark.Value) bool {
	f, ok := x.(*genFunc)
	return ok && f.coro
}

// IsCoroutineFunction reports whether x is the function of an async def
// (or a method bound to one).
func IsCoroutineFunction(x starlark.Value) bool {
	if w, ok := x.(interface{ WrapperFunc() starlark.Value }); ok {
		x = w.WrapperFunc()
	}
	return isCoroutineFunction(x)
}

// newCoroutine returns the coroutine whose body is g's, created by the
// code running on thread.
func newCoroutine(thread *starlark.Thread, g *Generator) *Coroutine {
	c := &Coroutine{g: g}
	watch(thread, g.s.rt, c)
	return c
}

// AsyncIter implements the start of async for over x: x.__aiter__().
func AsyncIter(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
	m := protocolMethod(thread, x, "__aiter__")
	if m == nil {
		return nil, py.Raisef(py.TypeError, "'async for' requires an object with __aiter__ method, got %s", py.TypeName(x))
	}
	return starlark.Call(thread, m, nil, nil)
}

// AsyncNext implements a step of async for over the asynchronous
// iterator it: the awaitable of it.__anext__().
func AsyncNext(thread *starlark.Thread, it starlark.Value) (starlark.Value, error) {
	m, _ := GetAttrIn(thread, it, "__anext__")
	if m == nil {
		return nil, py.Raisef(py.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s", py.TypeName(it))
	}
	return starlark.Call(thread, m, nil, nil)
}

// AsyncEnter implements the start of async with m: the awaitable of
// m.__aenter__(), once m is known to have __aexit__ too.
func AsyncEnter(thread *starlark.Thread, m starlark.Value) (starlark.Value, error) {
	enter := protocolMethod(thread, m, "__aenter__")
	exit := protocolMethod(thread, m, "__aexit__")
	if enter == nil || exit == nil {
		return nil, py.Raisef(py.TypeError, "'%s' object does not support the asynchronous context manager protocol", py.TypeName(m))
	}
	return starlark.Call(thread, enter, nil, nil)
}

// protocolMethod returns x's method name of an async protocol, or nil.
// CPython looks it up on x's type: a class's own methods don't count,
// only its metaclass's.
func protocolMethod(thread *starlark.Thread, x starlark.Value, name string) starlark.Value {
	if c, ok := x.(*py.Class); ok && (c.Metaclass == nil || lookupNil(c.Metaclass, name)) {
		return nil
	}
	m, _ := GetAttrIn(thread, x, name)
	return m
}

// AsyncIterate returns the iterator of an async for clause of a
// comprehension over x, in the coroutine running on thread: each step
// awaits the next item there.
func AsyncIterate(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
	ai, err := AsyncIter(thread, x)
	if err != nil {
		return nil, err
	}
	return NewIterator("async_generator", func() (starlark.Value, bool, error) {
		aw, err := AsyncNext(thread, ai)
		if err != nil {
			return nil, false, err
		}
		v, err := Await(thread, aw)
		if err != nil {
			if e, ok := err.(*py.Exception); ok && e.Class == py.StopAsyncIteration {
				return nil, false, nil
			}
			return nil, false, err
		}
		return v, true, nil
	}), nil
}

// lookupNil reports whether the class c lacks the attribute name.
func lookupNil(c *py.Class, name string) bool {
	v, _ := c.Lookup(name)
	return v == nil
}
