package threading

// This file defines Event, a flag that threads can wait for.

import (
	"fmt"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// EventClass is threading.Event.
var EventClass = patchableClass(nativeClass("Event", newEvent))

// patchableClass marks c, a class CPython writes in Python, as one whose
// methods mock.patch.object may replace (see core.PatchClass).
func patchableClass(c *py.Class) *py.Class {
	c.SetPatchable()
	return c
}

// Event is a threading.Event. Its state is guarded by the GIL.
type Event struct {
	flag    bool
	waiters WaitList
	bound   MethodCache
	attrs   py.AttrDict   // what scripts set
	rt      *core.Runtime // the Interpreter whose patches of Event e sees; nil for NewEvent's
}

var (
	_ starlark.HasAttrs    = (*Event)(nil)
	_ starlark.HasSetField = (*Event)(nil)
)

// NewEvent returns an unset Event.
func NewEvent() *Event { return &Event{} }

// newEvent implements threading.Event().
// https://docs.python.org/3/library/threading.html#event-objects
func newEvent(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("Event", args, kwargs, 0); err != nil {
		return nil, err
	}
	return &Event{rt: core.RuntimeOf(thread)}, nil
}

// Set sets the flag and wakes every waiter. The caller must hold the GIL.
func (e *Event) Set() {
	e.flag = true
	e.waiters.NotifyAll()
}

// Clear resets the flag.
func (e *Event) Clear() { e.flag = false }

// IsSet reports the flag.
func (e *Event) IsSet() bool { return e.flag }

// Wait waits until the flag is set or timeout passes (negative: no
// limit), and reports whether it was set, as CPython's Event.wait does.
// The caller must hold the GIL.
func (e *Event) Wait(thread *starlark.Thread, timeout time.Duration) (bool, error) {
	if e.flag {
		return true, nil
	}
	return e.waiters.Wait(thread, "Event.wait", timeout)
}

func (e *Event) String() string {
	state := "unset"
	if e.flag {
		state = "set"
	}
	return fmt.Sprintf("<threading.Event at %#x: %s>", py.Addr(e), state)
}

// Type implements starlark.Value.
func (e *Event) Type() string          { return "Event" }
func (e *Event) Freeze()               {}
func (e *Event) Truth() starlark.Bool  { return true }
func (e *Event) Hash() (uint32, error) { return uint32(py.Addr(e)), nil }

// PyClass returns threading.Event.
func (e *Event) PyClass() *py.Class { return EventClass }

var eventMethods = map[string]*starlark.Builtin{
	"set":    starlark.NewBuiltin("set", eventSet),
	"clear":  starlark.NewBuiltin("clear", eventClear),
	"is_set": starlark.NewBuiltin("is_set", eventIsSet),
	"isSet":  starlark.NewBuiltin("isSet", eventIsSet),
	"wait":   starlark.NewBuiltin("wait", eventWait),
}

// Attr implements starlark.HasAttrs.
func (e *Event) Attr(name string) (starlark.Value, error) {
	if v, ok := e.attrs.Get(name); ok {
		return v, nil
	}
	if v, ok := core.ClassPatch(e.rt, EventClass, e, name); ok {
		return v, nil // mock.patch.object(threading.Event, "wait")
	}
	return e.bound.Attr(eventMethods, e, name)
}

// AttrNames implements starlark.HasAttrs.
func (e *Event) AttrNames() []string { return append(methodNames(eventMethods), e.attrs.Names()...) }

// SetField implements starlark.HasSetField: a script's attribute.
func (e *Event) SetField(name string, v starlark.Value) error { return e.attrs.Set(name, v) }

// DelField implements del e.name.
func (e *Event) DelField(name string) error { return e.attrs.Delete(e, name) }

func eventSet(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	b.Receiver().(*Event).Set()
	return starlark.None, nil
}

func eventClear(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	b.Receiver().(*Event).Clear()
	return starlark.None, nil
}

func eventIsSet(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	if b.Name() == "isSet" {
		core.Warn(thread, "DeprecationWarning", "isSet() is deprecated, use is_set() instead")
	}
	return starlark.Bool(b.Receiver().(*Event).flag), nil
}

// eventWait implements Event.wait(timeout=None).
// https://docs.python.org/3/library/threading.html#threading.Event.wait
func eventWait(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	timeout, err := timeoutArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	e := b.Receiver().(*Event)
	if e.flag {
		return starlark.True, nil
	}
	// e.Wait written out: one frame less under the waiting thread.
	ok, err := e.waiters.WaitOr(thread, "Event.wait", timeout, nil)
	return starlark.Bool(ok), err
}

// timeoutArg unpacks the arguments (timeout=None) of a method that waits.
// It is a function of its own so that the method's frame, which stays on
// the stack of the waiting thread, is small.
//
//go:noinline
func timeoutArg(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (time.Duration, error) {
	if len(args) == 0 && len(kwargs) == 0 {
		return -1, nil
	}
	var timeout core.Timeout
	err := core.UnpackArgs(b.Name(), args, kwargs, "timeout?", &timeout)
	return timeout.Duration(), err
}
