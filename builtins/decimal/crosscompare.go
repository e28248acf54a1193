package decimal

// This file lets a Decimal compare with an int, bool or float by value,
// when go.starlark.net carries spindle's VM patch 0003
// (examples/bench/vmpatch), which asks a py.CrossComparable operand
// about comparisons of different types.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

var _ py.CrossComparable = (*Decimal)(nil)

// CompareOther compares d with y exactly, as CPython's Decimal compares
// with int and float; other types are not handled.
func (d *Decimal) CompareOther(op syntax.Token, y starlark.Value, depth int, swapped bool) (bool, bool, error) {
	o, ok := exact(y)
	if !ok {
		return false, false, nil
	}
	x := d
	if swapped {
		x, o = o, d
	}
	r, err := x.CompareSameType(op, o, depth)
	return r, true, err
}
