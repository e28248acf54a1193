package signal

// This file defines the interval timers: alarm, setitimer and getitimer
// deliver SIGALRM (SIGVTALRM, SIGPROF) to the main thread when they
// expire, as the kernel's timers do. All three count wall-clock time:
// spindle measures no CPU time per script, so ITIMER_VIRTUAL and
// ITIMER_PROF run as ITIMER_REAL does. pthread_kill delivers a signal
// as raise_signal does from the calling thread.

import (
	"math"
	"sync"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// The timers, and the signal each delivers.
const (
	itimerReal, itimerVirtual, itimerProf = 0, 1, 2
)

var timerSignals = [3]int{14, 26, 27} // SIGALRM, SIGVTALRM, SIGPROF

// ItimerError is signal.ItimerError (itimer_error), an OSError.
var ItimerError = py.NewClass("itimer_error", "signal", py.OSError)

// itimer is one timer of an Interpreter: when it fires, its signal goes
// to the main thread; with an interval it fires again every interval.
type itimer struct {
	mu       sync.Mutex // the timer's goroutine rearms it
	t        *time.Timer
	deadline time.Time
	interval time.Duration
	gen      int // counts settings: a firing of an earlier one does nothing
	armed    bool
	rt       *core.Runtime // holds a waker while armed (see core.HoldWaker)
}

// arm records whether the timer is armed, holding the runtime's waker
// while it is: threads all blocked meanwhile are not deadlocked. The
// caller holds it.mu.
func (it *itimer) arm(on bool) {
	switch {
	case on && !it.armed:
		it.rt.HoldWaker()
	case !on && it.armed:
		it.rt.ReleaseWaker()
	}
	it.armed = on
}

type timersKey struct{}

func timersOf(rt *core.Runtime) *[3]itimer {
	return rt.ModuleState(timersKey{}, func() any {
		ts := new([3]itimer)
		for i := range ts {
			ts[i].rt = rt
		}
		return ts
	}).(*[3]itimer)
}

// set arms the timer to fire after value, then every interval (0: once;
// value 0 disarms it), calling deliver; it returns what was left
// of the previous setting and its interval.
func (it *itimer) set(value, interval time.Duration, deliver func()) (left, every time.Duration) {
	it.mu.Lock()
	defer it.mu.Unlock()
	left, every = it.remaining(), it.interval
	it.gen++
	gen := it.gen
	if it.t != nil {
		it.t.Stop()
		it.t = nil
	}
	it.interval = interval
	it.arm(value > 0)
	if value <= 0 {
		return left, every
	}
	it.deadline = time.Now().Add(value)
	var fire func()
	fire = func() {
		it.mu.Lock()
		if it.gen != gen {
			it.mu.Unlock()
			return
		}
		periodic := it.interval > 0
		if periodic {
			it.deadline = time.Now().Add(it.interval)
			it.t = time.AfterFunc(it.interval, fire)
		} else {
			it.t = nil
		}
		it.mu.Unlock()
		deliver()
		if !periodic {
			it.mu.Lock()
			if it.gen == gen { // not set again meanwhile
				it.arm(false)
			}
			it.mu.Unlock()
		}
	}
	it.t = time.AfterFunc(value, fire)
	return left, every
}

// remaining is the time left before the timer fires, 0 if disarmed.
// The caller holds it.mu.
func (it *itimer) remaining() time.Duration {
	if it.t == nil {
		return 0
	}
	return max(time.Until(it.deadline), time.Microsecond)
}

// deliverer returns the function that delivers signal n to the main
// thread of thread's script.
func deliverer(thread *starlark.Thread, rt *core.Runtime, n int) func() {
	main := mainThread(core.FromThread(thread))
	return func() {
		if main != nil {
			main.DeliverSignal(func(st *starlark.Thread) error { return handle(st, rt, n) })
		}
	}
}

// alarm implements alarm(seconds): the seconds left of the previous
// alarm, rounded as the C library rounds them.
func alarm(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var secs int
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &secs); err != nil {
		return nil, err
	}
	rt, err := runtime(thread)
	if err != nil {
		return nil, err
	}
	left, _ := timersOf(rt)[itimerReal].set(time.Duration(secs)*time.Second, 0, deliverer(thread, rt, timerSignals[itimerReal]))
	whole, frac := left/time.Second, left%time.Second
	if frac >= 500*time.Millisecond || whole == 0 && frac > 0 {
		whole++
	}
	return starlark.MakeInt(int(whole)), nil
}

// timerArg unpacks which, the timer's number.
func timerArg(v starlark.Value) (int, error) {
	n, err := py.AsCInt(v)
	if err != nil {
		return 0, err
	}
	if n < itimerReal || n > itimerProf {
		return 0, py.NewException(ItimerError, starlark.MakeInt(22), starlark.String("Invalid argument"))
	}
	return n, nil
}

// seconds converts a duration argument in seconds.
func seconds(v starlark.Value) (time.Duration, error) {
	f, ok := starlark.AsFloat(v)
	if !ok {
		return 0, py.Raisef(py.TypeError, "must be real number, not %s", py.TypeName(v))
	}
	if f < 0 || math.IsNaN(f) {
		return 0, py.NewException(ItimerError, starlark.MakeInt(22), starlark.String("Invalid argument"))
	}
	return time.Duration(f * float64(time.Second)), nil
}

func pair(value, interval time.Duration) starlark.Tuple {
	return starlark.Tuple{starlark.Float(value.Seconds()), starlark.Float(interval.Seconds())}
}

// setitimer implements setitimer(which, seconds, interval=0.0).
func setitimer(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var whichv, secsv starlark.Value
	var intervalv starlark.Value = starlark.Float(0)
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &whichv, &secsv, &intervalv); err != nil {
		return nil, err
	}
	which, err := timerArg(whichv)
	if err != nil {
		return nil, err
	}
	value, err := seconds(secsv)
	if err != nil {
		return nil, err
	}
	interval, err := seconds(intervalv)
	if err != nil {
		return nil, err
	}
	rt, err := runtime(thread)
	if err != nil {
		return nil, err
	}
	return pair(timersOf(rt)[which].set(value, interval, deliverer(thread, rt, timerSignals[which]))), nil
}

// getitimer implements getitimer(which).
func getitimer(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var whichv starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &whichv); err != nil {
		return nil, err
	}
	which, err := timerArg(whichv)
	if err != nil {
		return nil, err
	}
	rt, err := runtime(thread)
	if err != nil {
		return nil, err
	}
	it := &timersOf(rt)[which]
	it.mu.Lock()
	defer it.mu.Unlock()
	return pair(it.remaining(), it.interval), nil
}

// pthreadKill implements pthread_kill(thread_id, signalnum): a Python
// handler runs in the main thread whichever thread the signal is sent
// to, as raise_signal's does.
func pthreadKill(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var id, numv starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &id, &numv); err != nil {
		return nil, err
	}
	if _, err := py.AsSsize(id); err != nil {
		return nil, err
	}
	n, err := py.AsCInt(numv)
	if err != nil || n == 0 {
		return starlark.None, err
	}
	if n < 1 || n >= nsig {
		return nil, py.NewException(py.OSError, starlark.MakeInt(22), starlark.String("Invalid argument"))
	}
	return starlark.None, Raise(thread, n)
}
