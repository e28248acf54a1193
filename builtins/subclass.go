package builtins

// This file lets scripts subclass the builtin data types (list, dict,
// set, frozenset, str, bytes, int, float, tuple): an instance of class
// Stack(list) is a *py.Instance whose Native holds its list (see
// interp/py/object_data.go). It defines how such an instance is made
// (the types' Alloc, __new__ and __init__) and the special methods of
// the types that the instance protocols and super() reach
// (__getitem__, __setitem__, __len__...), each working on py.Base of
// its receiver.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// dataTypes are the builtin types a script may subclass.
var dataTypes = []*py.Class{ListType, DictType, SetType, FrozenSetType, StrType, BytesType, IntType, FloatType, TupleType}

// mutableTypes are those whose value __init__ fills, after __new__ made
// it empty.
var mutableTypes = map[*py.Class]func() starlark.Value{
	ListType: func() starlark.Value { return starlark.NewList(nil) },
	DictType: func() starlark.Value { return starlark.NewDict(0) },
	SetType:  func() starlark.Value { return NewSet() },
}

// slotNames lists the special methods each type's dict holds.
var slotNames = map[*py.Class][]string{
	ListType:      {"__len__", "__iter__", "__contains__", "__getitem__", "__setitem__", "__delitem__", "__reversed__", "__repr__"},
	DictType:      {"__len__", "__iter__", "__contains__", "__getitem__", "__setitem__", "__delitem__", "__reversed__", "__repr__"},
	SetType:       {"__len__", "__iter__", "__contains__", "set.__repr__"},
	FrozenSetType: {"__len__", "__iter__", "__contains__", "set.__repr__"},
	TupleType:     {"__len__", "__iter__", "__contains__", "__getitem__", "__repr__"},
	StrType:       {"__len__", "__iter__", "__contains__", "__getitem__", "__repr__", "__str__"},
	BytesType:     {"__len__", "__contains__", "__getitem__", "__repr__"},
	IntType:       {"__repr__", "__int__", "__index__", "__float__"},
	FloatType:     {"__repr__", "__int__", "__float__"},
}

// addDataTypes makes the builtin data types subclassable.
func addDataTypes() {
	for _, c := range dataTypes {
		MakeSubclassable(c)
		for _, key := range slotNames[c] {
			name := key[strings.LastIndexByte(key, '.')+1:] // set.__repr__ is a set's __repr__
			c.Dict[name] = slot(c, name, slots[key])
		}
	}
	for c := range mutableTypes {
		c.Dict["__init__"] = slot(c, "__init__", dataInit)
		c.Dict["__hash__"] = starlark.None
	}
	addOperatorSlots()
}

// MakeSubclassable lets scripts subclass the native value type c (a
// builtin data type, decimal.Decimal, fractions.Fraction): an instance
// of a subclass holds c(*args, **kwargs) in Native, and what its class
// does not define is done to that value (see py.Base). c's dict gets
// the special methods named (__str__, __repr__), which answer for the
// value.
func MakeSubclassable(c *py.Class, names ...string) {
	n := c.Ext.(*py.NativeClass)
	n.Data = true
	n.Alloc = dataAlloc(c, n.New)
	c.Dict["__new__"] = &py.StaticMethod{Fn: starlark.NewBuiltin(c.ClassName+".__new__", dataNew(c, n.New))}
	for _, name := range names {
		c.Dict[name] = slot(c, name, slots[name])
	}
}

// dataAlloc gives a new instance of a subclass of c its value: an empty
// one for a mutable type (__init__ fills it), else c(*args, **kwargs),
// as c.__new__ makes it.
func dataAlloc(c *py.Class, newFn newFunc) func(*starlark.Thread, *py.Instance, starlark.Tuple, []starlark.Tuple) error {
	return func(thread *starlark.Thread, self *py.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		if mk, ok := mutableTypes[c]; ok {
			self.Native = mk()
			return nil
		}
		v, err := newFn(thread, c, args, kwargs)
		self.Native = v
		return err
	}
}

// dataNew implements c.__new__(cls, *args): c(*args) for c itself, else
// an instance of the subclass cls holding that value.
func dataNew(c *py.Class, newFn newFunc) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "%s.__new__(): not enough arguments", c.ClassName)
		}
		cls, ok := args[0].(*py.Class)
		if !ok {
			return nil, py.Raisef(py.TypeError, "%s.__new__(X): X is not a type object (%s)", c.ClassName, py.TypeName(args[0]))
		}
		if !cls.IsSubclass(c) {
			return nil, py.Raisef(py.TypeError, "%s.__new__(%s): %s is not a subtype of %s", c.ClassName, cls.ClassName, cls.ClassName, c.ClassName)
		}
		if !cls.IsUser() {
			return newFn(thread, cls, args[1:], kwargs)
		}
		return py.Allocate(thread, cls, args[1:], kwargs)
	}
}

type slotFunc func(thread *starlark.Thread, self, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

// slot returns c's special method name, which calls fn with its
// receiver and the receiver's value (py.Base), after checking that the
// receiver is a c.
func slot(c *py.Class, name string, fn slotFunc) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "descriptor '%s' of '%s' object needs an argument", name, c.ClassName)
		}
		base := py.Base(args[0])
		if _, inst := base.(*py.Instance); inst || !IsInstance(base, c) {
			if isMethodSlot(c, name) {
				return nil, py.Raisef(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, c.ClassName, py.TypeName(args[0]))
			}
			return nil, py.Raisef(py.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, c.ClassName, py.TypeName(args[0]))
		}
		return fn(thread, args[0], base, args[1:], kwargs)
	})
}

// isMethodSlot reports whether CPython defines c's special method name
// as a method rather than a slot wrapper (list.__getitem__,
// dict.__contains__), which words a wrong receiver's error otherwise.
func isMethodSlot(c *py.Class, name string) bool {
	switch name {
	case "__getitem__", "__reversed__":
		return c == ListType || c == DictType
	case "__contains__":
		return c == DictType
	}
	return false
}

// slots are the special methods' implementations by name.
var slots = map[string]slotFunc{
	"__len__": func(thread *starlark.Thread, _, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return length(thread, lenBuiltin, starlark.Tuple{base}, nil)
	},
	"__iter__": func(thread *starlark.Thread, _, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return Iter(thread, base)
	},
	"__reversed__": func(thread *starlark.Thread, _, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return reversed(thread, reversedBuiltin, starlark.Tuple{base}, nil)
	},
	"__contains__": func(thread *starlark.Thread, _, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x starlark.Value
		if err := starlark.UnpackPositionalArgs("__contains__", args, kwargs, 1, &x); err != nil {
			return nil, err
		}
		return Binop("in", x, base)
	},
	"__getitem__": slotGetitem,
	"__setitem__": slotSetitem,
	"__delitem__": slotDelitem,
	"__repr__": func(thread *starlark.Thread, _, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return strOf(Repr(thread, base))
	},
	"__str__": func(thread *starlark.Thread, _, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return strOf(Str(thread, base))
	},
	"set.__repr__": setRepr,
	"__int__":      convertSlot(IntType),
	"__index__":    convertSlot(IntType),
	"__float__":    convertSlot(FloatType),
}

var (
	lenBuiltin      = starlark.NewBuiltin("len", length)
	reversedBuiltin = starlark.NewBuiltin("reversed", reversed)
)

func strOf(s string, err error) (starlark.Value, error) {
	return starlark.String(s), err
}

// convertSlot is __int__ or __float__: the value converted to c.
func convertSlot(c *py.Class) slotFunc {
	return func(thread *starlark.Thread, _, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return starlark.Call(thread, c, starlark.Tuple{base}, nil)
	}
}

// slotGetitem is x[k]; a dict subclass's __missing__ answers a missing
// key, as in CPython.
func slotGetitem(thread *starlark.Thread, self, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k starlark.Value
	if err := starlark.UnpackPositionalArgs("__getitem__", args, kwargs, 1, &k); err != nil {
		return nil, err
	}
	if d, ok := base.(*starlark.Dict); ok && self != base {
		v, found, err := d.Get(k)
		if err != nil {
			return nil, Unhashable(err)
		}
		if found {
			return v, nil
		}
		if m, _ := getAttr(self, "__missing__"); m != nil {
			return starlark.Call(thread, m, starlark.Tuple{k}, nil)
		}
	}
	return GetItem(base, k)
}

// slotSetitem is x[k] = v.
func slotSetitem(thread *starlark.Thread, _, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k, v starlark.Value
	if err := starlark.UnpackPositionalArgs("__setitem__", args, kwargs, 2, &k, &v); err != nil {
		return nil, err
	}
	switch x := base.(type) {
	case *starlark.Dict:
		return starlark.None, Unhashable(x.SetKey(k, v))
	case *starlark.List:
		n, err := SeqIndex(x, x.Len(), k, "assignment index")
		if err != nil {
			return nil, err
		}
		return starlark.None, x.SetIndex(n, v)
	}
	return nil, py.Raisef(py.TypeError, "'%s' object does not support item assignment", py.TypeName(base))
}

// slotDelitem is del x[k].
func slotDelitem(thread *starlark.Thread, _, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k starlark.Value
	if err := starlark.UnpackPositionalArgs("__delitem__", args, kwargs, 1, &k); err != nil {
		return nil, err
	}
	return starlark.None, DelItem(thread, base, k)
}

// dataInit is list.__init__, dict.__init__ and set.__init__: the value
// emptied, then filled from the arguments as list(...), dict(...) and
// set(...) fill theirs.
func dataInit(thread *starlark.Thread, self, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	switch x := base.(type) {
	case *starlark.List:
		v, err := newList(thread, ListType, args, kwargs)
		if err != nil {
			return nil, err
		}
		if err := x.Clear(); err != nil {
			return nil, err
		}
		return starlark.None, appendList(x, v.(*starlark.List))
	case *starlark.Dict:
		v, err := newDict(thread, DictType, args, kwargs)
		if err != nil {
			return nil, err
		}
		if err := x.Clear(); err != nil {
			return nil, err
		}
		return starlark.None, updateFrom(thread, x, v)
	case *Set:
		v, err := newSet(thread, SetType, args, kwargs)
		if err != nil {
			return nil, err
		}
		if _, err := CallMethod(thread, x, "clear", nil, nil); err != nil {
			return nil, err
		}
		return starlark.None, x.update(thread, v)
	}
	return starlark.None, nil
}

func appendList(l, from *starlark.List) error {
	for i := range from.Len() {
		if err := l.Append(from.Index(i)); err != nil {
			return err
		}
	}
	return nil
}

// setRepr is the repr of a set or frozenset subclass: its class's name
// around the elements, as in St({1, 2}) and FS().
func setRepr(thread *starlark.Thread, self, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := Repr(thread, base)
	if err != nil || self == base {
		return starlark.String(s), err
	}
	switch {
	case s == "set()" || s == "frozenset()":
		s = ""
	case strings.HasPrefix(s, "frozenset("):
		s = s[len("frozenset(") : len(s)-1]
	}
	return starlark.String(py.TypeName(self) + "(" + s + ")"), nil
}
