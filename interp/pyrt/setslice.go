package pyrt

// This file defines abi.SetSlice, the runtime half of x[lo:hi:step] = v,
// and abi.SetItem, x[k] = v for a key that may be a slice object.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// spSetslice implements abi.SetSlice(x, lo, hi, step, v) (None for
// absent bounds), Python's x[lo:hi:step] = v: a list takes v's items in
// place of the slice (an extended slice only as many as it selects), a
// user class's __setitem__ gets a slice object.
func spSetslice(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, lo, hi, step, v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 5, &x, &lo, &hi, &step, &v); err != nil {
		return nil, err
	}
	return setSlice(thread, x, lo, hi, step, v)
}

// setSlice is x[lo:hi:step] = v.
func setSlice(thread *starlark.Thread, x, lo, hi, step, v starlark.Value) (starlark.Value, error) {
	x = listOf(x, "__setitem__")
	switch x := x.(type) {
	case *starlark.List:
		return starlark.None, setListSlice(thread, x, lo, hi, step, v)
	case *builtins.ByteArray:
		return starlark.None, x.SetSlice(thread, lo, hi, step, v)
	case *builtins.MemoryView:
		return starlark.None, x.SetSlice(thread, lo, hi, step, v)
	case *starlark.Dict:
		return nil, py.Raise(py.TypeError, "unhashable type: 'slice'")
	case *py.Instance:
		return starlark.None, x.SetKey(builtins.NewSlice(lo, hi, step), v)
	}
	return nil, py.Raisef(py.TypeError, "'%s' object does not support item assignment", py.TypeName(x))
}

// spSetitem implements abi.SetItem(x, k, v), x[k] = v where the key may
// be a slice object: that assigns as x[lo:hi:step] = v does. A fastFunc,
// it keeps nothing of args.
func spSetitem(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 3 {
		return nil, py.Raise(py.SystemError, abi.SetItem+" takes 3 arguments")
	}
	x, k, v := args[0], args[1], args[2]
	if sl, ok := k.(*builtins.Slice); ok {
		return setSlice(thread, x, sl.Start, sl.Stop, sl.Step, v)
	}
	switch c := x.(type) {
	case *starlark.Dict:
		return starlark.None, builtins.StoreKey(c, k, v)
	case starlark.HasSetKey:
		return starlark.None, builtins.Unhashable(c.SetKey(k, v))
	case starlark.HasSetIndex:
		i, err := builtins.SeqIndex(x, c.Len(), k, "assignment index")
		if err != nil {
			return nil, err
		}
		return starlark.None, c.SetIndex(i, v)
	}
	return nil, py.Raisef(py.TypeError, "'%s' object does not support item assignment", py.TypeName(x))
}

// setListSlice replaces the elements l[lo:hi:step] selects with the items
// of v, in place.
func setListSlice(thread *starlark.Thread, l *starlark.List, lo, hi, step, v starlark.Value) error {
	items, err := builtins.Elements(thread, v)
	if err != nil {
		if py.ToException(err).Class == py.TypeError {
			return py.Raise(py.TypeError, "can only assign an iterable")
		}
		return err
	}
	start, end, st, err := builtins.SliceRange(l.Len(), lo, hi, step)
	if err != nil {
		return err
	}
	old := make([]starlark.Value, l.Len())
	for i := range old {
		old[i] = l.Index(i)
	}
	var out []starlark.Value
	if st == 1 {
		end = max(end, start)
		out = append(append(append(out, old[:start]...), items...), old[end:]...)
	} else {
		idx, _ := sliceIndices(len(old), lo, hi, step)
		if len(idx) != len(items) {
			return py.Raisef(py.ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), len(idx))
		}
		out = append(out, old...)
		for k, i := range idx {
			out[i] = items[k]
		}
	}
	if err := l.Clear(); err != nil {
		return err
	}
	for _, x := range out {
		if err := l.Append(x); err != nil {
			return err
		}
	}
	return nil
}

// listOf returns the list of an instance of a list subclass whose class
// does not define the special method name, so that slice assignment and
// deletion work on it as on a list; any other x is returned unchanged.
func listOf(x starlark.Value, name string) starlark.Value {
	if o, ok := x.(*py.Instance); ok && !o.Overrides(name) {
		if l, ok := py.Base(o).(*starlark.List); ok {
			return l
		}
	}
	return x
}
