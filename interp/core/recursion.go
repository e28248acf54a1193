package core

// This file defines the recursion limit: sys.getrecursionlimit() bounds
// a script thread's depth (its frames plus those of the generator bodies
// running on its behalf), checked at the step hook, and every recursive
// Go walk over script values (repr, deepcopy, json...) stops at the same
// depth with CPython's RecursionError instead of overflowing Go's stack
// (they read the limit through py.Host: see interp/py/limits.go).

import (
	"sync/atomic"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// compareLimit bounds the nesting of containers compared by the VM
// (==, <, sorting): past it, comparison raises RecursionError ("...
// in comparison"), as CPython does at its recursion limit.
const compareLimit = py.DefaultRecursionLimit

func init() {
	// The VM's own bound, a package setting of go.starlark.net (10 by
	// default, which fails == on lists nested 11 deep); set once here.
	starlark.CompareLimit = compareLimit
}

// recursionLimit is a Runtime's limit; 0 means the default.
type recursionLimit struct{ n atomic.Int64 }

// RecursionLimit returns sys.getrecursionlimit(). Safe from any goroutine.
func (rt *Runtime) RecursionLimit() int {
	if n := rt.recursion.n.Load(); n > 0 {
		return int(n)
	}
	return py.DefaultRecursionLimit
}

// SetRecursionLimit implements sys.setrecursionlimit(n); the caller
// checked n >= 1. Safe from any goroutine.
func (rt *Runtime) SetRecursionLimit(n int) { rt.recursion.n.Store(int64(n)) }

// Depth is the recursion depth of st's script thread, as CPython counts
// it: the calls of functions and builtins in st and in the code it runs
// on behalf of (lent generator bodies), without the frames of the
// runtime's own helpers (a try body, say). Call it with the GIL held.
func Depth(st *starlark.Thread) int {
	t := FromThread(st)
	if t == nil {
		return visibleDepth(st)
	}
	return t.visibleDepth()
}

// depthOf is an upper bound of the depth of st, which runs t's code:
// every frame counts. Call it with the GIL held.
func (t *Thread) depthOf(st *starlark.Thread) int {
	d := st.CallStackDepth()
	if n := len(t.lent.sts); n > 0 && t.lent.sts[n-1] == st {
		d += t.lent.base[n-1]
	}
	return d
}

// visibleDepth is Depth for t, whose code runs as t.Active().
func (t *Thread) visibleDepth() int {
	d := visibleDepth(t.ST)
	for _, st := range t.lent.sts {
		d += visibleDepth(st)
	}
	return d
}

// visibleDepth counts st's frames that are not the runtime's helpers.
func visibleDepth(st *starlark.Thread) int {
	n := st.CallStackDepth()
	d := 0
	for i := 0; i < n; i++ {
		if !abi.Hidden(st.DebugFrame(i).Callable().Name()) {
			d++
		}
	}
	return d
}

// room returns how many more calls code running as st may make before
// its depth passes the recursion limit (negative: it has passed it).
// It counts every frame while that is under the limit, and only the
// visible ones (see Depth) near it. Call it with the GIL held.
func (t *Thread) room(st *starlark.Thread) int {
	limit := t.rt.RecursionLimit()
	if r := limit - t.depthOf(st); r >= 0 {
		return r
	}
	return limit - t.visibleDepth()
}

// CheckDepth returns RecursionError if code running as st may not call
// deeper: its depth has reached the recursion limit. Call it with the
// GIL held.
func CheckDepth(st *starlark.Thread) error {
	if t := FromThread(st); t != nil && t.room(st) <= 0 {
		return py.Recursion("")
	}
	return nil
}

// checkDepth runs at the step hook: past the limit it raises
// RecursionError at st's next step; it returns how many steps may run
// before the limit can be passed, since a step adds at most one frame.
func (t *Thread) checkDepth(st *starlark.Thread) uint64 {
	r := t.room(st)
	if r < 0 {
		t.raiseNext(st, py.Recursion(""))
		return checkSteps
	}
	return uint64(r + 1)
}
