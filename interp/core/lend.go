package core

// This file lets a script thread lend its turn of the GIL to code that
// runs on another goroutine with its own starlark.Thread on the thread's
// behalf (a generator's body): preemption, cancellation, interrupts and
// threading.current_thread() then treat that code as the thread's own.

import (
	"errors"
	"math"
	"strings"
	"sync"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// lentStack is the starlark threads running on a script thread's behalf,
// innermost last.
type lentStack struct {
	mu   sync.Mutex
	sts  []*starlark.Thread
	base []int // base[i]: the frames below sts[i] (see Depth); guarded by the GIL
}

// NewBodyThread returns a starlark thread for code that runs on a script
// thread's behalf once it is lent with Lend. The caller holds the GIL.
func (rt *Runtime) NewBodyThread(name string) *starlark.Thread {
	st := &starlark.Thread{Name: name}
	st.OnMaxSteps = onMaxSteps
	st.SetMaxExecutionSteps(checkSteps)
	if rt.opts.Setup != nil {
		rt.opts.Setup(st)
	}
	return st
}

// Lend makes st run on t's behalf until Unlend: FromThread(st) is t, and
// cancelling or interrupting t cancels st too. The caller holds the GIL
// as t and hands it to st's goroutine, waiting until st's code hands it
// back; it must not touch st meanwhile.
func (t *Thread) Lend(st *starlark.Thread) {
	st.SetLocal(py.ThreadKey, t)
	st.SetMaxExecutionSteps(st.Steps + checkSteps)
	base := t.depthOf(t.Active())
	t.lent.mu.Lock()
	t.lent.sts = append(t.lent.sts, st)
	t.lent.base = append(t.lent.base, base)
	t.lent.mu.Unlock()
	if t.Ctx != nil && t.Ctx.Err() != nil {
		st.Cancel(CancelReason(t.Ctx))
	}
}

// Unlend ends the Lend of st, the innermost one.
func (t *Thread) Unlend(st *starlark.Thread) {
	t.lent.mu.Lock()
	if n := len(t.lent.sts); n > 0 && t.lent.sts[n-1] == st {
		t.lent.sts = t.lent.sts[:n-1]
		t.lent.base = t.lent.base[:n-1]
	}
	t.lent.mu.Unlock()
}

// Active returns the starlark thread that runs t's code now: the
// innermost lent one, or t.ST. Call it with the GIL held as t: only the
// GIL's holder changes t.lent.sts (mu serves cancel's reads from other
// goroutines), so no lock is needed here.
func (t *Thread) Active() *starlark.Thread {
	if n := len(t.lent.sts); n > 0 {
		return t.lent.sts[n-1]
	}
	return t.ST
}

// cancel cancels t's starlark thread and every one lent to it.
func (t *Thread) cancel(reason string) {
	t.ST.Cancel(reason)
	t.lent.mu.Lock()
	for _, st := range t.lent.sts {
		st.Cancel(reason)
	}
	t.lent.mu.Unlock()
}

// Disarm cancels st, whose code runs on no thread's behalf any more, so
// that what is left of it unwinds without running script code or
// reaching for a turn of the GIL.
func Disarm(st *starlark.Thread, reason string) {
	st.SetMaxExecutionSteps(math.MaxUint64)
	st.Cancel(reason)
}

// Go runs fn on a new goroutine that Wait waits for, unless Wait has
// begun; it reports whether it did.
func (rt *Runtime) Go(fn func()) bool {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if rt.closed {
		return false
	}
	rt.wg.Add(1)
	go func() {
		defer rt.wg.Done()
		fn()
	}()
	return true
}

// OnClose registers fn, under key, to run when Wait begins, before it
// waits for the runtime's goroutines. It reports false, registering
// nothing, if Wait has begun.
func (rt *Runtime) OnClose(key any, fn func()) bool {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if rt.closed {
		return false
	}
	if rt.closers == nil {
		rt.closers = map[any]func(){}
	}
	rt.closers[key] = fn
	return true
}

// DropOnClose unregisters what OnClose registered under key.
func (rt *Runtime) DropOnClose(key any) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	delete(rt.closers, key)
}

// runClosers runs the functions registered with OnClose, once.
func (rt *Runtime) runClosers() {
	rt.mu.Lock()
	rt.closed = true
	fns := rt.closers
	rt.closers = nil
	rt.mu.Unlock()
	for _, fn := range fns {
		fn()
	}
}

// IsCancellation reports whether err is the VM's report that its thread
// was cancelled (or interrupted), which must reach the thread's own
// handlers unchanged.
func IsCancellation(err error) bool {
	var ee *starlark.EvalError
	if errors.As(err, &ee) {
		return strings.HasPrefix(ee.Msg, "Starlark computation cancelled: ")
	}
	return false
}
