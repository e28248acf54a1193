package fractions

// This file defines Fraction's operators: + - * / // % with ints,
// Fractions and floats, unary - and +, **, comparisons and the hash.

import (
	"math"
	"math/big"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

var (
	_ starlark.HasBinary  = (*Fraction)(nil)
	_ starlark.HasUnary   = (*Fraction)(nil)
	_ starlark.Comparable = (*Fraction)(nil)
	_ py.CrossComparable  = (*Fraction)(nil)
	_ builtins.PyHasher   = (*Fraction)(nil)
	_ starlark.HasAttrs   = (*Fraction)(nil)
	_ starlark.Value      = (*Fraction)(nil)
)

// toFloat is float(f), correctly rounded.
func toFloat(r *big.Rat) (float64, error) {
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return 0, py.Raise(py.OverflowError, "integer division result too large for a float")
	}
	return f, nil
}

// Binary implements the arithmetic operators: a Fraction with an int or
// Fraction, a float with a float or complex.
func (f *Fraction) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	if r, ok := rational(y); ok {
		if side == starlark.Left {
			return ratOp(op, f.r, r)
		}
		return ratOp(op, r, f.r)
	}
	switch op {
	case syntax.PLUS, syntax.MINUS, syntax.STAR, syntax.SLASH, syntax.SLASHSLASH, syntax.PERCENT:
	default:
		return nil, nil // Fraction has no other operator with a float
	}
	switch y.(type) {
	case starlark.Float, builtins.Complex:
		x, err := toFloat(f.r)
		if err != nil {
			return nil, err
		}
		if _, ok := y.(builtins.Complex); ok { // complex(f) op y, as CPython's
			return floatBinary(op, builtins.Complex(complex(x, 0)), y, side)
		}
		return floatBinary(op, starlark.Float(x), y, side)
	}
	return nil, nil
}

// floatBinary is x op y (y op x on the right side) for the float x of a
// Fraction and a float y, or both complex, as CPython computes it; an
// operator a float refuses is left unsupported (nil, nil), so that
// the message names the Fraction, but a complex's names complex twice.
func floatBinary(op syntax.Token, x, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	if side == starlark.Right {
		x, y = y, x
	}
	if err := builtins.ZeroDivision(op.String(), x, y); err != nil {
		return nil, err
	}
	z, err := starlark.Binary(op, x, y)
	if _, isComplex := x.(builtins.Complex); err != nil && !isComplex && py.UnsupportedOp(op, err) {
		return nil, nil
	}
	return z, err
}

// ratOp is x op y for rationals.
func ratOp(op syntax.Token, x, y *big.Rat) (starlark.Value, error) {
	switch op {
	case syntax.PLUS:
		return newRat(new(big.Rat).Add(x, y)), nil
	case syntax.MINUS:
		return newRat(new(big.Rat).Sub(x, y)), nil
	case syntax.STAR:
		return newRat(new(big.Rat).Mul(x, y)), nil
	case syntax.SLASH:
		return quo(x, y)
	case syntax.SLASHSLASH:
		if y.Sign() == 0 {
			return nil, py.Raise(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		return starlark.MakeBigInt(floorDiv(x, y)), nil
	case syntax.PERCENT:
		if y.Sign() == 0 {
			return nil, py.Raise(py.ZeroDivisionError, "integer modulo by zero")
		}
		return newRat(mod(x, y)), nil
	}
	return nil, nil
}

// floorDiv is x // y, an int.
func floorDiv(x, y *big.Rat) *big.Int {
	n := new(big.Int).Mul(x.Num(), y.Denom())
	d := new(big.Int).Mul(x.Denom(), y.Num())
	if d.Sign() < 0 {
		n.Neg(n)
		d.Neg(d)
	}
	q, _ := new(big.Int).DivMod(n, d, new(big.Int)) // Euclidean, a floor for d > 0
	return q
}

// mod is x % y, with the sign of y.
func mod(x, y *big.Rat) *big.Rat {
	q := new(big.Rat).SetInt(floorDiv(x, y))
	return new(big.Rat).Sub(x, q.Mul(q, y))
}

// Unary implements -f and +f.
func (f *Fraction) Unary(op syntax.Token) (starlark.Value, error) {
	switch op {
	case syntax.MINUS:
		return newRat(new(big.Rat).Neg(f.r)), nil
	case syntax.PLUS:
		return f, nil
	}
	return nil, nil
}

// pow is x ** y for a Fraction x (__pow__).
func pow(thread *starlark.Thread, x *big.Rat, y starlark.Value) (starlark.Value, error) {
	r, ok := rational(y)
	if ok && r.IsInt() {
		return intPow(thread, x, r.Num())
	}
	fx, err := toFloat(x)
	if err != nil {
		return nil, err
	}
	if ok {
		fy, err := toFloat(r)
		if err != nil {
			return nil, err
		}
		y = starlark.Float(fy)
	}
	return builtins.Power(thread, starlark.Float(fx), y)
}

// intPow is x ** n for an int n.
func intPow(thread *starlark.Thread, x *big.Rat, n *big.Int) (starlark.Value, error) {
	num, den := starlark.MakeBigInt(x.Num()), starlark.MakeBigInt(x.Denom())
	if n.Sign() < 0 {
		num, den = den, num
		n = new(big.Int).Neg(n)
	}
	e := starlark.MakeBigInt(n)
	p, err := builtins.PowIn(thread, num, e)
	if err != nil {
		return nil, err
	}
	q, err := builtins.PowIn(thread, den, e)
	if err != nil {
		return nil, err
	}
	pn, qn := p.(starlark.Int).BigInt(), q.(starlark.Int).BigInt()
	if qn.Sign() == 0 {
		return nil, py.Raisef(py.ZeroDivisionError, "Fraction(%s, 0)", pn)
	}
	return newRat(new(big.Rat).SetFrac(pn, qn)), nil
}

// rpow is x ** f for an x of another type (__rpow__).
func rpow(thread *starlark.Thread, x starlark.Value, f *big.Rat) (starlark.Value, error) {
	if f.IsInt() && f.Sign() >= 0 {
		return builtins.Power(thread, x, starlark.MakeBigInt(f.Num()))
	}
	if r, ok := rational(x); ok {
		return pow(thread, r, newRat(f))
	}
	if f.IsInt() {
		return builtins.Power(thread, x, starlark.MakeBigInt(f.Num()))
	}
	fy, err := toFloat(f)
	if err != nil {
		return nil, err
	}
	return builtins.Power(thread, x, starlark.Float(fy))
}

// CompareSameType compares two Fractions.
func (f *Fraction) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	o, ok := y.(*Fraction)
	if !ok {
		return py.CompareForeign(op, f, y)
	}
	return threeway(op, f.r.Cmp(o.r)), nil
}

// exactRat is a number of another type that is exactly a fraction (a
// finite Decimal), which a Fraction compares with by value as CPython
// does.
type exactRat interface {
	ExactRat() (*big.Rat, bool)
}

// CompareOther compares f with an int, bool or float by value, when the
// VM asks (see the package doc).
func (f *Fraction) CompareOther(op syntax.Token, y starlark.Value, depth int, swapped bool) (bool, bool, error) {
	var c int
	if r, ok := rational(y); ok {
		c = f.r.Cmp(r)
	} else if e, ok := y.(exactRat); ok {
		r, ok := e.ExactRat()
		if !ok {
			return false, false, nil
		}
		c = f.r.Cmp(r)
	} else if g, ok := y.(starlark.Float); ok {
		x := float64(g)
		switch {
		case math.IsNaN(x):
			return op == syntax.NEQ, true, nil
		case math.IsInf(x, 0):
			c = -int(math.Copysign(1, x))
		default:
			c = f.r.Cmp(new(big.Rat).SetFloat64(x))
		}
	} else {
		return false, false, nil
	}
	if swapped {
		c = -c
	}
	return threeway(op, c), true, nil
}

// threeway turns a comparison result into op's answer.
func threeway(op syntax.Token, c int) bool {
	switch op {
	case syntax.EQL:
		return c == 0
	case syntax.NEQ:
		return c != 0
	case syntax.LT:
		return c < 0
	case syntax.LE:
		return c <= 0
	case syntax.GT:
		return c > 0
	}
	return c >= 0
}

// hashModulus and hashInf are CPython's _PyHASH_MODULUS and _PyHASH_INF.
var (
	hashModulus = big.NewInt(1<<61 - 1)
	hashExp     = big.NewInt(1<<61 - 3)
)

const hashInf = 314159

// PyHash is CPython's Fraction.__hash__, equal to the hash of an equal
// int or float.
func (f *Fraction) PyHash() (int64, error) {
	dinv := new(big.Int).Exp(f.r.Denom(), hashExp, hashModulus)
	var h int64
	if dinv.Sign() == 0 {
		h = hashInf
	} else {
		n := new(big.Int).Abs(f.r.Num())
		n.Mod(n, hashModulus).Mul(n, dinv).Mod(n, hashModulus)
		h = n.Int64()
	}
	if f.r.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h, nil
}

// Hash implements starlark.Value.
func (f *Fraction) Hash() (uint32, error) {
	h, _ := f.PyHash()
	return uint32(h) ^ uint32(h>>32), nil
}

// PyFloat is float(f), for the math module.
func (f *Fraction) PyFloat() (float64, error) { return toFloat(f.r) }

// Ratio returns f's value, for the modules that compute with exact
// fractions (statistics); it is never to be modified.
func (f *Fraction) Ratio(*starlark.Thread) (*big.Rat, error) { return f.r, nil }

// KeyNumber returns the int or float f equals, as a dict key stands for
// it (see builtins.KeyNumber): Fraction(2) finds d[2], Fraction(5, 2)
// d[2.5].
func (f *Fraction) KeyNumber() (starlark.Value, bool) { return builtins.RatioKey(f.r) }
