package pyrt

// This file defines abi.DelSlice, the runtime half of del x[lo:hi:step].

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// spDelslice implements abi.DelSlice(x, lo, hi, step) (None for absent
// bounds), Python's del x[lo:hi:step].
func spDelslice(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, lo, hi, step starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 4, &x, &lo, &hi, &step); err != nil {
		return nil, err
	}
	x = listOf(x, "__delitem__")
	switch x := x.(type) {
	case *starlark.List:
		return starlark.None, delListSlice(x, lo, hi, step)
	case *builtins.ByteArray:
		return starlark.None, x.DelSlice(lo, hi, step)
	case *starlark.Dict:
		return nil, py.Raise(py.TypeError, "unhashable type: 'slice'")
	case *py.Instance:
		return starlark.None, builtins.DelItem(thread, x, builtins.NewSlice(lo, hi, step))
	}
	return nil, py.Raisef(py.TypeError, "'%s' object does not support item deletion", py.TypeName(x))
}

// delListSlice removes the elements l[lo:hi:step] selects, in place.
func delListSlice(l *starlark.List, lo, hi, step starlark.Value) error {
	idx, err := sliceIndices(l.Len(), lo, hi, step)
	if err != nil || len(idx) == 0 {
		return err
	}
	drop := make(map[int]bool, len(idx))
	for _, i := range idx {
		drop[i] = true
	}
	keep := make([]starlark.Value, 0, l.Len()-len(idx))
	for i := 0; i < l.Len(); i++ {
		if !drop[i] {
			keep = append(keep, l.Index(i))
		}
	}
	if err := l.Clear(); err != nil {
		return err
	}
	for _, v := range keep {
		if err := l.Append(v); err != nil {
			return err
		}
	}
	return nil
}

// sliceIndices lists the indices of a sequence of length n that the
// slice lo:hi:step selects, in the slice's order.
func sliceIndices(n int, lo, hi, step starlark.Value) ([]int, error) {
	start, end, st, err := builtins.SliceRange(n, lo, hi, step)
	if err != nil {
		return nil, err
	}
	var idx []int
	for i := start; (st > 0 && i < end) || (st < 0 && i > end); i += st {
		idx = append(idx, i)
	}
	return idx, nil
}
