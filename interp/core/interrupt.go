package core

// This file defines interrupts: an exception (KeyboardInterrupt from
// Ctrl-C) delivered to one thread, as CPython delivers signals to the main
// thread. Unlike cancellation, an interrupt can be caught, and the thread
// goes on afterwards.

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// interruptState is a thread's pending interrupt and the context that its
// waits watch; it is safe for use from any goroutine.
type interruptState struct {
	mu      sync.Mutex // protects following fields
	ctx     context.Context
	cancel  context.CancelCauseFunc
	pending *py.Exception
	handler bool // pending was raised by a signal handler

	signal  atomic.Bool   // a signal waits for its Python handler to run
	sigWake chan struct{} // receives a token with each such signal
	// handlers are the calls of the Python handlers of the signals
	// delivered and not yet handled, in order.
	handlers []func(*starlark.Thread) error
	// raised is an exception that the step hook raises in raisedOn, the
	// thread running t's code (RecursionError, MemoryError): the VM
	// stops there as if cancelled, and CatchInterrupt turns it back into
	// the exception.
	raised   *py.Exception
	raisedOn *starlark.Thread
}

// raiseNext makes st, which runs t's code, fail with e at its next step.
// Call it from the step hook.
func (t *Thread) raiseNext(st *starlark.Thread, e *py.Exception) {
	t.irq.mu.Lock()
	t.irq.raised, t.irq.raisedOn = e, st
	t.irq.mu.Unlock()
	st.Cancel(e.Error())
}

// takeRaised returns the exception of raiseNext that err reports, if
// any, and lets the thread run on.
func (t *Thread) takeRaised(err error) *py.Exception {
	t.irq.mu.Lock()
	defer t.irq.mu.Unlock()
	e := t.irq.raised
	if e == nil || !strings.HasSuffix(err.Error(), "cancelled: "+e.Error()) {
		return nil
	}
	t.irq.raisedOn.Uncancel()
	t.irq.raised, t.irq.raisedOn = nil, nil
	return e
}

// RaisedError returns the exception raiseNext made err stop with, under
// err's traceback, or err itself. Call it on an error that escaped t.
func (t *Thread) RaisedError(err error) error {
	if err == nil {
		return nil
	}
	if e := t.takeRaisedAt(err); e != nil {
		return e
	}
	return err
}

// takeRaisedAt is takeRaised, giving an exception raised without a
// traceback of its own (by Go code) the traceback of err.
func (t *Thread) takeRaisedAt(err error) *py.Exception {
	e := t.takeRaised(err)
	var ee *starlark.EvalError
	if e != nil && e.Traceback == nil && errors.As(err, &ee) {
		e.Traceback = ee.CallStack
	}
	return e
}

// EnableInterrupts lets Interrupt reach t; call it before t runs.
func (t *Thread) EnableInterrupts() {
	t.irq.mu.Lock()
	defer t.irq.mu.Unlock()
	t.irq.ctx, t.irq.cancel = context.WithCancelCause(t.Ctx)
	t.irq.sigWake = make(chan struct{}, 1)
}

// Interrupt raises e in t at its next step, or wakes t from a wait with
// e. It is safe to call from any goroutine. It reports whether t accepts
// interrupts.
func (t *Thread) Interrupt(e *py.Exception) bool { return t.interrupt(e, false) }

// interrupt is Interrupt; handler marks e as raised by a signal handler.
func (t *Thread) interrupt(e *py.Exception, handler bool) bool {
	t.irq.mu.Lock()
	defer t.irq.mu.Unlock()
	if t.irq.cancel == nil {
		return false
	}
	t.irq.pending, t.irq.handler = e, handler
	t.cancel(py.InterruptReason)
	t.irq.cancel(e)
	t.Wake()
	return true
}

// waitContext is the context a wait of t watches.
func (t *Thread) waitContext() context.Context {
	t.irq.mu.Lock()
	defer t.irq.mu.Unlock()
	if t.irq.ctx != nil {
		return t.irq.ctx
	}
	if t.Ctx == nil {
		return context.Background()
	}
	return t.Ctx
}

// TakeInterrupt returns the pending interrupt, if any, and re-arms t so
// that it runs and waits normally again. Call it from t's goroutine.
func (t *Thread) TakeInterrupt() *py.Exception {
	t.irq.mu.Lock()
	defer t.irq.mu.Unlock()
	e := t.irq.pending
	if e == nil {
		return nil
	}
	t.irq.pending, t.irq.handler = nil, false
	t.ST.Uncancel()
	t.irq.ctx, t.irq.cancel = context.WithCancelCause(t.Ctx)
	return e
}

// CatchInterrupt turns the VM's cancellation by an Interrupt into the
// interrupt's exception (re-arming t), and returns other errors as they
// are. Call it from t's goroutine where errors are caught.
func CatchInterrupt(st *starlark.Thread, err error) error {
	if err == nil {
		return nil
	}
	if st != nil {
		if t := FromThread(st); t != nil {
			if e := t.takeRaisedAt(err); e != nil {
				return e
			}
		}
	}
	if !py.IsInterrupt(err) {
		return err
	}
	if st == nil {
		return py.NewException(py.KeyboardInterrupt)
	}
	if t := FromThread(st); t != nil {
		if e := t.TakeInterrupt(); e != nil {
			return e
		}
	}
	return err
}
