package py

// This file defines instances of user subclasses of the builtin data
// types (class Stack(list), class D(dict), class S(str)): the instance
// holds the base type's value in Native, and what the subclass does not
// define is done to that value, as CPython does to the base part of
// such an object. The base type's special methods that scripts may call
// through super() (__getitem__, __setitem__, __len__...) sit in its
// class dict and answer the instance protocols (see Instance.method);
// comparison, hashing, truth and arithmetic fall back to the value here.

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// isData reports whether c is a builtin data type (see NativeClass.Data).
func isData(c *Class) bool {
	n, ok := c.Ext.(*NativeClass)
	return ok && n.Data
}

// IsData reports whether c is or derives from a builtin data type.
func (c *Class) IsData() bool { return dataBase(c) != nil }

// data returns the value of the builtin data type the instance's class
// derives from, or nil.
func (o *Instance) data() starlark.Value {
	if o.Native == nil || !o.Class.facts().data() {
		return nil
	}
	return o.Native
}

// Base returns the builtin value an instance of a user subclass of a
// builtin data type holds (the list of a class Stack(list)), or v
// itself: Go code that takes a list, a str or an int takes such an
// instance through it.
func Base(v starlark.Value) starlark.Value {
	if o, ok := v.(*Instance); ok {
		if d := o.data(); d != nil {
			return d
		}
	}
	return v
}

// BaseOf returns the builtin value of v, an instance of a user subclass
// of a builtin data type, and false for any other value. Prefer it to
// comparing Base(v) with v: a float NaN is not equal to itself.
func BaseOf(v starlark.Value) (starlark.Value, bool) {
	if o, ok := v.(*Instance); ok {
		if d := o.data(); d != nil {
			return d, true
		}
	}
	return nil, false
}

// IsData reports whether v is an instance of a user subclass of a
// builtin data type.
func IsData(v starlark.Value) bool {
	o, ok := v.(*Instance)
	return ok && o.data() != nil
}

// Overrides reports whether a user class of the instance's MRO defines
// the special method name, for Go code that does to a data subclass's
// value what the base type does unless the class says otherwise.
func (o *Instance) Overrides(name string) bool { return userMethod(o.Class, name) }

// answeredByValue reports whether the instance protocols answer the
// special method name of a data subclass that doesn't define it from
// the instance's value (dataBinary, dataCompare, dataHash, the value's
// truth and unary operators) rather than from the base type's entry in
// its dict, which only super() and explicit calls reach (int.__add__).
func answeredByValue(name string) bool {
	if len(name) < 5 || name[:2] != "__" {
		return false
	}
	switch name {
	case "__hash__", "__bool__", "__neg__", "__pos__", "__invert__", "__abs__",
		"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__":
		return true
	}
	op := strings.TrimSuffix(name[2:], "__")
	for _, n := range binaryNames {
		if op == n || op == "r"+n || op == "i"+n {
			return true
		}
	}
	return op == "pow" || op == "rpow" || op == "ipow"
}

// dataAttr is an attribute of a builtin value that its type's dict does
// not list (a method of the VM's own), or nil.
func dataAttr(v starlark.Value, name string) (starlark.Value, error) {
	if h, ok := v.(starlark.HasAttrs); ok {
		if x, err := h.Attr(name); x != nil && err == nil {
			return x, nil
		}
	}
	if ValueAttr != nil {
		if x, ok := ValueAttr(v, name); ok {
			return x, nil
		}
	}
	return nil, nil
}

// ValueAttr answers the attributes of the VM's values that Python has
// and Starlark lacks (an int's real and numerator), for instances of
// their subclasses; package builtins sets it.
var ValueAttr func(v starlark.Value, name string) (starlark.Value, bool)

// dataCompare compares the instance's value d with y's (or y's with
// it, when swapped). An ordering that the two values don't support is
// reported with the instance's type, as CPython names it.
func (o *Instance) dataCompare(d starlark.Value, op syntax.Token, y starlark.Value, depth int, swapped bool) (bool, error) {
	x, yv := d, Base(y)
	var self starlark.Value = o
	if swapped {
		x, yv, self, y = yv, x, y, self
	}
	if CompareValues == nil {
		return starlark.CompareDepth(op, x, yv, depth)
	}
	r, err := CompareValues(op, x, yv)
	if e, ok := AsException(err); ok && e.Class == TypeError && e.Message() == notSupported(op, x, yv) {
		return false, Raise(TypeError, notSupported(op, self, y))
	}
	return r, err
}

// notSupported is CPython's message for an ordering of x and y that
// neither supports.
func notSupported(op syntax.Token, x, y starlark.Value) string {
	return "'" + op.String() + "' not supported between instances of '" + QualifiedName(x) + "' and '" + QualifiedName(y) + "'"
}

// CompareValues is Python's x op y for the six comparison operators,
// asking values of different types (builtins.CompareOp, which sets it):
// the value of an int subclass's instance compares with a Decimal.
var CompareValues func(op syntax.Token, x, y starlark.Value) (bool, error)

// PercentFormat is Python's format % args for a str or bytes format
// (builtins.PercentOp, which sets it): a str subclass's % formats.
var PercentFormat func(thread *starlark.Thread, format, args starlark.Value) (starlark.Value, error)

// dataHash hashes the instance's value; a mutable base is unhashable.
func (o *Instance) dataHash(d starlark.Value) (uint32, error) {
	h, err := d.Hash()
	if err != nil {
		return 0, Raisef(TypeError, "unhashable type: '%s'", TypeName(o))
	}
	return h, nil
}

// dataBinary is the base type's o op y (or y op o on the right side).
// An operation the base type does not support either is left
// unsupported (nil, nil), so that the message names the subclass, as
// CPython's does ('int' and 'S', not 'int' and 'str'); but a sequence
// words its refusal of + and * itself (see seqBinary).
func dataBinary(o *Instance, d starlark.Value, op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	switch d.(type) {
	case starlark.String, starlark.Bytes:
		if op == syntax.PERCENT && side == starlark.Left && PercentFormat != nil {
			return PercentFormat(o.thread(), d, y) // the str's printf-style formatting, not Starlark's
		}
	}
	x, z := d, Base(y)
	if side == starlark.Right {
		x, z = z, d
	}
	r, err := starlark.Binary(op, x, z)
	if err != nil && UnsupportedOp(op, err) {
		return nil, seqBinary(o, d, op, y, side)
	}
	return r, err
}

// plainData returns the value of an instance of a data subclass that
// prints as that value (a list, dict, tuple, str or number whose class
// defines no __repr__), or nil.
func plainData(v starlark.Value) starlark.Value {
	o, ok := v.(*Instance)
	if !ok {
		return nil
	}
	switch d := o.data(); d.(type) {
	case *starlark.List, *starlark.Dict, starlark.Tuple, starlark.String, starlark.Int, starlark.Float, starlark.Bytes:
		if !userMethod(o.Class, "__repr__") {
			return d
		}
	}
	return nil
}

// layoutConflict is CPython's error for bases that derive from two
// different builtin data types (class X(list, dict)), whose values one
// instance cannot hold both.
func layoutConflict(bases []*Class) error {
	var solid *Class
	for _, b := range bases {
		m := dataBase(b)
		switch {
		case m == nil:
		case solid == nil || m.IsSubclass(solid):
			solid = m
		case !solid.IsSubclass(m):
			return Raise(TypeError, "multiple bases have instance lay-out conflict")
		}
	}
	return nil
}

// dataBase is the first builtin data type of c's MRO, or nil.
func dataBase(c *Class) *Class {
	for _, m := range c.MRO {
		if isData(m) {
			return m
		}
	}
	return nil
}
