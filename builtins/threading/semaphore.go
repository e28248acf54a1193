package threading

// This file defines Semaphore and BoundedSemaphore.

import (
	"fmt"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// SemaphoreClass and BoundedSemaphoreClass are the threading classes;
// as in CPython, BoundedSemaphore subclasses Semaphore.
var (
	SemaphoreClass        = nativeClass("Semaphore", newSemaphore)
	BoundedSemaphoreClass = nativeClass("BoundedSemaphore", newBoundedSemaphore, SemaphoreClass)
)

// Semaphore is a threading.Semaphore or, when bounded, a
// threading.BoundedSemaphore. A release hands its unit straight to the
// longest waiter, so waiters exist only while the value is zero. Its
// state is guarded by the GIL.
type Semaphore struct {
	value   int
	initial int // the bound, for a BoundedSemaphore
	bounded bool
	waiters WaitList
	attrs   py.AttrDict // what scripts set
}

var (
	_ starlark.HasAttrs    = (*Semaphore)(nil)
	_ starlark.HasSetField = (*Semaphore)(nil)
	_ py.ContextManager    = (*Semaphore)(nil)
)

// NewSemaphore returns a semaphore with the given value, bounded by it
// if bounded is set.
func NewSemaphore(value int, bounded bool) *Semaphore {
	return &Semaphore{value: value, initial: value, bounded: bounded}
}

func newSemaphore(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return makeSemaphore(cls.ClassName, args, kwargs, false)
}

func newBoundedSemaphore(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return makeSemaphore(cls.ClassName, args, kwargs, true)
}

// makeSemaphore implements Semaphore(value=1) and BoundedSemaphore(value=1).
// https://docs.python.org/3/library/threading.html#semaphore-objects
func makeSemaphore(name string, args starlark.Tuple, kwargs []starlark.Tuple, bounded bool) (starlark.Value, error) {
	value := 1
	if err := core.UnpackArgs(name, args, kwargs, "value?", &value); err != nil {
		return nil, err
	}
	if value < 0 {
		return nil, py.Raise(py.ValueError, "semaphore initial value must be >= 0")
	}
	return NewSemaphore(value, bounded), nil
}

// Acquire takes a unit, waiting up to timeout (negative: no limit; zero:
// don't wait), and reports whether it got one. The caller must hold the
// GIL.
func (s *Semaphore) Acquire(thread *starlark.Thread, timeout time.Duration) (bool, error) {
	if s.value > 0 {
		s.value--
		return true, nil
	}
	if timeout == 0 {
		return false, nil
	}
	w := s.waiters.push(thread)
	err := w.park(thread, s.Type()+".acquire", timeout)
	if !w.woken.Load() {
		s.waiters.remove(w)
		return false, err
	}
	if err != nil { // handed a unit, but cancelled: pass it on
		s.release(1)
		return false, err
	}
	return true, nil
}

// Release returns n units, waking as many waiters. The caller must hold
// the GIL.
func (s *Semaphore) Release(n int) error {
	if n < 1 {
		return py.Raise(py.ValueError, "n must be one or more")
	}
	if s.bounded && s.value+n > s.initial {
		return py.Raise(py.ValueError, "Semaphore released too many times")
	}
	s.release(n)
	return nil
}

func (s *Semaphore) release(n int) {
	for ; n > 0; n-- {
		w := s.waiters.pop()
		if w == nil {
			s.value += n
			return
		}
		w.wake()
	}
}

// Enter implements py.ContextManager: it acquires a unit.
func (s *Semaphore) Enter(thread *starlark.Thread) (starlark.Value, error) {
	_, err := s.Acquire(thread, -1)
	return starlark.True, err
}

// Exit implements py.ContextManager: it releases a unit.
func (s *Semaphore) Exit(thread *starlark.Thread) error { return s.Release(1) }

func (s *Semaphore) String() string {
	if s.bounded {
		return fmt.Sprintf("<threading.BoundedSemaphore at %#x: value=%d/%d>", py.Addr(s), s.value, s.initial)
	}
	return fmt.Sprintf("<threading.Semaphore at %#x: value=%d>", py.Addr(s), s.value)
}

// Type implements starlark.Value.
func (s *Semaphore) Type() string {
	if s.bounded {
		return "BoundedSemaphore"
	}
	return "Semaphore"
}
func (s *Semaphore) Freeze()               {}
func (s *Semaphore) Truth() starlark.Bool  { return true }
func (s *Semaphore) Hash() (uint32, error) { return uint32(py.Addr(s)), nil }

// PyClass returns the semaphore's class.
func (s *Semaphore) PyClass() *py.Class {
	if s.bounded {
		return BoundedSemaphoreClass
	}
	return SemaphoreClass
}

var semaphoreMethods = map[string]*starlark.Builtin{
	"acquire":   starlark.NewBuiltin("acquire", semaphoreAcquire),
	"release":   starlark.NewBuiltin("release", semaphoreRelease),
	"__enter__": starlark.NewBuiltin("__enter__", semaphoreAcquire),
	"__exit__":  starlark.NewBuiltin("__exit__", semaphoreExit),
}

// Attr implements starlark.HasAttrs.
func (s *Semaphore) Attr(name string) (starlark.Value, error) {
	if v, ok := s.attrs.Get(name); ok {
		return v, nil
	}
	if name == "_value" {
		return starlark.MakeInt(s.value), nil
	}
	return methodAttr(semaphoreMethods, s, name)
}

// AttrNames implements starlark.HasAttrs.
func (s *Semaphore) AttrNames() []string {
	return append(methodNames(semaphoreMethods), s.attrs.Names()...)
}

// SetField implements starlark.HasSetField: a script's attribute.
func (s *Semaphore) SetField(name string, v starlark.Value) error { return s.attrs.Set(name, v) }

// DelField implements del s.name.
func (s *Semaphore) DelField(name string) error { return s.attrs.Delete(s, name) }

// semaphoreAcquire implements Semaphore.acquire(blocking=True, timeout=None).
// https://docs.python.org/3/library/threading.html#threading.Semaphore.acquire
func semaphoreAcquire(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var blocking starlark.Value = starlark.True
	var timeout core.Timeout
	if err := core.UnpackArgs(b.Name(), args, kwargs, "blocking?", &blocking, "timeout?", &timeout); err != nil {
		return nil, err
	}
	if !bool(blocking.Truth()) && timeout.Set {
		return nil, py.Raise(py.ValueError, "can't specify timeout for non-blocking acquire")
	}
	d := timeout.Duration()
	if !blocking.Truth() {
		d = 0
	}
	ok, err := b.Receiver().(*Semaphore).Acquire(thread, d)
	return starlark.Bool(ok), err
}

func semaphoreRelease(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n := 1
	if err := core.UnpackArgs(b.Name(), args, kwargs, "n?", &n); err != nil {
		return nil, err
	}
	return starlark.None, b.Receiver().(*Semaphore).Release(n)
}

func semaphoreExit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, b.Receiver().(*Semaphore).Release(1)
}

// QuickExit marks a Semaphore as a py.QuickExit: its exit never blocks and
// ignores the block's exception.
func (*Semaphore) QuickExit() {}
