package collections

// This file defines what a named tuple shares with tuples: comparisons
// with tuples and with named tuples of other classes, item by item, and
// the methods count and index.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

var _ py.CrossComparable = (*NamedTuple)(nil)

// Values returns the items of t; they are not to be modified.
func (t *NamedTuple) Values() starlark.Tuple { return t.vals }

// CompareOther compares t with a tuple, or a named tuple of another
// class, as tuples.
func (t *NamedTuple) CompareOther(op syntax.Token, y starlark.Value, depth int, swapped bool) (bool, bool, error) {
	var other starlark.Tuple
	switch y := y.(type) {
	case starlark.Tuple:
		other = y
	case interface{ Values() starlark.Tuple }:
		other = y.Values()
	default:
		return false, false, nil
	}
	x := t.vals
	if swapped {
		x, other = other, x
	}
	r, err := starlark.CompareDepth(op, x, other, depth)
	return r, true, err
}

// tupleMethod is t.count or t.index, as a tuple's.
func (t *NamedTuple) tupleMethod(name string) starlark.Value {
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return builtins.CallMethod(thread, t.vals, name, args, kwargs)
	}).BindReceiver(t)
}
