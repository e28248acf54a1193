package interp

// This file defines how the Interpreter reacts to a detected deadlock.

import "github.com/spindle-lang/spindle/interp/core"

// deadlockHandler returns the runtime's OnDeadlock hook: it stops every
// call in progress with the deadlock report as its error.
func (in *Interpreter) deadlockHandler() func(*core.Exception) {
	if in.opts.AllowDeadlock {
		return nil
	}
	return func(e *core.Exception) {
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
