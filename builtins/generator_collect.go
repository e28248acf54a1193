package builtins

// This file closes the generators that become garbage while suspended,
// as CPython does when it frees one: GeneratorExit is raised at the
// yield where the body waits, so its finally blocks and with exits run
// and its goroutine ends. CPython does it the moment the last reference
// goes; spindle when Go's collector finds the generator unreachable
// (a runtime cleanup), at the latest at the next gc.collect(), which
// runs the collector and then closes what it found (CloseCollected).
// Otherwise the script thread that next reaches its step hook closes
// them, as CPython runs a finalizer in whichever thread frees the object;
// no thread of its own appears in threading.enumerate().

import (
	"sync"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// collected is an Interpreter's generators that became garbage while
// suspended, to be closed.
type collected struct {
	mu      sync.Mutex
	states  []*genState
	working bool // a finalizer goroutine will drain states
}

// collectedKey is the core.Runtime.ModuleState key of the collected.
var collectedKey = new(byte)

func collectedOf(rt *core.Runtime) *collected {
	return rt.ModuleState(collectedKey, func() any { return &collected{} }).(*collected)
}

// take returns the queued generators and empties the queue.
func (c *collected) take() []*genState {
	c.mu.Lock()
	defer c.mu.Unlock()
	states := c.states
	c.states = nil
	return states
}

// abandoned is the cleanup of a started generator: it queues the body to
// be closed by the next script thread that reaches a safe point (see
// core.Runtime.AtSafePoint), unless a close is already due. If the
// interpreter is closing, its Close ends the body instead (OnClose).
func abandoned(s *genState) {
	if s.ctx == nil || s.ctx.Err() != nil {
		s.rt.Go(s.kill) // its Interpreter call returned: no script code runs
		return
	}
	c := collectedOf(s.rt)
	c.mu.Lock()
	c.states = append(c.states, s)
	start := !c.working
	c.working = true
	c.mu.Unlock()
	if start {
		s.rt.AtSafePoint(func(t *core.Thread) {
			c.mu.Lock()
			c.working = false
			c.mu.Unlock()
			closeCollected(t, c.take())
		})
	}
}

// CloseCollected closes, on thread (which holds the GIL), the generators
// found garbage since the last time; gc.collect() calls it after Go's
// collector has run. A generator's weak pointer is cleared by the cycle
// that finds it garbage, before its cleanup runs (on a goroutine of the
// runtime, maybe later), so every generator the cycle found is closed
// here, oldest first.
func CloseCollected(thread *starlark.Thread) {
	t := core.FromThread(thread)
	if t == nil {
		return
	}
	states := collectedOf(t.Runtime()).take()
	for _, s := range liveOf(t.Runtime()).oldestFirst() {
		if s.self.Value() == nil {
			states = append(states, s)
		}
	}
	closeCollected(t, states)
}

// closeCollected closes states as g.close() does, with t holding the
// GIL; an error is reported as CPython reports one raised by a
// finalizer, and the body ends anyway.
func closeCollected(t *core.Thread, states []*genState) {
	for _, s := range states {
		if !s.started || s.finished || s.running {
			continue
		}
		g := &Generator{s: s}
		_, done, err := g.resume(t, t.Active(), genMsg{kill: true})
		if err == nil && !done {
			err = py.Raise(py.RuntimeError, "generator ignored GeneratorExit")
		}
		if err != nil && !core.IsCancellation(err) {
			// A chain of suspended generators delegating with yield from
			// closes one inside another; past the recursion limit the rest
			// end without script code, as bodies that outlive their call do.
			if c := py.ToException(err).Class; c != py.GeneratorExit && !c.IsSubclass(py.StopIteration) && c != py.RecursionError {
				rt := s.rt
				rt.Stderr().WriteString("Exception ignored in: " + g.String() + "\n" + rt.Sources().FormatTraceback(err))
			}
		}
		if !s.finished {
			s.end()
		}
	}
}
