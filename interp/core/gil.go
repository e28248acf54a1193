package core

// This file defines the GIL: the per-Interpreter lock that serialises all
// Starlark execution, with FIFO hand-over and a preemption switch interval.

import (
	"sync"
	"sync/atomic"
	"time"
)

// DefaultSwitchInterval is CPython's default preemption interval.
const DefaultSwitchInterval = 5 * time.Millisecond

// checkSteps is how many VM steps run between two preemption checks.
const checkSteps = 1000

// A Turn is a waiter's place in the GIL's queue: a channel with room for
// one hand-over signal. A script thread owns one Turn for its whole life,
// so waiting for the GIL allocates nothing.
type Turn chan struct{}

// NewTurn returns a Turn for one goroutine.
func NewTurn() Turn { return make(Turn, 1) }

// GIL is a fair (FIFO) mutual-exclusion lock. The goroutine that holds it is
// the only one allowed to run Starlark code or touch Starlark values of its
// Interpreter. It is safe for use by many goroutines.
type GIL struct {
	mu      sync.Mutex        // protects following fields
	held    bool              // someone owns the GIL
	waiters []Turn            // FIFO queue of parked goroutines
	fresh   map[Turn]struct{} // reserved turns of threads that have not run yet

	nwait    atomic.Int32 // len(waiters), readable without mu
	since    atomic.Int64 // nanotime when the current holder acquired it
	interval atomic.Int64 // switch interval in nanoseconds
}

// NewGIL returns an unlocked GIL with the given switch interval.
func NewGIL(interval time.Duration) *GIL {
	g := &GIL{}
	g.SetInterval(interval)
	return g
}

// SetInterval changes the switch interval. Non-positive values select the default.
func (g *GIL) SetInterval(d time.Duration) {
	if d <= 0 {
		d = DefaultSwitchInterval
	}
	g.interval.Store(int64(d))
}

// Interval reports the current switch interval.
func (g *GIL) Interval() time.Duration { return time.Duration(g.interval.Load()) }

// Acquire blocks until the caller owns the GIL. Waiters are served in
// arrival order.
func (g *GIL) Acquire() { g.AcquireTurn(NewTurn()) }

// AcquireTurn is Acquire for a goroutine that owns turn.
func (g *GIL) AcquireTurn(turn Turn) {
	if !g.enqueue(turn) {
		<-turn // ownership was handed to us by Release or Yield
	}
	g.since.Store(nanotime())
}

// enqueue takes the GIL if it is free (reporting true) or queues turn.
func (g *GIL) enqueue(turn Turn) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.enqueueLocked(turn)
}

// enqueueLocked is enqueue with g.mu held.
func (g *GIL) enqueueLocked(turn Turn) bool {
	if !g.held {
		g.held = true
		return true
	}
	g.waiters = append(g.waiters, turn)
	g.nwait.Add(1)
	return false
}

// reserve queues turn on behalf of another goroutine (a thread being
// started), which then waits with wait. Reserving at start makes the
// hand-over order independent of when the new goroutine gets scheduled.
func (g *GIL) reserve(turn Turn) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.enqueueLocked(turn) {
		turn <- struct{}{} // a buffered turn: never blocks
		return
	}
	if g.fresh == nil {
		g.fresh = map[Turn]struct{}{}
	}
	g.fresh[turn] = struct{}{}
}

// wait blocks until a reserved turn reaches the front.
func (g *GIL) wait(turn Turn) {
	<-turn
	g.since.Store(nanotime())
	g.mu.Lock()
	delete(g.fresh, turn)
	g.mu.Unlock()
}

// nextHasRun reports whether the longest-waiting goroutine is a thread
// that has run before, not a new thread's reserved first turn (in
// CPython, a thread being created is not yet waiting for the GIL).
func (g *GIL) nextHasRun() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.waiters) == 0 {
		return false
	}
	_, fresh := g.fresh[g.waiters[0]]
	return !fresh
}

// Release gives the GIL to the longest-waiting goroutine, if any.
func (g *GIL) Release() {
	g.mu.Lock()
	if len(g.waiters) == 0 {
		g.held = false
		g.mu.Unlock()
		return
	}
	next := g.pop()
	g.mu.Unlock()
	next <- struct{}{}
}

// pop removes the first waiter; the caller holds mu and knows there is one.
func (g *GIL) pop() Turn {
	next := g.waiters[0]
	g.waiters[0] = nil
	g.waiters = g.waiters[1:]
	g.nwait.Add(-1)
	return next
}

// Contended reports whether some goroutine is waiting for the GIL.
func (g *GIL) Contended() bool { return g.nwait.Load() > 0 }

// ShouldYield reports whether the holder has run for a full switch interval
// while another goroutine waits. It is the preemption test of the hot path.
func (g *GIL) ShouldYield() bool {
	return g.nwait.Load() > 0 && nanotime()-g.since.Load() >= g.interval.Load()
}

// Yield hands the GIL to the next waiter and queues the caller (which
// owns turn) behind the goroutines already waiting, in one step, so that
// the order of turns never depends on goroutine scheduling.
func (g *GIL) Yield(turn Turn) {
	g.mu.Lock()
	if len(g.waiters) == 0 {
		g.mu.Unlock()
		return
	}
	next := g.pop()
	g.waiters = append(g.waiters, turn)
	g.nwait.Add(1)
	g.mu.Unlock()
	next <- struct{}{}
	<-turn
	g.since.Store(nanotime())
}

var epoch = time.Now()

// nanotime is a monotonic clock reading in nanoseconds.
func nanotime() int64 { return int64(time.Since(epoch)) }
