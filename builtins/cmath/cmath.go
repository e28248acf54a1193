// Package cmath is spindle's cmath module: the functions of complex
// numbers (builtins.Complex) that programs use, with CPython 3.11's
// algorithms (Modules/cmathmodule.c) for finite arguments, built on the
// correctly rounded real functions of the math module, so results print
// CPython's digits.
package cmath

import (
	"math"
	"math/cmplx"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	pymath "github.com/spindle-lang/spindle/builtins/math"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the cmath module. Members:
//
//	pi, e, tau, inf, nan, infj, nanj
//	sqrt, exp, log(z, base=e), log10, phase, polar, rect(r, phi)
//	sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh
//	isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), isfinite, isinf, isnan
var Module = &core.Module{Name: "cmath", Members: members()}

func members() starlark.StringDict {
	m := pymath.Constants()
	for name, v := range map[string]starlark.Value{
		"infj":    builtins.Complex(complex(0, math.Inf(1))),
		"nanj":    builtins.Complex(complex(0, math.NaN())),
		"log":     starlark.NewBuiltin("log", cmathLog),
		"polar":   starlark.NewBuiltin("polar", polar),
		"rect":    starlark.NewBuiltin("rect", rect),
		"phase":   starlark.NewBuiltin("phase", phase),
		"isclose": starlark.NewBuiltin("isclose", isclose),
	} {
		m[name] = v
	}
	for name, f := range complexFuncs {
		m[name] = starlark.NewBuiltin(name, unary(f))
	}
	for name, f := range tests {
		m[name] = starlark.NewBuiltin(name, test(f))
	}
	return m
}

// Errors of a complex function, as CPython words them.
var (
	errDomain = pymath.DomainError
	errRange  = pymath.RangeError
)

// arg converts a function's argument to complex128.
func arg(thread *starlark.Thread, v starlark.Value) (complex128, error) {
	c, ok, err := builtins.ComplexOf(thread, v)
	if err == nil && !ok {
		err = py.Raisef(py.TypeError, "must be real number, not %s", py.TypeName(v))
	}
	return c, err
}

// oneArg unpacks the one argument of a function named b.
func oneArg(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (complex128, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return 0, err
	}
	return arg(thread, v)
}

type builtinFunc = func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)

// unary wraps a complex function of one argument.
func unary(f func(complex128) (complex128, error)) builtinFunc {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		z, err := oneArg(thread, b, args, kwargs)
		if err != nil {
			return nil, err
		}
		r, err := f(z)
		if err != nil {
			return nil, err
		}
		return builtins.Complex(r), nil
	}
}

// test wraps a predicate of one complex argument.
func test(f func(complex128) bool) builtinFunc {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		z, err := oneArg(thread, b, args, kwargs)
		if err != nil {
			return nil, err
		}
		return starlark.Bool(f(z)), nil
	}
}

var tests = map[string]func(complex128) bool{
	"isnan":    func(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) },
	"isinf":    func(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) },
	"isfinite": func(z complex128) bool { return !cmplx.IsInf(z) && !cmplx.IsNaN(z) },
}

// finite reports whether both parts of z are finite.
func finite(z complex128) bool {
	return !math.IsInf(real(z), 0) && !math.IsInf(imag(z), 0) && !math.IsNaN(real(z)) && !math.IsNaN(imag(z))
}

// checked returns r, or OverflowError if it overflowed from a finite z.
func checked(z, r complex128) (complex128, error) {
	if finite(z) && !finite(r) {
		return 0, errRange()
	}
	return r, nil
}
