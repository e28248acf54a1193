package core

// This file defines pending calls: work that the runtime hands to
// whichever script thread next reaches its step hook (every checkSteps VM
// steps), as CPython runs a finalizer in the thread that happens to free
// the object. Closing a generator found garbage is one (package
// builtins). The check is one atomic load per hook.

import (
	"sync"
	"sync/atomic"
)

// pendingCalls is a Runtime's queue of pending calls.
type pendingCalls struct {
	any atomic.Bool // fns is not empty
	mu  sync.Mutex
	fns []func(*Thread)
}

// AtSafePoint queues fn to run, holding the GIL, on the next script
// thread that reaches its step hook. fn must not block for long. It is
// safe to call from any goroutine. A call still queued when the
// Interpreter closes is dropped.
func (rt *Runtime) AtSafePoint(fn func(*Thread)) {
	p := &rt.pending
	p.mu.Lock()
	p.fns = append(p.fns, fn)
	p.any.Store(true)
	p.mu.Unlock()
}

// runPending runs the queued calls on t, which holds the GIL.
func (t *Thread) runPending() {
	p := &t.rt.pending
	if !p.any.Load() {
		return
	}
	p.mu.Lock()
	fns := p.fns
	p.fns = nil
	p.any.Store(false)
	p.mu.Unlock()
	for _, fn := range fns {
		fn(t)
	}
}
