package pyrt

// This file unpacks an item for a starred loop target (for a, *b in x).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// unstar returns the values of v as a tuple whose item at index before
// is the list of the values between the first before and the last
// after ones, as a starred target unpacks v, with CPython's errors.
func unstar(v starlark.Value, before, after int) (starlark.Value, error) {
	switch x := v.(type) {
	case starlark.String:
		v = starlark.Tuple(builtins.Chars(string(x)))
	case starlark.Bytes:
		v = py.ByteInts(x)
	}
	iter, err := py.Iterate(v)
	if err != nil {
		if py.ToException(err).Class == py.TypeError && !builtins.IsIterable(v) {
			return nil, py.Raisef(py.TypeError, "cannot unpack non-iterable %s object", py.TypeName(v))
		}
		return nil, err
	}
	defer iter.Done()
	var elems []starlark.Value
	var x starlark.Value
	for iter.Next(&x) {
		elems = append(elems, x)
	}
	if err := py.IterErr(iter); err != nil {
		return nil, err
	}
	if n := len(elems); n < before+after {
		return nil, py.Raisef(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, n)
	}
	out := make(starlark.Tuple, 0, before+after+1)
	out = append(out, elems[:before]...)
	out = append(out, starlark.NewList(append([]starlark.Value(nil), elems[before:len(elems)-after]...)))
	return append(out, elems[len(elems)-after:]...), nil
}
