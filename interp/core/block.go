package core

// This file defines Blocking, the one way script-facing code waits: it
// releases the GIL, waits, honours cancellation and re-acquires the GIL.

import (
	"context"
	"math"
	"sync/atomic"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
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
	return BlockingUntil(st, state, on, nil, nil, wait)
}

// BlockingUntil is BlockingOn for a wait that is over once woken is set
// or done is closed (either may be nil). The deadlock detector reads
// them: a blocked thread whose wait is over is not deadlocked, even if
// its goroutine has not run yet. Set woken or close done while holding
// the GIL.
func BlockingUntil(st *starlark.Thread, state State, on any, woken *atomic.Bool, done <-chan struct{}, wait func(ctx context.Context) error) error {
	t := FromThread(st)
	if t == nil {
		return wait(context.Background())
	}
	ctx := t.beginWait(state, on, woken, done)
	t.rt.GIL.Release()
	err := wait(ctx)
	if rerr := t.reacquire(); rerr != nil {
		return rerr
	}
	return err
}

// beginWait marks t as waiting in state on (until woken is set or done
// is closed, either may be nil), for the deadlock detector and for a
// waker's QueueTurn, and returns the context that ends the wait. The
// caller holds the GIL and releases it next.
func (t *Thread) beginWait(state State, on any, woken *atomic.Bool, done <-chan struct{}) context.Context {
	ctx := t.waitContext()
	t.setWake(woken, done)
	t.setState(state, on)
	if state == StateBlocked {
		t.rt.checkDeadlock()
	}
	t.slot.Store(slotWaiting)
	return ctx
}

// reacquire takes the GIL back after a wait and reports a cancellation or
// an interrupt that arrived meanwhile.
func (t *Thread) reacquire() error {
	t.setState(StateWaitGIL, nil)
	t.setWake(nil, nil)
	if t.slot.Swap(slotIdle) == slotQueued {
		t.rt.GIL.takeTurn(t.turn)
	} else {
		t.rt.GIL.AcquireTurn(t.turn)
	}
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
	if e, ok := context.Cause(ctx).(*py.Exception); ok {
		return e
	}
	return py.Raisef(py.RuntimeError, "cancelled: %s", CancelReason(ctx))
}

// WaitChan blocks st until ch is closed, the timeout passes,
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
	if err := CheckWait(timeout); err != nil {
		return false, err
	}
	deadline := time.Now().Add(timeout)
	for {
		fired, err := waitChanOnce(st, on, ch, timeout)
		t := FromThread(st)
		if fired || err != nil || t == nil || !t.irq.signal.Load() {
			return fired, err
		}
		// a signal handler runs, then the wait goes on (PEP 475)
		if err := t.runSignal(st); err != nil {
			return false, err
		}
		if timeout > 0 {
			if timeout = time.Until(deadline); timeout <= 0 {
				return false, nil
			}
		}
	}
}

// waitChanOnce is WaitChan's wait, which a pending signal also ends.
func waitChanOnce(st *starlark.Thread, on string, ch <-chan struct{}, timeout time.Duration) (bool, error) {
	fired := false
	state := StateBlocked
	if timeout > 0 {
		state = StateSleeping
	}
	var sig <-chan struct{}
	if t := FromThread(st); t != nil {
		sig = t.irq.sigWake
	}
	err := BlockingUntil(st, state, on, nil, ch, func(ctx context.Context) error {
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
		case <-sig:
		}
		return nil
	})
	return fired, err
}

// TimeoutMax is threading.TIMEOUT_MAX in seconds.
const TimeoutMax = 9223372036.0

// TimeoutOverflow is CPython's OverflowError for a timeout or sleep of
// v seconds past TimeoutMax: an int and a float overflow different C
// types.
func TimeoutOverflow(v starlark.Value) *py.Exception {
	if _, isInt := v.(starlark.Int); isInt {
		return py.Raise(py.OverflowError, "timestamp too large to convert to C _PyTime_t")
	}
	return py.Raise(py.OverflowError, "timestamp out of range for platform time_t")
}

// maxWait is TimeoutMax as a Duration. A timeout past it converts to
// the longest Duration, and a wait asked to last longer than maxWait
// (that one, or a remaining time computed from it) raises CPython's
// OverflowError instead of waiting, as CPython's lock acquire does:
// Event.wait(1e300) fails once it has to wait, not when the event is
// already set. (For an int timeout CPython's message differs: "timestamp
// too large to convert to C _PyTime_t"; the Duration does not tell.)
const maxWait = time.Duration(TimeoutMax) * time.Second

// CheckWait returns the OverflowError of a wait of d past maxWait, or nil.
func CheckWait(d time.Duration) error {
	if d > maxWait {
		return TimeoutOverflow(starlark.Float(d.Seconds()))
	}
	return nil
}

func secondsToDuration(secs float64) time.Duration {
	if secs <= 0 || math.IsNaN(secs) {
		return 0
	}
	if secs > TimeoutMax {
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
	return py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer or float", py.TypeName(v))
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
