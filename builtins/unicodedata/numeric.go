package unicodedata

// This file defines decimal, digit and numeric.

import (
	"sort"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// numericKind is how far a character's numeric value goes: every
// decimal is a digit, every digit numeric.
type numericKind uint8

const (
	numericOnly numericKind = iota
	digitKind
	decimalKind
)

// numericRun is a run of characters whose numeric values step by one.
type numericRun struct {
	lo, hi   rune
	num, den int64
	kind     numericKind
}

// numericValue returns r's value as a fraction and its kind.
func numericValue(r rune) (num, den int64, kind numericKind, ok bool) {
	i := sort.Search(len(numericRuns), func(i int) bool { return numericRuns[i].hi >= r })
	if i == len(numericRuns) || numericRuns[i].lo > r {
		return 0, 0, 0, false
	}
	run := numericRuns[i]
	return run.num + int64(r-run.lo)*run.den, run.den, run.kind, true
}

// numericFunc makes decimal, digit or numeric(chr, default=<raise>): the
// value of a character of at least kind, an int (a float for numeric).
func numericFunc(fn string, kind numericKind, msg string) *starlark.Builtin {
	return starlark.NewBuiltin(fn, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var c, dflt starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &c, &dflt); err != nil {
			return nil, err
		}
		r, err := char(fn, "argument 1", c)
		if err != nil {
			return nil, err
		}
		num, den, k, ok := numericValue(r)
		switch {
		case ok && k >= kind && kind == numericOnly:
			return starlark.Float(float64(num) / float64(den)), nil
		case ok && k >= kind:
			return starlark.MakeInt64(num), nil
		case dflt != nil:
			return dflt, nil
		}
		return nil, py.Raise(py.ValueError, msg)
	})
}
