package builtins

// This file defines __sp_slice, the runtime half of x[lo:hi:step] (strings
// are sliced by code point, as in Python, see strindex.go; other values
// by the VM's rules),
// and __sp_dunder, the runtime half of x.__name__ and friends.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

func addSlice(d starlark.StringDict) {
	d["__sp_slice"] = &fastFunc{"__sp_slice", spSlice}
	d["__sp_dunder"] = &fastFunc{"__sp_dunder", spDunder}
}

// spSlice implements __sp_slice(x, lo, hi, step) (None for absent bounds).
func spSlice(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 4 {
		return nil, core.Raise(core.TypeError, "__sp_slice takes 4 arguments")
	}
	x, lo, hi, step := args[0], args[1], args[2], args[3]
	if s, ok := x.(starlark.String); ok {
		return strSlice(thread, string(s), lo, hi, step)
	}
	sl, ok := x.(starlark.Sliceable)
	if !ok {
		return nil, core.Raisef(core.TypeError, "'%s' object is not subscriptable", core.TypeName(x))
	}
	start, end, st, err := sliceRange(sl.Len(), lo, hi, step)
	if err != nil {
		return nil, err
	}
	if (st > 0 && end < start) || (st < 0 && end > start) {
		end = start // empty; Slice wants ordered bounds
	}
	return sl.Slice(start, end, st), nil
}

// sliceRange resolves lo:hi:step against a sequence of length n: the
// first index, the bound, and the step.
func sliceRange(n int, lo, hi, step starlark.Value) (start, end, st int, err error) {
	if st, err = sliceStep(step); err != nil {
		return 0, 0, 0, err
	}
	start, end, err = sliceBounds(n, lo, hi, st)
	return start, end, st, err
}

func sliceStep(step starlark.Value) (int, error) {
	if step == starlark.None {
		return 1, nil
	}
	n, err := sliceInt(step)
	if err != nil {
		return 0, err
	}
	if n == 0 {
		return 0, core.Raise(core.ValueError, "slice step cannot be zero")
	}
	return n, nil
}

func sliceInt(v starlark.Value) (int, error) {
	i, ok := v.(starlark.Int)
	if !ok {
		if b, isBool := v.(starlark.Bool); isBool {
			if b {
				return 1, nil
			}
			return 0, nil
		}
		return 0, core.Raise(core.TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	n, ok := i.Int64()
	if !ok {
		if i.Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	return int(n), nil
}

// sliceBounds clamps lo and hi as Python's slice.indices does.
func sliceBounds(n int, lo, hi starlark.Value, step int) (int, int, error) {
	start, end := 0, n
	if step < 0 {
		start, end = n-1, -1
	}
	var err error
	if lo != starlark.None {
		if start, err = sliceInt(lo); err != nil {
			return 0, 0, err
		}
		start = clampIndex(start, n, step)
	}
	if hi != starlark.None {
		if end, err = sliceInt(hi); err != nil {
			return 0, 0, err
		}
		end = clampIndex(end, n, step)
	}
	return start, end, nil
}

func clampIndex(i, n, step int) int {
	if i < 0 {
		i += n
		if i < 0 {
			if step < 0 {
				return -1
			}
			return 0
		}
	}
	if i >= n {
		if step < 0 {
			return n - 1
		}
		return n
	}
	return i
}

// spDunder implements __sp_dunder(x, name) for x.__name__ and friends:
// the value's own attribute if it has one, else a function's Python
// answer (Starlark functions have no attributes).
func spDunder(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, core.Raise(core.TypeError, "__sp_dunder takes two arguments")
	}
	x := args[0]
	name, _ := starlark.AsString(args[1])
	if h, ok := x.(starlark.HasAttrs); ok {
		if v, err := h.Attr(name); v != nil || err != nil {
			return v, err
		}
	}
	if v, ok := funcDunder(x, name); ok {
		return v, nil
	}
	if v, ok := numberAttr(x, name); ok {
		return v, nil
	}
	return nil, core.Raisef(core.AttributeError, "'%s' object has no attribute '%s'", core.TypeName(x), name)
}

// funcDunder answers __name__, __qualname__, __doc__ and __module__ for
// Starlark and Go functions.
func funcDunder(x starlark.Value, name string) (starlark.Value, bool) {
	var fname, doc string
	switch f := x.(type) {
	case *genFunc:
		return funcDunder(f.fn, name)
	case *starlark.Function:
		fname, doc = f.Name(), f.Doc()
		if fname == "lambda" {
			fname = "<lambda>"
		}
	case *starlark.Builtin:
		fname = f.Name()
	default:
		return nil, false
	}
	switch name {
	case "__name__", "__qualname__":
		return starlark.String(fname), true
	case "__module__":
		return starlark.String("__main__"), true
	case "__doc__":
		if doc == "" {
			return starlark.None, true
		}
		return starlark.String(doc), true
	}
	return nil, false
}
