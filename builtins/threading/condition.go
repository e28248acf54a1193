package threading

// This file defines Condition, a condition variable over a Lock or RLock.

import (
	"fmt"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// ConditionClass is threading.Condition.
var ConditionClass = nativeClass("Condition", newCondition)

// Condition is a threading.Condition. Its waiters are woken in FIFO
// order. Its state is guarded by the GIL.
type Condition struct {
	lock    starlark.Value // *Lock or *RLock
	waiters WaitList
	attrs   py.AttrDict // what scripts set
}

var (
	_ starlark.HasAttrs    = (*Condition)(nil)
	_ starlark.HasSetField = (*Condition)(nil)
	_ py.ContextManager    = (*Condition)(nil)
)

// NewCondition returns a Condition using lock, a *Lock or an *RLock; nil
// selects a new RLock.
func NewCondition(lock starlark.Value) *Condition {
	if lock == nil {
		lock = NewRLock()
	}
	return &Condition{lock: lock}
}

// newCondition implements threading.Condition(lock=None).
// https://docs.python.org/3/library/threading.html#threading.Condition
func newCondition(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var lock starlark.Value = starlark.None
	if err := starlark.UnpackArgs("Condition", args, kwargs, "lock?", &lock); err != nil {
		return nil, err
	}
	switch lock.(type) {
	case *Lock, *RLock:
		return NewCondition(lock), nil
	case starlark.NoneType:
		return NewCondition(nil), nil
	}
	return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute 'acquire'", py.TypeName(lock))
}

func (c *Condition) acquire(thread *starlark.Thread, timeout time.Duration) (bool, error) {
	if r, ok := c.lock.(*RLock); ok {
		return r.Acquire(thread, timeout)
	}
	return c.lock.(*Lock).Acquire(thread, timeout)
}

func (c *Condition) release(thread *starlark.Thread) error {
	if r, ok := c.lock.(*RLock); ok {
		return r.Release(thread)
	}
	return c.lock.(*Lock).Release()
}

// owned is CPython's _is_owned: an RLock must be held by the caller, a
// Lock by anyone.
func (c *Condition) owned(thread *starlark.Thread) bool {
	if r, ok := c.lock.(*RLock); ok {
		return r.IsOwned(thread)
	}
	return c.lock.(*Lock).locked
}

// Wait releases the lock, waits until notified or timeout passes
// (negative: no limit), re-acquires the lock and reports whether it was
// notified. The caller must hold the GIL and the lock.
func (c *Condition) Wait(thread *starlark.Thread, timeout time.Duration) (bool, error) {
	return c.WaitOn(thread, "Condition.wait", timeout)
}

// WaitOn is Wait that names what the thread waits on (as "Queue.get")
// in deadlock reports.
func (c *Condition) WaitOn(thread *starlark.Thread, on string, timeout time.Duration) (bool, error) {
	if !c.owned(thread) {
		return false, py.Raise(py.RuntimeError, "cannot wait on un-acquired lock")
	}
	w := c.waiters.push(thread)
	saved := c.releaseSave()
	var err error
	if timeout != 0 {
		err = w.park(thread, on, timeout)
	}
	if !w.woken.Load() {
		c.waiters.remove(w)
	}
	if rerr := c.acquireRestore(thread, saved); err == nil {
		err = rerr
	}
	return w.woken.Load(), err
}

// releaseSave releases the lock, returning an RLock's count. It is not
// inlined into WaitOn, whose frame is under the waiting thread.
//
//go:noinline
func (c *Condition) releaseSave() int {
	if r, ok := c.lock.(*RLock); ok {
		return r.releaseSave()
	}
	c.lock.(*Lock).release()
	return 0
}

// acquireRestore takes the lock back after a wait (see releaseSave).
//
//go:noinline
func (c *Condition) acquireRestore(thread *starlark.Thread, saved int) error {
	if r, ok := c.lock.(*RLock); ok {
		return r.acquireRestore(thread, saved)
	}
	_, err := c.lock.(*Lock).Acquire(thread, -1)
	return err
}

// Notify wakes up to n waiters in arrival order. The caller must hold
// the GIL and the lock.
func (c *Condition) Notify(thread *starlark.Thread, n int) error {
	if !c.owned(thread) {
		return py.Raise(py.RuntimeError, "cannot notify on un-acquired lock")
	}
	c.waiters.Notify(n)
	return nil
}

// Enter implements py.ContextManager: it acquires the lock.
func (c *Condition) Enter(thread *starlark.Thread) (starlark.Value, error) {
	_, err := c.acquire(thread, -1)
	return starlark.True, err
}

// Exit implements py.ContextManager: it releases the lock.
func (c *Condition) Exit(thread *starlark.Thread) error { return c.release(thread) }

func (c *Condition) String() string {
	return fmt.Sprintf("<Condition(%s, %d)>", py.Repr(c.lock), c.waiters.Len())
}

// Type implements starlark.Value.
func (c *Condition) Type() string          { return "Condition" }
func (c *Condition) Freeze()               {}
func (c *Condition) Truth() starlark.Bool  { return true }
func (c *Condition) Hash() (uint32, error) { return uint32(py.Addr(c)), nil }

// PyClass returns threading.Condition.
func (c *Condition) PyClass() *py.Class { return ConditionClass }

var conditionMethods = map[string]*starlark.Builtin{
	"wait":       starlark.NewBuiltin("wait", conditionWait),
	"wait_for":   starlark.NewBuiltin("wait_for", conditionWaitFor),
	"notify":     starlark.NewBuiltin("notify", conditionNotify),
	"notify_all": starlark.NewBuiltin("notify_all", conditionNotifyAll),
	"notifyAll":  starlark.NewBuiltin("notifyAll", conditionNotifyAll),
	"__enter__":  starlark.NewBuiltin("__enter__", conditionEnter),
	"__exit__":   starlark.NewBuiltin("__exit__", conditionExit),
}

// Attr implements starlark.HasAttrs: acquire and release are the lock's.
func (c *Condition) Attr(name string) (starlark.Value, error) {
	if v, ok := c.attrs.Get(name); ok {
		return v, nil
	}
	switch name {
	case "acquire", "release", "_is_owned", "_release_save", "_acquire_restore":
		return c.lock.(starlark.HasAttrs).Attr(name)
	case "_lock":
		return c.lock, nil
	}
	return methodAttr(conditionMethods, c, name)
}

// AttrNames implements starlark.HasAttrs.
func (c *Condition) AttrNames() []string {
	return append(append(methodNames(conditionMethods), "acquire", "release"), c.attrs.Names()...)
}

// SetField implements starlark.HasSetField: a script's attribute.
func (c *Condition) SetField(name string, v starlark.Value) error { return c.attrs.Set(name, v) }

// DelField implements del c.name.
func (c *Condition) DelField(name string) error { return c.attrs.Delete(c, name) }

// conditionWait implements Condition.wait(timeout=None).
// https://docs.python.org/3/library/threading.html#threading.Condition.wait
func conditionWait(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	timeout, err := timeoutArg(b, args, kwargs) // a small frame under the waiting thread
	if err != nil {
		return nil, err
	}
	ok, err := b.Receiver().(*Condition).Wait(thread, timeout)
	return starlark.Bool(ok), err
}

// conditionWaitFor implements Condition.wait_for(predicate, timeout=None).
func conditionWaitFor(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var pred starlark.Value
	var timeout core.Timeout
	if err := core.UnpackArgs(b.Name(), args, kwargs, "predicate", &pred, "timeout?", &timeout); err != nil {
		return nil, err
	}
	c := b.Receiver().(*Condition)
	return WaitFor(thread, timeout.Duration(), func() (starlark.Value, error) {
		return starlark.Call(thread, pred, nil, nil)
	}, c.Wait)
}

// WaitFor calls wait until pred returns a true value or timeout passes
// (negative: no limit), and returns pred's last result, as CPython's
// Condition.wait_for does.
func WaitFor(thread *starlark.Thread, timeout time.Duration, pred func() (starlark.Value, error),
	wait func(*starlark.Thread, time.Duration) (bool, error)) (starlark.Value, error) {
	var deadline time.Time
	if timeout >= 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		result, err := pred()
		if err != nil || result.Truth() {
			return result, err
		}
		wt := time.Duration(-1)
		if timeout >= 0 {
			if wt = time.Until(deadline); wt <= 0 {
				return result, nil
			}
		}
		if _, err := wait(thread, wt); err != nil {
			return nil, err
		}
	}
}

func conditionNotify(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n := 1
	if err := core.UnpackArgs(b.Name(), args, kwargs, "n?", &n); err != nil {
		return nil, err
	}
	return starlark.None, b.Receiver().(*Condition).Notify(thread, n)
}

func conditionNotifyAll(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	if b.Name() == "notifyAll" {
		core.Warn(thread, "DeprecationWarning", "notifyAll() is deprecated, use notify_all() instead")
	}
	c := b.Receiver().(*Condition)
	return starlark.None, c.Notify(thread, c.waiters.Len())
}

func conditionEnter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return b.Receiver().(*Condition).Enter(thread)
}

func conditionExit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, b.Receiver().(*Condition).Exit(thread)
}

// nativeClass returns a threading class implemented in Go by mk, with
// the given bases (object if none). Its __init__ makes the native object
// of an instance of a user subclass (class Pool(Semaphore) calling
// super().__init__(n)).
func nativeClass(name string, mk func(*starlark.Thread, *py.Class, starlark.Tuple, []starlark.Tuple) (starlark.Value, error), bases ...*py.Class) *py.Class {
	c := py.NewClass(name, "threading", bases...)
	c.Ext = &py.NativeClass{New: mk}
	c.Dict["__init__"] = starlark.NewBuiltin("__init__", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "%s.__init__() missing 1 required positional argument: 'self'", name)
		}
		self, ok := args[0].(*py.Instance)
		if !ok {
			return starlark.None, nil // a native object is initialised when made
		}
		v, err := mk(thread, self.Class, args[1:], kwargs)
		if err != nil {
			return nil, err
		}
		self.Native = v
		return starlark.None, nil
	})
	return c
}

// QuickExit marks a Condition as a py.QuickExit: its exit never blocks and
// ignores the block's exception.
func (*Condition) QuickExit() {}
