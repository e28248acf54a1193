// Package math is spindle's math module: CPython 3.11's functions,
// constants and error messages. Float results match CPython's digits:
// exp, log, the trigonometric functions and pow are correctly rounded
// (see crmath.go), as the C library that CPython calls almost always is.
package math

// This file defines the module table, argument conversion and the float
// functions.

import (
	"math"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the math module. Members:
//
//	pi, e, tau, inf, nan
//	sqrt, cbrt, exp, exp2, expm1, log(x, base=e), log2, log10, log1p, pow
//	sin, cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh, asinh, acosh, atanh
//	degrees, radians, hypot(*coordinates), dist(p, q)
//	floor, ceil, trunc, fabs, copysign, fmod, remainder, modf, frexp, ldexp
//	isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), isfinite, isinf, isnan
//	nextafter, ulp, erf, erfc, gamma, lgamma
//	gcd(*integers), lcm(*integers), factorial, isqrt, comb(n, k), perm(n, k=None)
//	fsum(iterable), prod(iterable, *, start=1)
var Module = &core.Module{Name: "math", Members: members()}

// Constants returns the constants math and cmath share: pi, e, tau,
// inf and nan.
func Constants() starlark.StringDict {
	return starlark.StringDict{
		"pi":  starlark.Float(math.Pi),
		"e":   starlark.Float(math.E),
		"tau": starlark.Float(2 * math.Pi),
		"inf": starlark.Float(math.Inf(1)),
		"nan": starlark.Float(math.NaN()),
	}
}

func members() starlark.StringDict {
	m := Constants()
	for name, f := range unaryFuncs {
		m[name] = starlark.NewBuiltin(name, unary(f))
	}
	for name, f := range binaryFuncs {
		m[name] = starlark.NewBuiltin(name, binary(f))
	}
	for name, f := range otherFuncs {
		m[name] = starlark.NewBuiltin(name, f)
	}
	return m
}

type builtinFunc = func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)

// otherFuncs are the functions with their own argument handling.
var otherFuncs = map[string]builtinFunc{
	"log":       mathLog,
	"log2":      logFunc(2),
	"log10":     logFunc(10),
	"floor":     rounding(math.Floor),
	"ceil":      rounding(math.Ceil),
	"trunc":     rounding(math.Trunc),
	"isclose":   isclose,
	"isfinite":  predicate(func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }),
	"isinf":     predicate(func(x float64) bool { return math.IsInf(x, 0) }),
	"isnan":     predicate(math.IsNaN),
	"modf":      modf,
	"frexp":     frexp,
	"ldexp":     ldexp,
	"gcd":       gcd,
	"lcm":       lcm,
	"factorial": factorial,
	"isqrt":     isqrt,
	"comb":      comb,
	"perm":      perm,
	"fsum":      fsum,
	"prod":      prod,
	"hypot":     hypot,
	"degrees":   scale(radToDeg),
	"radians":   scale(degToRad),
	"dist":      dist,
}

// DomainError and RangeError are the errors of a math or cmath function,
// as CPython words them.
func DomainError() error { return py.Raise(py.ValueError, "math domain error") }
func RangeError() error  { return py.Raise(py.OverflowError, "math range error") }

// toFloat converts a real number argument to a float: an int, float or
// bool, a subclass instance of int or float, or a value with __float__
// (Decimal, a user class) or __index__, as CPython's PyFloat_AsDouble.
func toFloat(thread *starlark.Thread, v starlark.Value) (float64, error) {
	switch v := v.(type) {
	case starlark.Float:
		return float64(v), nil
	case starlark.Int:
		f := float64(v.Float())
		if math.IsInf(f, 0) {
			return 0, py.Raise(py.OverflowError, "int too large to convert to float")
		}
		return f, nil
	case starlark.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case interface{ PyFloat() (float64, error) }:
		return v.PyFloat() // fractions.Fraction
	}
	if b, ok := py.BaseOf(v); ok {
		return toFloat(thread, b) // an int or float subclass's value
	}
	if f, err := callConversion(thread, v, "__float__"); f != nil || err != nil {
		if x, ok := f.(starlark.Float); ok || err != nil {
			return float64(x), err
		}
		return 0, py.Raisef(py.TypeError, "%s.__float__ returned non-float (type %s)", py.TypeName(v), py.TypeName(f))
	}
	if i, err := callConversion(thread, v, "__index__"); i != nil || err != nil {
		if _, ok := i.(starlark.Int); ok || err != nil {
			return toFloat(thread, i)
		}
		return 0, py.Raisef(py.TypeError, "__index__ returned non-int (type %s)", py.TypeName(i))
	}
	return 0, py.Raisef(py.TypeError, "must be real number, not %s", py.TypeName(v))
}

// callConversion calls v's method name (__float__, __floor__...), or
// returns nil, nil where v has none.
func callConversion(thread *starlark.Thread, v starlark.Value, name string) (starlark.Value, error) {
	h, ok := v.(starlark.HasAttrs)
	if !ok {
		return nil, nil
	}
	m, err := h.Attr(name)
	if m == nil || err != nil {
		return nil, nil
	}
	return starlark.Call(thread, m, nil, nil)
}

// oneArg checks the arguments of a one-argument function.
func oneArg(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "math.%s() takes no keyword arguments", b.Name())
	}
	if len(args) != 1 {
		return nil, py.Raisef(py.TypeError, "math.%s() takes exactly one argument (%d given)", b.Name(), len(args))
	}
	return args[0], nil
}

// nArgs checks the arguments of a function of n positional arguments.
func nArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple, n int) error {
	if len(kwargs) > 0 {
		return py.Raisef(py.TypeError, "%s() takes no keyword arguments", b.Name())
	}
	if len(args) != n {
		return py.Raisef(py.TypeError, "%s expected %d arguments, got %d", b.Name(), n, len(args))
	}
	return nil
}

// unaryFunc is a float function; overflow tells whether an infinite
// result from a finite argument is a range error (else a domain error).
type unaryFunc struct {
	f        func(float64) float64
	overflow bool
}

var unaryFuncs = map[string]unaryFunc{
	"sqrt":   {math.Sqrt, false},
	"cbrt":   {math.Cbrt, false},
	"exp":    {exp, true},
	"exp2":   {func(x float64) float64 { return pow2(x) }, true},
	"expm1":  {math.Expm1, true},
	"log1p":  {math.Log1p, false},
	"sin":    {sin, false},
	"cos":    {cos, false},
	"tan":    {tan, false},
	"asin":   {asin, false},
	"acos":   {acos, false},
	"atan":   {atan, false},
	"sinh":   {sinh, true},
	"cosh":   {cosh, true},
	"tanh":   {tanh, false},
	"asinh":  {asinh, false},
	"acosh":  {acosh, false},
	"atanh":  {math.Atanh, false},
	"fabs":   {math.Abs, false},
	"erf":    {math.Erf, false},
	"erfc":   {math.Erfc, false},
	"gamma":  {gamma, true},
	"lgamma": {lgamma, true},
	"ulp":    {ulp, false},
}

// radToDeg and degToRad divide in double precision, as C does.
func radToDeg() float64 { pi := math.Pi; return 180.0 / pi }
func degToRad() float64 { pi := math.Pi; return pi / 180.0 }

// unary adapts a float function as CPython's math_1 does: a NaN from a
// non-NaN argument is a domain error, an infinity from a finite one is
// a range or domain error.
func unary(u unaryFunc) builtinFunc {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		v, err := oneArg(b, args, kwargs)
		if err != nil {
			return nil, err
		}
		x, err := toFloat(thread, v)
		if err != nil {
			return nil, err
		}
		r := u.f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return nil, DomainError()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			if u.overflow {
				return nil, RangeError()
			}
			return nil, DomainError()
		}
		return starlark.Float(r), nil
	}
}

type binaryFunc func(x, y float64) (float64, error)

var binaryFuncs = map[string]binaryFunc{
	"pow":       pow,
	"atan2":     func(y, x float64) (float64, error) { return atan2(y, x), nil },
	"copysign":  func(x, y float64) (float64, error) { return math.Copysign(x, y), nil },
	"fmod":      fmod,
	"remainder": remainder,
	"nextafter": func(x, y float64) (float64, error) { return math.Nextafter(x, y), nil },
}

func binary(f binaryFunc) builtinFunc {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := nArgs(b, args, kwargs, 2); err != nil {
			return nil, err
		}
		x, err := toFloat(thread, args[0])
		if err != nil {
			return nil, err
		}
		y, err := toFloat(thread, args[1])
		if err != nil {
			return nil, err
		}
		r, err := f(x, y)
		if err != nil {
			return nil, err
		}
		return starlark.Float(r), nil
	}
}

func predicate(f func(float64) bool) builtinFunc {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		v, err := oneArg(b, args, kwargs)
		if err != nil {
			return nil, err
		}
		x, err := toFloat(thread, v)
		if err != nil {
			return nil, err
		}
		return starlark.Bool(f(x)), nil
	}
}

// scale returns degrees or radians: a plain multiplication, without
// math_1's overflow check.
func scale(factor func() float64) builtinFunc {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		v, err := oneArg(b, args, kwargs)
		if err != nil {
			return nil, err
		}
		x, err := toFloat(thread, v)
		if err != nil {
			return nil, err
		}
		return starlark.Float(x * factor()), nil
	}
}
