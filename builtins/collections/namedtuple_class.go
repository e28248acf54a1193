package collections

// This file defines the body of a namedtuple class, as CPython's
// namedtuple() writes it: a subclass of tuple with __slots__ = (), a
// __new__ taking the fields, a property per field, __repr__, _make,
// _replace and _asdict. Its instances are instances of a tuple subclass
// (py.Instance holding a tuple), so that they are tuples everywhere:
// isinstance, ==, +, count, slices, and classes deriving from them.

import (
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// body returns the namespace of s's class.
func (s *ntSpec) body() *starlark.Dict {
	fields := make(starlark.Tuple, len(s.fields))
	for i, f := range s.fields {
		fields[i] = starlark.String(f)
	}
	defaults := starlark.NewDict(len(s.defaults))
	for i, v := range s.defaults {
		defaults.SetKey(fields[len(fields)-len(s.defaults)+i], v)
	}
	d := starlark.NewDict(len(fields) + 12)
	set := func(k string, v starlark.Value) { d.SetKey(starlark.String(k), v) }
	set("__doc__", starlark.String(s.name+"("+strings.Join(s.fields, ", ")+")"))
	set("__slots__", starlark.Tuple{})
	set("_fields", fields)
	set("_field_defaults", defaults)
	set("__match_args__", fields)
	set("__new__", starlark.NewBuiltin("__new__", s.new))
	set("__repr__", starlark.NewBuiltin("__repr__", s.repr))
	set("__getnewargs__", starlark.NewBuiltin("__getnewargs__", s.getnewargs))
	set("_make", &py.ClassMethod{Fn: starlark.NewBuiltin("_make", s.make)})
	set("_replace", starlark.NewBuiltin("_replace", s.replace))
	set("_asdict", starlark.NewBuiltin("_asdict", s.asdict))
	for i, f := range s.fields {
		set(f, &py.Property{Get: fieldGetter(i), Set: readOnly("set"), Del: readOnly("delete"), Fast: fastField(i)})
	}
	return d
}

// fieldGetter returns the getter of field i's property.
func fieldGetter(i int) *starlark.Builtin {
	return starlark.NewBuiltin("_tuplegetter", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 || len(kwargs) > 0 {
			return nil, py.Raisef(py.TypeError, "expected 1 argument, got %d", len(args)+len(kwargs))
		}
		return field(i, args[0])
	})
}

// fastField is the Fast getter of field i's property, which the
// instance protocols call without a Starlark call.
func fastField(i int) func(*py.Instance) (starlark.Value, error) {
	return func(self *py.Instance) (starlark.Value, error) {
		if t, ok := self.Native.(starlark.Tuple); ok && i < len(t) {
			return t[i], nil // the tuple a tuple subclass's instance holds
		}
		return field(i, self)
	}
}

// field returns item i of x, a namedtuple.
func field(i int, x starlark.Value) (starlark.Value, error) {
	t, ok := py.Base(x).(starlark.Tuple)
	if !ok {
		return nil, py.Raisef(py.TypeError, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", i, py.TypeName(x))
	}
	if i >= len(t) {
		return nil, py.Raise(py.IndexError, "tuple index out of range")
	}
	return t[i], nil
}

// readOnly returns the setter or deleter of a field's property, which
// refuses as CPython's _tuplegetter does.
func readOnly(what string) *starlark.Builtin {
	return starlark.NewBuiltin("_tuplegetter", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return nil, py.Raisef(py.AttributeError, "can't %s attribute", what)
	})
}

// instance returns the instance of cls holding vals, as
// tuple.__new__(cls, vals) makes it.
func (s *ntSpec) instance(thread *starlark.Thread, cls starlark.Value, vals starlark.Tuple) (starlark.Value, error) {
	c, ok := cls.(*py.Class)
	if !ok {
		return nil, py.Raisef(py.TypeError, "tuple.__new__(X): X is not a type object (%s)", py.TypeName(cls))
	}
	if !c.IsSubclass(builtins.TupleType) {
		return nil, py.Raisef(py.TypeError, "tuple.__new__(%s): %s is not a subtype of tuple", c.ClassName, c.ClassName)
	}
	return py.Allocate(thread, c, starlark.Tuple{vals}, nil)
}

// self returns the tuple of a method's receiver, args[0].
func (s *ntSpec) self(method string, args starlark.Tuple) (starlark.Tuple, error) {
	if len(args) == 0 {
		return nil, py.Raisef(py.TypeError, "%s.%s() missing 1 required positional argument: 'self'", s.name, method)
	}
	t, ok := py.Base(args[0]).(starlark.Tuple)
	if !ok {
		return nil, py.Raisef(py.TypeError, "descriptor '%s' requires a 'tuple' object but received a '%s'", method, py.TypeName(args[0]))
	}
	return t, nil
}

// make implements the class method _make(iterable).
func (s *ntSpec) make(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var cls, it starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &cls, &it); err != nil {
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

// repr implements __repr__: the class's name and field=value pairs.
func (s *ntSpec) repr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	t, err := s.self("__repr__", args)
	if err != nil {
		return nil, err
	}
	var sb strings.Builder
	sb.WriteString(builtins.TypeOf(args[0]).ClassName + "(")
	for i, v := range t {
		if i > 0 {
			sb.WriteString(", ")
		}
		r, err := builtins.Repr(thread, v)
		if err != nil {
			return nil, err
		}
		if i < len(s.fields) {
			sb.WriteString(s.fields[i] + "=")
		}
		sb.WriteString(r)
	}
	sb.WriteByte(')')
	return starlark.String(sb.String()), nil
}

// getnewargs implements __getnewargs__: the values as a plain tuple.
func (s *ntSpec) getnewargs(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	t, err := s.self("__getnewargs__", args)
	if err != nil {
		return nil, err
	}
	return append(starlark.Tuple(nil), t...), nil
}

// asdict implements _asdict(): a dict of the fields.
func (s *ntSpec) asdict(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	t, err := s.self("_asdict", args)
	if err != nil {
		return nil, err
	}
	if err := noArgs(b, args[1:], kwargs); err != nil {
		return nil, err
	}
	d := starlark.NewDict(len(t))
	for i, v := range t {
		if i < len(s.fields) {
			d.SetKey(starlark.String(s.fields[i]), v)
		}
	}
	return d, nil
}

// replace implements _replace(**kwargs): a new instance of the
// receiver's class with some fields changed.
func (s *ntSpec) replace(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	t, err := s.self("_replace", args)
	if err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "%s._replace() takes 1 positional argument but %s were given", s.name, strconv.Itoa(len(args)))
	}
	vals := append(starlark.Tuple(nil), t...)
	var bad []string
	for _, kv := range kwargs {
		k := py.Str(kv[0])
		if i := s.index(k); i >= 0 && i < len(vals) {
			vals[i] = kv[1]
		} else {
			bad = append(bad, py.Repr(kv[0]))
		}
	}
	if len(bad) > 0 {
		return nil, py.Raisef(py.ValueError, "Got unexpected field names: [%s]", strings.Join(bad, ", "))
	}
	return s.instance(thread, builtins.TypeOf(args[0]), vals)
}
