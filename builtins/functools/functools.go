// Package functools is spindle's functools module: partial, reduce,
// wraps, lru_cache and cache, cmp_to_key,
// total_ordering.
package functools

// This file defines the module table, reduce, partial, wraps and
// cmp_to_key.

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the functools module. Members:
//
//	reduce(function, iterable[, initial])
//	partial(func, /, *args, **keywords)
//	wraps(wrapped), update_wrapper(wrapper, wrapped)
//	lru_cache(maxsize=128, typed=False), lru_cache(user_function), cache(user_function)
//	cmp_to_key(mycmp)
//	total_ordering(cls)
//	cached_property(func)
//	singledispatch(func), singledispatchmethod(func), partialmethod(func, /, *args, **keywords)
var Module = &core.Module{Name: "functools", Members: starlark.StringDict{
	"reduce":               starlark.NewBuiltin("reduce", reduce),
	"partial":              starlark.NewBuiltin("partial", newPartial),
	"wraps":                starlark.NewBuiltin("wraps", wraps),
	"update_wrapper":       starlark.NewBuiltin("update_wrapper", updateWrapper),
	"lru_cache":            starlark.NewBuiltin("lru_cache", lruCache),
	"cache":                starlark.NewBuiltin("cache", cache),
	"cmp_to_key":           starlark.NewBuiltin("cmp_to_key", cmpToKey),
	"total_ordering":       starlark.NewBuiltin("total_ordering", totalOrdering),
	"cached_property":      cachedPropertyType,
	"singledispatch":       starlark.NewBuiltin("singledispatch", singledispatch),
	"singledispatchmethod": starlark.NewBuiltin("singledispatchmethod", singledispatchmethod),
	"partialmethod":        starlark.NewBuiltin("partialmethod", partialmethod),
}}

// reduce implements reduce(function, iterable[, initial]).
// https://docs.python.org/3/library/functools.html#functools.reduce
func reduce(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn, seq, acc starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &fn, &seq, &acc); err != nil {
		return nil, err
	}
	started := false
	err := builtins.ForEach(thread, seq, func(x starlark.Value) error {
		started = true
		if acc == nil {
			acc = x
			return nil
		}
		r, err := starlark.Call(thread, fn, starlark.Tuple{acc, x}, nil)
		acc = r
		return err
	})
	if e, ok := py.AsException(err); ok && !started && e.Class == py.TypeError && strings.HasSuffix(e.Message(), "object is not iterable") {
		return nil, py.Raise(py.TypeError, "reduce() arg 2 must support iteration")
	}
	if err != nil {
		return nil, err
	}
	if acc == nil {
		return nil, py.Raise(py.TypeError, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// Partial is a functools.partial object. It is immutable.
type Partial struct {
	fn     starlark.Value
	args   starlark.Tuple
	kwargs []starlark.Tuple
	attrs  py.AttrDict // attributes set by scripts
}

var (
	_ starlark.Callable = (*Partial)(nil)
	_ starlark.HasAttrs = (*Partial)(nil)
)

// newPartial implements partial(func, /, *args, **keywords).
// https://docs.python.org/3/library/functools.html#functools.partial
func newPartial(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "type 'partial' takes at least one argument")
	}
	fn := args[0]
	if _, ok := fn.(starlark.Callable); !ok {
		return nil, py.Raise(py.TypeError, "the first argument must be callable")
	}
	p := &Partial{fn: fn, args: append(starlark.Tuple(nil), args[1:]...), kwargs: kwargs}
	if inner, ok := fn.(*Partial); ok { // flatten, as CPython does
		p.fn = inner.fn
		p.args = append(append(starlark.Tuple(nil), inner.args...), p.args...)
		p.kwargs = mergeKwargs(inner.kwargs, kwargs)
	}
	return p, nil
}

// mergeKwargs returns base updated by over, keeping first-seen order.
func mergeKwargs(base, over []starlark.Tuple) []starlark.Tuple {
	out := append([]starlark.Tuple(nil), base...)
	for _, kv := range over {
		replaced := false
		for i, old := range out {
			if old[0] == kv[0] {
				out[i] = kv
				replaced = true
			}
		}
		if !replaced {
			out = append(out, kv)
		}
	}
	return out
}

// Name implements starlark.Callable.
func (p *Partial) Name() string { return "partial" }

// CallInternal calls the function with the stored and the new arguments.
func (p *Partial) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	all := append(append(starlark.Tuple(nil), p.args...), args...)
	return starlark.Call(thread, p.fn, all, mergeKwargs(p.kwargs, kwargs))
}

// String returns CPython's repr: functools.partial(<function f at 0x...>, 1, k=2).
func (p *Partial) String() string {
	parts := []string{py.Repr(p.fn)}
	for _, a := range p.args {
		parts = append(parts, py.Repr(a))
	}
	for _, kv := range p.kwargs {
		parts = append(parts, py.Str(kv[0])+"="+py.Repr(kv[1]))
	}
	return "functools.partial(" + strings.Join(parts, ", ") + ")"
}
func (p *Partial) Type() string          { return "functools.partial" }
func (p *Partial) Freeze()               {}
func (p *Partial) Truth() starlark.Bool  { return true }
func (p *Partial) Hash() (uint32, error) { return uint32(py.Addr(p)), nil }

// Attr implements starlark.HasAttrs: func, args, keywords.
func (p *Partial) Attr(name string) (starlark.Value, error) {
	if v, ok := p.attrs.Get(name); ok {
		return v, nil
	}
	switch name {
	case "func":
		return p.fn, nil
	case "args":
		return p.args, nil
	case "keywords":
		d := starlark.NewDict(len(p.kwargs))
		for _, kv := range p.kwargs {
			d.SetKey(kv[0], kv[1])
		}
		return d, nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (p *Partial) AttrNames() []string {
	return append([]string{"args", "func", "keywords"}, p.attrs.Names()...)
}

// SetField sets an attribute (a partial has a __dict__; func, args and
// keywords are read-only).
func (p *Partial) SetField(name string, v starlark.Value) error {
	switch name {
	case "func", "args", "keywords":
		return py.Raise(py.AttributeError, "readonly attribute")
	}
	return p.attrs.Set(name, v)
}

// DelField deletes an attribute a script set.
func (p *Partial) DelField(name string) error { return p.attrs.Delete(p, name) }

// Wrapper is a function wrapped by wraps or update_wrapper: calls go to
// the wrapper, and it reports the wrapped function's name. Attributes a
// script sets on it (wrapper.calls = 0) are the wrapper function's, as
// in CPython where the two are one object, and update_wrapper copies the
// wrapped function's __dict__ and __wrapped__ into the wrapper's.
type Wrapper struct {
	wrapper  starlark.Value
	wrapped  starlark.Value
	qualname string         // wrapped's __qualname__
	module   starlark.Value // wrapped's __module__
}

var (
	_ starlark.Callable    = (*Wrapper)(nil)
	_ starlark.HasAttrs    = (*Wrapper)(nil)
	_ starlark.HasSetField = (*Wrapper)(nil)
)

// wraps implements wraps(wrapped): a decorator applying update_wrapper.
// https://docs.python.org/3/library/functools.html#functools.wraps
func wraps(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var wrapped, assigned, updated starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "wrapped", &wrapped, "assigned?", &assigned, "updated?", &updated); err != nil {
		return nil, err
	}
	return starlark.NewBuiltin("decorator", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var wrapper starlark.Value
		if err := starlark.UnpackPositionalArgs("decorator", args, kwargs, 1, &wrapper); err != nil {
			return nil, err
		}
		return newWrapper(thread, wrapper, wrapped), nil
	}), nil
}

// updateWrapper implements update_wrapper(wrapper, wrapped).
func updateWrapper(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var wrapper, wrapped, assigned, updated starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "wrapper", &wrapper, "wrapped", &wrapped, "assigned?", &assigned, "updated?", &updated); err != nil {
		return nil, err
	}
	return newWrapper(thread, wrapper, wrapped), nil
}

// newWrapper returns wrapper carrying wrapped's name and doc: a
// FuncWrapper, which binds as a method, if wrapper is a function. An
// instance of a user class (functools.update_wrapper(self, func) in a
// decorator class's __init__) takes the names as its own attributes
// and is returned itself, as in CPython.
func newWrapper(thread *starlark.Thread, wrapper, wrapped starlark.Value) starlark.Value {
	w := &Wrapper{wrapper: wrapper, wrapped: wrapped, qualname: qualName(thread, wrapped), module: moduleName(thread, wrapped)}
	if ann, ok := builtins.DunderAttrIn(thread, wrapped, "__annotations__"); ok {
		_ = builtins.SetAttr(wrapper, "__annotations__", ann) // update_wrapper assigns it too
	}
	if _, ok := wrapper.(*py.Instance); ok {
		return assignWrapped(w)
	}
	updateDict(wrapper, wrapped)
	switch wrapper.(type) {
	case *starlark.Function, py.MethodLike:
		return FuncWrapper{w}
	}
	return w
}

// assignWrapped sets update_wrapper's assigned names (wrapped's
// __module__, __name__, __qualname__ and __doc__) on w.wrapper, updates
// its __dict__ and returns it.
func assignWrapped(w *Wrapper) starlark.Value {
	for _, name := range [...]string{"__module__", "__name__", "__qualname__", "__doc__"} {
		if v, err := w.Attr(name); err == nil && v != nil {
			if err := builtins.SetAttr(w.wrapper, name, v); err != nil {
				break // a class that refuses attributes keeps its own
			}
		}
	}
	updateDict(w.wrapper, w.wrapped)
	return w.wrapper
}

// updateDict is update_wrapper's update of wrapper's __dict__ with
// wrapped's, and its __wrapped__, where wrapper takes attributes.
func updateDict(wrapper, wrapped starlark.Value) {
	if d, err := builtins.GetAttr(wrapped, "__dict__"); err == nil {
		if d, ok := d.(*starlark.Dict); ok {
			for _, kv := range d.Items() {
				if k, ok := kv[0].(starlark.String); ok {
					_ = builtins.SetAttr(wrapper, string(k), kv[1])
				}
			}
		}
	}
	_ = builtins.SetAttr(wrapper, "__wrapped__", wrapped)
}

// FuncWrapper is a Wrapper around a function: found in a class, it
// binds to the instance as the function would (a method decorated with
// a functools.wraps decorator stays a method).
type FuncWrapper struct{ *Wrapper }

// BindsLikeFunction implements py.MethodLike.
func (FuncWrapper) BindsLikeFunction() {}

// Wrapped returns the wrapped function, whose qualified name a class
// statement records (see builtins.qualifyMethods).
func (w *Wrapper) Wrapped() starlark.Value { return w.wrapped }

// WrapperFunc returns the wrapper function itself (the def that
// functools.wraps decorated), whose parameters inspect reads.
func (w *Wrapper) WrapperFunc() starlark.Value { return w.wrapper }

// Name implements starlark.Callable: the wrapped function's name.
func (w *Wrapper) Name() string { return funcName(w.wrapped) }

// CallInternal calls the wrapper.
func (w *Wrapper) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.Call(thread, w.wrapper, args, kwargs)
}

func (w *Wrapper) String() string        { return fmt.Sprintf("<function %s at %#x>", w.qualname, py.Addr(w)) }
func (w *Wrapper) Type() string          { return "function" }
func (w *Wrapper) Freeze()               {}
func (w *Wrapper) Truth() starlark.Bool  { return true }
func (w *Wrapper) Hash() (uint32, error) { return uint32(py.Addr(w)), nil }

// Attr implements starlark.HasAttrs: the wrapped function's names, then
// the wrapper function's attributes (updateDict copied the wrapped
// one's into them, as CPython's update_wrapper does).
func (w *Wrapper) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__wrapped__":
		return w.wrapped, nil
	case "__name__":
		return starlark.String(w.Name()), nil
	case "__qualname__":
		return starlark.String(w.qualname), nil
	case "__module__":
		return w.module, nil
	case "__doc__":
		return wrappedAttr(w.wrapped, name)
	}
	if v, err := builtins.GetAttr(w.wrapper, name); err == nil {
		return v, nil // the wrapper function's, which update_wrapper filled
	}
	return nil, nil
}

// SetField implements starlark.HasSetField: it sets the attribute on
// the wrapper function.
func (w *Wrapper) SetField(name string, v starlark.Value) error {
	return builtins.SetAttr(w.wrapper, name, v)
}

// DelField implements del w.name: it deletes the wrapper function's
// attribute.
func (w *Wrapper) DelField(name string) error { return builtins.DelAttr(w.wrapper, name) }

// AttrNames implements starlark.HasAttrs.
func (w *Wrapper) AttrNames() []string {
	return []string{"__doc__", "__module__", "__name__", "__qualname__", "__wrapped__"}
}

// wrappedAttr returns __doc__ of a function.
func wrappedAttr(fn starlark.Value, name string) (starlark.Value, error) {
	switch name {
	case "__doc__":
		if f, ok := fn.(*starlark.Function); ok && f.Doc() != "" {
			return starlark.String(f.Doc()), nil
		}
		if h, ok := fn.(starlark.HasAttrs); ok {
			if v, err := h.Attr(name); err == nil && v != nil {
				return v, nil
			}
		}
		return starlark.None, nil
	}
	return nil, nil
}

// moduleName returns a callable's __module__, found in thread: the
// module that defined a def, "__main__" for a callable that says nothing.
func moduleName(thread *starlark.Thread, fn starlark.Value) starlark.Value {
	if v, ok := builtins.DunderAttrIn(thread, fn, "__module__"); ok {
		return v
	}
	if h, ok := fn.(starlark.HasAttrs); ok {
		if v, err := h.Attr("__module__"); err == nil && v != nil {
			return v
		}
	}
	return starlark.String("__main__")
}

// qualName returns a callable's Python __qualname__, found in thread.
func qualName(thread *starlark.Thread, fn starlark.Value) string {
	v, ok := builtins.DunderAttrIn(thread, fn, "__qualname__")
	if !ok {
		if h, isAttrs := fn.(starlark.HasAttrs); isAttrs {
			v, _ = h.Attr("__qualname__")
		}
	}
	if s, isStr := v.(starlark.String); isStr {
		return string(s)
	}
	return funcName(fn)
}

// funcName returns a callable's Python __name__.
func funcName(fn starlark.Value) string {
	switch f := fn.(type) {
	case *starlark.Function:
		return py.FuncName(f)
	case starlark.Callable:
		return f.Name()
	}
	return py.TypeName(fn)
}

// Key is the result of cmp_to_key: it compares by calling mycmp.
type Key struct {
	cmp    starlark.Value
	obj    starlark.Value
	thread *starlark.Thread
}

var _ starlark.Comparable = (*Key)(nil)

// cmpToKey implements cmp_to_key(mycmp).
// https://docs.python.org/3/library/functools.html#functools.cmp_to_key
func cmpToKey(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var cmp starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "mycmp", &cmp); err != nil {
		return nil, err
	}
	return starlark.NewBuiltin("K", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var obj starlark.Value
		if err := starlark.UnpackPositionalArgs("K", args, kwargs, 1, &obj); err != nil {
			return nil, err
		}
		return &Key{cmp: cmp, obj: obj, thread: thread}, nil
	}), nil
}

func (k *Key) String() string {
	return fmt.Sprintf("<functools.KeyWrapper object at %#x>", py.Addr(k))
}
func (k *Key) Type() string         { return "functools.KeyWrapper" }
func (k *Key) Freeze()              {}
func (k *Key) Truth() starlark.Bool { return true }
func (k *Key) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'functools.KeyWrapper'")
}

// CompareSameType calls mycmp(a, b) and compares its result with 0.
func (k *Key) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	r, err := starlark.Call(k.thread, k.cmp, starlark.Tuple{k.obj, y.(*Key).obj}, nil)
	if err != nil {
		return false, err
	}
	return starlark.Compare(op, r, starlark.MakeInt(0))
}
