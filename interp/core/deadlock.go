package core

// This file defines deadlock detection. A wait that only another script
// thread can end is StateBlocked (waits on the outside world, such as
// input() or a host's blocking Go function, never are). When every live
// thread is blocked, a watchdog takes the GIL, so that no thread can
// change the graph, and looks at each blocked thread's wait: if one was
// already woken (its wake flag is set, its channel closed, it was
// cancelled or interrupted) but its goroutine has not run yet, the
// program is not stuck, and the watchdog looks again later. Otherwise
// no thread can ever wake another, and it reports which thread waits
// for what. The short grace period before the look only debounces
// programs whose threads block and wake all the time; the decision does
// not depend on timing.

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// DeadlockError is raised in every thread of a deadlocked program.
var DeadlockError = py.NewClass("DeadlockError", "spindle", py.RuntimeError)

// deadlockGrace is how long the watchdog waits before it looks at the
// wait-for graph, and again while a woken thread has yet to run.
const deadlockGrace = 100 * time.Millisecond

type deadlockWatch struct {
	running  atomic.Bool
	stopOnce sync.Once
	stop     chan struct{} // closed by Runtime.Wait: the watchdog returns
}

// deadlocked reports whether every live thread is blocked while some
// main thread (or a caller waiting at exit) depends on them, and no
// outside waker is armed. It is the cheap test that starts the
// watchdog; stuck confirms it.
func (rt *Runtime) deadlocked() bool {
	live := rt.nlive.Load()
	return live > 0 && rt.nmain.Load() > 0 && rt.nblocked.Load() >= live && rt.wakers.Load() == 0
}

// HoldWaker records an armed outside waker: something that will wake a
// blocked thread without any script thread's help (signal.alarm's
// timer delivers a signal), so that threads all blocked meanwhile are
// not a deadlock. ReleaseWaker undoes it once the waker is spent.
func (rt *Runtime) HoldWaker() { rt.wakers.Add(1) }

// ReleaseWaker undoes a HoldWaker.
func (rt *Runtime) ReleaseWaker() { rt.wakers.Add(-1) }

// checkDeadlock starts the watchdog when all threads look blocked. It
// costs two atomic loads when they are not.
func (rt *Runtime) checkDeadlock() {
	if rt.opts.OnDeadlock == nil || !rt.deadlocked() || !rt.deadlockW.running.CompareAndSwap(false, true) {
		return
	}
	rt.wg.Add(1)
	go rt.watchdog()
}

// watchdog reports a deadlock once the wait-for graph shows one, and
// returns as soon as some thread is not blocked.
func (rt *Runtime) watchdog() {
	defer rt.wg.Done()
	defer rt.deadlockW.running.Store(false)
	grace := time.NewTimer(deadlockGrace)
	defer grace.Stop()
	for {
		select {
		case <-grace.C:
		case <-rt.deadlockW.stop:
			return // the runtime is done: nobody waits for a report
		}
		grace.Reset(deadlockGrace)
		if !rt.deadlocked() {
			return
		}
		rt.GIL.Acquire() // no thread can wake another while we look
		report := ""
		if rt.deadlocked() && rt.stuck() {
			report = rt.deadlockReport()
		}
		rt.GIL.Release()
		if report != "" {
			rt.opts.OnDeadlock(py.Raise(DeadlockError, report))
			return
		}
	}
}

// stuck reports whether every live thread is blocked on a wait that is
// not over. The caller holds the GIL.
func (rt *Runtime) stuck() bool {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	for _, t := range rt.live {
		if t.State() != StateBlocked || t.wakePending() {
			return false
		}
	}
	return len(rt.live) > 0
}

// setWake records what ends t's coming wait (nil, nil once it is over).
func (t *Thread) setWake(woken *atomic.Bool, done <-chan struct{}) {
	t.wakeFlag.Store(woken)
	t.blockedMu.Lock()
	t.wakeCh = done
	t.blockedMu.Unlock()
}

// wakePending reports whether t's wait is over though t has not taken
// the GIL back yet: it was woken, its channel closed, a signal handler
// is due, or it was cancelled or interrupted.
func (t *Thread) wakePending() bool {
	if w := t.wakeFlag.Load(); w != nil && w.Load() {
		return true
	}
	if t.irq.signal.Load() {
		return true // a signal's handler waits to run in t
	}
	if t.waitContext().Err() != nil {
		return true
	}
	t.blockedMu.Lock()
	ch := t.wakeCh
	t.blockedMu.Unlock()
	if ch == nil {
		return false
	}
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// deadlockReport describes every live thread: its name, what it waits
// for and where. The caller holds the GIL.
func (rt *Runtime) deadlockReport() string {
	var b strings.Builder
	threads := rt.Threads()
	rt.reportNames = globalNames(threads)
	defer func() { rt.reportNames = nil }()
	fmt.Fprintf(&b, "deadlock: all %d threads are blocked and none can proceed\n", len(threads))
	for _, t := range threads {
		where := ""
		if st := t.ST.CallStack(); len(st) > 0 {
			fr := py.VisibleFrames(st)
			if len(fr) > 0 {
				top := fr[len(fr)-1]
				name := top.Name
				if name == "<toplevel>" {
					name = "<module>"
				}
				where = fmt.Sprintf(" at %s:%d in %s", top.Pos.Filename(), top.Pos.Line, name)
			}
		}
		on := t.BlockedOn()
		if on == "" {
			on = "the other threads"
		}
		fmt.Fprintf(&b, "  %s%s\n      waits for %s\n", t.Name, where, on)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// globalNames maps the hashable-by-identity values bound to module
// globals of the threads' functions to their names (first name wins,
// alphabetically). The caller holds the GIL.
func globalNames(threads []*Thread) map[starlark.Value]string {
	names := map[starlark.Value]string{}
	seen := map[*starlark.Function]bool{}
	for _, t := range threads {
		for i := 0; i < t.ST.CallStackDepth(); i++ {
			fn, ok := t.ST.DebugFrame(i).Callable().(*starlark.Function)
			if !ok || seen[fn] {
				continue
			}
			seen[fn] = true
			addNames(names, fn.Globals())
		}
	}
	return names
}

func addNames(names map[starlark.Value]string, globals starlark.StringDict) {
	for _, k := range globals.Keys() {
		v := py.Unbox(globals[k])
		if c, ok := globals[k].(*py.SharedCell); ok {
			if c.V == nil {
				continue
			}
			k = c.Nam // the REPL's cell of global k
		}
		if !comparableValue(v) {
			continue
		}
		if _, ok := names[v]; !ok {
			names[v] = k
		}
	}
}

// comparableValue reports whether v is a pointer, which names an object
// by identity (locks, events, threads...).
func comparableValue(v starlark.Value) bool {
	return v != nil && reflect.TypeOf(v).Kind() == reflect.Pointer
}
