package decimal

// This file lets a Decimal compare with an int, bool or float by value,
// when go.starlark.net carries spindle's VM patch 0003
// (examples/bench/vmpatch), which asks a py.CrossComparable operand
// about comparisons of different types.

import (
	"math/big"

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

// ExactRat returns a finite d as a fraction, for Fraction's comparisons
// with it; false for the special values and exponents too large to
// spell out.
func (d *Decimal) ExactRat() (*big.Rat, bool) {
	const maxExp = 4000
	if d.form != finite || d.exp > maxExp || d.exp < -maxExp {
		return nil, false
	}
	r := new(big.Rat).SetInt(d.coef)
	if d.neg {
		r.Neg(r)
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(d.exp))), nil)
	if d.exp >= 0 {
		return r.Mul(r, new(big.Rat).SetInt(p)), true
	}
	return r.Quo(r, new(big.Rat).SetInt(p)), true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
