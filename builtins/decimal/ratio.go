package decimal

// This file defines Ratio, the exact value of a Decimal as a fraction,
// for fractions.Fraction.

import (
	"math"
	"math/big"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
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

// maxKeyExp bounds the exponent of a Decimal that KeyNumber converts:
// past it the int or float a key may stand for is not worth the digits.
const maxKeyExp = 4300

// KeyNumber returns the int or float d equals, as a dict key stands for
// it (see builtins.KeyNumber): Decimal(2) finds d[2], Decimal("2.5")
// d[2.5], Decimal("Infinity") d[math.inf].
func (d *Decimal) KeyNumber() (starlark.Value, bool) {
	switch {
	case d.form == infinite && d.neg:
		return starlark.Float(math.Inf(-1)), true
	case d.form == infinite:
		return starlark.Float(math.Inf(1)), true
	case d.form != finite || d.exp > maxKeyExp || d.exp < -maxKeyExp:
		return nil, false
	}
	r, err := d.Ratio(nil)
	if err != nil {
		return nil, false
	}
	return builtins.RatioKey(r)
}
