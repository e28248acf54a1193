package threading

// This file defines Barrier and BrokenBarrierError, ported from CPython's
// threading.py with the GIL as the condition's lock.

import (
	"fmt"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// BarrierClass is threading.Barrier.
var BarrierClass = nativeClass("Barrier", newBarrier)

// BrokenBarrierError is threading.BrokenBarrierError.
var BrokenBarrierError = py.NewClass("BrokenBarrierError", "threading", py.RuntimeError)

// The states of a Barrier, as in CPython.
const (
	barrierFilling   = 0
	barrierDraining  = 1
	barrierResetting = -1
	barrierBroken    = -2
)

// Barrier is a threading.Barrier. Its state is guarded by the GIL.
type Barrier struct {
	parties  int
	action   starlark.Value // nil if none
	timeout  time.Duration  // default wait; negative: none
	state    int
	count    int
	inAction bool // the last arrival is running action
	cond     WaitList
	attrs    py.AttrDict // what scripts set
}

var (
	_ starlark.HasAttrs    = (*Barrier)(nil)
	_ starlark.HasSetField = (*Barrier)(nil)
)

// newBarrier implements threading.Barrier(parties, action=None, timeout=None).
// https://docs.python.org/3/library/threading.html#barrier-objects
func newBarrier(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var parties int
	var action starlark.Value = starlark.None
	var timeout core.Timeout
	if err := core.UnpackArgs("Barrier", args, kwargs, "parties", &parties, "action?", &action, "timeout?", &timeout); err != nil {
		return nil, err
	}
	b := &Barrier{parties: parties, timeout: timeout.Duration()}
	if action != starlark.None {
		b.action = action
	}
	return b, nil
}

// Wait passes the barrier once parties threads have called it, and
// returns this thread's arrival index. timeout (negative: no limit)
// bounds the wait; when it passes the barrier breaks.
func (b *Barrier) Wait(thread *starlark.Thread, timeout time.Duration) (int, error) {
	if err := b.enter(thread); err != nil {
		return 0, err
	}
	index := b.count
	b.count++
	var err error
	if index+1 == b.parties {
		err = b.release(thread)
	} else {
		err = b.wait(thread, timeout)
	}
	b.count--
	b.exit()
	return index, err
}

// enter waits while the barrier drains or resets.
func (b *Barrier) enter(thread *starlark.Thread) error {
	for b.inAction || b.state == barrierDraining || b.state == barrierResetting {
		if _, err := b.cond.Wait(thread, "Barrier.wait", -1); err != nil {
			return err
		}
	}
	if b.state < 0 {
		return py.NewException(BrokenBarrierError)
	}
	return nil
}

// release runs the action and lets the waiting threads through.
func (b *Barrier) release(thread *starlark.Thread) error {
	if b.action != nil {
		b.inAction = true
		_, err := starlark.Call(thread, b.action, nil, nil)
		b.inAction = false
		if err != nil {
			b.breakBarrier()
			return err
		}
	}
	b.state = barrierDraining
	b.cond.NotifyAll()
	return nil
}

// wait waits for the barrier to fill, breaking it on timeout.
func (b *Barrier) wait(thread *starlark.Thread, timeout time.Duration) error {
	ok, err := WaitFor(thread, timeout, func() (starlark.Value, error) {
		return starlark.Bool(b.state != barrierFilling), nil
	}, func(thread *starlark.Thread, d time.Duration) (bool, error) {
		return b.cond.Wait(thread, "Barrier.wait", d)
	})
	if err != nil {
		return err
	}
	if !ok.Truth() {
		b.breakBarrier()
		return py.NewException(BrokenBarrierError)
	}
	if b.state < 0 {
		return py.NewException(BrokenBarrierError)
	}
	return nil
}

// exit lets new arrivals in once the last thread has left.
func (b *Barrier) exit() {
	if b.count == 0 && (b.state == barrierResetting || b.state == barrierDraining) {
		b.state = barrierFilling
		b.cond.NotifyAll()
	}
}

// Reset returns the barrier to its initial state; threads waiting in it
// get BrokenBarrierError.
func (b *Barrier) Reset() {
	if b.count > 0 {
		if b.state == barrierFilling || b.state == barrierBroken {
			b.state = barrierResetting
		}
	} else {
		b.state = barrierFilling
	}
	b.cond.NotifyAll()
}

// Abort breaks the barrier.
func (b *Barrier) Abort() { b.breakBarrier() }

func (b *Barrier) breakBarrier() {
	b.state = barrierBroken
	b.cond.NotifyAll()
}

func (b *Barrier) nWaiting() int {
	if b.state == barrierFilling {
		return b.count
	}
	return 0
}

func (b *Barrier) String() string {
	if b.state == barrierBroken {
		return fmt.Sprintf("<threading.Barrier at %#x: broken>", py.Addr(b))
	}
	return fmt.Sprintf("<threading.Barrier at %#x: waiters=%d/%d>", py.Addr(b), b.nWaiting(), b.parties)
}

// Type implements starlark.Value.
func (b *Barrier) Type() string          { return "Barrier" }
func (b *Barrier) Freeze()               {}
func (b *Barrier) Truth() starlark.Bool  { return true }
func (b *Barrier) Hash() (uint32, error) { return uint32(py.Addr(b)), nil }

// PyClass returns threading.Barrier.
func (b *Barrier) PyClass() *py.Class { return BarrierClass }

var barrierMethods = map[string]*starlark.Builtin{
	"wait":  starlark.NewBuiltin("wait", barrierWait),
	"reset": starlark.NewBuiltin("reset", barrierReset),
	"abort": starlark.NewBuiltin("abort", barrierAbort),
}

// Attr implements starlark.HasAttrs.
func (b *Barrier) Attr(name string) (starlark.Value, error) {
	switch name {
	case "parties":
		return starlark.MakeInt(b.parties), nil
	case "n_waiting":
		return starlark.MakeInt(b.nWaiting()), nil
	case "broken":
		return starlark.Bool(b.state == barrierBroken), nil
	}
	if v, ok := b.attrs.Get(name); ok {
		return v, nil
	}
	return methodAttr(barrierMethods, b, name)
}

// AttrNames implements starlark.HasAttrs.
func (b *Barrier) AttrNames() []string {
	return append(append(methodNames(barrierMethods), "broken", "n_waiting", "parties"), b.attrs.Names()...)
}

// SetField implements starlark.HasSetField: parties, n_waiting and
// broken are read-only properties; other names are a script's attributes.
func (b *Barrier) SetField(name string, v starlark.Value) error {
	switch name {
	case "parties", "n_waiting", "broken":
		return py.ReadOnly(b, name)
	}
	return b.attrs.Set(name, v)
}

// DelField implements del b.name.
func (b *Barrier) DelField(name string) error { return b.attrs.Delete(b, name) }

// barrierWait implements Barrier.wait(timeout=None).
// https://docs.python.org/3/library/threading.html#threading.Barrier.wait
func barrierWait(thread *starlark.Thread, bi *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var timeout core.Timeout
	if err := core.UnpackArgs(bi.Name(), args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	b := bi.Receiver().(*Barrier)
	d := b.timeout
	if timeout.Set {
		d = timeout.Duration()
	}
	i, err := b.Wait(thread, d)
	if err != nil {
		return nil, err
	}
	return starlark.MakeInt(i), nil
}

func barrierReset(thread *starlark.Thread, bi *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(bi.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	bi.Receiver().(*Barrier).Reset()
	return starlark.None, nil
}

func barrierAbort(thread *starlark.Thread, bi *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(bi.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	bi.Receiver().(*Barrier).Abort()
	return starlark.None, nil
}
