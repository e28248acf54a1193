package cmath

// This file defines cmath's functions of one complex argument.

import (
	"math"
	"math/cmplx"

	pymath "github.com/spindle-lang/spindle/builtins/math"
)

var complexFuncs = map[string]func(complex128) (complex128, error){
	"sqrt":  sqrt,
	"exp":   exp,
	"log10": log10,
	"sin":   sin,
	"cos":   cos,
	"sinh":  func(z complex128) (complex128, error) { return checked(z, cmplx.Sinh(z)) },
	"cosh":  func(z complex128) (complex128, error) { return checked(z, cmplx.Cosh(z)) },
	"tan":   func(z complex128) (complex128, error) { return checked(z, cmplx.Tan(z)) },
	"tanh":  func(z complex128) (complex128, error) { return checked(z, cmplx.Tanh(z)) },
	"asin":  func(z complex128) (complex128, error) { return cmplx.Asin(z), nil },
	"acos":  func(z complex128) (complex128, error) { return cmplx.Acos(z), nil },
	"atan":  func(z complex128) (complex128, error) { return cmplx.Atan(z), nil },
	"asinh": func(z complex128) (complex128, error) { return cmplx.Asinh(z), nil },
	"acosh": func(z complex128) (complex128, error) { return cmplx.Acosh(z), nil },
	"atanh": func(z complex128) (complex128, error) { return cmplx.Atanh(z), nil },
}

// sqrt is CPython's cmath_sqrt_impl.
func sqrt(z complex128) (complex128, error) {
	x, y := real(z), imag(z)
	if !finite(z) {
		return cmplx.Sqrt(z), nil
	}
	if x == 0 && y == 0 {
		return complex(0, y), nil
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < 0x1p-1022 && ay < 0x1p-1022 {
		sx := math.Ldexp(ax, 53)
		s = math.Ldexp(math.Sqrt(sx+math.Hypot(sx, math.Ldexp(ay, 53))), -27)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+math.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y)), nil
	}
	return complex(d, math.Copysign(s, y)), nil
}

// logLarge is CPython's CM_LOG_LARGE_DOUBLE.
const logLarge = 708.3964185322641

// exp is CPython's cmath_exp_impl for a finite z.
func exp(z complex128) (complex128, error) {
	x, y := real(z), imag(z)
	if !finite(z) {
		return cmplx.Exp(z), nil
	}
	var r complex128
	if x > logLarge {
		l := pymath.Exp(x - 1)
		r = complex(l*pymath.Cos(y)*math.E, l*pymath.Sin(y)*math.E)
	} else {
		l := pymath.Exp(x)
		r = complex(l*pymath.Cos(y), l*pymath.Sin(y))
	}
	if y == 0 {
		r = complex(real(r), y)
	}
	return checked(z, r)
}

// log is CPython's c_log for a finite z.
func log(z complex128) (complex128, error) {
	x, y := real(z), imag(z)
	if !finite(z) {
		return cmplx.Log(z), nil
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var re float64
	switch {
	case ax > math.MaxFloat64/4 || ay > math.MaxFloat64/4:
		re = pymath.Log(math.Hypot(ax/2, ay/2)) + math.Ln2
	case ax == 0 && ay == 0:
		return 0, errDomain()
	default:
		h := math.Hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := math.Max(ax, ay), math.Min(ax, ay)
			re = math.Log1p((am-1)*(am+1)+an*an) / 2
		} else {
			re = pymath.Log(h)
		}
	}
	return complex(re, pymath.Atan2(y, x)), nil
}

// log10 is CPython's cmath_log10_impl.
func log10(z complex128) (complex128, error) {
	r, err := log(z)
	return complex(real(r)/math.Ln10, imag(r)/math.Ln10), err
}

// sin is CPython's c_sin: -i sinh(iz), for a finite z.
func sin(z complex128) (complex128, error) {
	x, y := real(z), imag(z)
	if !finite(z) {
		return cmplx.Sin(z), nil
	}
	return checked(z, complex(pymath.Sin(x)*math.Cosh(y), pymath.Cos(x)*math.Sinh(y)))
}

// cos is CPython's c_cos: cosh(iz), for a finite z.
func cos(z complex128) (complex128, error) {
	x, y := real(z), imag(z)
	if !finite(z) {
		return cmplx.Cos(z), nil
	}
	return checked(z, complex(pymath.Cos(x)*math.Cosh(y), -pymath.Sin(x)*math.Sinh(y)))
}
