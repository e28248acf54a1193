package core

// This file defines deadlock detection: when every live script thread is
// blocked with no timeout, a watchdog confirms that nothing changes for a
// short grace period and then reports which thread waits for what.

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"go.starlark.net/starlark"
)

// DeadlockError is raised in every thread of a deadlocked program.
var DeadlockError = NewClass("DeadlockError", "spindle", RuntimeError)

// deadlockGrace is how long the state must stay unchanged before a
// deadlock is reported; it absorbs wake-ups still in flight.
const deadlockGrace = 100 * time.Millisecond

type deadlockWatch struct {
	running  atomic.Bool
	stopOnce sync.Once
	stop     chan struct{} // closed by Runtime.Wait: the watchdog returns
}

// deadlocked reports whether every live thread is blocked forever while
// some main thread (or a caller waiting at exit) depends on them.
func (rt *Runtime) deadlocked() bool {
	live := rt.nlive.Load()
	return live > 0 && rt.nmain.Load() > 0 && rt.nblocked.Load() >= live
}

// checkDeadlock starts the watchdog when all threads look blocked. It
// costs two atomic loads when they are not.
func (rt *Runtime) checkDeadlock() {
	if rt.opts.OnDeadlock == nil || !rt.deadlocked() || !rt.deadlockW.running.CompareAndSwap(false, true) {
		return
	}
	rt.wg.Add(1)
	go rt.watchdog(rt.transitions.Load())
}

// watchdog waits out the grace period and reports a confirmed deadlock.
// While threads keep changing state but stay stuck, it looks again.
func (rt *Runtime) watchdog(seen int64) {
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
		if now := rt.transitions.Load(); now != seen {
			seen = now
			continue
		}
		rt.GIL.Acquire() // nobody runs; this orders our reads after theirs
		report := rt.deadlockReport()
		rt.GIL.Release()
		if rt.transitions.Load() == seen {
			rt.opts.OnDeadlock(Raise(DeadlockError, report))
		}
		return
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
			fr := visibleFrames(st)
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
		v := Unbox(globals[k])
		if c, ok := globals[k].(*SharedCell); ok {
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
