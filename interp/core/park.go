package core

// This file defines Park, the lean wait of time.sleep and the
// synchronization primitives.

import (
	"sync/atomic"
	"time"

	"go.starlark.net/starlark"
)

// Sleep blocks st for d, releasing the GIL. It returns early with an error
// if the thread is cancelled or interrupted.
func Sleep(st *starlark.Thread, d time.Duration) error {
	return Park(st, StateSleeping, nil, max(d, 0), nil)
}

// Park blocks st, with the GIL released, until woken (if not nil) is
// true, d passes (negative: no limit) or the thread is cancelled or
// interrupted; then it takes the GIL back. Whoever sets woken must then
// call Wake on the parked thread. state and on are as for Blocking. Park
// allocates nothing.
//
// A parked thread's stack is its deepest, and every byte of it counts a
// million times over, so the wait is one plain channel receive in this
// one frame rather than a select (whose frame, and lazy start of a timer
// channel, are deeper): from the thread's wake channel, to which Wake
// sends, and so does the runtime's sleep queue when a limit passes (see
// sleepq.go). The wait's conditions are checked after the thread is
// ready to receive a wake, so a Wake that comes after the check ends the
// wait and one that comes before is seen by the check.
//
// Park is inlined into its callers: it adds no frame.
func Park(st *starlark.Thread, state State, on any, d time.Duration, woken *atomic.Bool) error {
	return FromThread(st).parkFor(state, on, d, woken)
}

// parkFor is Park for script thread t, or for a thread that is not a
// script thread's if t is nil. It is one function, loop and all,
// because its frame is on the stack of every waiting thread: a signal
// ends the wait for a moment, its handler runs with the GIL held, and
// the wait goes on (PEP 475).
func (t *Thread) parkFor(state State, on any, d time.Duration, woken *atomic.Bool) error {
	if err := CheckWait(d); err != nil {
		return err
	}
	if t == nil {
		parkPolling(d, woken)
		return nil
	}
	deadline := nanotime() + int64(d)
	timed := d >= 0 && deadline >= 0 // else no limit (or one past the clock's range)
	for {
		ctx := t.beginWait(state, on, woken, nil)
		p := t.parker()
		if timed && d > 0 {
			// registered with the GIL held: the next thread's deadline is later
			t.rt.sleeps.add(t, t.sleepGen.Add(1), deadline)
		}
		t.rt.GIL.Release()
		for (woken == nil || !woken.Load()) && ctx.Err() == nil && !t.irq.signal.Load() && (!timed || nanotime() < deadline) {
			<-p.wake
		}
		if timed {
			t.sleepGen.Add(1) // the sleep queue's entry, if still there, is stale
			if d > 0 && nanotime() < deadline {
				t.rt.sleeps.abandon()
			}
		}
		if err := t.reacquire(); err != nil || !t.irq.signal.Load() {
			return err
		}
		if err := t.runSignal(t.ST); err != nil {
			return err
		}
		if woken != nil && woken.Load() || timed && nanotime() >= deadline {
			return nil
		}
	}
}

// parker is what a thread parks on.
type parker struct {
	wake chan struct{} // a token asks a waiting thread to look again
}

// parker returns t's parker, made on first use. A started thread makes it
// before its code runs (see begin), where the stack is shallow.
//
//go:noinline
func (t *Thread) parker() *parker {
	p := t.park.Load()
	if p == nil {
		p = &parker{wake: make(chan struct{}, 1)}
		t.park.Store(p)
	}
	return p
}

// Wake makes t, if it is parked, check again whether its wait is over.
// It is safe to call from any goroutine.
func (t *Thread) Wake() {
	p := t.park.Load()
	if p == nil {
		return
	}
	select {
	case p.wake <- struct{}{}:
	default: // a token is already there
	}
}

// parkPolling is Park for a Starlark thread that is not a script thread
// (a Go caller's own thread): nobody can Wake it, so it looks every
// millisecond.
func parkPolling(d time.Duration, woken *atomic.Bool) {
	if woken == nil {
		time.Sleep(d)
		return
	}
	deadline := time.Now().Add(d)
	for !woken.Load() {
		if d >= 0 && !time.Now().Before(deadline) {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

func init() {
	// The first timer runs a sync.Once (a GODEBUG lookup) whose slow path
	// is deeper than a parked thread's stack has room for; run it now.
	time.NewTimer(time.Hour).Stop()
}
