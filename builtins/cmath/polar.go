package cmath

// This file defines log with a base, phase, polar, rect and isclose.

import (
	"math"
	"math/cmplx"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	pymath "github.com/spindle-lang/spindle/builtins/math"
	"github.com/spindle-lang/spindle/interp/py"
)

// cmathLog implements log(z, base=e).
func cmathLog(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var zv, bv starlark.Value
	if err := starlark.UnpackPositionalArgs("log", args, kwargs, 1, &zv, &bv); err != nil {
		return nil, err
	}
	z, err := arg(thread, zv)
	if err != nil {
		return nil, err
	}
	r, err := log(z)
	if err != nil || bv == nil {
		return builtins.Complex(r), err
	}
	base, err := arg(thread, bv)
	if err != nil {
		return nil, err
	}
	lb, err := log(base)
	if err != nil {
		return nil, err
	}
	if lb == 0 {
		return nil, errDomain() // CPython's _Py_c_quot sets EDOM
	}
	return builtins.Complex(r / lb), nil
}

// phase implements phase(z), z's argument.
func phase(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	z, err := oneArg(thread, b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.Float(pymath.Atan2(imag(z), real(z))), nil
}

// polar implements polar(z), (abs(z), phase(z)).
func polar(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	z, err := oneArg(thread, b, args, kwargs)
	if err != nil {
		return nil, err
	}
	r := cmplx.Abs(z)
	if finite(z) && math.IsInf(r, 0) {
		return nil, errRange()
	}
	return starlark.Tuple{starlark.Float(r), starlark.Float(pymath.Atan2(imag(z), real(z)))}, nil
}

// rect implements rect(r, phi), the complex of modulus r and argument
// phi.
func rect(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var rv, pv starlark.Value
	if err := starlark.UnpackPositionalArgs("rect", args, kwargs, 2, &rv, &pv); err != nil {
		return nil, err
	}
	var rp [2]float64
	for i, v := range []starlark.Value{rv, pv} {
		c, err := arg(thread, v)
		if err != nil {
			return nil, err
		}
		if _, isComplex := v.(builtins.Complex); isComplex {
			return nil, py.Raisef(py.TypeError, "must be real number, not complex")
		}
		rp[i] = real(c)
	}
	r, phi := rp[0], rp[1]
	if math.IsInf(r, 0) || math.IsNaN(r) || math.IsInf(phi, 0) || math.IsNaN(phi) {
		return builtins.Complex(cmplx.Rect(r, phi)), nil
	}
	if phi == 0 {
		return builtins.Complex(complex(r, r*phi)), nil
	}
	return builtins.Complex(complex(r*pymath.Cos(phi), r*pymath.Sin(phi))), nil
}

// isclose implements isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
func isclose(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return pymath.IsClose(thread, b, args, kwargs, arg, cmplx.Abs, cmplx.IsInf)
}
