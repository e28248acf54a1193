package builtins

// This file defines the numeric builtin functions: round, divmod, pow
// and abs.
// https://docs.python.org/3/library/functions.html

import (
	"math"
	"math/big"
	"math/cmplx"
	"strconv"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// round implements round(number, ndigits=None).
func round(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, nd starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs("round", args, kwargs, "number", &x, "ndigits?", &nd); err != nil {
		return nil, err
	}
	var n int
	switch boolToInt(x).(type) {
	case starlark.Int, starlark.Float: // their __round__ takes ndigits by __index__
		if nd != starlark.None {
			i, ok, err := py.Index(boolToInt(nd))
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(nd))
			}
			n64, _ := i.Int64()
			n = int(max(min(n64, 400), -400))
		}
	}
	switch x := boolToInt(x).(type) {
	case starlark.Int:
		if nd == starlark.None || n >= 0 {
			return x, nil
		}
		return roundInt(x.BigInt(), -n), nil
	case starlark.Float:
		if nd == starlark.None {
			return floatToInt(math.RoundToEven(float64(x)))
		}
		return starlark.Float(roundFloat(float64(x), n)), nil
	}
	if m, err := getAttr(x, "__round__"); err == nil && m != nil {
		if nd == starlark.None {
			return starlark.Call(thread, m, nil, nil)
		}
		return starlark.Call(thread, m, starlark.Tuple{nd}, nil)
	}
	if v, ok := py.BaseOf(x); ok {
		return round(thread, b, starlark.Tuple{v, nd}, nil) // an int or float subclass
	}
	return nil, py.Raisef(py.TypeError, "type %s doesn't define __round__ method", py.TypeName(x))
}

// roundInt rounds x to a multiple of 10**k, halves to even.
func roundInt(x *big.Int, k int) starlark.Int {
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
	q, r := new(big.Int).DivMod(x, p, new(big.Int)) // r >= 0
	r2 := new(big.Int).Lsh(r, 1)
	if c := r2.Cmp(p); c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	return starlark.MakeBigInt(q.Mul(q, p))
}

// roundFloat rounds f to n decimal digits, correctly rounded from the
// exact binary value, halves to even, as CPython does.
func roundFloat(f float64, n int) float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return f
	}
	if n >= 0 {
		r, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', n, 64), 64)
		if r == 0 {
			return math.Copysign(0, f)
		}
		return r
	}
	exact := new(big.Rat).SetFloat64(f)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
	num := new(big.Int).Mul(exact.Num(), big.NewInt(1))
	den := new(big.Int).Mul(exact.Denom(), p)
	q, r := new(big.Int).DivMod(num, den, new(big.Int))
	if c := new(big.Int).Lsh(r, 1).Cmp(den); c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	res, _ := new(big.Float).SetInt(q.Mul(q, p)).Float64()
	return math.Copysign(res, f)
}

// divmod implements divmod(a, b).
func divmod(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, y starlark.Value
	if err := starlark.UnpackPositionalArgs("divmod", args, kwargs, 2, &x, &y); err != nil {
		return nil, err
	}
	x, y = boolToInt(py.Base(x)), boolToInt(py.Base(y))
	if !isNumber(x) || !isNumber(y) {
		if v, err := dunderBinary(thread, x, y, "divmod"); v != nil || err != nil {
			return v, err // a type defined in Go (fractions.Fraction)
		}
		return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", py.TypeName(x), py.TypeName(y))
	}
	if !y.Truth() {
		if _, ok := x.(starlark.Int); ok {
			if _, ok := y.(starlark.Int); ok {
				return nil, py.Raise(py.ZeroDivisionError, "integer division or modulo by zero")
			}
		}
		return nil, py.Raise(py.ZeroDivisionError, "float divmod()")
	}
	q, err := starlark.Binary(syntax.SLASHSLASH, x, y)
	if err != nil {
		return nil, err
	}
	r, err := starlark.Binary(syntax.PERCENT, x, y)
	return starlark.Tuple{q, r}, err
}

// pow implements pow(base, exp, mod=None).
func pow(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, y, m starlark.Value = nil, nil, starlark.None
	if err := starlark.UnpackArgs("pow", args, kwargs, "base", &x, "exp", &y, "mod?", &m); err != nil {
		return nil, err
	}
	if m == starlark.None {
		return Power(thread, x, y)
	}
	xi, ok1 := boolToInt(py.Base(x)).(starlark.Int)
	yi, ok2 := boolToInt(py.Base(y)).(starlark.Int)
	mi, ok3 := boolToInt(py.Base(m)).(starlark.Int)
	if !ok1 || !ok2 || !ok3 {
		return ternaryPow(x, y, m)
	}
	return powMod(xi.BigInt(), yi.BigInt(), mi.BigInt())
}

// ternaryPow is pow(x, y, m) where not all three are ints: x.__pow__(y,
// m) for an instance of a user class, else CPython's TypeError.
func ternaryPow(x, y, m starlark.Value) (starlark.Value, error) {
	if o, ok := x.(*py.Instance); ok {
		if v, err := o.TernaryPow(y, m); v != nil || err != nil {
			return v, err
		}
	}
	num := func(v starlark.Value) bool { return isNumber(boolToInt(py.Base(v))) }
	if num(x) && num(y) && num(m) {
		return nil, py.Raise(py.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", py.TypeName(x), py.TypeName(y), py.TypeName(m))
}

func powMod(x, y, m *big.Int) (starlark.Value, error) {
	if m.Sign() == 0 {
		return nil, py.Raise(py.ValueError, "pow() 3rd argument cannot be 0")
	}
	am := new(big.Int).Abs(m)
	if y.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(x, am), am)
		if inv == nil {
			return nil, py.Raise(py.ValueError, "base is not invertible for the given modulus")
		}
		x, y = inv, new(big.Int).Neg(y)
	}
	r := new(big.Int).Exp(new(big.Int).Mod(x, am), y, am)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return starlark.MakeBigInt(r), nil
}

// abs implements abs(x).
func abs(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	switch x := boolToInt(x).(type) {
	case starlark.Int:
		if x.Sign() < 0 {
			return starlark.MakeInt(0).Sub(x), nil
		}
		return x, nil
	case starlark.Float:
		return starlark.Float(math.Abs(float64(x))), nil
	case Complex:
		return starlark.Float(cmplx.Abs(complex128(x))), nil
	}
	if m, err := getAttr(x, "__abs__"); err == nil && m != nil {
		return starlark.Call(thread, m, nil, nil)
	}
	if v, ok := py.BaseOf(x); ok {
		return abs(thread, b, starlark.Tuple{v}, nil) // an int or float subclass
	}
	return nil, py.Raisef(py.TypeError, "bad operand type for abs(): '%s'", py.TypeName(x))
}
