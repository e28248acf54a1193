package threading

// This file defines RLock, the reentrant lock (CPython's _thread.RLock).

import (
	"fmt"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// RLock is a _thread.RLock: a lock its owner may acquire again, counting
// acquisitions. A release that brings the count to zero hands the lock
// to the longest waiter. Its state is guarded by the GIL.
type RLock struct {
	owner   int64 // ident of the owning thread; 0 when free
	count   int
	waiters WaitList
}

var (
	_ starlark.HasAttrs = (*RLock)(nil)
	_ py.ContextManager = (*RLock)(nil)
)

// NewRLock returns an unlocked RLock.
func NewRLock() *RLock { return &RLock{} }

// Acquire takes the lock or, for its owner, increments the count. It
// waits up to timeout (negative: no limit; zero: don't wait) and reports
// whether it got the lock. The caller must hold the GIL.
func (r *RLock) Acquire(thread *starlark.Thread, timeout time.Duration) (bool, error) {
	me := identOf(thread)
	switch r.owner {
	case me:
		r.count++
		return true, nil
	case 0:
		r.owner, r.count = me, 1
		return true, nil
	}
	if timeout == 0 {
		return false, nil
	}
	w := r.waiters.push(thread)
	err := w.park(thread, "RLock.acquire", timeout)
	if !w.woken.Load() {
		r.waiters.remove(w)
		return false, err
	}
	if err != nil { // handed over, but cancelled: pass it on
		r.releaseAll()
		return false, err
	}
	return true, nil
}

// Release decrements the count, freeing the lock at zero. Only the
// owner may release it. The caller must hold the GIL.
func (r *RLock) Release(thread *starlark.Thread) error {
	if r.owner == 0 || r.owner != identOf(thread) {
		return py.Raise(py.RuntimeError, "cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.releaseAll()
	}
	return nil
}

// releaseAll frees the lock whatever its count, handing it over.
func (r *RLock) releaseAll() {
	if w := r.waiters.pop(); w != nil {
		r.owner, r.count = w.ident, 1
		w.wake()
		return
	}
	r.owner, r.count = 0, 0
}

// IsOwned reports whether the calling thread owns the lock.
func (r *RLock) IsOwned(thread *starlark.Thread) bool {
	return r.owner != 0 && r.owner == identOf(thread)
}

// releaseSave frees the lock entirely and returns the count to restore
// (Condition.wait). The caller has checked ownership.
func (r *RLock) releaseSave() int {
	n := r.count
	r.releaseAll()
	return n
}

// acquireRestore re-takes the lock with a saved count.
func (r *RLock) acquireRestore(thread *starlark.Thread, count int) error {
	if _, err := r.Acquire(thread, -1); err != nil {
		return err
	}
	r.count = count
	return nil
}

// Enter implements py.ContextManager: it acquires the lock.
func (r *RLock) Enter(thread *starlark.Thread) (starlark.Value, error) {
	_, err := r.Acquire(thread, -1)
	return starlark.True, err
}

// Exit implements py.ContextManager: it releases the lock.
func (r *RLock) Exit(thread *starlark.Thread) error { return r.Release(thread) }

func (r *RLock) String() string {
	return fmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %#x>",
		lockedWord(r.owner != 0), r.owner, r.count, py.Addr(r))
}

// Type implements starlark.Value.
func (r *RLock) Type() string          { return "_thread.RLock" }
func (r *RLock) Freeze()               {}
func (r *RLock) Truth() starlark.Bool  { return true }
func (r *RLock) Hash() (uint32, error) { return uint32(py.Addr(r)), nil }

var rlockMethods = map[string]*starlark.Builtin{
	"acquire":   starlark.NewBuiltin("acquire", rlockAcquire),
	"release":   starlark.NewBuiltin("release", rlockRelease),
	"_is_owned": starlark.NewBuiltin("_is_owned", rlockIsOwned),

	"_release_save":    starlark.NewBuiltin("_release_save", rlockReleaseSave),
	"_acquire_restore": starlark.NewBuiltin("_acquire_restore", rlockAcquireRestore),
	"_recursion_count": starlark.NewBuiltin("_recursion_count", rlockRecursionCount),
	"__enter__":        starlark.NewBuiltin("__enter__", rlockAcquire),
	"__exit__":         starlark.NewBuiltin("__exit__", rlockExit),
}

// Attr implements starlark.HasAttrs.
func (r *RLock) Attr(name string) (starlark.Value, error) { return methodAttr(rlockMethods, r, name) }

// AttrNames implements starlark.HasAttrs.
func (r *RLock) AttrNames() []string { return methodNames(rlockMethods) }

// newRLock implements threading.RLock().
// https://docs.python.org/3/library/threading.html#threading.RLock
func newRLock(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args)+len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "RLock() takes no arguments")
	}
	return NewRLock(), nil
}

// rlockAcquire implements RLock.acquire(blocking=True, timeout=-1).
func rlockAcquire(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	timeout, err := lockTimeout(b.Name(), args, kwargs)
	if err != nil {
		return nil, err
	}
	ok, err := b.Receiver().(*RLock).Acquire(thread, timeout)
	return starlark.Bool(ok), err
}

func rlockRelease(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.None, b.Receiver().(*RLock).Release(thread)
}

func rlockExit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, b.Receiver().(*RLock).Release(thread)
}

func rlockIsOwned(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Bool(b.Receiver().(*RLock).IsOwned(thread)), nil
}

// QuickExit marks a RLock as a py.QuickExit: its exit never blocks and
// ignores the block's exception.
func (*RLock) QuickExit() {}
