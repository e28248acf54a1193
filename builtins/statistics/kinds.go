package statistics

// This file defines the types of data the averages and spreads take:
// int, float, Fraction and Decimal, how a mix of them coerces (CPython's
// _coerce) and how an exact result converts back to the data's type
// (_convert, and _decimal_sqrt_of_frac for the standard deviations).

import (
	"math/big"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/decimal"
	"github.com/spindle-lang/spindle/builtins/fractions"
	"github.com/spindle-lang/spindle/interp/py"
)

// kind is the type of a data point.
type kind int

const (
	intKind kind = iota
	floatKind
	fractionKind
	decimalKind
)

var kindNames = [...]string{"int", "float", "Fraction", "Decimal"}

// ratioer is a Fraction or a Decimal.
type ratioer interface {
	starlark.Value
	Ratio(*starlark.Thread) (*big.Rat, error)
}

var (
	_ ratioer = (*fractions.Fraction)(nil)
	_ ratioer = (*decimal.Decimal)(nil)
)

func kindOf(x ratioer) kind {
	if _, ok := x.(*decimal.Decimal); ok {
		return decimalKind
	}
	return fractionKind
}

// coerce is _coerce(T, S): the type of a result from data of types t
// and s.
func coerce(t, s kind) (kind, error) {
	switch {
	case t == s || s == intKind:
		return t, nil
	case t == intKind:
		return s, nil
	case t == fractionKind && s == floatKind:
		return s, nil
	case t == floatKind && s == fractionKind:
		return t, nil
	}
	return t, py.Raisef(py.TypeError, "don't know how to coerce %s and %s", kindNames[t], kindNames[s])
}

// convert implements _convert(value, T).
func convert(thread *starlark.Thread, r *big.Rat, k kind) (starlark.Value, error) {
	switch k {
	case intKind:
		if r.IsInt() {
			return starlark.MakeBigInt(new(big.Int).Set(r.Num())), nil
		}
	case fractionKind:
		return starlark.Call(thread, fractions.FractionClass, starlark.Tuple{starlark.MakeBigInt(r.Num()), starlark.MakeBigInt(r.Denom())}, nil)
	case decimalKind:
		return decimalQuo(thread, r.Num(), r.Denom())
	}
	return ratFloat(r)
}

// decimalQuo is Decimal(n) / Decimal(d) in the thread's context.
func decimalQuo(thread *starlark.Thread, n, d *big.Int) (starlark.Value, error) {
	x, err := starlark.Call(thread, decimal.DecimalClass, starlark.Tuple{starlark.MakeBigInt(n)}, nil)
	if err != nil {
		return nil, err
	}
	y, err := starlark.Call(thread, decimal.DecimalClass, starlark.Tuple{starlark.MakeBigInt(d)}, nil)
	if err != nil {
		return nil, err
	}
	return starlark.Binary(syntax.SLASH, x, y)
}

// decimalSqrtOfFrac is _decimal_sqrt_of_frac(n, m): the square root of
// n/m as a Decimal, the rounded root corrected to the nearer of its
// neighbours one unit away when the exact root lies past their midpoint.
func decimalSqrtOfFrac(thread *starlark.Thread, r *big.Rat) (starlark.Value, error) {
	if r.Sign() == 0 {
		return starlark.Call(thread, decimal.DecimalClass, starlark.Tuple{starlark.String("0.0")}, nil)
	}
	q, err := decimalQuo(thread, r.Num(), r.Denom())
	if err != nil {
		return nil, err
	}
	root, err := callMethod(thread, q, "sqrt")
	if err != nil {
		return nil, err
	}
	for _, dir := range []string{"next_plus", "next_minus"} {
		other, err := callMethod(thread, root, dir)
		if err != nil {
			return nil, err
		}
		closer, err := nearer(r, other.(ratioer), root.(ratioer))
		if err != nil || closer {
			return other, err
		}
	}
	return root, nil
}

// nearer reports whether other is nearer the square root of r than
// root is: whether r lies past the square of their midpoint.
func nearer(r *big.Rat, other, root ratioer) (bool, error) {
	a, err := other.Ratio(nil)
	if err != nil {
		return false, err
	}
	b, err := root.Ratio(nil)
	if err != nil {
		return false, err
	}
	mid := new(big.Rat).Add(a, b)
	mid.Mul(mid, big.NewRat(1, 2))
	mid.Mul(mid, mid)
	if a.Cmp(b) > 0 {
		return r.Cmp(mid) > 0, nil
	}
	return r.Cmp(mid) < 0, nil
}

func callMethod(thread *starlark.Thread, x starlark.Value, name string) (starlark.Value, error) {
	return builtins.CallMethod(thread, x, name, nil, nil)
}
