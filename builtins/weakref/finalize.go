package weakref

// This file defines finalize: a per-Interpreter registry of the live
// finalizers, as CPython's class-level one, and the atexit callback that
// runs those still alive at exit.

import (
	"fmt"
	"sort"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/atexit"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// FinalizeClass is weakref.finalize.
var FinalizeClass = func() *py.Class {
	c := newClass("finalize", newFinalize)
	c.Generic = false
	return c
}()

// Finalize is a weakref.finalize: func(*args, **kwargs) runs once, when
// called, at the gc.collect() after obj is freed, or at exit while its
// atexit flag is set.
type Finalize struct {
	obj    *Ref // weak: a finalizer does not keep its object alive
	fn     starlark.Value
	args   starlark.Tuple
	kwargs []starlark.Tuple
	atexit bool
	index  int // creation order: exit runs the newest first
	reg    *finalizers
}

var _ starlark.HasSetField = (*Finalize)(nil)

// finalizers is an Interpreter's registry of live finalizers, guarded by
// the GIL.
type finalizers struct {
	live     map[*Finalize]struct{}
	next     int
	dirty    bool // a finalizer was made since exit took its list
	shutdown bool // exit has run: calls do nothing
}

type finalizersKey struct{}

// registryOf returns thread's registry; the first call registers the
// exit callback with atexit, where CPython's first finalize does.
func registryOf(thread *starlark.Thread) *finalizers {
	rt := core.RuntimeOf(thread)
	made := false
	reg := rt.ModuleState(finalizersKey{}, func() any {
		made = true
		return &finalizers{live: map[*Finalize]struct{}{}}
	}).(*finalizers)
	if made {
		atexit.Register(thread, starlark.NewBuiltin("_exitfunc", func(thread *starlark.Thread, _ *starlark.Builtin, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			reg.exit(thread)
			return starlark.None, nil
		}))
	}
	return reg
}

func newFinalize(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	switch len(args) {
	case 0:
		return nil, py.Raise(py.TypeError, "finalize.__init__() missing 2 required positional arguments: 'obj' and 'func'")
	case 1:
		return nil, py.Raise(py.TypeError, "finalize.__init__() missing 1 required positional argument: 'func'")
	}
	ref, err := newWeak(args[0])
	if err != nil {
		return nil, err
	}
	reg := registryOf(thread)
	f := &Finalize{obj: ref, fn: args[1], args: append(starlark.Tuple(nil), args[2:]...), kwargs: kwargs,
		atexit: true, index: reg.next, reg: reg}
	reg.next++
	reg.dirty = true
	reg.live[f] = struct{}{}
	onFree(thread, args[0], func(thread *starlark.Thread) {
		if _, err := f.call(thread); err != nil {
			f.report(thread, "Exception ignored in: "+f.String()+"\n", err)
		}
	})
	return f, nil
}

// call runs the finalizer if it is alive and exit has not run.
func (f *Finalize) call(thread *starlark.Thread) (starlark.Value, error) {
	if !f.alive() || f.reg.shutdown {
		return starlark.None, nil
	}
	delete(f.reg.live, f)
	return starlark.Call(thread, f.fn, f.args, f.kwargs)
}

func (f *Finalize) alive() bool {
	_, ok := f.reg.live[f]
	return ok
}

// report prints err's traceback on stderr after head.
func (f *Finalize) report(thread *starlark.Thread, head string, err error) {
	rt := core.RuntimeOf(thread)
	rt.Stderr().WriteString(head + rt.Sources().FormatTraceback(py.ToException(err)))
}

// exit calls the live finalizers whose atexit flag is set, newest first,
// as CPython's finalize._exitfunc; then calls do nothing.
func (reg *finalizers) exit(thread *starlark.Thread) {
	var pending []*Finalize
	for {
		if pending == nil || reg.dirty {
			pending = pending[:0]
			for f := range reg.live {
				if f.atexit {
					pending = append(pending, f)
				}
			}
			sort.Slice(pending, func(i, j int) bool { return pending[i].index < pending[j].index })
			reg.dirty = false
		}
		if len(pending) == 0 {
			break
		}
		f := pending[len(pending)-1]
		pending = pending[:len(pending)-1]
		if _, err := f.call(thread); err != nil {
			f.report(thread, "", err)
		}
	}
	reg.shutdown = true
}

// peek returns (obj, func, args, kwargs) while obj is alive, else None.
func (f *Finalize) peek() starlark.Value {
	obj := f.obj.Get()
	if obj == nil || !f.alive() {
		return starlark.None
	}
	kw := starlark.NewDict(len(f.kwargs))
	for _, kv := range f.kwargs {
		kw.SetKey(kv[0], kv[1])
	}
	return starlark.Tuple{obj, f.fn, f.args, kw}
}

func (f *Finalize) String() string {
	if obj := f.obj.Get(); obj != nil && f.alive() {
		return fmt.Sprintf("<finalize object at %#x; for '%s' at %#x>", py.Addr(f), py.TypeName(obj), py.Addr(obj))
	}
	return fmt.Sprintf("<finalize object at %#x; dead>", py.Addr(f))
}
func (f *Finalize) Type() string          { return "finalize" }
func (f *Finalize) PyClass() *py.Class    { return FinalizeClass }
func (f *Finalize) Freeze()               {}
func (f *Finalize) Truth() starlark.Bool  { return true }
func (f *Finalize) Hash() (uint32, error) { return uint32(py.Addr(f)), nil }
func (f *Finalize) Name() string          { return "finalize" }

// CallInternal runs the finalizer if it is alive; CPython's __call__(self,
// _=None) takes one argument, unused.
func (f *Finalize) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var unused starlark.Value
	if err := starlark.UnpackArgs("finalize.__call__", args, kwargs, "_?", &unused); err != nil {
		return nil, err
	}
	return f.call(thread)
}

// Attr returns alive, atexit, peek or detach.
func (f *Finalize) Attr(name string) (starlark.Value, error) {
	switch name {
	case "alive":
		return starlark.Bool(f.alive()), nil
	case "atexit":
		return starlark.Bool(f.alive() && f.atexit), nil
	case "peek", "detach":
		return starlark.NewBuiltin(name, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if err := py.NoArgs("finalize", name, 1, args, kwargs); err != nil {
				return nil, err
			}
			v := f.peek()
			if name == "detach" && v != starlark.None {
				delete(f.reg.live, f)
			}
			return v, nil
		}), nil
	}
	return nil, nil
}

// SetField sets atexit, which a dead finalizer ignores.
func (f *Finalize) SetField(name string, v starlark.Value) error {
	switch name {
	case "alive":
		return py.Raisef(py.AttributeError, "property '%s' of 'finalize' object has no setter", name)
	case "peek", "detach":
		return py.Raisef(py.AttributeError, "'finalize' object attribute '%s' is read-only", name)
	case "atexit":
	default:
		return py.Raisef(py.AttributeError, "'finalize' object has no attribute '%s'", name)
	}
	if f.alive() {
		f.atexit = bool(v.Truth())
	}
	return nil
}

// AttrNames implements starlark.HasAttrs.
func (f *Finalize) AttrNames() []string { return []string{"alive", "atexit", "detach", "peek"} }
