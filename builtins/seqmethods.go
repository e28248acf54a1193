package builtins

// This file defines the methods of tuple and range (count, index) and
// range's attributes start, stop and step, which Starlark lacks.

import (
	"math/big"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

var tupleMethods = map[string]method{
	"count": seqCount,
	"index": seqIndex,
}

var rangeMethods = map[string]method{
	"count": rangeCount,
	"index": rangeIndex,
}

// seqCount implements tuple.count(x) and list.count(x).
func seqCount(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := clinicArgs(recv, "count", args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	n := 0
	seq := recv.(starlark.Indexable)
	for i := 0; i < seq.Len(); i++ {
		if eq, err := itemEquals(seq.Index(i), args[0]); err != nil {
			return nil, err
		} else if eq {
			n++
		}
	}
	return starlark.MakeInt(n), nil
}

// seqIndex implements tuple.index(x[, start[, end]]).
func seqIndex(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := clinicArgs(recv, "index", args, kwargs, 1, 3); err != nil {
		return nil, err
	}
	x, startv, endv := args[0], starlark.Value(nil), starlark.Value(nil)
	if len(args) > 1 {
		startv = args[1]
	}
	if len(args) > 2 {
		endv = args[2]
	}
	seq := recv.(starlark.Indexable)
	start, err := sliceIndexNotNone(startv, 0)
	if err != nil {
		return nil, err
	}
	end, err := sliceIndexNotNone(endv, seq.Len())
	if err != nil {
		return nil, err
	}
	start, end = runeRange(start, end, seq.Len())
	for i := start; i < end; i++ {
		if eq, err := itemEquals(seq.Index(i), x); err != nil {
			return nil, err
		} else if eq {
			return starlark.MakeInt(i), nil
		}
	}
	return nil, py.Raisef(py.ValueError, "%s.index(x): x not in %s", py.TypeName(recv), py.TypeName(recv))
}

// sliceIndexNotNone converts the start or end of tuple.index, def if
// absent (None is refused).
func sliceIndexNotNone(v starlark.Value, def int) (int, error) {
	if v == nil {
		return def, nil
	}
	if _, err := asIndex(v); err != nil {
		return 0, py.Raise(py.TypeError, "slice indices must be integers or have an __index__ method")
	}
	return unpackIndex("index", v, def)
}

// rangeBounds returns the start, stop and step of r, a range, from its
// String ("range(3)", "range(1, 5)", "range(1, 5, 2)").
func rangeBounds(r starlark.Value) (start, stop, step starlark.Int) {
	f := strings.Split(strings.TrimSuffix(strings.TrimPrefix(r.String(), "range("), ")"), ", ")
	v := make([]starlark.Int, len(f))
	for i, s := range f {
		n, _ := new(big.Int).SetString(s, 10)
		v[i] = starlark.MakeBigInt(n)
	}
	switch len(v) {
	case 1:
		return starlark.MakeInt(0), v[0], starlark.MakeInt(1)
	case 2:
		return v[0], v[1], starlark.MakeInt(1)
	}
	return v[0], v[1], v[2]
}

// rangeAttr returns r.start, r.stop or r.step of a range.
func rangeAttr(r starlark.Value, name string) (starlark.Value, bool) {
	start, stop, step := rangeBounds(r)
	switch name {
	case "start":
		return start, true
	case "stop":
		return stop, true
	case "step":
		return step, true
	}
	return nil, false
}

// rangePos returns the position of x in r, a range, or -1.
func rangePos(thread *starlark.Thread, r starlark.Indexable, x starlark.Value) (int, error) {
	if n, ok := boolToInt(x).(starlark.Int); ok {
		start, _, step := rangeBounds(r)
		d := n.Sub(start)
		q, m := d.Div(step), d.Mod(step)
		i, ok := q.Int64()
		if m.Sign() == 0 && ok && i >= 0 && i < int64(r.Len()) {
			return int(i), nil
		}
		return -1, nil
	}
	for i := 0; i < r.Len(); i++ {
		if eq, err := itemEquals(r.Index(i), x); err != nil || eq {
			return i, err
		}
	}
	return -1, nil
}

// rangeCount implements range.count(x).
func rangeCount(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := clinicArgs(recv, "count", args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	if _, ok := boolToInt(args[0]).(starlark.Int); !ok {
		return seqCount(thread, recv, args, kwargs)
	}
	i, err := rangePos(thread, recv.(starlark.Indexable), args[0])
	return starlark.MakeInt(boolInt(i >= 0)), err
}

// rangeIndex implements range.index(x).
func rangeIndex(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := clinicArgs(recv, "index", args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	i, err := rangePos(thread, recv.(starlark.Indexable), args[0])
	if err != nil || i >= 0 {
		return starlark.MakeInt(i), err
	}
	if _, ok := boolToInt(args[0]).(starlark.Int); ok {
		s, err := Repr(thread, args[0])
		if err != nil {
			return nil, err
		}
		return nil, py.Raisef(py.ValueError, "%s is not in range", s)
	}
	return nil, py.Raise(py.ValueError, "sequence.index(x): x not in sequence")
}

// rangeHashKey returns the tuple whose hash is r's, as CPython's
// range_hash: (len, start, step), with None for what doesn't matter.
func rangeHashKey(r starlark.Indexable) starlark.Tuple {
	start, _, step := rangeBounds(r)
	switch r.Len() {
	case 0:
		return starlark.Tuple{starlark.MakeInt(0), starlark.None, starlark.None}
	case 1:
		return starlark.Tuple{starlark.MakeInt(1), start, starlark.None}
	}
	return starlark.Tuple{starlark.MakeInt(r.Len()), start, step}
}
