package pyrt

// This file defines the helpers of class statements: abi.Class, which
// makes the class, and abi.Super, zero-argument super() in a method.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// spClass implements abi.Class(name, bases, body, module, **kwargs):
// the class statement, whose body function returns the namespace once
// the metaclass's __prepare__ has run. Names the body never bound
// (Unset) are dropped;
// the keywords go to __init_subclass__, but metaclass=type, the only
// metaclass spindle knows.
func spClass(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name, module string
	var bases starlark.Tuple
	var bodyFn starlark.Callable
	if err := starlark.UnpackPositionalArgs(b.Name(), args, nil, 3, &name, &bases, &bodyFn, &module); err != nil {
		return nil, err
	}
	if module == "" {
		module = "__main__"
	}
	orig := bases
	resolved, changed, err := builtins.ResolveBases(thread, bases)
	if err != nil {
		return nil, err
	}
	bases = resolved
	meta, kwargs, err := takeMetaclass(kwargs, bases)
	if err != nil {
		return nil, err
	}
	var ns starlark.HasSetKey
	if meta != nil {
		if ns, err = prepare(thread, meta, name, bases, kwargs); err != nil {
			return nil, err
		}
	}
	body, err := classBody(thread, bodyFn)
	if err != nil {
		return nil, err
	}
	if changed { // class C(Generic[T]): __mro_entries__, as __build_class__
		body.SetKey(starlark.String("__orig_bases__"), orig)
	}
	if meta == nil {
		return builtins.NewUserClass(thread, name, module, bases, body, isUnset, kwargs...)
	}
	return metaClass(thread, meta, ns, name, module, bases, body, kwargs)
}

// classBody runs the body function of a class statement and returns
// the namespace it made.
func classBody(thread *starlark.Thread, fn starlark.Callable) (*starlark.Dict, error) {
	v, err := starlark.Call(thread, fn, nil, nil)
	if err != nil {
		return nil, err
	}
	body, ok := v.(*starlark.Dict)
	if !ok {
		return nil, py.Raisef(py.SystemError, "class body returned %s", py.TypeName(v))
	}
	return body, nil
}

// takeMetaclass returns the class statement's metaclass (nil for type)
// and its other keywords: metaclass=M, else the metaclass of a base.
func takeMetaclass(kwargs []starlark.Tuple, bases starlark.Tuple) (*py.Class, []starlark.Tuple, error) {
	for i, kv := range kwargs {
		if kv[0] != starlark.String("metaclass") {
			continue
		}
		rest := append(kwargs[:i:i], kwargs[i+1:]...)
		if kv[1] == builtins.TypeType {
			return nil, rest, nil
		}
		m, ok := kv[1].(*py.Class)
		if !ok || !m.IsSubclass(builtins.TypeType) || !m.IsUser() {
			return nil, nil, py.Raisef(py.TypeError, "spindle does not support metaclasses other than type and its subclasses (metaclass=%s)", py.Repr(kv[1]))
		}
		m, err := winningMeta(m, bases)
		return m, rest, err
	}
	for _, b := range bases {
		if c, ok := b.(*py.Class); ok && c.Metaclass != nil {
			return c.Metaclass, kwargs, nil
		}
	}
	return nil, kwargs, nil
}

// winningMeta returns the most derived of m and the metaclasses of
// bases, as CPython's _PyType_CalculateMetaclass, or its TypeError when
// neither of two derives from the other.
func winningMeta(m *py.Class, bases starlark.Tuple) (*py.Class, error) {
	for _, b := range bases {
		c, ok := b.(*py.Class)
		if !ok || c.Metaclass == nil || m.IsSubclass(c.Metaclass) {
			continue
		}
		if !c.Metaclass.IsSubclass(m) {
			return nil, py.Raise(py.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		m = c.Metaclass
	}
	return m, nil
}

// metaClass makes the class of a class statement whose metaclass is the
// script's meta: meta.__new__(meta, name, bases, ns) if it defines one,
// else type's, then meta.__init__ if it defines one. ns is the
// namespace __prepare__ made, which takes the names the body bound.
func metaClass(thread *starlark.Thread, meta *py.Class, ns starlark.HasSetKey, name, module string, bases starlark.Tuple, body *starlark.Dict, kwargs []starlark.Tuple) (starlark.Value, error) {
	qualname, found, _ := body.Get(starlark.String("__qualname__"))
	if !found {
		qualname = starlark.String(name)
	}
	if err := ns.SetKey(starlark.String("__module__"), starlark.String(module)); err != nil {
		return nil, err
	}
	if err := ns.SetKey(starlark.String("__qualname__"), qualname); err != nil {
		return nil, err
	}
	for _, kv := range body.Items() {
		if !isUnset(kv[1]) && kv[0] != starlark.String("__qualname__") {
			if err := ns.SetKey(kv[0], kv[1]); err != nil {
				return nil, err
			}
		}
	}
	args := starlark.Tuple{starlark.String(name), bases, ns}
	var cls starlark.Value
	var err error
	if fn, owner := meta.Lookup("__new__"); fn != nil && owner.IsUser() {
		if sm, ok := fn.(*py.StaticMethod); ok {
			fn = sm.Fn
		}
		cls, err = starlark.Call(thread, fn, append(starlark.Tuple{meta}, args...), kwargs)
	} else {
		cls, err = builtins.NewClassOf(thread, meta, args, kwargs, nil)
	}
	if err != nil {
		return nil, err
	}
	if fn, owner := meta.Lookup("__init__"); fn != nil && owner.IsUser() {
		if _, err := starlark.Call(thread, fn, append(starlark.Tuple{cls}, args...), kwargs); err != nil {
			return nil, err
		}
	}
	return cls, nil
}

// prepare returns the namespace the class's names go into: a dict, or
// what meta.__prepare__(name, bases, **kwargs) returns where a user
// metaclass defines it. It runs before the body, as CPython's, but
// unlike CPython's the names go into the namespace, in order, through
// its __setitem__, once the body has bound them all.
func prepare(thread *starlark.Thread, meta *py.Class, name string, bases starlark.Tuple, kwargs []starlark.Tuple) (starlark.HasSetKey, error) {
	fn, owner := meta.Lookup("__prepare__")
	if fn == nil || !owner.IsUser() {
		return starlark.NewDict(8), nil
	}
	switch f := fn.(type) {
	case *py.ClassMethod:
		fn = &py.BoundMethod{Self: meta, Fn: f.Fn, Class: owner}
	case *py.StaticMethod:
		fn = f.Fn
	}
	ns, err := starlark.Call(thread, fn, starlark.Tuple{starlark.String(name), bases}, kwargs)
	if err != nil {
		return nil, err
	}
	if m, ok := ns.(starlark.HasSetKey); ok {
		return m, nil
	}
	return nil, py.Raisef(py.TypeError, "%s.__prepare__() must return a mapping, not %s", meta.ClassName, py.TypeName(ns))
}

// isUnset reports whether v is Unset, the value of a class-body name
// never bound.
func isUnset(v starlark.Value) bool { return v == unset }

// spSuper implements zero-argument super() inside a method of cls.
func spSuper(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var cls *py.Class
	var self starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &cls, &self); err != nil {
		return nil, err
	}
	return &py.Super{Cls: cls, Self: self}, nil
}
