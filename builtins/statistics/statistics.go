// Package statistics is spindle's statistics module for int, float,
// Fraction and Decimal data: the averages (mean, fmean, geometric_mean,
// harmonic_mean, median and its variants, mode, multimode), quantiles,
// and the spreads (variance, pvariance, stdev, pstdev), computed exactly
// as CPython computes them so that every result is the same, of the
// data's type (a Decimal in the calling thread's context).
package statistics

import (
	"math"
	"math/big"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// StatisticsError is statistics.StatisticsError.
var StatisticsError = py.NewClass("StatisticsError", "statistics", py.ValueError)

// Module is the statistics module. Members:
//
//	mean(data), fmean(data, weights=None), geometric_mean(data),
//	harmonic_mean(data, weights=None)
//	median(data), median_low(data), median_high(data),
//	median_grouped(data, interval=1.0)
//	mode(data), multimode(data), quantiles(data, *, n=4, method='exclusive')
//	variance(data, xbar=None), pvariance(data, mu=None),
//	stdev(data, xbar=None), pstdev(data, mu=None)
//	covariance(x, y), correlation(x, y), linear_regression(x, y, *,
//	    proportional=False), LinearRegression (bivariate.go)
//	StatisticsError
var Module = &core.Module{Name: "statistics", Members: starlark.StringDict{
	"mean":            starlark.NewBuiltin("mean", mean),
	"fmean":           starlark.NewBuiltin("fmean", fmean),
	"geometric_mean":  starlark.NewBuiltin("geometric_mean", geometricMean),
	"median":          starlark.NewBuiltin("median", median),
	"median_low":      starlark.NewBuiltin("median_low", median),
	"median_high":     starlark.NewBuiltin("median_high", median),
	"median_grouped":  starlark.NewBuiltin("median_grouped", medianGrouped),
	"mode":            starlark.NewBuiltin("mode", mode),
	"multimode":       starlark.NewBuiltin("multimode", multimode),
	"quantiles":       starlark.NewBuiltin("quantiles", quantiles),
	"variance":        starlark.NewBuiltin("variance", variance),
	"pvariance":       starlark.NewBuiltin("pvariance", variance),
	"stdev":           starlark.NewBuiltin("stdev", variance),
	"pstdev":          starlark.NewBuiltin("pstdev", variance),
	"StatisticsError": StatisticsError,
}}

// data unpacks the single data argument of fn into a slice.
func data(thread *starlark.Thread, fn string, args starlark.Tuple, kwargs []starlark.Tuple) ([]starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackArgs(fn, args, kwargs, "data", &v); err != nil {
		return nil, py.ToException(err)
	}
	return builtins.Elements(thread, v)
}

// mean implements mean(data).
// https://docs.python.org/3/library/statistics.html#statistics.mean
func mean(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	xs, err := data(thread, b.Name(), args, kwargs)
	if err != nil {
		return nil, err
	}
	t, err := sum(xs)
	if err != nil {
		return nil, err
	}
	if t.n < 1 {
		return nil, py.Raise(StatisticsError, "mean requires at least one data point")
	}
	return t.quo(thread, t.n)
}

// fsum is math.fsum: the correctly rounded sum of xs as floats.
func fsum(xs []starlark.Value) (float64, error) {
	exact := new(big.Rat)
	var special float64
	var posInf, negInf, nan bool
	for _, x := range xs {
		f, ok := starlark.AsFloat(x)
		if !ok {
			if _, isInt := x.(starlark.Int); isInt {
				return 0, py.Raise(py.OverflowError, "int too large to convert to float")
			}
			return 0, py.Raisef(py.TypeError, "must be real number, not %s", py.TypeName(x))
		}
		switch {
		case math.IsNaN(f):
			nan = true
		case math.IsInf(f, 1):
			posInf, special = true, f
		case math.IsInf(f, -1):
			negInf, special = true, f
		default:
			exact.Add(exact, new(big.Rat).SetFloat64(f))
		}
	}
	switch {
	case posInf && negInf:
		return 0, py.Raise(py.ValueError, "-inf + inf in fsum")
	case nan:
		return math.NaN(), nil
	case posInf || negInf:
		return special, nil
	}
	f, _ := exact.Float64()
	if math.IsInf(f, 0) {
		return 0, py.Raise(py.OverflowError, "intermediate overflow in fsum")
	}
	return f, nil
}

// dataWeights unpacks the arguments (data, weights=None) of fmean and
// harmonic_mean: data's items, and weights as given.
func dataWeights(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (xs []starlark.Value, weights starlark.Value, err error) {
	var data starlark.Value
	weights = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "data", &data, "weights?", &weights); err != nil {
		return nil, nil, py.ToException(err)
	}
	xs, err = builtins.Elements(thread, data)
	return xs, weights, err
}

// fmean implements fmean(data, weights=None).
// https://docs.python.org/3/library/statistics.html#statistics.fmean
func fmean(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	xs, wv, err := dataWeights(thread, b, args, kwargs)
	if err != nil {
		return nil, err
	}
	if wv == starlark.None {
		total, err := fsum(xs)
		if err != nil {
			return nil, err
		}
		if len(xs) == 0 {
			return nil, py.Raise(StatisticsError, "fmean requires at least one data point")
		}
		return starlark.Float(total / float64(len(xs))), nil
	}
	ws, err := builtins.Elements(thread, wv)
	if err != nil {
		return nil, err
	}
	var products []starlark.Value
	for i := 0; i < len(xs) && i < len(ws); i++ {
		p, err := starlark.Binary(syntax.STAR, xs[i], ws[i])
		if err != nil {
			return nil, py.ToException(err)
		}
		products = append(products, p)
	}
	num, err := fsum(products)
	if err != nil {
		return nil, err
	}
	if len(xs) != len(ws) {
		return nil, py.Raise(StatisticsError, "data and weights must be the same length")
	}
	den, err := fsum(ws)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, py.Raise(StatisticsError, "sum of weights must be non-zero")
	}
	return starlark.Float(num / den), nil
}

// geometricMean implements geometric_mean(data): exp(fmean(map(log, data))).
// https://docs.python.org/3/library/statistics.html#statistics.geometric_mean
func geometricMean(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	xs, err := data(thread, b.Name(), args, kwargs)
	if err != nil {
		return nil, err
	}
	fail := py.Raise(StatisticsError, "geometric mean requires a non-empty dataset containing positive numbers")
	logs := make([]starlark.Value, len(xs))
	for i, x := range xs {
		f, ok := starlark.AsFloat(x)
		if !ok {
			return nil, py.Raisef(py.TypeError, "must be real number, not %s", py.TypeName(x))
		}
		if f <= 0 {
			return nil, fail
		}
		logs[i] = starlark.Float(math.Log(f))
	}
	total, err := fsum(logs)
	if err != nil {
		return nil, err
	}
	if len(xs) == 0 {
		return nil, fail
	}
	return starlark.Float(math.Exp(total / float64(len(xs)))), nil
}
