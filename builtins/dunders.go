package builtins

// This file gives dir(), getattr and hasattr the names CPython 3.11's
// dir() lists for a value of a builtin type (str, list, int, range,
// bytes...) or for the type itself (dirnames.go): the public methods of
// CallMethod and the special methods, which getattr returns bound to the
// value (x.__add__, x.__len__, x.__class__...). Only getattr, hasattr
// and dir see them; the interpreter's own protocols don't go through
// them, so the hot paths are unchanged.

import (
	"sort"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// dunderFunc is a special method of a builtin value x.
type dunderFunc func(thread *starlark.Thread, x starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

// builtinDirNames returns CPython's dir() of x, a value of a builtin
// type or such a type, and whether x is one.
func builtinDirNames(x starlark.Value) ([]string, bool) {
	if x == nil {
		return nil, false
	}
	if c, ok := x.(*py.Class); ok {
		if c.IsUser() {
			return nil, false
		}
		names, ok := dirNames[c.ClassName]
		return names, ok && TypeOf(c) == TypeType && IsBuiltinDataType(c)
	}
	if _, ok := x.(*py.Instance); ok {
		return nil, false
	}
	c := TypeOf(x)
	if c == nil || !IsBuiltinDataType(c) {
		return nil, false
	}
	names, ok := dirNames[c.ClassName]
	return names, ok
}

// IsBuiltinDataType reports whether c is one of the builtin types whose
// dir() dirnames.go lists.
func IsBuiltinDataType(c *py.Class) bool {
	switch c {
	case StrType, ListType, DictType, TupleType, IntType, BoolType, FloatType, RangeType,
		BytesType, ByteArrayType, SetType, FrozenSetType, NoneTypeType, SliceType:
		return true
	}
	return false
}

// listsName reports whether names, sorted, holds name.
func listsName(names []string, name string) bool {
	i := sort.SearchStrings(names, name)
	return i < len(names) && names[i] == name
}

// builtinDunder returns x.name for a special method that dir(x) lists,
// x being a value of a builtin type, bound to x.
func builtinDunder(x starlark.Value, name string) (starlark.Value, bool) {
	if len(name) < 5 || name[:2] != "__" {
		return nil, false
	}
	if _, isClass := x.(*py.Class); isClass {
		return nil, false // the type's own Dict answers for it
	}
	if name == "__class__" {
		return TypeOf(x), true // every value has one, listed in dir() or not
	}
	names, ok := builtinDirNames(x)
	if !ok || !listsName(names, name) {
		return nil, false
	}
	switch name {
	case "__class__":
		return TypeOf(x), true
	case "__doc__":
		doc, _ := getAttr(TypeOf(x), "__doc__")
		if doc == nil {
			doc = starlark.None
		}
		return doc, true
	case "__hash__":
		if _, err := x.Hash(); err != nil && x.Type() != "range" {
			return starlark.None, true // list.__hash__ is None
		}
	}
	fn := dunders[name]
	if fn == nil {
		fn = binaryDunder(name)
	}
	if fn == nil {
		return nil, false
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(thread, b.Receiver(), args, kwargs)
	}).BindReceiver(x), true
}

// dirOf returns dir(x)'s names for a builtin value or type, sorted.
func dirOf(x starlark.Value) []string {
	if names, ok := builtinDirNames(x); ok {
		return names
	}
	if names, ok := userDirNames(x); ok {
		return names
	}
	var names []string
	if h, ok := x.(starlark.HasAttrs); ok {
		names = h.AttrNames()
	}
	sort.Strings(names)
	return names
}

// callBuiltin calls the builtin function fn, named name, with args.
func callBuiltin(thread *starlark.Thread, name string, fn func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error), args ...starlark.Value) (starlark.Value, error) {
	return fn(thread, starlark.NewBuiltin(name, fn), args, nil)
}

// unary returns a special method without arguments that calls fn.
func unary(name string, fn func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error)) dunderFunc {
	return func(thread *starlark.Thread, x starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := wrapperArgs(name, args, kwargs, 0); err != nil {
			return nil, err
		}
		return fn(thread, x)
	}
}

// oneArgDunder returns a special method of one argument that calls fn.
func oneArgDunder(name string, fn func(thread *starlark.Thread, x, y starlark.Value) (starlark.Value, error)) dunderFunc {
	return func(thread *starlark.Thread, x starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := wrapperArgs(name, args, kwargs, 1); err != nil {
			return nil, err
		}
		return fn(thread, x, args[0])
	}
}

// wrapperArgs checks that the slot wrapper name got n positional
// arguments, in CPython's words.
func wrapperArgs(name string, args starlark.Tuple, kwargs []starlark.Tuple, n int) error {
	if len(kwargs) > 0 {
		return py.Raisef(py.TypeError, "wrapper %s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return py.Raisef(py.TypeError, "expected %d argument%s, got %d", n, plural(n), len(args))
	}
	return nil
}

// BuiltinSpecial returns x.name for a special method of a builtin value
// x, or of a builtin type x (unbound), or nil.
func BuiltinSpecial(x starlark.Value, name string) starlark.Value {
	if d, ok := builtinDunder(x, name); ok {
		return d
	}
	if c, ok := x.(*py.Class); ok {
		if v := unboundDunder(c, name); v != nil {
			return v
		}
	}
	return nil
}
