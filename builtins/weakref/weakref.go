// Package weakref is spindle's weakref module on Go's weak pointers: a
// ref stops returning its object once Go's collector has freed it, and
// its callback runs at the next gc.collect() (spindle has no reference
// counts, so nothing is freed at the moment of a del). Values that are
// not heap objects (ints, strings, tuples, lists, dicts) cannot be
// weakly referenced, as in CPython.
package weakref

// This file defines the module, ref and the collection of callbacks.

import (
	"context"
	"fmt"
	"reflect"
	"runtime"
	"sync"
	"time"
	"unsafe"
	"weak"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the weakref module. Members:
//
//	ref(object, callback=None), ReferenceType
//	WeakValueDictionary(), WeakKeyDictionary(dict=None), WeakSet(data=None)
//	finalize(obj, func, *args, **kwargs)
var Module = &core.Module{Name: "weakref", Members: starlark.StringDict{
	"ref":                 RefClass,
	"ReferenceType":       RefClass,
	"WeakValueDictionary": WeakValueDictionaryClass,
	"WeakKeyDictionary":   WeakKeyDictionaryClass,
	"WeakSet":             WeakSetClass,
	"finalize":            FinalizeClass,
}}

// RefClass and WeakValueDictionaryClass are weakref.ref and
// weakref.WeakValueDictionary: generic in annotations (ref[Node]).
var (
	RefClass = newClass("ReferenceType", func(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return newRef(thread, args, kwargs)
	})
	WeakValueDictionaryClass = newClass("WeakValueDictionary", func(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return newWeakValueDictionary(args, kwargs)
	})
)

// newClass makes a generic class of the module whose instances make
// returns.
func newClass(name string, make func(*starlark.Thread, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)) *py.Class {
	c := py.NewClass(name, "weakref")
	c.Generic = true
	c.Ext = &py.NativeClass{New: func(thread *starlark.Thread, _ *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return make(thread, args, kwargs)
	}}
	return c
}

// Ref is a weak reference.
type Ref struct {
	ptr      weak.Pointer[byte]
	typ      reflect.Type // the pointer type of the object
	callback starlark.Value
	typeName string
}

var _ starlark.Callable = (*Ref)(nil)

// pending holds the callbacks of freed objects, per Interpreter.
type pending struct {
	mu    sync.Mutex
	calls []func(*starlark.Thread)
	freed int
}

type pendingKey struct{}

func pendingOf(rt *core.Runtime) *pending {
	return rt.ModuleState(pendingKey{}, func() any { return &pending{} }).(*pending)
}

// pointerOf returns the heap pointer behind v, or an error for a value
// that cannot be weakly referenced.
func pointerOf(v starlark.Value) (unsafe.Pointer, reflect.Type, error) {
	switch v.(type) {
	case starlark.Int, starlark.String, starlark.Bytes, starlark.Tuple, *starlark.List, *starlark.Dict,
		starlark.Bool, starlark.Float, starlark.NoneType:
		return nil, nil, py.Raisef(py.TypeError, "cannot create weak reference to '%s' object", py.TypeName(v))
	}
	if o, ok := v.(*py.Instance); ok && !o.Class.Weakrefable() { // __slots__ without __weakref__
		return nil, nil, py.Raisef(py.TypeError, "cannot create weak reference to '%s' object", py.TypeName(v))
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil, nil, py.Raisef(py.TypeError, "cannot create weak reference to '%s' object", py.TypeName(v))
	}
	return rv.UnsafePointer(), rv.Type(), nil
}

// newWeak makes a weak reference to v, without a callback.
func newWeak(v starlark.Value) (*Ref, error) {
	p, typ, err := pointerOf(v)
	if err != nil {
		return nil, err
	}
	return &Ref{ptr: weak.Make((*byte)(p)), typ: typ, callback: starlark.None, typeName: py.TypeName(v)}, nil
}

// makeRef makes a weak reference to v whose callback, if any, gets the
// reference once v is freed.
func makeRef(thread *starlark.Thread, v, callback starlark.Value) (*Ref, error) {
	r, err := newWeak(v)
	if err != nil || callback == starlark.None {
		return r, err
	}
	r.callback = callback
	onFree(thread, v, func(thread *starlark.Thread) {
		starlark.Call(thread, callback, starlark.Tuple{r}, nil)
	})
	return r, nil
}

// onFree queues call to run at the gc.collect() after v is freed.
func onFree(thread *starlark.Thread, v starlark.Value, call func(*starlark.Thread)) {
	p, _, _ := pointerOf(v)
	pend := pendingOf(core.RuntimeOf(thread))
	runtime.AddCleanup((*byte)(p), func(call func(*starlark.Thread)) {
		pend.mu.Lock()
		defer pend.mu.Unlock()
		pend.freed++
		pend.calls = append(pend.calls, call)
	}, call)
}

// newRef implements ref(object, callback=None).
// https://docs.python.org/3/library/weakref.html#weakref.ref
func newRef(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj starlark.Value
	var callback starlark.Value = starlark.None
	switch {
	case len(args) == 0:
		return nil, py.Raise(py.TypeError, "__new__ expected at least 1 argument, got 0")
	case len(args) > 2:
		return nil, py.Raisef(py.TypeError, "__new__ expected at most 2 arguments, got %d", len(args))
	}
	if err := starlark.UnpackPositionalArgs("ref", args, kwargs, 1, &obj, &callback); err != nil {
		return nil, err
	}
	return makeRef(thread, obj, callback)
}

// Get returns the object, or nil once it has been freed.
func (r *Ref) Get() starlark.Value {
	p := r.ptr.Value()
	if p == nil {
		return nil
	}
	return reflect.NewAt(r.typ.Elem(), unsafe.Pointer(p)).Interface().(starlark.Value)
}

func (r *Ref) String() string {
	if v := r.Get(); v != nil {
		return fmt.Sprintf("<weakref at %#x; to '%s' at %#x>", py.Addr(r), r.typeName, py.Addr(v))
	}
	return fmt.Sprintf("<weakref at %#x; dead>", py.Addr(r))
}
func (r *Ref) Type() string { return "ReferenceType" }

// PyClass is type(r): weakref.ref.
func (r *Ref) PyClass() *py.Class    { return RefClass }
func (r *Ref) Freeze()               {}
func (r *Ref) Truth() starlark.Bool  { return true }
func (r *Ref) Hash() (uint32, error) { return uint32(py.Addr(r)), nil }
func (r *Ref) Name() string          { return "weakref" }

// CallInternal returns the object or None.
func (r *Ref) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("weakref", args, kwargs, 0); err != nil {
		return nil, err
	}
	if v := r.Get(); v != nil {
		return v, nil
	}
	return starlark.None, nil
}

// Collect runs Go's collector until the frees it finds have been
// counted, then runs the callbacks of the freed objects' references in
// thread. It is gc.collect().
func Collect(thread *starlark.Thread) error {
	pend := pendingOf(core.RuntimeOf(thread))
	err := core.Blocking(thread, core.StateSleeping, "gc.collect", func(ctx context.Context) error {
		collect(pend)
		return nil
	})
	if err != nil {
		return err
	}
	pend.mu.Lock()
	calls := pend.calls
	pend.calls = nil
	pend.mu.Unlock()
	for _, call := range calls {
		call(thread)
	}
	return nil
}

// collect runs Go's collector until a cycle frees nothing new.
func collect(pend *pending) {
	for range 3 {
		pend.mu.Lock()
		before := pend.freed
		pend.mu.Unlock()
		runtime.GC()
		// Cleanups run on their own goroutine, soon after the cycle.
		time.Sleep(2 * time.Millisecond)
		pend.mu.Lock()
		same := pend.freed == before
		pend.mu.Unlock()
		if same {
			return
		}
	}
}
