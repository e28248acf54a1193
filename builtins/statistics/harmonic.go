package statistics

// This file defines harmonic_mean.

import (
	"math/big"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	Module.Members["harmonic_mean"] = starlark.NewBuiltin("harmonic_mean", harmonicMean)
}

// harmonicMean implements harmonic_mean(data, weights=None) as CPython
// computes it: the exact sum of the float quotients weight/x, divided
// into the sum of the weights; a zero data point makes the result 0.
// https://docs.python.org/3/library/statistics.html#statistics.harmonic_mean
func harmonicMean(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	xs, wv, err := dataWeights(thread, b, args, kwargs)
	if err != nil {
		return nil, err
	}
	negative := py.Raise(StatisticsError, "harmonic mean does not support negative values")
	switch {
	case len(xs) < 1:
		return nil, py.Raise(StatisticsError, "harmonic_mean requires at least one data point")
	case len(xs) == 1 && wv == starlark.None:
		r, f, _, err := exactRatio(xs[0])
		if err != nil {
			return nil, py.Raise(py.TypeError, "unsupported type")
		}
		if r != nil && r.Sign() < 0 || r == nil && f < 0 {
			return nil, negative
		}
		return xs[0], nil
	}
	ws, sumWeights, err := harmonicWeights(thread, wv, len(xs), negative)
	if err != nil {
		return nil, err
	}
	quotients := make([]starlark.Value, 0, len(xs))
	for i, x := range xs {
		r, f, _, err := exactRatio(x)
		if err != nil {
			return nil, err
		}
		if r != nil && r.Sign() < 0 || r == nil && f < 0 {
			return nil, negative
		}
		if !ws[i].Truth() {
			quotients = append(quotients, starlark.MakeInt(0))
			continue
		}
		if r != nil && r.Sign() == 0 {
			return starlark.MakeInt(0), nil // CPython's ZeroDivisionError path
		}
		q, err := starlark.Binary(syntax.SLASH, ws[i], x)
		if err != nil {
			return nil, py.ToException(err)
		}
		quotients = append(quotients, q)
	}
	t, err := sum(quotients)
	if err != nil {
		return nil, err
	}
	if t.nspec > 0 || t.sum.Sign() <= 0 {
		return nil, py.Raise(StatisticsError, "Weighted sum must be positive")
	}
	return convert(thread, new(big.Rat).Quo(sumWeights, t.sum), t.kind)
}

// harmonicWeights returns the n weights (all 1 if wv is None) and their
// exact sum.
func harmonicWeights(thread *starlark.Thread, wv starlark.Value, n int, negative error) ([]starlark.Value, *big.Rat, error) {
	ws := make([]starlark.Value, n)
	if wv == starlark.None {
		for i := range ws {
			ws[i] = starlark.MakeInt(1)
		}
		return ws, big.NewRat(int64(n), 1), nil
	}
	ws, err := builtins.Elements(thread, wv)
	if err != nil {
		return nil, nil, err
	}
	if len(ws) != n {
		return nil, nil, py.Raise(StatisticsError, "Number of weights does not match data size")
	}
	total := new(big.Rat)
	for _, w := range ws {
		r, f, _, err := exactRatio(w)
		if err != nil {
			return nil, nil, err
		}
		if r == nil {
			r = new(big.Rat)
			if f < 0 {
				return nil, nil, negative
			}
		}
		if r.Sign() < 0 {
			return nil, nil, negative
		}
		total.Add(total, r)
	}
	return ws, total, nil
}
