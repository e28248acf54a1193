package interp

// This file defines how the Interpreter reacts to a detected deadlock
// and how reports name script objects.

import (
	"sort"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// nameOf returns the name of a __main__ global bound to v, or "", so that
// a deadlock report can say "Lock lock_a". The caller holds the GIL.
func (in *Interpreter) nameOf(v starlark.Value) string {
	in.mu.Lock()
	defer in.mu.Unlock()
	var names []string
	for k, g := range in.globals {
		if g, ok := globalValue(g); ok && g == v {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return ""
	}
	return names[0]
}

// deadlockHandler returns the runtime's OnDeadlock hook: it stops every
// call in progress with the deadlock report as its error.
func (in *Interpreter) deadlockHandler() func(*py.Exception) {
	if in.opts.AllowDeadlock {
		return nil
	}
	return func(e *py.Exception) {
		in.mu.Lock()
		calls := make([]*call, 0, len(in.running))
		for c := range in.running {
			calls = append(calls, c)
		}
		in.mu.Unlock()
		for _, c := range calls {
			c.stop(&stopReason{exc: e})
		}
	}
}

// Interrupt raises KeyboardInterrupt in the main thread of every call in
// progress, as Ctrl-C does in CPython: a running main thread gets it at
// its next step, a waiting one is woken with it, and a script may catch
// it. Once a script has installed a handler with signal.signal(SIGINT,
// handler), Interrupt runs that handler in the main thread instead (and
// does nothing after signal.SIG_IGN): Interrupt is how an embedder sends
// SIGINT, and the only way an embedded script's handlers fire. It
// reports whether any call took the interrupt. It is safe to call from
// any goroutine, such as a signal handler's.
func (in *Interpreter) Interrupt() bool {
	in.mu.Lock()
	var mains []*core.Thread
	for c := range in.running {
		if c.main != nil {
			mains = append(mains, c.main)
		}
	}
	in.mu.Unlock()
	ok := false
	for _, t := range mains {
		if t.State() != core.StateDone && t.DeliverSigint() {
			ok = true
		}
	}
	return ok
}
