package core

// This file defines Blocking, the one way script-facing code waits: it
// releases the GIL, waits, honours cancellation and re-acquires the GIL.

import (
	"context"
	"math"
	"sync/atomic"
	"time"

	"go.starlark.net/starlark"
)

// Blocking releases the GIL of st's Interpreter, calls wait, and acquires
// the GIL again. wait must return when ctx is done. state and on describe
// the wait for enumerate(), deadlock reports and traces (on may be "").
// If st is not a script thread, wait runs with a background context.
//
// If the thread is cancelled, Blocking returns the cancellation error
// even when wait succeeded. Call Blocking only from the goroutine running st.
func Blocking(st *starlark.Thread, state State, on string, wait func(ctx context.Context) error) error {
	return BlockingOn(st, state, on, wait)
}

// BlockingOn is Blocking with a lazily described wait: on is a string or
// a fmt.Stringer, rendered only for reports (deadlocks, enumerate).
func BlockingOn(st *starlark.Thread, state State, on any, wait func(ctx context.Context) error) error {
	t := FromThread(st)
	if t == nil {
		return wait(context.Background())
	}
	ctx := t.waitContext()
	t.setState(state, on)
	if state == StateBlocked {
		t.rt.checkDeadlock()
	}
	t.rt.GIL.Release()
	err := wait(ctx)
	if rerr := t.reacquire(); rerr != nil {
		return rerr
	}
	return err
}

// reacquire takes the GIL back after a wait and reports a cancellation or
// an interrupt that arrived meanwhile.
func (t *Thread) reacquire() error {
	t.setState(StateWaitGIL, nil)
	t.rt.GIL.AcquireTurn(t.turn)
	t.rt.current = t
	t.setState(StateRunning, nil)
	if t.Ctx != nil && t.Ctx.Err() != nil {
		return Cancelled(t.Ctx)
	}
	if e := t.TakeInterrupt(); e != nil {
		return e
	}
	return nil
}

// Cancelled is the error a thread sees when its context is cancelled: the
// context's cause if it is an exception (KeyboardInterrupt, say), else
// a RuntimeError.
func Cancelled(ctx context.Context) error {
	if e, ok := context.Cause(ctx).(*Exception); ok {
		return e
	}
	return Raisef(RuntimeError, "cancelled: %s", CancelReason(ctx))
}

// Sleep blocks st for d, releasing the GIL. It returns early with an error
// if the thread is cancelled or interrupted.
func Sleep(st *starlark.Thread, d time.Duration) error {
	return Park(st, StateSleeping, nil, max(d, 0), nil)
}

// Park blocks st, with the GIL released, until woken (if not nil) is
// true, d passes (negative: no limit) or the thread is cancelled or
// interrupted; then it takes the GIL back. Whoever sets woken must then
// call Wake on the parked thread. state and on are as for Blocking. Park
// is the lean wait of time.sleep and the synchronization primitives: it
// allocates nothing after a thread's first wait.
//
// A parked thread's stack is its deepest, and every byte of it counts a
// million times over, so the wait is a plain receive from the thread's
// own timer channel rather than a select (whose frame and lazy timer
// start are deeper), all in this one frame. Anyone who wants the thread
// to look again (a notifier, a cancellation, an interrupt) resets that
// timer to fire now: see Wake. The timer is armed before the conditions
// are checked, so a Wake that comes after the check fires it and one that
// comes before is seen by the check.
func Park(st *starlark.Thread, state State, on any, d time.Duration, woken *atomic.Bool) error {
	t := FromThread(st)
	if t == nil {
		parkPolling(d, woken)
		return nil
	}
	ctx := t.waitContext()
	t.setState(state, on)
	if state == StateBlocked {
		t.rt.checkDeadlock()
	}
	t.rt.GIL.Release()
	timer := t.parkTimer()
	deadline := nanotime() + int64(d)
	if deadline < 0 {
		d = -1 // a limit past the clock's range: none
	}
	for {
		wait := forever
		if d >= 0 {
			if wait = time.Duration(deadline - nanotime()); wait <= 0 {
				break
			}
		}
		timer.Reset(wait)
		if woken != nil && woken.Load() || ctx.Err() != nil {
			break
		}
		<-timer.C
	}
	timer.Stop()
	return t.reacquire()
}

// parkTimer returns the timer that parks t, made on its first wait.
//
//go:noinline
func (t *Thread) parkTimer() *time.Timer {
	timer := t.timer.Load()
	if timer == nil {
		timer = time.NewTimer(forever)
		t.timer.Store(timer)
	}
	return timer
}

// forever is the longest wait a timer takes.
const forever = time.Duration(math.MaxInt64)

// Wake makes t, if it is parked, check again whether its wait is over.
// It is safe to call from any goroutine.
func (t *Thread) Wake() {
	if timer := t.timer.Load(); timer != nil {
		timer.Reset(0)
	}
}

// parkPolling is park for a Starlark thread that is not a script thread
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

// WaitChan blocks st until ch is closed (or receives), the timeout passes,
// or the thread is cancelled. A negative timeout waits forever. It reports
// whether ch fired. It releases the GIL while it waits.
func WaitChan(st *starlark.Thread, on string, ch <-chan struct{}, timeout time.Duration) (bool, error) {
	select {
	case <-ch:
		return true, nil
	default:
	}
	if timeout == 0 {
		return false, nil
	}
	fired := false
	state := StateBlocked
	if timeout > 0 {
		state = StateSleeping
	}
	err := Blocking(st, state, on, func(ctx context.Context) error {
		var tc <-chan time.Time
		if timeout > 0 {
			timer := time.NewTimer(timeout)
			defer timer.Stop()
			tc = timer.C
		}
		select {
		case <-ch:
			fired = true
		case <-tc:
		case <-ctx.Done():
		}
		return nil
	})
	return fired, err
}

// TimeoutMax is threading.TIMEOUT_MAX in seconds.
const TimeoutMax = 9223372036.0

func secondsToDuration(secs float64) time.Duration {
	if secs <= 0 || math.IsNaN(secs) {
		return 0
	}
	if secs >= TimeoutMax {
		return math.MaxInt64
	}
	return time.Duration(secs * float64(time.Second))
}

// Seconds converts a timeout in seconds to a Duration, saturating.
func Seconds(secs float64) time.Duration { return secondsToDuration(secs) }

// Number is an UnpackArgs target that accepts an int or a float.
type Number float64

// Unpack implements starlark.Unpacker.
func (n *Number) Unpack(v starlark.Value) error {
	switch v := v.(type) {
	case starlark.Int:
		f, _ := starlark.AsFloat(v)
		*n = Number(f)
		return nil
	case starlark.Float:
		*n = Number(v)
		return nil
	case starlark.Bool:
		if v {
			*n = 1
		} else {
			*n = 0
		}
		return nil
	}
	return Raisef(TypeError, "'%s' object cannot be interpreted as an integer or float", TypeName(v))
}

// Timeout is an UnpackArgs target for an optional timeout in seconds:
// None (or absent) means forever and is stored as -1.
type Timeout struct {
	Set  bool
	Secs float64
}

// Unpack implements starlark.Unpacker.
func (t *Timeout) Unpack(v starlark.Value) error {
	if v == starlark.None {
		*t = Timeout{}
		return nil
	}
	var n Number
	if err := n.Unpack(v); err != nil {
		return err
	}
	*t = Timeout{Set: true, Secs: float64(n)}
	return nil
}

// Duration is the wait as a Duration: negative means forever.
func (t Timeout) Duration() time.Duration {
	if !t.Set {
		return -1
	}
	if t.Secs <= 0 {
		return 0
	}
	return secondsToDuration(t.Secs)
}
