package statistics

// This file defines the statistics of two variables: covariance,
// correlation and linear_regression, in floats summed with fsum as
// CPython 3.11 computes them.

import (
	"math"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/collections"
	"github.com/spindle-lang/spindle/interp/py"
)

// linearRegression is statistics.LinearRegression, a namedtuple.
var linearRegression = func() starlark.Value {
	cls, err := starlark.Call(&starlark.Thread{Name: "statistics"}, collections.Module.Members["namedtuple"],
		starlark.Tuple{starlark.String("LinearRegression"), starlark.Tuple{starlark.String("slope"), starlark.String("intercept")}},
		[]starlark.Tuple{{starlark.String("module"), starlark.String("statistics")}})
	if err != nil {
		panic(err)
	}
	return cls
}()

func init() {
	Module.Members["covariance"] = starlark.NewBuiltin("covariance", covariance)
	Module.Members["correlation"] = starlark.NewBuiltin("correlation", covariance)
	Module.Members["linear_regression"] = starlark.NewBuiltin("linear_regression", linearRegressionFn)
	Module.Members["LinearRegression"] = linearRegression
}

// pairs unpacks the two data arguments x and y of fn, as floats, with
// fn's errors for lengths that differ or are below two.
func pairs(thread *starlark.Thread, fn, what string, xv, yv starlark.Value) (x, y []float64, err error) {
	xs, err := builtins.Elements(thread, xv)
	if err != nil {
		return nil, nil, err
	}
	ys, err := builtins.Elements(thread, yv)
	if err != nil {
		return nil, nil, err
	}
	if len(xs) != len(ys) {
		return nil, nil, py.Raisef(StatisticsError, "%s requires that both inputs have same number of data points", what)
	}
	if len(xs) < 2 {
		return nil, nil, py.Raisef(StatisticsError, "%s requires at least two data points", what)
	}
	if x, err = floats(xs); err == nil {
		y, err = floats(ys)
	}
	return x, y, err
}

func floats(vs []starlark.Value) ([]float64, error) {
	out := make([]float64, len(vs))
	for i, v := range vs {
		f, ok := starlark.AsFloat(v)
		if !ok {
			return nil, py.Raisef(py.TypeError, "must be real number, not %s", py.TypeName(v))
		}
		out[i] = f
	}
	return out, nil
}

// fsumOf is math.fsum of fn(i) for each index of n.
func fsumOf(n int, fn func(i int) float64) (float64, error) {
	vs := make([]starlark.Value, n)
	for i := range vs {
		vs[i] = starlark.Float(fn(i))
	}
	return fsum(vs)
}

// centred returns the means of x and y and the sums of products of
// deviations sxy, sxx and syy.
func centred(x, y []float64) (xbar, ybar, sxy, sxx, syy float64, err error) {
	n := float64(len(x))
	sx, _ := fsumOf(len(x), func(i int) float64 { return x[i] })
	sy, _ := fsumOf(len(y), func(i int) float64 { return y[i] })
	xbar, ybar = sx/n, sy/n
	if sxy, err = fsumOf(len(x), func(i int) float64 { return (x[i] - xbar) * (y[i] - ybar) }); err != nil {
		return
	}
	if sxx, err = fsumOf(len(x), func(i int) float64 { d := x[i] - xbar; return d * d }); err != nil {
		return
	}
	syy, err = fsumOf(len(y), func(i int) float64 { d := y[i] - ybar; return d * d })
	return
}

// covariance implements covariance(x, y, /) and correlation(x, y, /).
func covariance(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var xv, yv starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &xv, &yv); err != nil {
		return nil, err
	}
	x, y, err := pairs(thread, b.Name(), b.Name(), xv, yv)
	if err != nil {
		return nil, err
	}
	_, _, sxy, sxx, syy, err := centred(x, y)
	if err != nil {
		return nil, err
	}
	if b.Name() == "covariance" {
		return starlark.Float(sxy / float64(len(x)-1)), nil
	}
	d := math.Sqrt(sxx * syy)
	if d == 0 {
		return nil, py.Raise(StatisticsError, "at least one of the inputs is constant")
	}
	return starlark.Float(sxy / d), nil
}

// linearRegressionFn implements linear_regression(x, y, /, *,
// proportional=False).
func linearRegressionFn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var xv, yv starlark.Value
	proportional := false
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "x", &xv, "y", &yv, "proportional?", &proportional); err != nil {
		return nil, err
	}
	x, y, err := pairs(thread, b.Name(), "linear regression", xv, yv)
	if err != nil {
		return nil, err
	}
	xbar, ybar, sxy, sxx, _, err := centred(x, y)
	if proportional {
		if sxy, err = fsumOf(len(x), func(i int) float64 { return x[i] * y[i] }); err == nil {
			sxx, err = fsumOf(len(x), func(i int) float64 { return x[i] * x[i] })
		}
	}
	if err != nil {
		return nil, err
	}
	if sxx == 0 {
		return nil, py.Raise(StatisticsError, "x is constant")
	}
	slope := sxy / sxx
	intercept := ybar - slope*xbar
	if proportional {
		intercept = 0
	}
	return starlark.Call(thread, linearRegression, starlark.Tuple{starlark.Float(slope), starlark.Float(intercept)}, nil)
}
