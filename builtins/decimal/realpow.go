package decimal

// This file defines x ** y for a y that is no integer, as CPython's
// decimal computes it: exp(y * ln(x)), correctly rounded to the
// context's precision and always Inexact and Rounded (4 ** 0.5 is
// 2.000000000000000000000000000).

import (
	"math"
	"math/big"
)

// realPow is x ** y for a y with a fraction (or an infinite y).
func (c *Context) realPow(x, y *Decimal) (*Decimal, error) {
	if r, err, ok := c.nanOperand(x, y); ok {
		return r, err
	}
	zero := newDec(false, new(big.Int), 0)
	inf := &Decimal{coef: new(big.Int), form: infinite}
	switch {
	case x.isZero():
		if y.neg {
			return inf, nil
		}
		return zero, nil
	case x.neg:
		return c.invalid(InvalidOperation)
	case x.form == infinite:
		if y.neg {
			return zero, nil
		}
		return inf, nil
	case y.form == infinite:
		switch cmp(x, newDec(false, big.NewInt(1), 0)) {
		case 0:
		case 1:
			if y.neg {
				return zero, nil
			}
			return inf, nil
		default:
			if y.neg {
				return inf, nil
			}
			return zero, nil
		}
		return c.approximate(func(bits uint) (*big.Float, int) { return new(big.Float).SetPrec(bits).SetInt64(1), 0 })
	}
	est, _ := toFloat(y, 64).Float64()
	l, _ := lnFloat(x, 64).Float64()
	if est*l > float64(c.emax+1)*math.Ln10 {
		return inf, c.signal(Overflow)
	} else if est*l < float64(c.emin-c.prec)*math.Ln10 {
		return c.underflow()
	}
	return c.approximate(func(bits uint) (*big.Float, int) {
		p := lnFloat(x, bits+64)
		p.Mul(p, toFloat(y, p.Prec()))
		return expTenOf(p, bits)
	})
}
