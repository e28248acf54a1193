package decimal

// This file defines exp, ln and log10, correctly rounded (half even, as
// in CPython) to the context's precision: each is computed in binary
// floating point with guard digits, twice with more guard digits the
// second time, until both round to the same result (Ziv's strategy);
// the exact cases (exp(0), ln(1), log10 of a power of ten) are exact.

import (
	"math"
	"math/big"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	decMethods["exp"] = transcendental("exp", (*Context).exp)
	decMethods["ln"] = transcendental("ln", (*Context).ln)
	decMethods["log10"] = transcendental("log10", (*Context).log10)
}

// transcendental makes a method of one of the functions.
func transcendental(name string, fn func(c *Context, d *Decimal) (*Decimal, error)) decMethod {
	return func(_ *starlark.Thread, d *Decimal, c *Context, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var ctx starlark.Value = starlark.None
		if err := starlark.UnpackArgs(name, args, kwargs, "context?", &ctx); err != nil {
			return nil, py.ToException(err)
		}
		if given, ok := ctx.(*Context); ok {
			c = given
		}
		if r, err, ok := c.nanOperand(d, nil); ok {
			return r, err
		}
		return fn(c, d)
	}
}

func (c *Context) exp(d *Decimal) (*Decimal, error) {
	switch {
	case d.form == infinite && d.neg:
		return newDec(false, new(big.Int), 0), nil
	case d.form == infinite:
		return d, nil
	case d.isZero():
		return newDec(false, big.NewInt(1), 0), nil
	}
	if xf, _ := toFloat(d, 64).Float64(); xf > float64(c.emax+1)*math.Ln10 {
		return &Decimal{coef: new(big.Int), form: infinite}, c.signal(Overflow)
	} else if xf < float64(c.emin-c.prec)*math.Ln10 {
		return c.underflow()
	}
	return c.approximate(func(bits uint) (*big.Float, int) { return expTen(d, bits) })
}

func (c *Context) ln(d *Decimal) (*Decimal, error) {
	switch {
	case d.isZero():
		return &Decimal{neg: true, coef: new(big.Int), form: infinite}, nil
	case d.neg:
		return c.invalid(InvalidOperation)
	case d.form == infinite:
		return d, nil
	case d.coef.Cmp(pow10(-d.exp)) == 0 && d.exp <= 0: // 1, 1.000
		return newDec(false, new(big.Int), 0), nil
	}
	return c.approximate(func(bits uint) (*big.Float, int) { return lnFloat(d, bits), 0 })
}

func (c *Context) log10(d *Decimal) (*Decimal, error) {
	switch {
	case d.isZero():
		return &Decimal{neg: true, coef: new(big.Int), form: infinite}, nil
	case d.neg:
		return c.invalid(InvalidOperation)
	case d.form == infinite:
		return d, nil
	}
	if s := d.coef.String(); strings.Trim(s[1:], "0") == "" && s[0] == '1' { // a power of ten
		return c.fix(newDec(false, big.NewInt(0), 0).plusInt(d.exp + len(s) - 1))
	}
	return c.approximate(func(bits uint) (*big.Float, int) {
		return new(big.Float).SetPrec(bits).Quo(lnFloat(d, bits), ln10(bits)), 0
	})
}

// underflow returns the smallest zero, as a result too small even for
// a subnormal number, with its signals.
func (c *Context) underflow() (*Decimal, error) {
	for _, cond := range []*py.Class{Inexact, Rounded, Subnormal, Underflow, Clamped} {
		if err := c.signal(cond); err != nil {
			return nil, err
		}
	}
	return newDec(false, new(big.Int), c.emin-c.prec+1), nil
}

// plusInt returns the integer n as a Decimal (d is unused but for its
// runtime-free zero).
func (d *Decimal) plusInt(n int) *Decimal {
	v := big.NewInt(int64(n))
	return newDec(v.Sign() < 0, v.Abs(v), 0)
}

// approximate rounds what f computes (a number, times ten to the power
// of an int) with more and more bits until two successive precisions
// agree on the rounded result.
func (c *Context) approximate(f func(bits uint) (*big.Float, int)) (*Decimal, error) {
	half := *c
	half.rounding = "ROUND_HALF_EVEN"
	var last *Decimal
	for guard := 10; ; guard *= 2 {
		digits := c.prec + guard
		y, exp10 := f(uint(float64(digits)*math.Log2(10)) + 64)
		r, ok := parse(y.Text('e', digits))
		if !ok {
			return nil, py.Raise(py.ArithmeticError, "decimal: cannot round "+y.String())
		}
		r.exp += exp10
		r, _ = rescale(r, r.exp+max(0, r.digits()-c.prec), half.rounding)
		if last != nil && cmp(r, last) == 0 && r.exp == last.exp || guard > 4*c.prec+1000 {
			return half.fix(withGuard(r, last))
		}
		last = r
	}
}

// withGuard returns r with a nonzero digit appended, so that fix signals
// Inexact and Rounded as for any inexact result; last is unused but
// documents that r was confirmed.
func withGuard(r, _ *Decimal) *Decimal {
	c := new(big.Int).Mul(r.coef, bigTen)
	return newDec(r.neg, c.Add(c, bigOne), r.exp-1)
}

// toFloat converts d to a big.Float of bits precision.
func toFloat(d *Decimal, bits uint) *big.Float {
	f := new(big.Float).SetPrec(bits).SetInt(d.coef)
	p := new(big.Float).SetPrec(bits).SetInt(pow10(abs(d.exp)))
	if d.exp < 0 {
		f.Quo(f, p)
	} else {
		f.Mul(f, p)
	}
	if d.neg {
		f.Neg(f)
	}
	return f
}

func ln10(bits uint) *big.Float { return lnFloat(newDec(false, big.NewInt(10), 0), bits) }

// expTen is e**d as m * 10**q, m between 1 and 10: q is d / ln 10
// rounded down and m is e**(d - q ln 10), so that no number of the size
// of the result (up to 10**999999) is ever converted to decimal.
func expTen(d *Decimal, bits uint) (*big.Float, int) { return expTenOf(toFloat(d, bits+64), bits) }

// expTenOf is expTen of x, a big.Float of at least bits+64 bits.
func expTenOf(x *big.Float, bits uint) (*big.Float, int) {
	xf, _ := x.Float64()
	q := int(math.Floor(xf / math.Ln10))
	if q == 0 {
		return expFloat(x, bits), 0
	}
	wp := bits + 64 + uint(math.Log2(math.Abs(float64(q)))+1)
	r := new(big.Float).SetPrec(wp).Mul(ln10(wp), new(big.Float).SetInt64(int64(q)))
	r.Sub(x.SetPrec(wp), r)
	return expFloat(r, bits), q
}

// expFloat is e**x: the Taylor series of x/2**k, squared k times.
func expFloat(x *big.Float, bits uint) *big.Float {
	k := max(0, x.MantExp(nil)+12)
	wp := bits + uint(k) + 32
	r := new(big.Float).SetPrec(wp).SetMantExp(x, -k)
	sum := new(big.Float).SetPrec(wp).SetInt64(1)
	term := new(big.Float).SetPrec(wp).SetInt64(1)
	for i := int64(1); ; i++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetPrec(wp).SetInt64(i))
		if term.Sign() == 0 || term.MantExp(nil) < sum.MantExp(nil)-int(wp) {
			break
		}
		sum.Add(sum, term)
	}
	for ; k > 0; k-- {
		sum.Mul(sum, sum)
	}
	return sum.SetPrec(bits)
}

// lnFloat is ln(d) for a positive d, by Halley's iteration on exp from
// a float64 estimate, with as many more bits as the result is small
// (ln of a number near 1 cancels).
func lnFloat(d *Decimal, bits uint) *big.Float {
	x := toFloat(d, bits+64)
	mant := new(big.Float)
	e := x.MantExp(mant)
	m, _ := mant.Float64()
	est := math.Log(m) + float64(e)*math.Ln2
	extra := uint(0)
	if t := new(big.Float).Sub(x, big.NewFloat(1)); t.Sign() != 0 && t.MantExp(nil) < 0 {
		extra = uint(-t.MantExp(nil))
		est = 0 // refine from a crude start; Halley converges from there
		if f, _ := t.Float64(); f != 0 {
			est = math.Log1p(f)
		}
	}
	wp := bits + extra + 64
	x.SetPrec(wp)
	y := new(big.Float).SetPrec(wp).SetFloat64(est)
	two := new(big.Float).SetPrec(wp).SetInt64(2)
	for good := 10; good < int(wp)*2; good *= 3 {
		ey := expFloat(y, wp)
		num := new(big.Float).SetPrec(wp).Sub(x, ey)
		den := new(big.Float).SetPrec(wp).Add(x, ey)
		y.Add(y, num.Mul(num, two).Quo(num, den))
	}
	return y.SetPrec(bits + extra)
}
