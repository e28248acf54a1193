package builtins

// This file defines asynchronous generators, the objects an async def
// whose body yields returns. Like a coroutine, it is a generator
// underneath: its body's yield hands the consumer an asyncValue, while
// the awaits in its body yield what the event loop gets. The awaitables
// that __anext__, asend, athrow and aclose return (asyncStep) resume the
// body until it yields an asyncValue (their result, as StopIteration's
// value) and pass on everything else, as CPython's do.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// AsyncGenerator is an asynchronous generator object; its fields are
// guarded by the GIL.
type AsyncGenerator struct {
	g *Generator
}

// asyncValue is a value an async generator's body yields to its consumer.
type asyncValue struct{ v starlark.Value }

func (a asyncValue) String() string        { return a.v.String() }
func (a asyncValue) Type() string          { return "async_generator_wrapped_value" }
func (a asyncValue) Freeze()               {}
func (a asyncValue) Truth() starlark.Bool  { return true }
func (a asyncValue) Hash() (uint32, error) { return 0, nil }

// NewAsyncGeneratorFunction returns the function of fn, an async def
// whose body yields: calling it returns an AsyncGenerator.
func NewAsyncGeneratorFunction(fn *starlark.Function) starlark.Callable {
	return &genFunc{fn: fn, agen: true}
}

func (a *AsyncGenerator) String() string {
	return "<async_generator object " + a.g.s.qualName() + " at " + hexAddr(a) + ">"
}
func (a *AsyncGenerator) PyRepr() string        { return a.String() }
func (a *AsyncGenerator) Type() string          { return "async_generator" }
func (a *AsyncGenerator) Freeze()               {}
func (a *AsyncGenerator) Truth() starlark.Bool  { return true }
func (a *AsyncGenerator) Hash() (uint32, error) { return uint32(py.Addr(a)), nil }

// Attr implements starlark.HasAttrs.
func (a *AsyncGenerator) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__aiter__":
		return starlark.NewBuiltin("__aiter__", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return a, nil
		}), nil
	case "__anext__":
		return starlark.NewBuiltin("__anext__", agenANext).BindReceiver(a), nil
	case "asend":
		return starlark.NewBuiltin("asend", agenASend).BindReceiver(a), nil
	case "athrow":
		return starlark.NewBuiltin("athrow", agenAThrow).BindReceiver(a), nil
	case "aclose":
		return starlark.NewBuiltin("aclose", agenAClose).BindReceiver(a), nil
	case "__name__":
		return starlark.String(a.g.s.funcName()), nil
	case "__qualname__":
		return starlark.String(a.g.s.qualName()), nil
	case "ag_running":
		return starlark.Bool(a.g.s.running), nil
	case "ag_frame":
		return a.g.frame(), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (a *AsyncGenerator) AttrNames() []string {
	return []string{"aclose", "ag_frame", "ag_running", "asend", "athrow"}
}

func agenANext(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return &asyncStep{ag: b.Receiver().(*AsyncGenerator), kind: "asend", first: genMsg{v: starlark.None}}, nil
}

func agenASend(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	return &asyncStep{ag: b.Receiver().(*AsyncGenerator), kind: "asend", first: genMsg{v: v}}, nil
}

func agenAThrow(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	e, err := ToRaisable(thread, x)
	if err != nil {
		return nil, py.Raisef(py.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", py.TypeName(x))
	}
	return &asyncStep{ag: b.Receiver().(*AsyncGenerator), kind: "athrow", first: genMsg{exc: e}}, nil
}

func agenAClose(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return &asyncStep{ag: b.Receiver().(*AsyncGenerator), kind: "athrow", first: genMsg{kill: true}, closing: true}, nil
}

// asyncStep is the awaitable of __anext__, asend, athrow and aclose.
type asyncStep struct {
	ag      *AsyncGenerator
	kind    string // "asend" or "athrow", for the type's name
	first   genMsg // what the first resume passes in
	started bool
	done    bool
	closing bool // aclose: the body must end, not yield
}

func (a *asyncStep) String() string {
	return "<async_generator_" + a.kind + " object at " + hexAddr(a) + ">"
}
func (a *asyncStep) Type() string          { return "async_generator_" + a.kind }
func (a *asyncStep) Freeze()               {}
func (a *asyncStep) Truth() starlark.Bool  { return true }
func (a *asyncStep) Hash() (uint32, error) { return uint32(py.Addr(a)), nil }

// Attr implements starlark.HasAttrs: the iterator protocol of an awaitable.
func (a *asyncStep) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__await__", "__iter__":
		return starlark.NewBuiltin(name, func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return a, nil
		}), nil
	case "__next__":
		return starlark.NewBuiltin(name, stepSend).BindReceiver(a), nil
	case "send":
		return starlark.NewBuiltin(name, stepSend).BindReceiver(a), nil
	case "throw":
		return starlark.NewBuiltin(name, stepThrow).BindReceiver(a), nil
	case "close":
		return starlark.NewBuiltin(name, func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			a.done = true
			return starlark.None, nil
		}), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (a *asyncStep) AttrNames() []string { return []string{"close", "send", "throw"} }

func stepSend(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &v); err != nil {
		return nil, err
	}
	return b.Receiver().(*asyncStep).next(thread, genMsg{v: v})
}

func stepThrow(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	e, err := ToRaisable(thread, x)
	if err != nil {
		return nil, err
	}
	return b.Receiver().(*asyncStep).next(thread, genMsg{exc: e})
}

// next resumes the step as send or throw does: what the body passes on
// is returned, the step's result is StopIteration's value.
func (a *asyncStep) next(thread *starlark.Thread, msg genMsg) (starlark.Value, error) {
	v, done, err := a.resume(thread, msg)
	if err != nil || !done {
		return v, err
	}
	return nil, stopIteration(v)
}

// resume runs the body until it yields: done false with v what an await
// of the body passes on to the event loop; done true with v the step's
// result.
func (a *asyncStep) resume(thread *starlark.Thread, msg genMsg) (v starlark.Value, done bool, err error) {
	if a.done {
		return nil, false, py.Raisef(py.RuntimeError, "cannot reuse already awaited %s", a.Type())
	}
	if !a.started {
		a.started = true
		if msg.v != starlark.None || msg.exc != nil {
			return nil, false, py.Raisef(py.RuntimeError, "can't send non-None value to a just-started %s", a.Type())
		}
		msg = a.first
	}
	t := core.FromThread(thread)
	if t == nil {
		return nil, false, py.Raise(py.RuntimeError, "async generator resumed outside a script thread")
	}
	g := a.ag.g
	if g.s.finished {
		a.done = true
		if a.closing {
			return starlark.None, true, nil
		}
		if msg.exc != nil {
			return nil, false, msg.exc
		}
		return nil, false, py.NewException(py.StopAsyncIteration)
	}
	v, ended, err := g.resume(t, thread, msg)
	return a.outcome(v, ended, err)
}

// outcome words what the body did as the step's consumer sees it.
func (a *asyncStep) outcome(v starlark.Value, ended bool, err error) (starlark.Value, bool, error) {
	if err != nil {
		a.done = true
		e, ok := err.(*py.Exception)
		if a.closing && ok && (e.Class == py.GeneratorExit || e.Class == py.StopAsyncIteration) {
			return starlark.None, true, nil
		}
		if ok && e.Class == py.StopAsyncIteration {
			r := py.Raise(py.RuntimeError, "async generator raised StopAsyncIteration")
			r.Cause = e
			return nil, false, r
		}
		if ok && e.Class == py.RuntimeError && len(e.Args) == 1 && e.Args[0] == starlark.String("generator raised StopIteration") {
			e.Args = starlark.Tuple{starlark.String("async generator raised StopIteration")}
		}
		return nil, false, err
	}
	if ended {
		a.done = true
		if a.closing {
			return starlark.None, true, nil
		}
		return nil, false, py.NewException(py.StopAsyncIteration)
	}
	if w, ok := v.(asyncValue); ok {
		a.done = true
		if a.closing {
			return nil, false, py.Raise(py.RuntimeError, "async generator ignored GeneratorExit")
		}
		return w.v, true, nil
	}
	return v, false, nil
}

// awaitStep delegates an await in the body on s to the step a.
func (s *genState) awaitStep(thread *starlark.Thread, a *asyncStep) (starlark.Value, error) {
	msg := genMsg{v: starlark.None}
	for {
		v, done, err := a.resume(thread, msg)
		if err != nil || done {
			return v, err
		}
		if !s.yieldFn(genMsg{v: v}) {
			s.killed = true
			return nil, py.NewException(py.GeneratorExit)
		}
		msg = s.in
	}
}
