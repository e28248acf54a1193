package py

// This file defines comparisons of instances with values of other types
// (an IntEnum member with an int, an instance whose __eq__ compares with
// a number), which only a go.starlark.net carrying spindle's VM patch
// 0003 asks for (examples/bench/vmpatch): upstream's compares values of
// different types unequal without asking them.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// CrossComparable has the method set of the optional interface of the
// same name that vmpatch 0003 adds to go.starlark.net: Compare calls
// CompareOther on an operand when the two operands' types differ. It is
// declared here so that spindle builds against an unpatched
// go.starlark.net too, where nothing calls it.
//
// An implementation must leave a comparison with None as the left
// operand (swapped, y == None) unhandled: None == x and None != x are
// the lowering of x is None and x is not None (interp/lower/ops.go), an
// identity test that calls nothing. A script's own None == x is
// lowered to x == None, which CompareOther sees unswapped.
type CrossComparable interface {
	starlark.Value
	// CompareOther reports "receiver op y", or "y op receiver" when
	// swapped, and whether the receiver's type defines the comparison.
	CompareOther(op syntax.Token, y starlark.Value, depth int, swapped bool) (result, handled bool, err error)
}

var _ CrossComparable = (*Instance)(nil)

// CompareOther calls the class's rich comparison method for a comparison
// with a value of another type, as CPython does once the other type's
// own method has returned NotImplemented: __lt__ for "o < y", the
// reflected __gt__ for "y < o". != without __ne__ negates __eq__; with
// neither, or when the method returns NotImplemented, the comparison is not handled (== and != then fall back to
// identity). None on the left is never handled: see CrossComparable.
func (o *Instance) CompareOther(op syntax.Token, y starlark.Value, depth int, swapped bool) (bool, bool, error) {
	if swapped && y == starlark.None {
		return false, false, nil // x is None, lowered (see CrossComparable)
	}
	name := compareNames[op.String()]
	if swapped {
		name = reflected[name]
	}
	if r, ok, err := o.richCompare(o, name, y); ok || err != nil {
		return r, true, err
	}
	if name == "__ne__" {
		if r, ok, err := o.richCompare(o, "__eq__", y); ok || err != nil {
			return !r, true, err
		}
	}
	if d := o.data(); d != nil {
		r, err := o.dataCompare(d, op, y, depth, swapped)
		return r, true, err
	}
	return false, false, nil
}

// CompareForeign is x op y for a value x whose comparison the VM handed
// a y of another Go type because their types have one name (a class
// named Counter against a collections.Counter): == is False, != True,
// and an ordering is CPython's TypeError.
func CompareForeign(op syntax.Token, x, y starlark.Value) (bool, error) {
	switch op {
	case syntax.EQL:
		return false, nil
	case syntax.NEQ:
		return true, nil
	}
	return false, Raisef(TypeError, "'%s' not supported between instances of '%s' and '%s'", op, QualifiedName(x), QualifiedName(y))
}
