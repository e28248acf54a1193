package fractions

// This file defines Fraction's attributes and methods: numerator,
// denominator, limit_denominator, as_integer_ratio, and the special
// methods behind int(), float(), round(), abs(), divmod(), math.floor,
// math.ceil, math.trunc and **.

import (
	"math/big"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

type method func(thread *starlark.Thread, f *Fraction, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

var methods = map[string]method{
	"limit_denominator": limitDenominator,
	"as_integer_ratio":  noArgs(func(f *Fraction) (starlark.Value, error) { return starlark.Tuple{num(f), den(f)}, nil }),
	"conjugate":         noArgs(func(f *Fraction) (starlark.Value, error) { return f, nil }),
	"__int__":           noArgs(func(f *Fraction) (starlark.Value, error) { return trunc(f.r), nil }),
	"__trunc__":         noArgs(func(f *Fraction) (starlark.Value, error) { return trunc(f.r), nil }),
	"__floor__":         noArgs(func(f *Fraction) (starlark.Value, error) { return floor(f.r), nil }),
	"__ceil__":          noArgs(func(f *Fraction) (starlark.Value, error) { return ceil(f.r), nil }),
	"__abs__":           noArgs(func(f *Fraction) (starlark.Value, error) { return newRat(new(big.Rat).Abs(f.r)), nil }),
	"__float__": noArgs(func(f *Fraction) (starlark.Value, error) {
		x, err := toFloat(f.r)
		return starlark.Float(x), err
	}),
	"__round__": round,
	"__pow__": binaryMethod(func(th *starlark.Thread, f *Fraction, y starlark.Value) (starlark.Value, error) {
		return pow(th, f.r, y)
	}),
	"__rpow__": binaryMethod(func(th *starlark.Thread, f *Fraction, y starlark.Value) (starlark.Value, error) {
		return rpow(th, y, f.r)
	}),
	"__divmod__": binaryMethod(func(th *starlark.Thread, f *Fraction, y starlark.Value) (starlark.Value, error) {
		return divmod(f, y, false)
	}),
	"__rdivmod__": binaryMethod(func(th *starlark.Thread, f *Fraction, y starlark.Value) (starlark.Value, error) {
		return divmod(f, y, true)
	}),
}

func num(f *Fraction) starlark.Value { return starlark.MakeBigInt(f.r.Num()) }
func den(f *Fraction) starlark.Value { return starlark.MakeBigInt(f.r.Denom()) }

// Attr implements starlark.HasAttrs.
func (f *Fraction) Attr(name string) (starlark.Value, error) {
	switch name {
	case "numerator", "real":
		if name == "real" {
			return f, nil
		}
		return num(f), nil
	case "denominator":
		return den(f), nil
	case "imag":
		return starlark.MakeInt(0), nil
	case "from_float", "from_decimal":
		return FractionClass.Dict[name], nil
	}
	if m, ok := methods[name]; ok {
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return m(thread, f, args, kwargs)
		}), nil
	}
	return nil, py.Raisef(py.AttributeError, "'Fraction' object has no attribute '%s'", name)
}

// AttrNames implements starlark.HasAttrs.
func (f *Fraction) AttrNames() []string {
	names := []string{"denominator", "from_decimal", "from_float", "imag", "numerator", "real"}
	for k := range methods {
		names = append(names, k)
	}
	return names
}

func noArgs(fn func(f *Fraction) (starlark.Value, error)) method {
	return func(thread *starlark.Thread, f *Fraction, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, py.Raisef(py.TypeError, "takes 1 positional argument but %d were given", len(args)+1)
		}
		return fn(f)
	}
}

func binaryMethod(fn func(*starlark.Thread, *Fraction, starlark.Value) (starlark.Value, error)) method {
	return func(thread *starlark.Thread, f *Fraction, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var y starlark.Value
		if err := starlark.UnpackPositionalArgs("method", args, kwargs, 1, &y); err != nil {
			return nil, err
		}
		return fn(thread, f, y)
	}
}

// trunc, floor and ceil round to an int.
func trunc(r *big.Rat) starlark.Value {
	return starlark.MakeBigInt(new(big.Int).Quo(r.Num(), r.Denom()))
}

func floor(r *big.Rat) starlark.Value {
	return starlark.MakeBigInt(new(big.Int).Div(r.Num(), r.Denom())) // Euclidean = floor for a positive divisor
}

func ceil(r *big.Rat) starlark.Value {
	n := new(big.Int).Neg(r.Num())
	return starlark.MakeBigInt(n.Div(n, r.Denom()).Neg(n))
}

// divmod is divmod(f, y), or divmod(y, f) when reflected.
func divmod(f *Fraction, y starlark.Value, reflected bool) (starlark.Value, error) {
	side := starlark.Left
	if reflected {
		side = starlark.Right
	}
	q, err := f.Binary(syntax.SLASHSLASH, y, side)
	if err != nil || q == nil {
		return q, err
	}
	r, err := f.Binary(syntax.PERCENT, y, side)
	if err != nil {
		return nil, err
	}
	return starlark.Tuple{q, r}, nil
}

// round implements round(f) (to an int, half to even) and round(f,
// ndigits) (to a Fraction).
func round(thread *starlark.Thread, f *Fraction, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var nd starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs("__round__", args, kwargs, 0, &nd); err != nil {
		return nil, err
	}
	if nd == starlark.None {
		return starlark.MakeBigInt(roundHalfEven(f.r)), nil
	}
	n, err := py.AsSsize(nd)
	if err != nil {
		return nil, err
	}
	k := n
	if k < 0 {
		k = -k
	}
	shift, err := pow10(thread, int64(k))
	if err != nil {
		return nil, err
	}
	s := new(big.Rat).SetInt(shift)
	if n > 0 {
		r := new(big.Rat).SetInt(roundHalfEven(new(big.Rat).Mul(f.r, s)))
		return newRat(r.Quo(r, s)), nil
	}
	r := new(big.Rat).SetInt(roundHalfEven(new(big.Rat).Quo(f.r, s)))
	return newRat(r.Mul(r, s)), nil
}

// roundHalfEven rounds r to the nearest int, ties to even.
func roundHalfEven(r *big.Rat) *big.Int {
	fl, rem := new(big.Int).DivMod(r.Num(), r.Denom(), new(big.Int))
	c := new(big.Int).Lsh(rem, 1).Cmp(r.Denom())
	if c > 0 || c == 0 && fl.Bit(0) == 1 {
		fl.Add(fl, big.NewInt(1))
	}
	return fl
}

// limitDenominator implements limit_denominator(max_denominator=1000000):
// the closest Fraction with a denominator at most max_denominator.
// https://docs.python.org/3/library/fractions.html#fractions.Fraction.limit_denominator
func limitDenominator(thread *starlark.Thread, f *Fraction, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var maxV starlark.Value = starlark.MakeInt(1000000)
	if err := starlark.UnpackArgs("limit_denominator", args, kwargs, "max_denominator?", &maxV); err != nil {
		return nil, err
	}
	maxR, ok := rational(maxV)
	if g, isFloat := maxV.(starlark.Float); isFloat && !ok {
		if g < 1 {
			return nil, py.Raise(py.ValueError, "max_denominator should be at least 1")
		}
		if r, err := floatRat(float64(g)); err == nil && f.r.Denom().Cmp(floor(r).(starlark.Int).BigInt()) <= 0 {
			return f, nil
		}
		return nil, py.Raise(py.TypeError, "both arguments should be Rational instances")
	}
	if !ok {
		return nil, py.Raisef(py.TypeError, "'<' not supported between instances of '%s' and 'int'", py.TypeName(maxV))
	}
	if maxR.Cmp(big.NewRat(1, 1)) < 0 {
		return nil, py.Raise(py.ValueError, "max_denominator should be at least 1")
	}
	maxD := floor(maxR).(starlark.Int).BigInt()
	if f.r.Denom().Cmp(maxD) <= 0 {
		return f, nil
	}
	return newRat(bestApproximation(f.r, maxD)), nil
}

// bestApproximation is CPython's continued-fraction search.
func bestApproximation(r *big.Rat, maxD *big.Int) *big.Rat {
	p0, q0, p1, q1 := big.NewInt(0), big.NewInt(1), big.NewInt(1), big.NewInt(0)
	n, d := new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom())
	for {
		a := new(big.Int).Div(n, d)
		q2 := new(big.Int).Add(q0, new(big.Int).Mul(a, q1))
		if q2.Cmp(maxD) > 0 {
			break
		}
		p0, q0, p1, q1 = p1, q1, new(big.Int).Add(p0, new(big.Int).Mul(a, p1)), q2
		n, d = d, new(big.Int).Sub(n, new(big.Int).Mul(a, d))
	}
	k := new(big.Int).Div(new(big.Int).Sub(maxD, q0), q1)
	bound1 := new(big.Rat).SetFrac(new(big.Int).Add(p0, new(big.Int).Mul(k, p1)), new(big.Int).Add(q0, new(big.Int).Mul(k, q1)))
	bound2 := new(big.Rat).SetFrac(p1, q1)
	d1 := new(big.Rat).Abs(new(big.Rat).Sub(bound1, r))
	d2 := new(big.Rat).Abs(new(big.Rat).Sub(bound2, r))
	if d2.Cmp(d1) <= 0 {
		return bound2
	}
	return bound1
}
