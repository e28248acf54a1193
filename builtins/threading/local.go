package threading

// This file defines local, thread-local data (CPython's _thread._local).

import (
	"fmt"
	"sort"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// LocalClass is threading.local.
var LocalClass = newLocalClass()

func newLocalClass() *py.Class {
	c := py.NewClass("_local", "_thread")
	c.Ext = &py.NativeClass{New: newLocal, Alloc: localAlloc}
	return c
}

// localAlloc sets up the per-thread storage of an instance of a user
// subclass of threading.local and remembers its constructor arguments:
// as in CPython, each other thread that uses the object runs __init__
// again with them, on its own attributes. Without an __init__ of the
// script's, arguments are refused as CPython's local_new refuses them.
func localAlloc(thread *starlark.Thread, self *py.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
	if init, owner := self.Class.Lookup("__init__"); len(args)+len(kwargs) > 0 && (init == nil || !owner.IsUser()) {
		return py.Raise(py.TypeError, "Initialization arguments are not supported")
	}
	l := NewLocal(thread)
	l.self, l.initArgs, l.initKwargs = self, args, kwargs
	l.creator = core.FromThread(thread)
	self.Native = l
	return nil
}

// Local is a threading.local object: each script thread sees its own
// attributes. Attribute access has no *starlark.Thread, so Local asks
// the Runtime for the thread holding the GIL. Data of finished threads is
// dropped. Its state is guarded by the GIL.
type Local struct {
	rt    *core.Runtime
	last  *core.Thread
	dicts map[*core.Thread]*py.Attrs

	// For instances of user subclasses: the instance, its constructor
	// arguments, and the thread whose __init__ already ran.
	self       *py.Instance
	initArgs   starlark.Tuple
	initKwargs []starlark.Tuple
	creator    *core.Thread
}

var (
	_ starlark.HasAttrs    = (*Local)(nil)
	_ starlark.HasSetField = (*Local)(nil)
)

// NewLocal returns a thread-local object for the Interpreter running thread.
func NewLocal(thread *starlark.Thread) *Local {
	return &Local{rt: core.RuntimeOf(thread), dicts: map[*core.Thread]*py.Attrs{}}
}

// newLocal implements threading.local().
// https://docs.python.org/3/library/threading.html#thread-local-data
func newLocal(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args)+len(kwargs) > 0 && cls.Module == "_thread" {
		return nil, py.Raise(py.TypeError, "Initialization arguments are not supported")
	}
	return NewLocal(thread), nil
}

// current returns the script thread running now (the GIL holder), or nil
// outside one. Data of finished threads is dropped when another thread
// shows up.
func (l *Local) current() *core.Thread {
	if l.rt == nil {
		return nil
	}
	t := l.rt.Current()
	if t != l.last {
		l.last = t
		l.prune()
	}
	return t
}

// prune drops the data of finished threads.
func (l *Local) prune() {
	for t := range l.dicts {
		if t != nil && t.State() == core.StateDone {
			delete(l.dicts, t)
		}
	}
}

// Dict returns the calling thread's attributes, creating them if needed.
// The caller must hold the GIL.
func (l *Local) Dict() *py.Attrs {
	d, _ := l.dict()
	return d
}

// dict returns the calling thread's attributes; a thread's first use of
// a subclass instance runs __init__ for it, whose error it returns.
func (l *Local) dict() (*py.Attrs, error) {
	t := l.current()
	d, ok := l.dicts[t]
	if ok {
		return d, nil
	}
	d = &py.Attrs{}
	l.dicts[t] = d
	if l.self == nil || t == nil || t == l.creator {
		return d, nil
	}
	init, owner := l.self.Class.Lookup("__init__")
	if init == nil || !owner.IsUser() {
		return d, nil
	}
	_, err := starlark.Call(t.ST, &py.BoundMethod{Self: l.self, Fn: init}, l.initArgs, l.initKwargs)
	return d, err
}

// Attr implements starlark.HasAttrs.
func (l *Local) Attr(name string) (starlark.Value, error) {
	d, err := l.dict()
	if err != nil {
		return nil, err
	}
	if v, ok := d.Get(name); ok {
		return v, nil
	}
	if name == "__dict__" {
		return d.Dict(), nil
	}
	return nil, py.Raisef(py.AttributeError, "'_thread._local' object has no attribute '%s'", name)
}

// OwnAttr reads an attribute of the calling thread, for an instance of
// a subclass: it comes before the class's plain attributes.
func (l *Local) OwnAttr(name string) (starlark.Value, bool, error) {
	d, err := l.dict()
	if err != nil {
		return nil, false, err
	}
	v, ok := d.Get(name)
	return v, ok, nil
}

// AttrNames implements starlark.HasAttrs.
func (l *Local) AttrNames() []string {
	names := l.Dict().Names()
	sort.Strings(names)
	return names
}

// SetField implements starlark.HasSetField.
func (l *Local) SetField(name string, v starlark.Value) error {
	if name == "__dict__" {
		return py.Raise(py.AttributeError, "attribute '__dict__' of '_thread._local' objects is not writable")
	}
	l.Dict().Set(name, v)
	return nil
}

// DelField implements del l.name.
func (l *Local) DelField(name string) error {
	if name == "__dict__" {
		return py.Raise(py.AttributeError, "attribute '__dict__' of '_thread._local' objects is not writable")
	}
	if !l.Dict().Delete(name) {
		return py.Raisef(py.AttributeError, "'_thread._local' object has no attribute '%s'", name)
	}
	return nil
}

// InstanceDict is __dict__ of an instance of a subclass: the calling
// thread's attributes, live (__dict__.update(kw) sets them).
func (l *Local) InstanceDict() *starlark.Dict { return l.Dict().Dict() }

func (l *Local) String() string {
	return fmt.Sprintf("<_thread._local object at %#x>", py.Addr(l))
}

// Type implements starlark.Value.
func (l *Local) Type() string          { return "_local" }
func (l *Local) Freeze()               {}
func (l *Local) Truth() starlark.Bool  { return true }
func (l *Local) Hash() (uint32, error) { return uint32(py.Addr(l)), nil }

// PyClass returns threading.local.
func (l *Local) PyClass() *py.Class { return LocalClass }
