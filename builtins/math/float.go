package math

// This file defines the float functions built on the correctly rounded
// kernels, with C99's special cases, and the log, rounding and
// decomposition functions.

import (
	"math"
	"math/big"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

func exp(x float64) float64 {
	r, _ := crExp(x)
	return r
}

func sin(x float64) float64 {
	if x == 0 || math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.NaN()
	}
	s, _ := sincos(x)
	return round(s)
}

func cos(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.NaN()
	}
	_, c := sincos(x)
	return round(c)
}

func tan(x float64) float64 {
	if x == 0 || math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.NaN()
	}
	s, c := sincos(x)
	return round(s.Quo(s, c))
}

func atan(x float64) float64 {
	switch {
	case x == 0 || math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Copysign(math.Pi/2, x)
	}
	return round(atanBig(big.NewFloat(x)))
}

func asin(x float64) float64 {
	switch {
	case x == 0 || math.IsNaN(x):
		return x
	case x > 1 || x < -1:
		return math.NaN()
	case x == 1 || x == -1:
		return math.Copysign(math.Pi/2, x)
	}
	return round(asinBig(x))
}

// asinBig is atan(x / sqrt(1 − x²)) for |x| < 1.
func asinBig(x float64) *big.Float {
	p := uint(prec + 16)
	bx := newf(p).SetFloat64(x)
	d := newf(2*p).Mul(bx, bx)
	d.Sub(newf(2*p).SetInt64(1), d)
	d.Sqrt(d)
	return atanBig(d.Quo(bx, d))
}

func acos(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 1 || x < -1:
		return math.NaN()
	case x == 1:
		return 0
	case x == -1:
		return math.Pi
	}
	a := asinBig(x)
	return round(a.Sub(newf(prec+16).SetMantExp(bigPi, -1), a))
}

func atan2(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	p := uint(prec + 16)
	a := atanBig(newf(p).Quo(newf(p).SetFloat64(math.Abs(y)), newf(p).SetFloat64(math.Abs(x))))
	if x < 0 {
		a.Sub(newf(p).Set(bigPi), a)
	}
	if y < 0 {
		a.Neg(a)
	}
	return round(a)
}

// sinh, cosh, tanh, asinh and acosh follow glibc's formulas, which is
// what makes their last digit agree with CPython's.
func sinh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || ax < 0x1p-28:
		return x
	case ax < 22:
		t := math.Expm1(ax)
		if ax < 1 {
			return math.Copysign(0.5*(2.0*t-t*t/(t+1.0)), x)
		}
		return math.Copysign(0.5*(t+t/(t+1.0)), x)
	case ax < 709.7822265625:
		return math.Copysign(0.5*exp(ax), x)
	}
	w := exp(0.5 * ax)
	return math.Copysign(0.5*w*w, x)
}

func cosh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Inf(1)
	case ax < 0.5*math.Ln2:
		t := math.Expm1(ax)
		w := 1 + t
		if ax < 0x1p-55 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ax < 22:
		t := exp(ax)
		return 0.5*t + 0.5/t
	case ax < 709.7822265625:
		return 0.5 * exp(ax)
	}
	w := exp(0.5 * ax)
	return 0.5 * w * w
}

func tanh(x float64) float64 {
	ax := math.Abs(x)
	var z float64
	switch {
	case math.IsNaN(x):
		return x
	case ax >= 22:
		z = 1
	case ax < 0x1p-55:
		return x * (1 + x)
	case ax >= 1:
		t := math.Expm1(2 * ax)
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(-2 * ax)
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

func asinh(x float64) float64 {
	ax := math.Abs(x)
	var w float64
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = crLog(ax) + math.Ln2
	case ax > 2:
		w = crLog(2*ax + 1/(math.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = math.Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

func acosh(x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 1:
		return math.NaN()
	case math.IsInf(x, 1):
		return x
	case x >= 0x1p28:
		return crLog(x) + math.Ln2
	case x == 1:
		return 0
	case x > 2:
		return crLog(2*x - 1/(x+math.Sqrt(x*x-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(2*t+t*t))
}

// gamma and lgamma report poles as NaN so that unary raises a domain
// error, as CPython does.
func gamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 || math.IsInf(x, -1) {
		return math.NaN()
	}
	return math.Gamma(x)
}

func lgamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 {
		return math.NaN()
	}
	r, _ := math.Lgamma(x)
	return r
}

func ulp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Inf(1)
	}
	x = math.Abs(x)
	if x == math.MaxFloat64 {
		return x - math.Nextafter(x, 0)
	}
	return math.Nextafter(x, math.Inf(1)) - x
}

// pow is math.pow with C99's special values and CPython's errors.
func pow(x, y float64) (float64, error) {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 || x == 1 {
		if x == 0 && y < 0 && !math.IsInf(y, 0) {
			return 0, DomainError()
		}
		if x == 0 && math.IsInf(y, -1) {
			return math.Inf(1), nil
		}
		return math.Pow(x, y), nil
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			return 0, DomainError()
		}
		neg = math.Mod(y, 2) != 0
		x = -x
	}
	r := crPow(x, y)
	if math.IsInf(r, 0) {
		return 0, RangeError()
	}
	if neg {
		r = -r
	}
	return r, nil
}

func pow2(x float64) float64 {
	r, err := pow(2, x)
	if err != nil {
		return math.Inf(1)
	}
	return r
}

func fmod(x, y float64) (float64, error) {
	if math.IsInf(x, 0) && !math.IsNaN(y) || y == 0 && !math.IsNaN(x) {
		return 0, DomainError()
	}
	if math.IsInf(y, 0) && !math.IsInf(x, 0) {
		return x, nil
	}
	return math.Mod(x, y), nil
}

func remainder(x, y float64) (float64, error) {
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN(), nil
	}
	if math.IsInf(x, 0) || y == 0 {
		return 0, DomainError()
	}
	return math.Remainder(x, y), nil
}

// logArg returns the logarithm of v to base (0 for e, 2 or 10), as
// CPython's loghelper does: an int too large for a float is split into
// a mantissa and a power of two.
func logArg(thread *starlark.Thread, v starlark.Value, base int64) (float64, error) {
	if i, ok := v.(starlark.Int); ok {
		if i.Sign() <= 0 {
			return 0, DomainError()
		}
		if f := float64(i.Float()); math.IsInf(f, 0) {
			m := newf(53)
			exp := newf(53).SetInt(i.BigInt()).MantExp(m)
			mant, _ := m.Float64()
			return logFloat(mant, base) + logFloat(2, base)*float64(exp), nil
		}
	}
	x, err := toFloat(thread, v)
	if err != nil {
		return 0, err
	}
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, nil
	case x <= 0:
		return 0, DomainError()
	}
	return logFloat(x, base), nil
}

// logFloat is log, log2 or log10 of a finite x > 0.
func logFloat(x float64, base int64) float64 {
	switch base {
	case 2:
		return crLogBase(x, 2)
	case 10:
		return glibcLog10(x)
	}
	return crLog(x)
}

// mathLog implements log(x[, base]).
// https://docs.python.org/3/library/math.html#math.log
func mathLog(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "log() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, py.Raisef(py.TypeError, "log expected 1 or 2 arguments, got %d", len(args))
	}
	num, err := logArg(thread, args[0], 0)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return starlark.Float(num), nil
	}
	den, err := logArg(thread, args[1], 0)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, py.Raise(py.ZeroDivisionError, "float division by zero")
	}
	return starlark.Float(num / den), nil
}

// logFunc returns log2 or log10.
func logFunc(base int64) builtinFunc {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		v, err := oneArg(b, args, kwargs)
		if err != nil {
			return nil, err
		}
		r, err := logArg(thread, v, base)
		return starlark.Float(r), err
	}
}

// rounding returns floor, ceil or trunc: ints pass through, floats
// become ints, and other values answer by their __floor__, __ceil__ or
// __trunc__; floor and ceil then take a value's __float__.
func rounding(f func(float64) float64) builtinFunc {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		v, err := oneArg(b, args, kwargs)
		if err != nil {
			return nil, err
		}
		switch x := py.Base(v).(type) {
		case starlark.Int:
			return x, nil
		case starlark.Bool:
			return starlark.MakeInt(b2i(bool(x))), nil
		case starlark.Float:
			return floatToInt(f(float64(x)))
		}
		if r, err := callConversion(thread, v, "__"+b.Name()+"__"); r != nil || err != nil {
			return r, err
		}
		if b.Name() == "trunc" {
			return nil, py.Raisef(py.TypeError, "type %s doesn't define __trunc__ method", py.TypeName(v))
		}
		x, err := toFloat(thread, v)
		if err != nil {
			return nil, err
		}
		return floatToInt(f(x))
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// floatToInt converts an integral float to an int.
func floatToInt(x float64) (starlark.Value, error) {
	switch {
	case math.IsInf(x, 0):
		return nil, py.Raise(py.OverflowError, "cannot convert float infinity to integer")
	case math.IsNaN(x):
		return nil, py.Raise(py.ValueError, "cannot convert float NaN to integer")
	}
	i, _ := big.NewFloat(x).Int(nil)
	return starlark.MakeBigInt(i), nil
}

// modf implements modf(x): (fractional part, integer part).
func modf(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	v, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	x, err := toFloat(thread, v)
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, 0) {
		return starlark.Tuple{starlark.Float(math.Copysign(0, x)), starlark.Float(x)}, nil
	}
	i, f := math.Modf(x)
	return starlark.Tuple{starlark.Float(f), starlark.Float(i)}, nil
}

// frexp implements frexp(x): (m, e) with x == m * 2**e.
func frexp(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	v, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	x, err := toFloat(thread, v)
	if err != nil {
		return nil, err
	}
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return starlark.Tuple{starlark.Float(x), starlark.MakeInt(0)}, nil
	}
	m, e := math.Frexp(x)
	return starlark.Tuple{starlark.Float(m), starlark.MakeInt(e)}, nil
}

// ldexp implements ldexp(x, i).
func ldexp(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := nArgs(b, args, kwargs, 2); err != nil {
		return nil, err
	}
	x, err := toFloat(thread, args[0])
	if err != nil {
		return nil, err
	}
	i, ok := args[1].(starlark.Int)
	if !ok {
		return nil, py.Raise(py.TypeError, "Expected an int as second argument to ldexp.")
	}
	e, ok := i.Int64()
	if !ok || e > 1<<20 {
		e = 1 << 20
	} else if e < -1<<20 {
		e = -1 << 20
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) && !math.IsInf(x, 0) {
		return nil, RangeError()
	}
	return starlark.Float(r), nil
}

// isclose implements isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
// https://docs.python.org/3/library/math.html#math.isclose
func isclose(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return IsClose(thread, b, args, kwargs, toFloat, math.Abs, func(x float64) bool { return math.IsInf(x, 0) })
}

// IsClose implements isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) of
// math and cmath over the numbers conv makes of a and b: abs is their
// absolute value, isInf whether one is infinite.
func IsClose[T float64 | complex128](thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple,
	conv func(*starlark.Thread, starlark.Value) (T, error), abs func(T) float64, isInf func(T) bool) (starlark.Value, error) {
	if len(args) > 2 {
		return nil, py.Raisef(py.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", len(args))
	}
	var av, bv starlark.Value
	relTol, absTol := core.Number(1e-9), core.Number(0)
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "a", &av, "b", &bv, "rel_tol?", &relTol, "abs_tol?", &absTol); err != nil {
		return nil, err
	}
	x, err := conv(thread, av)
	if err != nil {
		return nil, err
	}
	y, err := conv(thread, bv)
	if err != nil {
		return nil, err
	}
	if relTol < 0 || absTol < 0 {
		return nil, py.Raise(py.ValueError, "tolerances must be non-negative")
	}
	if x == y {
		return starlark.True, nil
	}
	if isInf(x) || isInf(y) {
		return starlark.False, nil
	}
	diff, rt := abs(x-y), float64(relTol)
	return starlark.Bool(diff <= rt*abs(y) || diff <= rt*abs(x) || diff <= float64(absTol)), nil
}
