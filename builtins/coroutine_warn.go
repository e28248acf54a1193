package builtins

// This file reports the coroutines that are never awaited, as CPython's
// "RuntimeWarning: coroutine 'f' was never awaited". CPython warns when
// it frees such a coroutine, naming the line running at that moment;
// spindle warns when Go's collector finds it unreachable (at the next
// safe point of a script thread, see core.Runtime.AtSafePoint) or at
// the interpreter's exit, naming the line that created it, which is
// the same line for the usual mistake, a call of an async def as a
// statement without await. One still reachable at exit (a global) is
// reported as CPython reports it at shutdown, at "sys:1".

import (
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"weak"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

// coroWatch follows one coroutine until it is awaited (or sent into,
// or closed). It must not refer to its Coroutine.
type coroWatch struct {
	rt       *core.Runtime
	name     string // the coroutine's __qualname__
	file     string // where it was created
	line     int
	seq      uint64 // creation order
	awaited  atomic.Bool
	reported bool // guarded by the watchers' mu
	self     weak.Pointer[Coroutine]
}

// watchers is an Interpreter's coroutines not awaited yet, by creation.
type watchers struct {
	mu      sync.Mutex
	seq     uint64
	live    map[*coroWatch]bool
	dropped []*coroWatch // found garbage, to be reported
}

var watchersKey = new(byte)

func watchersOf(rt *core.Runtime) *watchers {
	return rt.ModuleState(watchersKey, func() any { return &watchers{live: map[*coroWatch]bool{}} }).(*watchers)
}

// watch starts following c, created by the code running on thread.
func watch(thread *starlark.Thread, rt *core.Runtime, c *Coroutine) {
	w := &coroWatch{rt: rt, name: c.g.s.qualName(), self: weak.Make(c)}
	for depth := 0; depth < thread.CallStackDepth(); depth++ {
		if pos := thread.CallFrame(depth).Pos; pos.IsValid() && pos.Line > 0 {
			w.file, w.line = pos.Filename(), int(pos.Line)
			break
		}
	}
	ws := watchersOf(rt)
	ws.mu.Lock()
	ws.seq++
	w.seq = ws.seq
	ws.live[w] = true
	ws.mu.Unlock()
	c.watch = w
	runtime.AddCleanup(c, coroDropped, w)
}

// markAwaited records that c was awaited, sent into or closed.
func (c *Coroutine) markAwaited() {
	w := c.watch
	if w == nil || w.awaited.Swap(true) {
		return
	}
	ws := watchersOf(w.rt)
	ws.mu.Lock()
	delete(ws.live, w)
	ws.mu.Unlock()
}

// coroDropped is the cleanup of a coroutine: one never awaited is
// reported at the next safe point.
func coroDropped(w *coroWatch) {
	if w.awaited.Load() {
		return
	}
	ws := watchersOf(w.rt)
	ws.mu.Lock()
	if _, ok := ws.live[w]; !ok {
		ws.mu.Unlock()
		return
	}
	delete(ws.live, w)
	ws.dropped = append(ws.dropped, w)
	first := len(ws.dropped) == 1
	ws.mu.Unlock()
	if first {
		w.rt.AtSafePoint(func(*core.Thread) { ws.report(ws.takeDropped(), false) })
	}
}

func (ws *watchers) takeDropped() []*coroWatch {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	d := ws.dropped
	ws.dropped = nil
	return d
}

// report writes the warnings of list in creation order, the caller
// holding the GIL; atExit words those still reachable as CPython's
// shutdown does.
func (ws *watchers) report(list []*coroWatch, atExit bool) {
	sort.Slice(list, func(i, j int) bool { return list[i].seq < list[j].seq })
	for _, w := range list {
		ws.mu.Lock()
		done := w.reported
		w.reported = true
		ws.mu.Unlock()
		if done {
			continue
		}
		msg := "RuntimeWarning: coroutine '" + w.name + "' was never awaited\n"
		if atExit && w.self.Value() != nil || w.file == "" {
			w.rt.Stderr().WriteString("sys:1: " + msg)
			continue
		}
		text := w.file + ":" + strconv.Itoa(w.line) + ": " + msg
		if lines := w.rt.Sources().SourceLines(w.file); w.line <= len(lines) {
			text += "  " + strings.TrimSpace(lines[w.line-1]) + "\n"
		}
		w.rt.Stderr().WriteString(text + "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
	}
}

// UnawaitedCoroutines reports whether rt has coroutines never awaited.
func UnawaitedCoroutines(rt *core.Runtime) bool {
	ws := watchersOf(rt)
	ws.mu.Lock()
	defer ws.mu.Unlock()
	return len(ws.live) > 0 || len(ws.dropped) > 0
}

// WarnUnawaited reports, at the interpreter's exit, every coroutine never
// awaited, in the order they were created; thread holds the GIL.
func WarnUnawaited(thread *starlark.Thread) {
	rt := core.RuntimeOf(thread)
	if rt == nil || !UnawaitedCoroutines(rt) {
		return
	}
	runtime.GC() // clears the weak pointers of the unreachable ones
	ws := watchersOf(rt)
	ws.mu.Lock()
	list := append([]*coroWatch{}, ws.dropped...)
	ws.dropped = nil
	for w := range ws.live {
		list = append(list, w)
	}
	ws.live = map[*coroWatch]bool{}
	ws.mu.Unlock()
	ws.report(list, true)
}
