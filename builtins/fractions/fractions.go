// Package fractions is spindle's fractions module: Fraction, an exact
// rational number, made from ints, strings, floats, Decimals and other
// Fractions, with CPython's arithmetic (with ints it stays a Fraction,
// with floats it becomes a float), comparisons, hash (equal to the hash
// of an equal int or float), str and repr, and limit_denominator.
// Comparisons of a Fraction with an int or float need a go.starlark.net
// carrying spindle's VM patch 0003 (py.CrossComparable): upstream's VM
// compares values of different Go types as unequal without asking
// either.
package fractions

import (
	"math"
	"math/big"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/decimal"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the fractions module. Members:
//
//	Fraction(numerator=0, denominator=None)
var Module = &core.Module{Name: "fractions", Members: starlark.StringDict{
	"Fraction": FractionClass,
}}

// FractionClass is fractions.Fraction.
var FractionClass = func() *py.Class {
	c := py.NewClass("Fraction", "fractions")
	c.Ext = &py.NativeClass{New: newFraction}
	builtins.MakeSubclassable(c, "__str__")
	c.Dict["__repr__"] = starlark.NewBuiltin("__repr__", fractionRepr)
	c.Dict["from_float"] = starlark.NewBuiltin("from_float", fromFloat)
	c.Dict["from_decimal"] = starlark.NewBuiltin("from_decimal", fromDecimal)
	return c
}()

// fractionRepr is Fraction.__repr__: Fraction(1, 3), named after the
// class of self (F(1, 3) for a subclass F).
func fractionRepr(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var self starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &self); err != nil {
		return nil, py.ToException(err)
	}
	f, ok := py.Base(self).(*Fraction)
	if !ok {
		return nil, py.Raisef(py.TypeError, "descriptor '__repr__' requires a 'Fraction' object but received a '%s'", py.TypeName(self))
	}
	return starlark.String(py.TypeName(self) + "(" + f.r.Num().String() + ", " + f.r.Denom().String() + ")"), nil
}

// Fraction is an immutable fractions.Fraction, safe to share.
type Fraction struct {
	r *big.Rat // never modified
}

func newRat(r *big.Rat) *Fraction { return &Fraction{r: r} }

// newFraction implements Fraction(numerator=0, denominator=None).
// https://docs.python.org/3/library/fractions.html#fractions.Fraction
func newFraction(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var num starlark.Value = starlark.MakeInt(0)
	var den starlark.Value = starlark.None
	if len(args) > 2 {
		return nil, py.Raisef(py.TypeError, "Fraction.__new__() takes from 1 to 3 positional arguments but %d were given", len(args)+1)
	}
	if err := starlark.UnpackArgs("Fraction", args, kwargs, "numerator?", &num, "denominator?", &den); err != nil {
		return nil, err
	}
	if den == starlark.None {
		r, err := fromOne(thread, num)
		if err != nil {
			return nil, err
		}
		return newRat(r), nil
	}
	n, ok1 := rational(num)
	d, ok2 := rational(den)
	if !ok1 || !ok2 {
		return nil, py.Raise(py.TypeError, "both arguments should be Rational instances")
	}
	if d.Sign() == 0 {
		return nil, divByZero(new(big.Int).Mul(n.Num(), d.Denom()))
	}
	return newRat(new(big.Rat).Quo(n, d)), nil
}

// divByZero is the ZeroDivisionError of a Fraction with numerator n and
// denominator 0.
func divByZero(n *big.Int) error {
	return py.Raisef(py.ZeroDivisionError, "Fraction(%s, 0)", n)
}

// quo is x / y: for a zero y, the error names the numerator of
// CPython's _div, x's numerator over its gcd with y's, times y's
// denominator.
func quo(x, y *big.Rat) (*Fraction, error) {
	if y.Sign() == 0 {
		n := new(big.Int).Quo(x.Num(), gcd(x.Num(), y.Num()))
		return nil, divByZero(n.Mul(n, y.Denom()))
	}
	return newRat(new(big.Rat).Quo(x, y)), nil
}

func gcd(a, b *big.Int) *big.Int {
	g := new(big.Int).GCD(nil, nil, new(big.Int).Abs(a), new(big.Int).Abs(b))
	if g.Sign() == 0 {
		return big.NewInt(1)
	}
	return g
}

// rational returns v as a big.Rat if it is an int, bool or Fraction
// (numbers.Rational).
func rational(v starlark.Value) (*big.Rat, bool) {
	switch v := v.(type) {
	case starlark.Int:
		return new(big.Rat).SetInt(v.BigInt()), true
	case starlark.Bool:
		if v {
			return big.NewRat(1, 1), true
		}
		return new(big.Rat), true
	case *Fraction:
		return v.r, true
	}
	return nil, false
}

// fromOne converts the one argument of Fraction(x).
func fromOne(thread *starlark.Thread, v starlark.Value) (*big.Rat, error) {
	if r, ok := rational(v); ok {
		return r, nil
	}
	switch v := v.(type) {
	case starlark.Float:
		return floatRat(float64(v))
	case *decimal.Decimal:
		return v.Ratio(thread)
	case starlark.String:
		return parse(thread, string(v))
	}
	return nil, py.Raise(py.TypeError, "argument should be a string or a Rational instance")
}

// floatRat is float.as_integer_ratio, exactly.
func floatRat(f float64) (*big.Rat, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, py.Raise(py.OverflowError, "cannot convert Infinity to integer ratio")
	case math.IsNaN(f):
		return nil, py.Raise(py.ValueError, "cannot convert NaN to integer ratio")
	}
	return new(big.Rat).SetFloat64(f), nil
}

// fromFloat implements the class method Fraction.from_float(f).
func fromFloat(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs("from_float", args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	if r, ok := rational(v); ok {
		if _, isFrac := v.(*Fraction); !isFrac {
			return newRat(r), nil
		}
	}
	f, ok := v.(starlark.Float)
	if !ok {
		return nil, py.Raisef(py.TypeError, "Fraction.from_float() only takes floats, not %s (%s)", py.Repr(v), py.TypeName(v))
	}
	r, err := floatRat(float64(f))
	if err != nil {
		return nil, err
	}
	return newRat(r), nil
}

// fromDecimal implements the class method Fraction.from_decimal(dec).
func fromDecimal(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs("from_decimal", args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	switch x := v.(type) {
	case starlark.Int, starlark.Bool:
		r, _ := rational(x)
		return newRat(r), nil
	case *decimal.Decimal:
		r, err := x.Ratio(thread)
		if err != nil {
			return nil, err
		}
		return newRat(r), nil
	}
	return nil, py.Raisef(py.TypeError, "Fraction.from_decimal() only takes Decimals, not %s (%s)", py.Repr(v), py.TypeName(v))
}

// String is repr(f): Fraction(3, 4).
func (f *Fraction) String() string {
	return "Fraction(" + f.r.Num().String() + ", " + f.r.Denom().String() + ")"
}

// PyStr is str(f): 3/4, or 3 for an integer.
func (f *Fraction) PyStr() string {
	if f.r.IsInt() {
		return f.r.Num().String()
	}
	return f.r.Num().String() + "/" + f.r.Denom().String()
}

func (f *Fraction) Type() string         { return "Fraction" }
func (f *Fraction) Freeze()              {}
func (f *Fraction) Truth() starlark.Bool { return f.r.Sign() != 0 }
func (f *Fraction) PyClass() *py.Class   { return FractionClass }
