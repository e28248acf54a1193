package random

// This file defines choices and the real-valued distributions: uniform,
// triangular, gauss, normalvariate and expovariate.

import (
	"math"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// randomChoices implements choices(population, weights=None, *,
// cum_weights=None, k=1).
// https://docs.python.org/3/library/random.html#random.choices
func randomChoices(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 2 {
		return nil, py.Raisef(py.TypeError, "Random.choices() takes from 2 to 3 positional arguments but %d were given", len(args)+1)
	}
	var pop, weights, cum starlark.Value = nil, starlark.None, starlark.None
	k := 1
	if err := core.UnpackArgs(name, args, kwargs, "population", &pop, "weights?", &weights, "cum_weights?", &cum, "k?", &k); err != nil {
		return nil, err
	}
	seq, ok := asSequence(pop)
	if !ok {
		return nil, py.Raisef(py.TypeError, "object of type '%s' has no len()", py.TypeName(pop))
	}
	if err := core.CheckAllocN(thread, k, valueSize); err != nil {
		return nil, err
	}
	if cum == starlark.None && weights == starlark.None {
		n := float64(seq.n)
		out := make([]starlark.Value, max(k, 0))
		for i := range out {
			if err := core.PollAt(thread, i); err != nil {
				return nil, err
			}
			j := int(math.Floor(r.mt.float() * n))
			if j >= seq.n {
				return nil, py.Raise(py.IndexError, "list index out of range")
			}
			out[i] = seq.at(j)
		}
		return starlark.NewList(out), nil
	}
	cw, err := cumWeights(weights, cum)
	if err != nil {
		return nil, err
	}
	return r.weighted(thread, seq, cw, k)
}

// cumWeights returns the cumulative weights as floats.
func cumWeights(weights, cum starlark.Value) ([]float64, error) {
	if cum != starlark.None {
		if weights != starlark.None {
			return nil, py.Raise(py.TypeError, "Cannot specify both weights and cumulative weights")
		}
		return floats(cum, false)
	}
	if i, ok := weights.(starlark.Int); ok {
		return nil, py.Raisef(py.TypeError, "The number of choices must be a keyword argument: k=%s", i)
	}
	return floats(weights, true)
}

// floats converts an iterable of numbers, accumulating if acc.
func floats(v starlark.Value, acc bool) ([]float64, error) {
	iter, err := py.Iterate(v)
	if err != nil {
		return nil, err
	}
	defer iter.Done()
	var out []float64
	var x starlark.Value
	sum := 0.0
	for iter.Next(&x) {
		f, ok := starlark.AsFloat(x)
		if !ok {
			return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for +: 'int' and '%s'", py.TypeName(x))
		}
		if acc {
			sum += f
			f = sum
		}
		out = append(out, f)
	}
	if err := py.IterErr(iter); err != nil {
		return nil, err
	}
	return out, nil
}

// weighted draws k elements with cumulative weights cw.
func (r *Random) weighted(thread *starlark.Thread, seq sequence, cw []float64, k int) (starlark.Value, error) {
	if len(cw) != seq.n {
		return nil, py.Raise(py.ValueError, "The number of weights does not match the population")
	}
	if len(cw) == 0 {
		return nil, py.Raise(py.IndexError, "list index out of range")
	}
	total := cw[len(cw)-1]
	if total <= 0 {
		return nil, py.Raise(py.ValueError, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, py.Raise(py.ValueError, "Total of weights must be finite")
	}
	out := make([]starlark.Value, max(k, 0))
	for i := range out {
		if err := core.PollAt(thread, i); err != nil {
			return nil, err
		}
		x := r.mt.float() * total
		lo, hi := 0, seq.n-1
		for lo < hi {
			mid := (lo + hi) / 2
			if x < cw[mid] {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		out[i] = seq.at(lo)
	}
	return starlark.NewList(out), nil
}

// valueSize is the bytes of a starlark.Value in a list.
const valueSize = 16

// number unpacks an int or float argument.
type number = core.Number

// randomUniform implements uniform(a, b): a + (b-a) * random().
// https://docs.python.org/3/library/random.html#random.uniform
func randomUniform(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var a, b starlark.Value
	if err := starlark.UnpackArgs(name, args, kwargs, "a", &a, "b", &b); err != nil {
		return nil, err
	}
	fa, ok1 := starlark.AsFloat(a)
	_, ok2 := starlark.AsFloat(b)
	if !ok1 || !ok2 {
		return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for -: '%s' and '%s'", py.TypeName(b), py.TypeName(a))
	}
	d, err := starlark.Binary(syntax.MINUS, b, a) // exact for ints
	if err != nil {
		return nil, err
	}
	fd, _ := starlark.AsFloat(d)
	return starlark.Float(fa + fd*r.mt.float()), nil
}

// randomTriangular implements triangular(low=0.0, high=1.0, mode=None).
// https://docs.python.org/3/library/random.html#random.triangular
func randomTriangular(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	low, high := number(0), number(1)
	var mode starlark.Value = starlark.None
	if err := starlark.UnpackArgs(name, args, kwargs, "low?", &low, "high?", &high, "mode?", &mode); err != nil {
		return nil, err
	}
	u := r.mt.float()
	c := 0.5
	if mode != starlark.None {
		m, ok := starlark.AsFloat(mode)
		if !ok {
			return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for -: '%s' and 'float'", py.TypeName(mode))
		}
		if high == low {
			return starlark.Float(low), nil
		}
		c = (m - float64(low)) / float64(high-low)
	}
	lo, hi := float64(low), float64(high)
	if u > c {
		u, c = 1.0-u, 1.0-c
		lo, hi = hi, lo
	}
	return starlark.Float(lo + (hi-lo)*math.Sqrt(u*c)), nil
}

// randomGauss implements gauss(mu=0.0, sigma=1.0).
// https://docs.python.org/3/library/random.html#random.gauss
func randomGauss(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	mu, sigma := number(0), number(1)
	if err := starlark.UnpackArgs(name, args, kwargs, "mu?", &mu, "sigma?", &sigma); err != nil {
		return nil, err
	}
	z := r.gaussNext
	if !r.hasGauss {
		x2pi := r.mt.float() * (2 * math.Pi)
		g2rad := math.Sqrt(-2.0 * math.Log(1.0-r.mt.float()))
		z = math.Cos(x2pi) * g2rad
		r.gaussNext = math.Sin(x2pi) * g2rad
	}
	r.hasGauss = !r.hasGauss
	return starlark.Float(float64(mu) + z*float64(sigma)), nil
}

// randomNormalvariate implements normalvariate(mu=0.0, sigma=1.0).
// https://docs.python.org/3/library/random.html#random.normalvariate
func randomNormalvariate(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	mu, sigma := number(0), number(1)
	if err := starlark.UnpackArgs(name, args, kwargs, "mu?", &mu, "sigma?", &sigma); err != nil {
		return nil, err
	}
	magic := 4 * math.Exp(-0.5) / math.Sqrt(2.0)
	var z float64
	for {
		u1 := r.mt.float()
		u2 := 1.0 - r.mt.float()
		z = magic * (u1 - 0.5) / u2
		if z*z/4.0 <= -math.Log(u2) {
			break
		}
	}
	return starlark.Float(float64(mu) + z*float64(sigma)), nil
}

// randomExpovariate implements expovariate(lambd).
// https://docs.python.org/3/library/random.html#random.expovariate
func randomExpovariate(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var lambd number
	if err := starlark.UnpackArgs(name, args, kwargs, "lambd", &lambd); err != nil {
		return nil, err
	}
	if lambd == 0 {
		return nil, py.Raise(py.ZeroDivisionError, "float division by zero")
	}
	return starlark.Float(-math.Log(1.0-r.mt.float()) / float64(lambd)), nil
}
