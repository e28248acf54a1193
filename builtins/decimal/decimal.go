// Package decimal is spindle's decimal module: Decimal numbers (a
// big.Int coefficient and a decimal exponent) with CPython's strings,
// arithmetic (+ - * / // % divmod and ** with integer exponents), sqrt,
// exp, ln and log10 (correctly rounded), quantize and the eight rounding
// modes, compare, max, min, to_eng_string, from_float and CPython's
// hash; Context with prec, rounding and the trapped signals; and
// getcontext, setcontext and localcontext, thread-local as in CPython (a
// new thread starts from a copy of DefaultContext), whose flags and
// traps are live SignalDicts. Non-integer powers, pow with a modulus,
// most of the Context methods (create_decimal, divide...), scaleb, fma,
// number_class and subnormal results are not provided.
package decimal

import (
	"math/big"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// form tells finite numbers from the special values.
type form uint8

const (
	finite form = iota
	infinite
	qnan
	snan
)

// Decimal is an immutable decimal.Decimal, safe to share.
type Decimal struct {
	neg  bool
	coef *big.Int // non-negative; the NaN payload for NaNs
	exp  int
	form form
	rt   *core.Runtime // whose threads' contexts operators use; nil for constants
}

// in returns d with its runtime set to rt.
func (d *Decimal) in(rt *core.Runtime) *Decimal {
	if d.rt == rt {
		return d
	}
	n := *d
	n.rt = rt
	return &n
}

var (
	bigTen = big.NewInt(10)
	bigOne = big.NewInt(1)
)

func newDec(neg bool, coef *big.Int, exp int) *Decimal {
	return &Decimal{neg: neg, coef: coef, exp: exp}
}

// pow10 returns 10**n.
func pow10(n int) *big.Int {
	return new(big.Int).Exp(bigTen, big.NewInt(int64(n)), nil)
}

// digits returns the number of decimal digits of the coefficient (1 for 0).
func (d *Decimal) digits() int {
	if d.coef.Sign() == 0 {
		return 1
	}
	return len(d.coef.String())
}

// adjusted is the exponent of the most significant digit.
func (d *Decimal) adjusted() int { return d.exp + d.digits() - 1 }

func (d *Decimal) isZero() bool { return d.form == finite && d.coef.Sign() == 0 }
func (d *Decimal) isNaN() bool  { return d.form == qnan || d.form == snan }

// String is repr(d): Decimal('1.10').
func (d *Decimal) String() string { return "Decimal('" + d.str(true) + "')" }

// PyStr is str(d).
func (d *Decimal) PyStr() string { return d.str(true) }

func (d *Decimal) Type() string         { return "decimal.Decimal" }
func (d *Decimal) Freeze()              {}
func (d *Decimal) Truth() starlark.Bool { return starlark.Bool(!d.isZero()) }
func (d *Decimal) PyClass() *py.Class   { return DecimalClass }

// str is the to-scientific-string conversion of the specification.
func (d *Decimal) str(capitals bool) string { return d.format(capitals, false) }

// format is the to-scientific-string conversion, or with eng the
// to-engineering-string one (exponents multiples of three).
func (d *Decimal) format(capitals, eng bool) string {
	sign := ""
	if d.neg {
		sign = "-"
	}
	switch d.form {
	case infinite:
		return sign + "Infinity"
	case qnan, snan:
		s := sign + "NaN"
		if d.form == snan {
			s = sign + "sNaN"
		}
		if d.coef.Sign() != 0 {
			s += d.coef.String()
		}
		return s
	}
	digits := d.coef.String()
	left := d.exp + len(digits)
	dot := 1
	switch {
	case d.exp <= 0 && left > -6:
		dot = left
	case eng && d.coef.Sign() == 0:
		dot = floorMod(left+1, 3) - 1
	case eng:
		dot = floorMod(left-1, 3) + 1
	}
	var intPart, frac string
	switch {
	case dot <= 0:
		intPart, frac = "0", "."+strings.Repeat("0", -dot)+digits
	case dot >= len(digits):
		intPart = digits + strings.Repeat("0", dot-len(digits))
	default:
		intPart, frac = digits[:dot], "."+digits[dot:]
	}
	exp := ""
	if left != dot {
		e := "E"
		if !capitals {
			e = "e"
		}
		n := left - dot
		if n >= 0 {
			exp = e + "+" + itoa(n)
		} else {
			exp = e + itoa(n)
		}
	}
	return sign + intPart + frac + exp
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

func floorMod(a, b int) int { return ((a % b) + b) % b }

// Hash makes equal numbers hash alike: the normalized value's digits.
func (d *Decimal) Hash() (uint32, error) {
	if d.form == snan {
		return 0, py.Raise(py.TypeError, "Cannot hash a signaling NaN value.")
	}
	if d.form != finite {
		return starlark.String(d.str(true)).Hash()
	}
	if d.coef.Sign() == 0 {
		return 0, nil
	}
	c, e := new(big.Int).Set(d.coef), d.exp
	r := new(big.Int)
	for {
		q, m := new(big.Int).QuoRem(c, bigTen, r)
		if m.Sign() != 0 {
			break
		}
		c, e = q, e+1
	}
	s := c.String() + "e" + itoa(e)
	if d.neg {
		s = "-" + s
	}
	return starlark.String(s).Hash()
}
