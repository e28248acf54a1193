package threading

// This file defines Lock (CPython's _thread.lock) and the parking
// machinery every primitive of the package shares: a FIFO of waiters,
// each parked on its own channel with the GIL released.

import (
	"context"
	"fmt"
	"math"
	"sync/atomic"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// waiter is one parked script thread.
type waiter struct {
	woken  atomic.Bool   // set by wake: authoritative once the GIL is held again
	thread *core.Thread  // the parked thread, or nil for a Go caller's thread
	ident  int64         // the waiting thread's ident, for RLock hand-over
	also   chan struct{} // closed by wake when the waiter watches another channel
}

// wake marks w woken and unparks it. The caller holds the GIL.
func (w *waiter) wake() {
	w.woken.Store(true)
	if w.thread != nil {
		w.thread.QueueTurn()
	}
	if w.also != nil {
		close(w.also)
	} else if w.thread != nil {
		w.thread.Wake()
	}
}

// park releases the GIL until w is woken, timeout passes (negative: no
// limit) or the thread is cancelled; it returns with the GIL held.
// Whether w was woken is then read from w.woken. It is small enough to be
// inlined: its callers' frames stay on a waiting thread's stack.
func (w *waiter) park(thread *starlark.Thread, on any, timeout time.Duration) error {
	return core.Park(thread, waitState(timeout), on, timeout, &w.woken)
}

// waitState is the state of a thread that waits for timeout.
func waitState(timeout time.Duration) core.State {
	if timeout > 0 {
		return core.StateSleeping
	}
	return core.StateBlocked
}

// parkOr is park for a waiter that also returns when also is closed.
//
//go:noinline
func (w *waiter) parkOr(thread *starlark.Thread, on any, timeout time.Duration, also <-chan struct{}) error {
	if err := core.CheckWait(timeout); err != nil {
		return err
	}
	return core.BlockingUntil(thread, waitState(timeout), on, &w.woken, also, func(ctx context.Context) error {
		var tc <-chan time.Time
		if timeout > 0 {
			timer := time.NewTimer(timeout)
			defer timer.Stop()
			tc = timer.C
		}
		select {
		case <-w.also:
		case <-also:
		case <-tc:
		case <-ctx.Done():
		}
		return nil
	})
}

// WaitList is a FIFO queue of parked script threads: a condition
// variable whose lock is the GIL. The zero value is an empty list.
// All methods must be called with the GIL held.
type WaitList struct {
	q []*waiter
}

func (l *WaitList) push(thread *starlark.Thread) *waiter {
	w := &waiter{thread: core.FromThread(thread), ident: identOf(thread)}
	l.q = append(l.q, w)
	return w
}

// pop removes and returns the longest-waiting waiter, or nil.
func (l *WaitList) pop() *waiter {
	if len(l.q) == 0 {
		return nil
	}
	w := l.q[0]
	l.q[0] = nil
	l.q = l.q[1:]
	return w
}

// remove takes w out of the queue if it is still there.
func (l *WaitList) remove(w *waiter) {
	for i, x := range l.q {
		if x == w {
			copy(l.q[i:], l.q[i+1:])
			l.q[len(l.q)-1] = nil
			l.q = l.q[:len(l.q)-1]
			return
		}
	}
}

// Len reports how many threads are parked.
func (l *WaitList) Len() int { return len(l.q) }

// Wait parks the calling script thread until Notify wakes it, timeout
// passes (negative: no limit; zero returns at once) or the thread is
// cancelled, releasing the GIL meanwhile. It reports whether it was
// woken. A wake-up that races with cancellation is passed on to the next
// waiter, so none is lost.
func (l *WaitList) Wait(thread *starlark.Thread, on string, timeout time.Duration) (bool, error) {
	return l.WaitOr(thread, on, timeout, nil)
}

// WaitOr is Wait that also returns, unwoken, when also is closed.
func (l *WaitList) WaitOr(thread *starlark.Thread, on string, timeout time.Duration, also <-chan struct{}) (bool, error) {
	if timeout == 0 {
		return false, nil
	}
	w := l.push(thread)
	var err error
	if also != nil {
		w.also = make(chan struct{})
		err = w.parkOr(thread, on, timeout, also)
	} else {
		err = w.park(thread, on, timeout)
	}
	if !w.woken.Load() {
		l.remove(w)
		return false, err
	}
	if err != nil {
		l.Notify(1)
	}
	return true, err
}

// Notify wakes up to n waiters in arrival order and reports how many.
func (l *WaitList) Notify(n int) int {
	i := 0
	for ; i < n; i++ {
		w := l.pop()
		if w == nil {
			break
		}
		w.wake()
	}
	return i
}

// NotifyAll wakes every waiter.
func (l *WaitList) NotifyAll() int { return l.Notify(len(l.q)) }

// identOf is the ident of the script thread running thread, or -1.
func identOf(thread *starlark.Thread) int64 {
	if ct := core.FromThread(thread); ct != nil {
		return ct.Ident
	}
	return -1
}

// Lock is a _thread.lock: a primitive lock that any thread may release.
// Acquiring a free lock sets a flag under the GIL; only a contended
// acquire parks. As in CPython, a release does not hand the lock over:
// it wakes the longest waiter, which takes the lock if it is still free
// when it runs, so a thread that releases and re-acquires in a loop does
// not pay a goroutine switch per iteration. Its state is guarded by the
// GIL of the Interpreter using it.
type Lock struct {
	locked  bool
	waking  bool             // a woken waiter has not run yet
	holder  *starlark.Thread // who acquired it, for deadlock reports
	waiters WaitList

	boundAcquire, boundRelease *starlark.Builtin // cached bound methods
}

var (
	_ starlark.HasAttrs = (*Lock)(nil)
	_ py.ContextManager = (*Lock)(nil)
)

// NewLock returns an unlocked Lock.
func NewLock() *Lock { return &Lock{} }

// Acquire takes the lock, waiting up to timeout (negative: no limit;
// zero: don't wait) and reports whether it got it. The caller must hold
// the GIL; Acquire releases it while it waits.
func (l *Lock) Acquire(thread *starlark.Thread, timeout time.Duration) (bool, error) {
	if !l.locked {
		l.locked, l.holder = true, thread
		return true, nil
	}
	if timeout == 0 {
		return false, nil
	}
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		w := l.waiters.push(thread)
		err := w.park(thread, (*lockWait)(l), timeout)
		if w.woken.Load() {
			l.waking = false
		} else {
			l.waiters.remove(w)
		}
		if err != nil {
			l.wakeNext() // pass on a wake-up we can no longer use
			return false, err
		}
		if !l.locked {
			l.locked, l.holder = true, thread
			return true, nil
		}
		if timeout > 0 {
			if timeout = time.Until(deadline); timeout <= 0 {
				return false, nil
			}
		}
	}
}

// Release unlocks the lock and wakes the longest waiter, if any. Any
// thread may release it. The caller must hold the GIL.
func (l *Lock) Release() error {
	if !l.locked {
		return py.Raise(py.RuntimeError, "release unlocked lock")
	}
	l.release()
	return nil
}

func (l *Lock) release() {
	l.locked, l.holder = false, nil
	l.wakeNext()
}

// wakeNext wakes one waiter unless a woken one has yet to run.
func (l *Lock) wakeNext() {
	if l.waking || l.locked {
		return
	}
	if w := l.waiters.pop(); w != nil {
		l.waking = true
		w.wake()
	}
}

// lockWait describes a wait on a lock for deadlock reports and traces.
// It is the Lock itself, so that a waiting thread allocates nothing for
// it.
type lockWait Lock

func (lw *lockWait) String() string { return describeLock("Lock", (*Lock)(lw), lw.holder) }

// describeLock names a lock and the thread holding it: "Lock lock_a held
// by Thread-2 (worker)". It runs only when a report is built.
func describeLock(kind string, v starlark.Value, holder *starlark.Thread) string {
	s := kind
	if holder != nil {
		if rt := core.RuntimeOf(holder); rt != nil {
			if name := rt.NameOf(v); name != "" {
				s += " " + name
			}
		}
		if ct := core.FromThread(holder); ct != nil {
			s += " held by " + ct.Name
		}
	}
	return s
}

// Locked reports whether the lock is held.
func (l *Lock) Locked() bool { return l.locked }

// Enter implements py.ContextManager: it acquires the lock.
func (l *Lock) Enter(thread *starlark.Thread) (starlark.Value, error) {
	_, err := l.Acquire(thread, -1)
	return starlark.True, err
}

// Exit implements py.ContextManager: it releases the lock.
func (l *Lock) Exit(thread *starlark.Thread) error { return l.Release() }

func (l *Lock) String() string {
	return fmt.Sprintf("<%s _thread.lock object at %#x>", lockedWord(l.locked), py.Addr(l))
}

func lockedWord(locked bool) string {
	if locked {
		return "locked"
	}
	return "unlocked"
}

// Type implements starlark.Value.
func (l *Lock) Type() string          { return "_thread.lock" }
func (l *Lock) Freeze()               {}
func (l *Lock) Truth() starlark.Bool  { return true }
func (l *Lock) Hash() (uint32, error) { return uint32(py.Addr(l)), nil }

var lockMethods = map[string]*starlark.Builtin{
	"acquire":      starlark.NewBuiltin("acquire", lockAcquire),
	"acquire_lock": starlark.NewBuiltin("acquire_lock", lockAcquire),
	"release":      starlark.NewBuiltin("release", lockRelease),
	"release_lock": starlark.NewBuiltin("release_lock", lockRelease),
	"locked":       starlark.NewBuiltin("locked", lockLocked),
	"locked_lock":  starlark.NewBuiltin("locked_lock", lockLocked),
	"__enter__":    starlark.NewBuiltin("__enter__", lockAcquire),
	"__exit__":     starlark.NewBuiltin("__exit__", lockExit),
}

// Attr implements starlark.HasAttrs.
// acquire and release are bound once per lock, so the uncontended
// lock.acquire()/lock.release() pair allocates nothing.
func (l *Lock) Attr(name string) (starlark.Value, error) {
	switch name {
	case "acquire":
		if l.boundAcquire == nil {
			l.boundAcquire = lockMethods[name].BindReceiver(l)
		}
		return l.boundAcquire, nil
	case "release":
		if l.boundRelease == nil {
			l.boundRelease = lockMethods[name].BindReceiver(l)
		}
		return l.boundRelease, nil
	}
	return methodAttr(lockMethods, l, name)
}

// AttrNames implements starlark.HasAttrs.
func (l *Lock) AttrNames() []string { return methodNames(lockMethods) }

// MethodCache binds the methods of one receiver once each, so that a hot
// call such as event.set() or q.get() allocates no bound method. The
// zero value is ready to use; it is guarded by the GIL.
type MethodCache map[string]*starlark.Builtin

// Attr returns methods[name] bound to recv, or nil.
func (c *MethodCache) Attr(methods map[string]*starlark.Builtin, recv starlark.Value, name string) (starlark.Value, error) {
	if b, ok := (*c)[name]; ok {
		return b, nil
	}
	m, ok := methods[name]
	if !ok {
		return nil, nil
	}
	if *c == nil {
		*c = MethodCache{}
	}
	b := m.BindReceiver(recv)
	(*c)[name] = b
	return b, nil
}

// methodAttr returns methods[name] bound to recv, or nil.
func methodAttr(methods map[string]*starlark.Builtin, recv starlark.Value, name string) (starlark.Value, error) {
	if m, ok := methods[name]; ok {
		return m.BindReceiver(recv), nil
	}
	return nil, nil
}

func methodNames(methods map[string]*starlark.Builtin) []string {
	names := make([]string, 0, len(methods))
	for k := range methods {
		names = append(names, k)
	}
	return names
}

// newLock implements threading.Lock().
// https://docs.python.org/3/library/threading.html#threading.Lock
func newLock(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args)+len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "_thread.allocate_lock() takes no arguments (%d given)", len(args)+len(kwargs))
	}
	return NewLock(), nil
}

// lockAcquire implements Lock.acquire(blocking=True, timeout=-1).
// https://docs.python.org/3/library/threading.html#threading.Lock.acquire
func lockAcquire(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	timeout, err := lockTimeout(b.Name(), args, kwargs)
	if err != nil {
		return nil, err
	}
	ok, err := b.Receiver().(*Lock).Acquire(thread, timeout)
	return starlark.Bool(ok), err
}

func lockRelease(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.None, b.Receiver().(*Lock).Release()
}

func lockExit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, b.Receiver().(*Lock).Release()
}

func lockLocked(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Bool(b.Receiver().(*Lock).locked), nil
}

// lockTimeout parses the (blocking=True, timeout=-1) arguments of
// Lock.acquire and RLock.acquire as CPython's lock_acquire_parse_args
// does, returning the wait as a Duration (negative: no limit).
func lockTimeout(name string, args starlark.Tuple, kwargs []starlark.Tuple) (time.Duration, error) {
	if len(args) == 0 && len(kwargs) == 0 {
		return -1, nil
	}
	if len(args) > 2 {
		return 0, py.Raisef(py.TypeError, "%s() takes at most 2 arguments (%d given)", name, len(args))
	}
	var blockingV, timeoutV starlark.Value = starlark.True, starlark.MakeInt(-1)
	if err := core.UnpackArgs(name, args, kwargs, "blocking?", &blockingV, "timeout?", &timeoutV); err != nil {
		return 0, err
	}
	blocking, err := asIndex(blockingV)
	if err != nil {
		return 0, err
	}
	secs, err := asSeconds(timeoutV)
	if err != nil {
		return 0, err
	}
	if blocking == 0 && secs != -1 {
		return 0, py.Raise(py.ValueError, "can't specify a timeout for a non-blocking call")
	}
	if secs < 0 && secs != -1 {
		return 0, py.Raise(py.ValueError, "timeout value must be positive")
	}
	if blocking == 0 {
		return 0, nil
	}
	if secs == -1 {
		return -1, nil
	}
	if secs > core.TimeoutMax {
		return 0, core.TimeoutOverflow(timeoutV)
	}
	if secs == 0 {
		return 0, nil
	}
	return core.Seconds(secs), nil
}

// asIndex converts an int or bool as Python's __index__ does.
func asIndex(v starlark.Value) (int64, error) {
	switch v := v.(type) {
	case starlark.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case starlark.Int:
		if i, ok := v.Int64(); ok {
			return i, nil
		}
		return 1, nil // only its truth matters here
	}
	return 0, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(v))
}

// asSeconds converts an int or float timeout.
func asSeconds(v starlark.Value) (float64, error) {
	switch v := v.(type) {
	case starlark.Float:
		if math.IsNaN(float64(v)) {
			return 0, py.Raise(py.ValueError, "Invalid value NaN (not a number)")
		}
		return float64(v), nil
	case starlark.Int, starlark.Bool:
		i, err := asIndex(v)
		if err != nil {
			return 0, err
		}
		if n, ok := v.(starlark.Int); ok {
			f, _ := starlark.AsFloat(n)
			return f, nil
		}
		return float64(i), nil
	}
	return 0, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(v))
}

// QuickExit marks a Lock as a py.QuickExit: its exit never blocks and
// ignores the block's exception.
func (*Lock) QuickExit() {}
