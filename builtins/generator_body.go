package builtins

// This file defines the body side of a generator: the coroutine that runs
// the generator function (an iter.Pull sequence, so that the hand-overs
// are cheap coroutine switches), yield and yield from (Yield,
// YieldFrom), and the end of an abandoned body.

import (
	"context"
	"runtime"
	"weak"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// genKey is the starlark.Thread local of a body thread: its *genState.
const genKey = "spindle.generator"

// genState is what a generator shares with its body. It must not refer
// to the Generator, whose cleanup ends an abandoned body. Its fields are
// guarded by the GIL, which the consumer lends to the body while it runs.
type genState struct {
	rt     *core.Runtime
	fn     starlark.Callable // a def, or the body of a generator expression
	name   string            // __name__ when fn is not the def
	args   starlark.Tuple
	kwargs []starlark.Tuple
	st     *starlark.Thread // the body's thread, once started

	started, running, finished bool
	agen                       bool // an async generator's: its yields hand on asyncValues

	next    func() (genMsg, bool) // runs the body until it yields or ends
	stop    func()                // ends the body's coroutine
	yieldFn func(genMsg) bool     // the body's side of next
	in      genMsg                // what the current resume passes in
	result  genMsg                // how the body ended
	killed  bool                  // the body unwinds without a consumer
	doomed  bool                  // kill came while the body ran
	cleanup runtime.Cleanup
	ctx     context.Context // the context of the thread that started it
	self    weak.Pointer[Generator]
}

// genMsg is one hand-over between a consumer and a body.
type genMsg struct {
	v    starlark.Value // the value sent, yielded or returned
	err  error          // what the body raised
	kill bool           // close(): raise GeneratorExit at the yield
	exc  error          // throw(): raise exc at the yield
}

// funcName is the generator's __name__.
func (s *genState) funcName() string {
	if s.name != "" {
		return s.name
	}
	return s.fn.Name()
}

// qualName is the generator's __qualname__: its def's (outer.<locals>.gen).
func (s *genState) qualName() string {
	if f, ok := s.fn.(*starlark.Function); ok && s.name == "" {
		if q, ok := py.HostQualName(s.rt, f); ok {
			return q
		}
	}
	return s.funcName()
}

// finish drops what a finished generator no longer needs.
func (s *genState) finish() {
	s.finished = true
	s.args, s.kwargs, s.st = nil, nil, nil
	s.next, s.stop, s.yieldFn = nil, nil, nil
	s.cleanup.Stop()
	s.rt.DropOnClose(s)
	liveOf(s.rt).remove(s)
}

// run is the body's coroutine: it calls the generator function and
// records how it ended.
func (s *genState) run(yield func(genMsg) bool) {
	s.yieldFn = yield
	var v starlark.Value
	err := core.Protect(func() (err error) {
		v, err = starlark.Call(s.st, s.fn, s.args, s.kwargs)
		return err
	})
	s.result = genMsg{v: v, err: err}
}

// yield hands v to the consumer and waits to be resumed: it returns the
// value sent, raises GeneratorExit for close() and when the generator is
// abandoned, or raises what throw() was given.
func (s *genState) yield(v starlark.Value) (starlark.Value, error) {
	if !s.yieldFn(genMsg{v: v}) {
		s.killed = true
		return nil, py.NewException(py.GeneratorExit)
	}
	return s.in.v, s.in.raised()
}

// raised is the exception a resume makes the body's yield raise, if any.
func (m genMsg) raised() error {
	if m.kill {
		return py.NewException(py.GeneratorExit)
	}
	return m.exc
}

// kill ends the body of a generator that is left when the interpreter
// closes. It takes the GIL on its own account, and
// the body unwinds with its thread cancelled, running no script code.
func (s *genState) kill() {
	s.rt.GIL.Acquire()
	defer s.rt.GIL.Release()
	switch {
	case s.finished:
		return
	case s.running:
		s.doomed = true // the consumer ends the body after its resume
		return
	}
	s.end()
}

// end ends a suspended body, with the GIL held.
func (s *genState) end() {
	core.Disarm(s.st, "generator abandoned")
	s.stop()
	s.finish()
}

// bodyState returns the generator whose body runs on thread.
func bodyState(thread *starlark.Thread, name string) (*genState, error) {
	s, _ := thread.Local(genKey).(*genState)
	if s == nil {
		return nil, py.Raisef(py.SyntaxError, "'%s' outside generator", name)
	}
	return s, nil
}

// Yield implements a yield expression, yield v, in the body of a
// generator running on thread; what names the construct in the error
// outside a generator ("yield").
func Yield(thread *starlark.Thread, v starlark.Value, what string) (starlark.Value, error) {
	s, err := bodyState(thread, what)
	if err != nil {
		return nil, err
	}
	if s.agen {
		v = asyncValue{v}
	}
	return s.yield(v)
}

// YieldFrom implements a yield from expression, yield from x: it
// yields what x yields, passes sent values on to a generator, and
// returns a generator's return value.
func YieldFrom(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
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
		if !s.yieldFn(genMsg{v: v}) {
			s.killed = true
			return nil, py.NewException(py.GeneratorExit)
		}
		msg = s.in // a value sent, close() or throw() goes on to sub
	}
}
