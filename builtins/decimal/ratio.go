package decimal

// This file defines Ratio, the exact value of a Decimal as a fraction,
// for fractions.Fraction.

import (
	"math/big"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Ratio returns d's exact value, as Decimal.as_integer_ratio does, with
// its errors for infinities and NaNs; a power of ten too large for
// memory is a MemoryError.
func (d *Decimal) Ratio(thread *starlark.Thread) (*big.Rat, error) {
	switch d.form {
	case infinite:
		return nil, py.Raise(py.OverflowError, "cannot convert Infinity to integer ratio")
	case qnan, snan:
		return nil, py.Raise(py.ValueError, "cannot convert NaN to integer ratio")
	}
	n := new(big.Int).Set(d.coef)
	if d.neg {
		n.Neg(n)
	}
	e := d.exp
	if e < 0 {
		e = -e
	}
	if err := core.CheckAllocN(thread, e/2+1, 1); err != nil {
		return nil, err
	}
	if d.exp >= 0 {
		return new(big.Rat).SetInt(n.Mul(n, pow10(d.exp))), nil
	}
	return new(big.Rat).SetFrac(n, pow10(-d.exp)), nil
}
