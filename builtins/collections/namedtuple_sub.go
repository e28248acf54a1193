package collections

// This file lets a class statement derive from a namedtuple class
// (class Vector(namedtuple("VectorBase", "x y")), and typing.NamedTuple's
// class syntax): an instance of the subclass is a *py.Instance whose
// Native holds its *NamedTuple, as for a subclass of a builtin data type
// (see interp/py/object_data.go). The namedtuple class's dict holds the
// special methods the instance protocols reach, and _make and _replace
// make instances of the receiver's class.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// subclassable makes s.cls a base that class statements may derive from.
func (s *ntSpec) subclassable() {
	s.cls.Ext = &py.NativeClass{New: s.new, Data: true, Alloc: s.alloc}
	d := s.cls.Dict
	d["__len__"] = ntMethod("__len__", func(_ *starlark.Thread, self starlark.Value, t *NamedTuple, _ starlark.Tuple) (starlark.Value, error) {
		return starlark.MakeInt(len(t.vals)), nil
	})
	d["__iter__"] = ntMethod("__iter__", func(thread *starlark.Thread, self starlark.Value, t *NamedTuple, _ starlark.Tuple) (starlark.Value, error) {
		return builtins.Iter(thread, t.vals)
	})
	d["__getitem__"] = ntMethod("__getitem__", func(thread *starlark.Thread, self starlark.Value, t *NamedTuple, args starlark.Tuple) (starlark.Value, error) {
		return builtins.GetItem(t.vals, args[0])
	}, 1)
	d["__contains__"] = ntMethod("__contains__", func(_ *starlark.Thread, self starlark.Value, t *NamedTuple, args starlark.Tuple) (starlark.Value, error) {
		ok, err := t.vals.Has(args[0])
		return starlark.Bool(ok), err
	}, 1)
	d["__repr__"] = ntMethod("__repr__", func(_ *starlark.Thread, self starlark.Value, t *NamedTuple, _ starlark.Tuple) (starlark.Value, error) {
		return starlark.String(t.repr(py.TypeName(self))), nil
	})
	d["_replace"] = starlark.NewBuiltin("_replace", s.replaceMethod)
	d["_make"] = &py.ClassMethod{Fn: starlark.NewBuiltin("_make", s.makeMethod)}
}

// alloc gives a new instance of a subclass its tuple, made from the
// arguments of the call as the namedtuple's __new__ makes it.
func (s *ntSpec) alloc(thread *starlark.Thread, self *py.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
	v, err := s.new(thread, s.cls, args, kwargs)
	self.Native = v
	return err
}

// instance returns a value of class cls (s.cls or a subclass) holding
// vals, without calling the subclass's __new__ or __init__ (as
// tuple.__new__(cls, vals) in CPython's _make).
func (s *ntSpec) instance(thread *starlark.Thread, cls *py.Class, vals starlark.Tuple) (starlark.Value, error) {
	t := &NamedTuple{spec: s, vals: vals}
	if cls == s.cls || !cls.IsUser() {
		return t, nil
	}
	return py.Allocate(thread, cls, vals, nil)
}

// ntMethod returns a method of the namedtuple class taking n arguments
// after the instance, whose tuple fn receives.
func ntMethod(name string, fn func(*starlark.Thread, starlark.Value, *NamedTuple, starlark.Tuple) (starlark.Value, error), n ...int) *starlark.Builtin {
	want := 0
	if len(n) > 0 {
		want = n[0]
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "descriptor '%s' of 'tuple' object needs an argument", name)
		}
		t, ok := py.Base(args[0]).(*NamedTuple)
		if !ok {
			return nil, py.Raisef(py.TypeError, "descriptor '%s' requires a 'tuple' object but received a '%s'", name, py.TypeName(args[0]))
		}
		if len(kwargs) > 0 || len(args)-1 != want {
			return nil, py.Raisef(py.TypeError, "%s() takes exactly %d argument%s (%d given)", name, want, plural(want), len(args)-1)
		}
		return fn(thread, args[0], t, args[1:])
	})
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// replaceMethod implements the unbound _replace(self, **kwargs).
func (s *ntSpec) replaceMethod(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raisef(py.TypeError, "%s._replace() missing 1 required positional argument: 'self'", s.cls.ClassName)
	}
	t, ok := py.Base(args[0]).(*NamedTuple)
	if !ok {
		return nil, py.Raisef(py.TypeError, "%s._replace() argument must be a %s, not %s", s.cls.ClassName, s.cls.ClassName, py.TypeName(args[0]))
	}
	r, err := t.replace(thread, b, args[1:], kwargs)
	if err != nil {
		return nil, err
	}
	return s.instance(thread, builtins.TypeOf(args[0]), r.(*NamedTuple).vals)
}

// makeMethod implements the class method _make(cls, iterable).
func (s *ntSpec) makeMethod(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var cls *py.Class
	var it starlark.Value
	if err := starlark.UnpackPositionalArgs("_make", args, kwargs, 2, &cls, &it); err != nil {
		return nil, err
	}
	vals, err := builtins.Elements(thread, it)
	if err != nil {
		return nil, err
	}
	if len(vals) != len(s.fields) {
		return nil, py.Raisef(py.TypeError, "Expected %d arguments, got %d", len(s.fields), len(vals))
	}
	return s.instance(thread, cls, vals)
}

// repr is the repr of a tuple of the namedtuple's class, or of its
// subclass name: Point(x=1, y=2).
func (t *NamedTuple) repr(name string) string {
	parts := make([]string, len(t.vals))
	for i, v := range t.vals {
		parts[i] = t.spec.fields[i] + "=" + py.Repr(v)
	}
	return name + "(" + strings.Join(parts, ", ") + ")"
}
