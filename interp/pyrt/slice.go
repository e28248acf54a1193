package pyrt

// This file defines abi.Slice, the runtime half of x[lo:hi:step]
// (strings are sliced by code point, as in Python; other values by the
// VM's rules), abi.SliceObj, the slice items of x[lo:hi, i], and abi.Dunder, the runtime half of x.__name__ and
// friends.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// spSliceObj implements abi.SliceObj(lo, hi, step), a slice item of a
// tuple subscript (x[lo:hi, i]): the slice object.
func spSliceObj(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 3 {
		return nil, py.Raise(py.SystemError, abi.SliceObj+" takes 3 arguments")
	}
	return builtins.NewSlice(args[0], args[1], args[2]), nil
}

// spSlice implements abi.Slice(x, lo, hi, step) (None for absent bounds).
func spSlice(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 4 {
		return nil, py.Raise(py.TypeError, abi.Slice+" takes 4 arguments")
	}
	x, lo, hi, step := args[0], args[1], args[2], args[3]
	if s, ok := x.(starlark.String); ok {
		return builtins.StrSlice(thread, string(s), lo, hi, step)
	}
	if sl, ok := x.(starlark.Sliceable); ok {
		start, end, st, err := builtins.SliceRange(sl.Len(), lo, hi, step)
		if err != nil {
			return nil, err
		}
		if (st > 0 && end < start) || (st < 0 && end > start) {
			end = start // empty; Slice wants ordered bounds
		}
		return sl.Slice(start, end, st), nil
	}
	return builtins.GetItem(x, builtins.NewSlice(lo, hi, step)) // x.__getitem__(slice(lo, hi, step))
}

// spDunder implements abi.Dunder(x, name) for x.__name__ and friends:
// the value's own attribute if it has one, else a function's Python
// answer (Starlark functions have no attributes).
func spDunder(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, py.Raise(py.TypeError, abi.Dunder+" takes two arguments")
	}
	x := args[0]
	name, _ := starlark.AsString(args[1])
	if h, ok := x.(starlark.HasAttrs); ok {
		if v, err := h.Attr(name); v != nil || err != nil {
			if err != nil && name == "__class__" {
				return builtins.TypeOf(x), nil // a native object's, threading.local().__class__
			}
			return v, err
		}
	}
	if v, ok := builtins.DunderAttrIn(thread, x, name); ok {
		return v, nil
	}
	if v := builtins.BuiltinSpecial(x, name); v != nil {
		return v, nil // (1).__class__
	}
	if v, err := builtins.AttrOrMethod(thread, x, name); v != nil || err != nil {
		return v, err // words.count, a method the VM's list lacks
	}
	if c, ok := x.(*py.Class); ok {
		return nil, py.Raisef(py.AttributeError, "type object '%s' has no attribute '%s'", c.ClassName, name)
	}
	if name == "__class__" {
		return builtins.TypeOf(x), nil // a native object's, threading.Lock().__class__
	}
	return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute '%s'", py.TypeName(x), name)
}
