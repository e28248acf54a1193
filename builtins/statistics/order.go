package statistics

// This file defines the statistics that sort or count the data: the
// medians, the modes and quantiles.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// sorted returns the data sorted, as sorted(data).
func sorted(thread *starlark.Thread, xs []starlark.Value) ([]starlark.Value, error) {
	l := starlark.NewList(xs)
	if err := builtins.SortList(thread, l, nil); err != nil {
		return nil, py.ToException(err)
	}
	out := make([]starlark.Value, l.Len())
	for i := range out {
		out[i] = l.Index(i)
	}
	return out, nil
}

func binary(op syntax.Token, x, y starlark.Value) (starlark.Value, error) {
	v, err := starlark.Binary(op, x, y)
	if err != nil {
		return nil, py.ToException(err)
	}
	return v, nil
}

// median implements median, median_low and median_high.
// https://docs.python.org/3/library/statistics.html#statistics.median
func median(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	xs, err := data(thread, b.Name(), args, kwargs)
	if err != nil {
		return nil, err
	}
	if xs, err = sorted(thread, xs); err != nil {
		return nil, err
	}
	n := len(xs)
	if n == 0 {
		return nil, py.Raise(StatisticsError, "no median for empty data")
	}
	switch {
	case n%2 == 1 || b.Name() == "median_high":
		return xs[n/2], nil
	case b.Name() == "median_low":
		return xs[n/2-1], nil
	}
	s, err := binary(syntax.PLUS, xs[n/2-1], xs[n/2])
	if err != nil {
		return nil, err
	}
	return binary(syntax.SLASH, s, starlark.MakeInt(2))
}

// medianGrouped implements median_grouped(data, interval=1.0).
// https://docs.python.org/3/library/statistics.html#statistics.median_grouped
func medianGrouped(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var dv starlark.Value
	var interval starlark.Value = starlark.Float(1)
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "data", &dv, "interval?", &interval); err != nil {
		return nil, py.ToException(err)
	}
	xs, err := builtins.Elements(thread, dv)
	if err != nil {
		return nil, err
	}
	if xs, err = sorted(thread, xs); err != nil {
		return nil, err
	}
	n := len(xs)
	if n == 0 {
		return nil, py.Raise(StatisticsError, "no median for empty data")
	}
	x := xs[n/2]
	i, j := n/2, n/2
	for i > 0 && equal(xs[i-1], x) {
		i--
	}
	for j < n && equal(xs[j], x) {
		j++
	}
	w, ok1 := starlark.AsFloat(interval)
	xf, ok2 := starlark.AsFloat(x)
	if !ok1 || !ok2 {
		return nil, py.Raise(py.TypeError, "Value cannot be converted to a float")
	}
	lower := xf - w/2.0
	return starlark.Float(lower + w*(float64(n)/2-float64(i))/float64(j-i)), nil
}

func equal(x, y starlark.Value) bool {
	eq, err := starlark.Equal(x, y)
	return err == nil && eq
}

// counts counts the data points in order of first appearance.
func counts(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple, fn string) ([]starlark.Value, []int, error) {
	xs, err := data(thread, fn, args, kwargs)
	if err != nil {
		return nil, nil, err
	}
	index := starlark.NewDict(len(xs))
	var keys []starlark.Value
	var ns []int
	for _, x := range xs {
		v, found, err := index.Get(x)
		if err != nil {
			return nil, nil, py.ToException(err)
		}
		if found {
			i, _ := starlark.AsInt32(v)
			ns[i]++
			continue
		}
		index.SetKey(x, starlark.MakeInt(len(keys)))
		keys = append(keys, x)
		ns = append(ns, 1)
	}
	return keys, ns, nil
}

// mode implements mode(data): the first of the most common values.
// https://docs.python.org/3/library/statistics.html#statistics.mode
func mode(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	keys, ns, err := counts(thread, args, kwargs, b.Name())
	if err != nil {
		return nil, err
	}
	if len(keys) == 0 {
		return nil, py.Raise(StatisticsError, "no mode for empty data")
	}
	best := 0
	for i, n := range ns {
		if n > ns[best] {
			best = i
		}
	}
	return keys[best], nil
}

// multimode implements multimode(data).
// https://docs.python.org/3/library/statistics.html#statistics.multimode
func multimode(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	keys, ns, err := counts(thread, args, kwargs, b.Name())
	if err != nil {
		return nil, err
	}
	most := 0
	for _, n := range ns {
		most = max(most, n)
	}
	var out []starlark.Value
	for i, n := range ns {
		if n == most {
			out = append(out, keys[i])
		}
	}
	return starlark.NewList(out), nil
}

// quantiles implements quantiles(data, *, n=4, method='exclusive').
// https://docs.python.org/3/library/statistics.html#statistics.quantiles
func quantiles(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "quantiles() takes 1 positional argument but %d were given", len(args))
	}
	var dv starlark.Value
	var n int = 4
	var method starlark.Value = starlark.String("exclusive")
	if err := core.UnpackArgs(b.Name(), args, kwargs, "data", &dv, "n?", &n, "method?", &method); err != nil {
		return nil, py.ToException(err)
	}
	if n < 1 {
		return nil, py.Raise(StatisticsError, "n must be at least 1")
	}
	xs, err := builtins.Elements(thread, dv)
	if err != nil {
		return nil, err
	}
	if xs, err = sorted(thread, xs); err != nil {
		return nil, err
	}
	ld := len(xs)
	if ld < 2 {
		return nil, py.Raise(StatisticsError, "must have at least two data points")
	}
	var result []starlark.Value
	for i := 1; i < n; i++ {
		var j, delta int
		switch method {
		case starlark.String("inclusive"):
			j, delta = i*(ld-1)/n, i*(ld-1)%n
		case starlark.String("exclusive"):
			m := ld + 1
			j = min(max(i*m/n, 1), ld-1) - 1
			delta = i*m - (j+1)*n
		default:
			return nil, py.Raisef(py.ValueError, "Unknown method: %s", py.Repr(method))
		}
		v, err := interpolate(xs[j], xs[j+1], n, delta)
		if err != nil {
			return nil, err
		}
		result = append(result, v)
	}
	return starlark.NewList(result), nil
}

// interpolate returns (a * (n - delta) + b * delta) / n.
func interpolate(a, b starlark.Value, n, delta int) (starlark.Value, error) {
	x, err := binary(syntax.STAR, a, starlark.MakeInt(n-delta))
	if err != nil {
		return nil, err
	}
	y, err := binary(syntax.STAR, b, starlark.MakeInt(delta))
	if err != nil {
		return nil, err
	}
	if x, err = binary(syntax.PLUS, x, y); err != nil {
		return nil, err
	}
	return binary(syntax.SLASH, x, starlark.MakeInt(n))
}

// variance implements variance, pvariance, stdev and pstdev.
// https://docs.python.org/3/library/statistics.html#statistics.variance
func variance(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	name := b.Name()
	sample := name == "variance" || name == "stdev"
	param := "mu?"
	if sample {
		param = "xbar?"
	}
	var dv, c starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs(name, args, kwargs, "data", &dv, param, &c); err != nil {
		return nil, py.ToException(err)
	}
	xs, err := builtins.Elements(thread, dv)
	if err != nil {
		return nil, err
	}
	s, err := sumSquares(xs, c)
	if err != nil {
		return nil, err
	}
	d := s.n
	if sample {
		if s.n < 2 {
			return nil, py.Raisef(StatisticsError, "%s requires at least two data points", name)
		}
		d = s.n - 1
	} else if s.n < 1 {
		return nil, py.Raisef(StatisticsError, "%s requires at least one data point", name)
	}
	if name == "stdev" || name == "pstdev" {
		return s.sqrtQuo(thread, d)
	}
	return s.quo(thread, d)
}
