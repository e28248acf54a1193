package sys

// This file defines sys's limits: getrecursionlimit/setrecursionlimit
// and get_int_max_str_digits/set_int_max_str_digits.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// cInt unpacks an int argument that CPython converts to a C int.
func cInt(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (int, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return 0, err
	}
	if v, ok := x.(starlark.Bool); ok {
		return map[starlark.Bool]int{false: 0, true: 1}[v], nil
	}
	i, ok := x.(starlark.Int)
	if !ok {
		return 0, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(x))
	}
	n, ok := i.Int64()
	if !ok || n != int64(int32(n)) {
		return 0, py.Raise(py.OverflowError, "Python int too large to convert to C int")
	}
	return int(n), nil
}

// getRecursionLimit implements getrecursionlimit().
// https://docs.python.org/3/library/sys.html#sys.getrecursionlimit
func getRecursionLimit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("sys", b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	return starlark.MakeInt(py.RecursionLimit(thread)), nil
}

// setRecursionLimit implements setrecursionlimit(limit).
// https://docs.python.org/3/library/sys.html#sys.setrecursionlimit
func setRecursionLimit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n, err := cInt(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, py.Raise(py.ValueError, "recursion limit must be greater or equal than 1")
	}
	if d := core.Depth(thread); d >= n {
		return nil, py.Raisef(py.RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, d)
	}
	if rt := core.RuntimeOf(thread); rt != nil {
		rt.SetRecursionLimit(n)
	}
	return starlark.None, nil
}

// getIntMaxStrDigits implements get_int_max_str_digits().
// https://docs.python.org/3/library/sys.html#sys.get_int_max_str_digits
func getIntMaxStrDigits(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("sys", b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	return starlark.MakeInt(py.IntMaxStrDigits(thread)), nil
}

// setIntMaxStrDigits implements set_int_max_str_digits(maxdigits).
// https://docs.python.org/3/library/sys.html#sys.set_int_max_str_digits
func setIntMaxStrDigits(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n, err := cInt(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	if n != 0 && n < 640 {
		return nil, py.Raise(py.ValueError, "maxdigits must be 0 or larger than 640")
	}
	if rt := core.RuntimeOf(thread); rt != nil {
		rt.SetIntMaxStrDigits(n)
	}
	return starlark.None, nil
}
