package decimal

// This file defines the arithmetic: rounding to a context, the
// operations, and exact comparison.

import (
	"math/big"

	"github.com/spindle-lang/spindle/interp/py"
)

// roundUp reports whether dropping a remainder r (out of divisor) from
// quotient q rounds q away from zero, under mode.
func roundUp(mode string, neg bool, q, r, divisor *big.Int) bool {
	if r.Sign() == 0 {
		return false
	}
	half := new(big.Int).Lsh(r, 1).Cmp(divisor)
	switch mode {
	case "ROUND_DOWN":
		return false
	case "ROUND_UP":
		return true
	case "ROUND_CEILING":
		return !neg
	case "ROUND_FLOOR":
		return neg
	case "ROUND_HALF_UP":
		return half >= 0
	case "ROUND_HALF_DOWN":
		return half > 0
	case "ROUND_05UP":
		last := new(big.Int).Rem(q, bigTen).Int64()
		return last == 0 || last == 5
	}
	return half > 0 || half == 0 && q.Bit(0) == 1 // ROUND_HALF_EVEN
}

// rescale returns d with exponent exp, rounding by mode; inexact reports
// whether digits were lost.
func rescale(d *Decimal, exp int, mode string) (*Decimal, bool) {
	if exp <= d.exp {
		c := new(big.Int).Mul(d.coef, pow10(d.exp-exp))
		return newDec(d.neg, c, exp), false
	}
	div := pow10(exp - d.exp)
	q, r := new(big.Int).QuoRem(d.coef, div, new(big.Int))
	if roundUp(mode, d.neg, q, r, div) {
		q.Add(q, bigOne)
	}
	return newDec(d.neg, q, exp), r.Sign() != 0
}

// fix rounds d to the context's precision and checks its exponent.
func (c *Context) fix(d *Decimal) (*Decimal, error) {
	if d.form != finite {
		return d, nil
	}
	if n := d.digits(); n > c.prec {
		r, inexact := rescale(d, d.exp+n-c.prec, c.rounding)
		if r.digits() > c.prec { // 999 rounded up to 1000
			r, _ = rescale(r, r.exp+1, "ROUND_DOWN")
		}
		if err := c.signal(Rounded); err != nil {
			return nil, err
		}
		if inexact {
			if err := c.signal(Inexact); err != nil {
				return nil, err
			}
		}
		d = r
	}
	if !d.isZero() && d.adjusted() > c.emax {
		if err := c.signal(Overflow); err != nil {
			return nil, err
		}
		return &Decimal{neg: d.neg, coef: new(big.Int), form: infinite}, nil
	}
	return d, nil
}

// nanOperand returns the NaN result of an operation with a NaN operand.
func (c *Context) nanOperand(x, y *Decimal) (*Decimal, error, bool) {
	for _, d := range []*Decimal{x, y} {
		if d != nil && d.form == snan {
			return &Decimal{neg: d.neg, coef: d.coef, form: qnan}, c.signal(InvalidOperation), true
		}
	}
	for _, d := range []*Decimal{x, y} {
		if d != nil && d.form == qnan {
			return d, nil, true
		}
	}
	return nil, nil, false
}

// invalid returns NaN, or the InvalidOperation exception.
func (c *Context) invalid(cond *py.Class) (*Decimal, error) {
	return &Decimal{coef: new(big.Int), form: qnan}, c.signal(cond)
}

// signed returns the coefficient of d with its sign, scaled to exp.
func signed(d *Decimal, exp int) *big.Int {
	v := new(big.Int).Mul(d.coef, pow10(d.exp-exp))
	if d.neg {
		v.Neg(v)
	}
	return v
}

// add returns x + y.
func (c *Context) add(x, y *Decimal) (*Decimal, error) {
	if r, err, ok := c.nanOperand(x, y); ok {
		return r, err
	}
	if x.form == infinite || y.form == infinite {
		if x.form == infinite && y.form == infinite && x.neg != y.neg {
			return c.invalid(InvalidOperation)
		}
		if x.form == infinite {
			return x, nil
		}
		return y, nil
	}
	exp := min(x.exp, y.exp)
	sum := new(big.Int).Add(signed(x, exp), signed(y, exp))
	neg := sum.Sign() < 0
	if sum.Sign() == 0 {
		neg = x.neg && y.neg || (x.neg != y.neg && c.rounding == "ROUND_FLOOR")
	}
	return c.fix(newDec(neg, sum.Abs(sum), exp))
}

// mul returns x * y.
func (c *Context) mul(x, y *Decimal) (*Decimal, error) {
	if r, err, ok := c.nanOperand(x, y); ok {
		return r, err
	}
	neg := x.neg != y.neg
	if x.form == infinite || y.form == infinite {
		if x.isZero() || y.isZero() {
			return c.invalid(InvalidOperation)
		}
		return &Decimal{neg: neg, coef: new(big.Int), form: infinite}, nil
	}
	return c.fix(newDec(neg, new(big.Int).Mul(x.coef, y.coef), x.exp+y.exp))
}

// div returns x / y, as _pydecimal's __truediv__.
func (c *Context) div(x, y *Decimal) (*Decimal, error) {
	if r, err, ok := c.nanOperand(x, y); ok {
		return r, err
	}
	neg := x.neg != y.neg
	switch {
	case x.form == infinite && y.form == infinite:
		return c.invalid(InvalidOperation)
	case x.form == infinite:
		return &Decimal{neg: neg, coef: new(big.Int), form: infinite}, nil
	case y.form == infinite:
		return newDec(neg, new(big.Int), 0), nil
	case y.isZero():
		if x.isZero() {
			return c.invalid(divisionUndefined)
		}
		return &Decimal{neg: neg, coef: new(big.Int), form: infinite}, c.signal(DivisionByZero)
	}
	if x.isZero() {
		return c.fix(newDec(neg, new(big.Int), x.exp-y.exp))
	}
	shift := y.digits() - x.digits() + c.prec + 1
	exp := x.exp - y.exp - shift
	a, b := new(big.Int).Set(x.coef), new(big.Int).Set(y.coef)
	if shift >= 0 {
		a.Mul(a, pow10(shift))
	} else {
		b.Mul(b, pow10(-shift))
	}
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 {
		if new(big.Int).Rem(q, big.NewInt(5)).Sign() == 0 {
			q.Add(q, bigOne)
		}
	} else {
		ideal := x.exp - y.exp
		m := new(big.Int)
		for exp < ideal {
			d, mod := new(big.Int).QuoRem(q, bigTen, m)
			if mod.Sign() != 0 {
				break
			}
			q, exp = d, exp+1
		}
	}
	return c.fix(newDec(neg, q, exp))
}

// divmod returns x // y and x % y (truncating, the remainder taking
// x's sign), as _pydecimal's _divide; op names the operator for errors.
func (c *Context) divmod(x, y *Decimal, op string) (*Decimal, *Decimal, error) {
	if r, err, ok := c.nanOperand(x, y); ok {
		return r, r, err
	}
	neg := x.neg != y.neg
	if x.form == infinite || y.form == infinite || y.isZero() {
		return c.divmodSpecial(x, y, op, neg)
	}
	ideal := min(x.exp, y.exp)
	if x.isZero() || x.adjusted()-y.adjusted() <= -2 {
		r, _ := rescale(x, ideal, c.rounding)
		rem, err := c.fix(r)
		return newDec(neg, new(big.Int), 0), rem, err
	}
	if x.adjusted()-y.adjusted() <= c.prec {
		q, r := new(big.Int).QuoRem(signed(&Decimal{coef: x.coef, exp: x.exp}, ideal), signed(&Decimal{coef: y.coef, exp: y.exp}, ideal), new(big.Int))
		if q.Cmp(pow10(c.prec)) < 0 {
			rem, err := c.fix(newDec(x.neg, r, ideal))
			return newDec(neg, q, 0), rem, err
		}
	}
	d, err := c.invalid(divisionImpossible)
	return d, d, err
}

// divmodSpecial handles infinite operands and a zero divisor.
func (c *Context) divmodSpecial(x, y *Decimal, op string, neg bool) (*Decimal, *Decimal, error) {
	switch {
	case x.form == infinite && y.form == infinite:
		d, err := c.invalid(InvalidOperation)
		return d, d, err
	case x.form == infinite:
		if op == "%" {
			d, err := c.invalid(InvalidOperation)
			return d, d, err
		}
		return &Decimal{neg: neg, coef: new(big.Int), form: infinite}, nil, nil
	case y.form == infinite:
		return newDec(neg, new(big.Int), 0), x, nil
	}
	if x.isZero() {
		d, err := c.invalid(divisionUndefined)
		return d, d, err
	}
	if op == "%" {
		d, err := c.invalid(InvalidOperation)
		return d, d, err
	}
	return &Decimal{neg: neg, coef: new(big.Int), form: infinite}, nil, c.signal(DivisionByZero)
}

// pow returns x ** n for an integer n: exact, then rounded once (for a
// negative n, one correctly rounded division of 1 by the exact power);
// past 100000 in magnitude, as realPow computes it.
func (c *Context) pow(x *Decimal, n *big.Int) (*Decimal, error) {
	if r, err, ok := c.nanOperand(x, nil); ok {
		return r, err
	}
	if !n.IsInt64() || n.Int64() > 100000 || n.Int64() < -100000 { // too big to compute exactly
		return c.realPow(x, newDec(n.Sign() < 0, new(big.Int).Abs(n), 0))
	}
	k := n.Int64()
	if k == 0 {
		if x.isZero() {
			return c.invalid(InvalidOperation)
		}
		return newDec(false, big.NewInt(1), 0), nil
	}
	neg := x.neg && k%2 != 0
	abs := k
	if abs < 0 {
		abs = -abs
	}
	if x.isZero() && k < 0 { // 0 ** -n is an infinity, signalling nothing
		return &Decimal{neg: neg, coef: new(big.Int), form: infinite}, nil
	}
	if x.form == infinite {
		if k < 0 {
			return newDec(neg, new(big.Int), 0), nil
		}
		return &Decimal{neg: neg, coef: new(big.Int), form: infinite}, nil
	}
	p := newDec(neg, new(big.Int).Exp(x.coef, big.NewInt(abs), nil), x.exp*int(abs))
	if k > 0 {
		return c.fix(p)
	}
	return c.div(newDec(false, big.NewInt(1), 0), p)
}

// cmp compares two non-NaN decimals: -1, 0 or 1.
func cmp(x, y *Decimal) int {
	sign := func(d *Decimal) int {
		switch {
		case d.isZero():
			return 0
		case d.neg:
			return -1
		}
		return 1
	}
	if x.form == infinite || y.form == infinite {
		xv, yv := infValue(x), infValue(y)
		if xv != yv {
			if xv < yv {
				return -1
			}
			return 1
		}
		return 0
	}
	if sx, sy := sign(x), sign(y); sx != sy {
		if sx < sy {
			return -1
		}
		return 1
	}
	exp := min(x.exp, y.exp)
	return signed(x, exp).Cmp(signed(y, exp))
}

// infValue orders infinities around the finite numbers.
func infValue(d *Decimal) int {
	if d.form != infinite {
		return 0
	}
	if d.neg {
		return -1
	}
	return 1
}

// sqrt returns the square root of x, correctly rounded (half even), as
// _pydecimal's sqrt.
func (c *Context) sqrt(x *Decimal) (*Decimal, error) {
	if r, err, ok := c.nanOperand(x, nil); ok {
		return r, err
	}
	if x.isZero() {
		return newDec(x.neg, new(big.Int), x.exp>>1), nil
	}
	if x.neg {
		return c.invalid(InvalidOperation)
	}
	if x.form == infinite {
		return x, nil
	}
	prec := c.prec + 1
	e := x.exp >> 1
	n := new(big.Int).Set(x.coef)
	l := (x.digits() + 1) >> 1
	if x.exp&1 != 0 {
		n.Mul(n, bigTen)
		l = x.digits()>>1 + 1
	}
	shift := prec - l
	exact := true
	hundred := big.NewInt(100)
	if shift >= 0 {
		n.Mul(n, new(big.Int).Exp(hundred, big.NewInt(int64(shift)), nil))
	} else {
		var r big.Int
		n.QuoRem(n, new(big.Int).Exp(hundred, big.NewInt(int64(-shift)), nil), &r)
		exact = r.Sign() == 0
	}
	e -= shift
	root := new(big.Int).Sqrt(n)
	exact = exact && new(big.Int).Mul(root, root).Cmp(n) == 0
	if exact {
		if shift >= 0 {
			root.Quo(root, pow10(shift))
		} else {
			root.Mul(root, pow10(-shift))
		}
		e += shift
	} else if new(big.Int).Rem(root, big.NewInt(5)).Sign() == 0 {
		root.Add(root, bigOne)
	}
	half := *c
	half.rounding = "ROUND_HALF_EVEN"
	return half.fix(newDec(false, root, e))
}
