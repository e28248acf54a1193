package pyrt

// This file defines the helpers that index a str by code point, as
// Python counts its characters (see interp/parse/lower_index.go and
// builtins/strindex.go): abi.Index(x, i), x[i] where x is a str or i a
// bool; abi.StrKey, in (K + x)[i] where x may be a str; and
// abi.StrIndex(x), the substitute a loop indexes in place of x.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// spIndex implements abi.Index(x, i): x[i], where a str counts code
// points as Python's does.
func spIndex(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, py.Raise(py.SystemError, abi.Index+" takes 2 arguments")
	}
	switch x := args[0].(type) {
	case starlark.String:
		if sl, ok := args[1].(*builtins.Slice); ok {
			v, _, err := builtins.SliceOf(thread, x, sl)
			return v, err
		}
		return builtins.StrIndex(thread, string(x), args[1])
	case *starlark.List:
		if i, ok := smallIndex(args[1], x.Len()); ok {
			return x.Index(i), nil
		}
	case starlark.Tuple:
		if i, ok := smallIndex(args[1], len(x)); ok {
			return x[i], nil
		}
	case starlark.Bytes:
		if i, ok := smallIndex(args[1], len(x)); ok {
			return starlark.MakeInt(int(x[i])), nil // Python's bytes items are ints
		}
	}
	return builtins.GetItem(args[0], args[1])
}

// smallIndex returns the in-range int index i of a sequence of n items,
// counting a negative one from the end, and false for anything else.
func smallIndex(i starlark.Value, n int) (int, bool) {
	v, ok := i.(starlark.Int)
	if !ok {
		return 0, false
	}
	k, ok := v.Int64()
	if k < 0 {
		k += int64(n)
	}
	return int(k), ok && k >= 0 && k < int64(n)
}

// spStrx implements abi.StrIndex(x): x, or the code points of x when x
// is a str that is not ASCII, or the ints of bytes.
func spStrx(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, py.Raise(py.SystemError, abi.StrIndex+" takes 1 argument")
	}
	return builtins.IndexView(thread, args[0]), nil
}
