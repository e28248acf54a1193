package core

// This file defines how SIGINT reaches a script: by default as
// KeyboardInterrupt (an interrupt), or, once the signal module installs
// a Python handler, as a call of that handler in the main thread, between
// two steps of its code or during a wait, as CPython runs handlers. The
// handlers of other signals a thread raises run the same way.

import (
	"sync/atomic"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// SIGINT is the interrupt signal's number.
const SIGINT = 2

// What SIGINT does in an Interpreter.
const (
	SigintDefault int32 = iota // signal.default_int_handler: KeyboardInterrupt
	SigintIgnore               // signal.SIG_IGN
	SigintHandler              // a Python callable
)

// sigintKey keys an Interpreter's SIGINT handler in its module state.
type sigintKey struct{}

// sigint is an Interpreter's SIGINT disposition.
type sigint struct {
	mode    atomic.Int32
	handler starlark.Value // guarded by the GIL
}

func (rt *Runtime) sigint() *sigint {
	return rt.ModuleState(sigintKey{}, func() any { return new(sigint) }).(*sigint)
}

// SetSigint sets what SIGINT does: mode, and for SigintHandler the
// callable. The caller holds the GIL.
func (rt *Runtime) SetSigint(mode int32, handler starlark.Value) {
	s := rt.sigint()
	s.handler = handler
	s.mode.Store(mode)
}

// DeliverSigint delivers SIGINT to main thread t as the Interpreter's
// disposition says, and reports whether t took it. It is safe to call
// from any goroutine.
func (t *Thread) DeliverSigint() bool {
	switch t.rt.sigint().mode.Load() {
	case SigintIgnore:
		return true
	case SigintHandler:
		t.DeliverSignal(t.runSigint)
		return true
	}
	return t.Interrupt(py.NewException(py.KeyboardInterrupt))
}

// DeliverSignal queues handle, the handling of a signal, to run in main
// thread t between two steps of its code or during a wait; an exception
// it returns is raised in t there. It is safe to call from any goroutine.
func (t *Thread) DeliverSignal(handle func(*starlark.Thread) error) {
	t.irq.mu.Lock()
	t.irq.handlers = append(t.irq.handlers, handle)
	wake := t.irq.sigWake
	t.irq.mu.Unlock()
	t.irq.signal.Store(true)
	t.Wake()
	select {
	case wake <- struct{}{}:
	default: // a token is already there, or t takes no interrupts
	}
}

// runSignal runs the pending signal handlers in t, which holds the GIL,
// with st (the thread's active starlark thread). After one raises, the
// others stay pending, as in CPython.
//
//go:noinline
func (t *Thread) runSignal(st *starlark.Thread) error {
	if !t.irq.signal.CompareAndSwap(true, false) {
		return nil
	}
	t.irq.mu.Lock()
	handlers := t.irq.handlers
	t.irq.handlers = nil
	t.irq.mu.Unlock()
	for i, handle := range handlers {
		if err := handle(st); err != nil {
			t.irq.mu.Lock()
			t.irq.handlers = append(handlers[i+1:len(handlers):len(handlers)], t.irq.handlers...)
			if len(t.irq.handlers) > 0 {
				t.irq.signal.Store(true)
			}
			t.irq.mu.Unlock()
			return err
		}
	}
	return nil
}

// runSigint runs the SIGINT handler in t, as the disposition says now.
func (t *Thread) runSigint(st *starlark.Thread) error {
	s := t.rt.sigint()
	if s.mode.Load() != SigintHandler {
		if s.mode.Load() == SigintIgnore {
			return nil
		}
		return py.NewException(py.KeyboardInterrupt)
	}
	var frame starlark.Value = starlark.None
	if frames := t.ThreadFrames(); len(frames) > 0 {
		frame = frames[len(frames)-1]
	}
	_, err := starlark.Call(st, s.handler, starlark.Tuple{starlark.MakeInt(SIGINT), frame}, nil)
	return err
}

// checkSignal runs a pending handler between two steps of t's code; an
// exception it raises is raised in t's code there, as an interrupt.
func (t *Thread) checkSignal(st *starlark.Thread) {
	if !t.irq.signal.Load() {
		return
	}
	if err := t.runSignal(st); err != nil {
		t.interrupt(py.ToException(err), true)
	}
}

// HandlerError returns the exception a signal handler raised in t, if
// err is the VM's report of it, else err. Call it from t's goroutine.
func (t *Thread) HandlerError(err error) error {
	if !py.IsInterrupt(err) {
		return err
	}
	t.irq.mu.Lock()
	handler := t.irq.handler
	t.irq.mu.Unlock()
	if !handler {
		return err
	}
	if e := t.TakeInterrupt(); e != nil {
		return e
	}
	return err
}
