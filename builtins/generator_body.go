package builtins

// This file defines the body side of a generator: the goroutine that runs
// the generator function, __sp_yield and __sp_yieldfrom, and the end of
// an abandoned body.

import (
	"runtime"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

// genKey is the starlark.Thread local of a body thread: its *genState.
const genKey = "spindle.generator"

// genState is what a generator shares with its body's goroutine.
type genState struct {
	rt     *core.Runtime
	fn     *starlark.Function
	args   starlark.Tuple
	kwargs []starlark.Tuple
	st     *starlark.Thread // the body's thread, once started

	started, running, finished bool

	resume  chan genMsg   // consumer to body: run until the next yield
	out     chan genMsg   // body to consumer: a value yielded, or the end
	abandon chan struct{} // closed when the generator is garbage
	cleanup runtime.Cleanup
	closing <-chan struct{}
	killed  bool // the body is unwinding without a consumer; body only
}

// genMsg is one hand-over between a consumer and a body.
type genMsg struct {
	v    starlark.Value // the value sent, yielded or returned
	err  error          // what the body raised
	done bool           // the body has ended
	kill bool           // close(): raise GeneratorExit at the yield
}

// finish drops what a finished generator no longer needs.
func (s *genState) finish() {
	s.finished = true
	s.args, s.kwargs, s.st = nil, nil, nil
	s.cleanup.Stop()
}

// run is the body's goroutine: it waits for the first resume, calls the
// generator function, and reports its end. An abandoned body, which
// holds the GIL on its own account while it unwinds, releases it.
func (s *genState) run(closing <-chan struct{}) {
	s.closing = closing
	<-s.resume
	var v starlark.Value
	err := core.Protect(func() (err error) {
		v, err = starlark.Call(s.st, s.fn, s.args, s.kwargs)
		return err
	})
	if s.killed {
		s.rt.GIL.Release()
		return
	}
	s.out <- genMsg{v: v, err: err, done: true}
}

// yield hands v to the consumer and waits to be resumed: it returns the
// value sent, or GeneratorExit for close(). If the generator is
// abandoned (or the interpreter closes) meanwhile, the body takes the
// GIL for itself and unwinds without running any more script code.
func (s *genState) yield(v starlark.Value) (starlark.Value, error) {
	s.out <- genMsg{v: v}
	select {
	case m := <-s.resume:
		if m.kill {
			return nil, core.NewException(core.GeneratorExit)
		}
		return m.v, nil
	case <-s.abandon:
	case <-s.closing:
	}
	s.killed = true
	s.rt.GIL.Acquire()
	core.Disarm(s.st, "generator abandoned")
	return nil, core.NewException(core.GeneratorExit)
}

// bodyState returns the generator whose body runs on thread.
func bodyState(thread *starlark.Thread, name string) (*genState, error) {
	s, _ := thread.Local(genKey).(*genState)
	if s == nil {
		return nil, core.Raisef(core.SyntaxError, "'%s' outside generator", name)
	}
	return s, nil
}

// spYield implements __sp_yield(v=None), a yield expression.
func spYield(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &v); err != nil {
		return nil, err
	}
	s, err := bodyState(thread, "yield")
	if err != nil {
		return nil, err
	}
	return s.yield(v)
}

// spYieldFrom implements __sp_yieldfrom(x), a yield from expression: it
// yields what x yields, passes sent values on to a generator, and returns
// a generator's return value.
func spYieldFrom(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	s, err := bodyState(thread, "yield from")
	if err != nil {
		return nil, err
	}
	if sub, ok := x.(*Generator); ok {
		return s.yieldFromGen(thread, sub)
	}
	err = ForEach(thread, x, func(v starlark.Value) error {
		_, err := s.yield(v)
		return err
	})
	return starlark.None, err
}

// yieldFromGen delegates to the generator sub until it ends.
func (s *genState) yieldFromGen(thread *starlark.Thread, sub *Generator) (starlark.Value, error) {
	t := core.FromThread(thread)
	msg := genMsg{v: starlark.None}
	for {
		v, done, err := sub.resume(t, thread, msg)
		if err != nil || done {
			if v == nil {
				v = starlark.None
			}
			return v, err
		}
		sent, err := s.yield(v)
		if err != nil {
			if core.ToException(err).Class == core.GeneratorExit && !s.killed {
				sub.resume(t, thread, genMsg{kill: true})
			}
			return nil, err
		}
		msg = genMsg{v: sent}
	}
}
