package math

// This file defines fsum (Shewchuk's exact summation, as CPython's msum)
// and the Euclidean norms hypot and dist, correctly rounded.

import (
	"math"
	"math/big"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// floats lists an iterable's elements as floats.
func floats(thread *starlark.Thread, v starlark.Value) ([]float64, error) {
	iter, err := py.Iterate(v)
	if err != nil {
		return nil, err
	}
	defer iter.Done()
	var out []float64
	var x starlark.Value
	for iter.Next(&x) {
		f, err := toFloat(thread, x)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	if err := py.IterErr(iter); err != nil {
		return nil, err
	}
	return out, nil
}

// fsum implements fsum(iterable).
// https://docs.python.org/3/library/math.html#math.fsum
func fsum(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	v, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	xs, err := floats(thread, v)
	if err != nil {
		return nil, err
	}
	r, err := msum(xs)
	return starlark.Float(r), err
}

// msum is CPython's math_fsum: exact partial sums, then a half-even
// correction across partials.
func msum(xs []float64) (float64, error) {
	var p []float64
	special, infSum := 0.0, 0.0
	for _, x := range xs {
		xsave := x
		i := 0
		for _, y := range p {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x == 0 {
			continue
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
				return 0, py.Raise(py.OverflowError, "intermediate overflow in fsum")
			}
			if math.IsInf(xsave, 0) {
				infSum += xsave
			}
			special += xsave
			p = p[:0]
			continue
		}
		p = append(p, x)
	}
	if special != 0 || math.IsNaN(special) {
		if math.IsNaN(infSum) {
			return 0, py.Raise(py.ValueError, "-inf + inf in fsum")
		}
		return special, nil
	}
	return exactTop(p), nil
}

// exactTop sums the partials from the top while the sum stays exact.
func exactTop(p []float64) float64 {
	n := len(p)
	if n == 0 {
		return 0
	}
	n--
	hi, lo := p[n], 0.0
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		lo = y - (hi - x)
		if lo != 0 {
			break
		}
	}
	if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi
}

// norm returns the correctly rounded sqrt(sum(x*x)), with the
// infinity-beats-NaN rule of hypot.
func norm(xs []float64) float64 {
	var sawNaN bool
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		sawNaN = sawNaN || math.IsNaN(x)
	}
	if sawNaN {
		return math.NaN()
	}
	sum := new(big.Float).SetPrec(4400)
	for _, x := range xs {
		bx := new(big.Float).SetPrec(4400).SetFloat64(x)
		sum.Add(sum, bx.Mul(bx, bx))
	}
	return round(newf(prec).Sqrt(sum))
}

// hypot implements hypot(*coordinates).
func hypot(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noKwargs(b, kwargs); err != nil {
		return nil, err
	}
	xs, err := floats(thread, args)
	if err != nil {
		return nil, err
	}
	if len(xs) == 0 {
		return starlark.Float(0), nil
	}
	return starlark.Float(norm(xs)), nil
}

// dist implements dist(p, q).
func dist(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := nArgs(b, args, kwargs, 2); err != nil {
		return nil, err
	}
	p, err := floats(thread, args[0])
	if err != nil {
		return nil, err
	}
	q, err := floats(thread, args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, py.Raise(py.ValueError, "both points must have the same number of dimensions")
	}
	d := make([]float64, len(p))
	for i := range p {
		d[i] = math.Abs(p[i] - q[i])
	}
	if len(d) == 0 {
		return starlark.Float(0), nil
	}
	return starlark.Float(norm(d)), nil
}
