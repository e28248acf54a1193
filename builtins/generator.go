package builtins

// This file defines generator functions and generator objects, which
// the runtime of lowered code (interp/pyrt) makes of a def whose body
// yields and of a generator expression. A generator's body runs on its own goroutine with
// its own starlark.Thread, lent the consumer's turn of the GIL while it
// runs (see core.Thread.Lend): the consumer and the body hand control to
// each other through channels, so exactly one of them runs at a time.

import (
	"errors"
	goiter "iter"
	"runtime"
	"strings"
	"weak"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// genFunc is a generator function: calling it returns a generator that
// runs fn's body.
type genFunc struct {
	fn    *starlark.Function
	probe *starlark.Thread // a cancelled thread, for bindError
	coro  bool             // an async def's: its call returns a Coroutine
	agen  bool             // an async def's that yields: an AsyncGenerator
}

var (
	_ starlark.Callable = (*genFunc)(nil)
	_ py.MethodLike     = (*genFunc)(nil)
	_ starlark.Iterable = (*Generator)(nil)
)

func (f *genFunc) String() string        { return f.fn.String() }
func (f *genFunc) Type() string          { return "function" }
func (f *genFunc) Freeze()               {}
func (f *genFunc) Truth() starlark.Bool  { return true }
func (f *genFunc) Hash() (uint32, error) { return uint32(py.Addr(f.fn)), nil }
func (f *genFunc) Name() string          { return f.fn.Name() }
func (f *genFunc) BindsLikeFunction()    {}

// PyRepr is the repr of the wrapped def.
func (f *genFunc) PyRepr() string { return py.Repr(f.fn) }

// CallInternal returns a new generator; the body starts at its first next.
func (f *genFunc) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	rt := core.RuntimeOf(thread)
	if rt == nil {
		return nil, py.Raise(py.RuntimeError, "generator called outside a script thread")
	}
	if err := f.bindError(args, kwargs); err != nil {
		return nil, err
	}
	s := &genState{rt: rt, fn: f.fn, args: args, kwargs: kwargs}
	if f.coro {
		return newCoroutine(thread, &Generator{s: s}), nil
	}
	if f.agen {
		s.agen = true
		return &AsyncGenerator{g: &Generator{s: s}}, nil
	}
	return &Generator{s: s}, nil
}

// NewGeneratorFunction returns the generator function of fn, a def
// whose body yields: calling it returns a generator that runs fn.
func NewGeneratorFunction(fn *starlark.Function) starlark.Callable {
	return &genFunc{fn: fn}
}

// NewGenerator returns a generator whose body is the call fn(*args),
// named name, as a generator expression's is: fn yields by Yield.
func NewGenerator(thread *starlark.Thread, fn starlark.Callable, args starlark.Tuple, name string) (*Generator, error) {
	rt := core.RuntimeOf(thread)
	if rt == nil {
		return nil, py.Raise(py.RuntimeError, "generator expression outside a script thread")
	}
	return &Generator{s: &genState{rt: rt, fn: fn, args: args, name: name}}, nil
}

const probeReason = "binding a generator's arguments"

// bindError returns the error that binding args and kwargs to fn's
// parameters raises, if any, as a call of fn would raise it, without
// running fn's body: the probe call runs on a cancelled thread, which
// stops at the body's first step, after the binding.
func (f *genFunc) bindError(args starlark.Tuple, kwargs []starlark.Tuple) error {
	if f.probe == nil {
		f.probe = &starlark.Thread{Name: probeReason}
		f.probe.Cancel(probeReason)
	}
	_, err := starlark.Call(f.probe, f.fn, args, kwargs)
	var ee *starlark.EvalError
	if errors.As(err, &ee) && !strings.HasSuffix(ee.Msg, probeReason) {
		return ee.Unwrap()
	}
	return nil
}

// Generator is a generator object. Its fields are guarded by the GIL.
// The body's goroutine holds only the state s, so that an abandoned
// generator becomes garbage and its cleanup closes the body (generator_collect.go).
type Generator struct {
	s  *genState
	it *Iterator // for loops over it; its err is for LoopErr
}

func (g *Generator) String() string {
	return "<generator object " + g.s.qualName() + " at " + hexAddr(g) + ">"
}
func (g *Generator) Type() string          { return "generator" }
func (g *Generator) Freeze()               {}
func (g *Generator) Truth() starlark.Bool  { return true }
func (g *Generator) Hash() (uint32, error) { return uint32(py.Addr(g)), nil }

// Iterate implements starlark.Iterable for the VM's loops; an error ends
// the iteration and is reported by the iterator's Err and by LoopErr.
func (g *Generator) Iterate() starlark.Iterator { return g.iterator().Iterate() }

// iterator returns the generator as an Iterator, for loops and iter().
func (g *Generator) iterator() *Iterator {
	if g.it == nil {
		g.it = NewIterator("generator", g.next)
	}
	return g.it
}

// next resumes the generator for the thread holding the GIL, reporting
// false when it is exhausted.
func (g *Generator) next() (starlark.Value, bool, error) {
	t := g.s.rt.Current()
	if t == nil {
		return nil, false, py.Raise(py.RuntimeError, "generator resumed outside a script thread")
	}
	v, done, err := g.resume(t, t.Active(), genMsg{v: starlark.None})
	return v, !done && err == nil, err
}

// nextOf resumes the generator with msg for the code running on caller,
// as next(g), g.send(v) and g.throw(e) do: exhaustion is
// StopIteration(return value).
func (g *Generator) nextOf(caller *starlark.Thread, msg genMsg) (starlark.Value, error) {
	t := core.FromThread(caller)
	if t == nil {
		return nil, py.Raise(py.RuntimeError, "generator resumed outside a script thread")
	}
	v, done, err := g.resume(t, caller, msg)
	if err != nil || !done {
		return v, err
	}
	return nil, stopIteration(v)
}

func stopIteration(v starlark.Value) *py.Exception {
	if v == nil || v == starlark.None {
		return py.NewException(py.StopIteration)
	}
	return &py.Exception{Class: py.StopIteration, Args: starlark.Tuple{v}}
}

// resume hands the GIL, lent by t, to the body until it yields (done
// false: v is the value yielded) or ends (done true: v is the value it
// returned, or err what it raised, its traceback following caller's).
func (g *Generator) resume(t *core.Thread, caller *starlark.Thread, msg genMsg) (v starlark.Value, done bool, err error) {
	s := g.s
	switch {
	case s.running:
		return nil, false, py.Raise(py.ValueError, "generator already executing")
	case s.finished:
		return nil, true, nil
	case !s.started:
		if err := g.start(msg); err != nil || s.finished {
			return nil, true, err
		}
	}
	if err := core.CheckDepth(caller); err != nil {
		return nil, false, err // a generator resuming itself ever deeper (yield from g())
	}
	s.running, s.in = true, msg
	t.Lend(s.st)
	m, ok := s.next()
	t.Unlend(s.st)
	s.running = false
	if ok && s.doomed {
		s.end()
		return nil, true, py.Raise(py.RuntimeError, "generator ended: the interpreter is closing")
	}
	if ok {
		return m.v, false, nil
	}
	m = s.result
	s.finish()
	if m.err != nil {
		return nil, true, bodyError(m.err, caller)
	}
	return m.v, true, nil
}

// start starts the body's goroutine, or finishes a generator closed or
// thrown into before it started.
func (g *Generator) start(msg genMsg) error {
	s := g.s
	if msg.kill || msg.exc != nil {
		s.finished = true
		return msg.exc
	}
	if msg.v != starlark.None {
		return py.Raise(py.TypeError, "can't send non-None value to a just-started generator")
	}
	if !s.rt.OnClose(s, s.kill) {
		s.finished = true
		return py.Raise(py.RuntimeError, "generator started while the interpreter closes")
	}
	s.started = true
	if t := s.rt.Current(); t != nil {
		s.ctx = t.Ctx // for the finalizer that closes it (generator_collect.go)
	}
	liveOf(s.rt).add(s)
	s.st = s.rt.NewBodyThread(s.funcName())
	s.st.SetLocal(genKey, s)
	s.next, s.stop = goiter.Pull(s.run)
	// A cleanup, unlike a finalizer, runs for a generator in a cycle too
	// (g.it refers back to g).
	s.cleanup = runtime.AddCleanup(g, abandoned, s)
	s.self = weak.Make(g)
	return nil
}

// bodyError is the error a body ended with, as its consumer sees it:
// the traceback of caller's frames, then the body's; StopIteration
// becomes RuntimeError as in Python. Cancellations pass unchanged.
func bodyError(err error, caller *starlark.Thread) error {
	if core.IsCancellation(err) {
		return err
	}
	e := py.ToException(err)
	if e.Class.IsSubclass(py.StopIteration) {
		r := py.Raise(py.RuntimeError, "generator raised StopIteration")
		r.Cause, r.Traceback = e, e.Traceback
		e = r
	}
	if caller != nil {
		e.Traceback = append(caller.CallStack(), e.Traceback...)
	}
	return e
}

// nextDefault implements next(g) and next(g, def).
func (g *Generator) nextDefault(thread *starlark.Thread, def starlark.Value) (starlark.Value, error) {
	v, err := g.nextOf(thread, genMsg{v: starlark.None})
	if def != nil && err != nil {
		if e, ok := err.(*py.Exception); ok && e.Class == py.StopIteration {
			return def, nil
		}
	}
	return v, err
}

// Attr implements starlark.HasAttrs: send, throw and close.
func (g *Generator) Attr(name string) (starlark.Value, error) {
	switch name {
	case "send":
		return starlark.NewBuiltin("send", genSend).BindReceiver(g), nil
	case "throw":
		return starlark.NewBuiltin("throw", genThrow).BindReceiver(g), nil
	case "close":
		return starlark.NewBuiltin("close", genClose).BindReceiver(g), nil
	case "__name__":
		return starlark.String(g.s.funcName()), nil
	case "__qualname__":
		return starlark.String(g.s.qualName()), nil
	case "gi_running":
		return starlark.Bool(g.s.running), nil
	case "gi_suspended":
		return starlark.Bool(g.s.started && !g.s.running && !g.s.finished), nil
	case "gi_frame":
		return g.frame(), nil
	case "__sp_finished":
		return starlark.Bool(g.s.finished), nil // for inspect.getgeneratorstate; not in dir()
	}
	return nil, nil
}

// frame returns gi_frame: the body's frame while it is suspended or
// running, None once it finished (or, in spindle, before it started).
func (g *Generator) frame() starlark.Value {
	if g.s.finished || g.s.st == nil {
		return starlark.None
	}
	if fs := core.Frames(g.s.st); len(fs) > 0 {
		return fs[0] // the body's: while it runs, the frames it calls follow
	}
	return starlark.None
}

// AttrNames implements starlark.HasAttrs.
func (g *Generator) AttrNames() []string {
	return []string{"close", "gi_frame", "gi_running", "gi_suspended", "send", "throw"}
}

// genSend implements g.send(v).
func genSend(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	return b.Receiver().(*Generator).nextOf(thread, genMsg{v: v})
}

// genThrow implements g.throw(exc): exc (an exception or its class) is
// raised at the yield where the body waits, and throw returns the value
// the body yields next.
func genThrow(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	return b.Receiver().(*Generator).throw(thread, x)
}

// throw raises x (an exception or its class) at the yield where the
// body waits, as g.throw(x) does.
func (g *Generator) throw(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
	e, err := ToRaisable(thread, x)
	if err != nil {
		if core.IsCancellation(err) {
			return nil, err
		}
		return nil, py.Raisef(py.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", py.TypeName(x))
	}
	if g.s.finished {
		return nil, e
	}
	return g.nextOf(thread, genMsg{exc: e})
}

// genClose implements g.close(): GeneratorExit is raised at the yield
// where the body waits, so its finally blocks run.
func genClose(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	g := b.Receiver().(*Generator)
	t := core.FromThread(thread)
	if t == nil || !g.s.started || g.s.finished {
		g.s.finished = true
		return starlark.None, nil
	}
	_, done, err := g.resume(t, thread, genMsg{kill: true})
	if err != nil {
		if c := py.ToException(err).Class; c == py.GeneratorExit || c.IsSubclass(py.StopIteration) {
			return starlark.None, nil
		}
		return nil, err
	}
	if !done {
		return nil, py.Raise(py.RuntimeError, "generator ignored GeneratorExit")
	}
	return starlark.None, nil
}
