package py

// This file defines the conversions of an int argument to a Go int with
// CPython's errors for each C type CPython converts it to: a Py_ssize_t
// (most counts and sizes), an index-sized integer (a sequence's repeat
// count, bytes(n)) and a C int (a tab size, a number of random bits).

import (
	"math"

	"go.starlark.net/starlark"
)

// AsSsize converts x, an int or bool, as CPython converts an argument to
// a Py_ssize_t: OverflowError past 64 bits, TypeError for a non-int.
func AsSsize(x starlark.Value) (int, error) {
	return asGoInt(x, math.MinInt64, math.MaxInt64, "Python int too large to convert to C ssize_t")
}

// AsIndexSize converts x as CPython's PyNumber_AsSsize_t does for a
// sequence repeat or bytes(n): OverflowError "cannot fit 'int' into an
// index-sized integer" past 64 bits.
func AsIndexSize(x starlark.Value) (int, error) {
	return asGoInt(x, math.MinInt64, math.MaxInt64, "cannot fit 'int' into an index-sized integer")
}

// AsCInt converts x as CPython converts an argument to a C int:
// OverflowError past 32 bits.
func AsCInt(x starlark.Value) (int, error) {
	return asGoInt(x, math.MinInt32, math.MaxInt32, "Python int too large to convert to C int")
}

// asGoInt converts x, which must be in [lo, hi], else OverflowError msg.
func asGoInt(x starlark.Value, lo, hi int64, msg string) (int, error) {
	if i, ok, err := Index(x); ok || err != nil {
		x = i
		if err != nil {
			return 0, err
		}
	}
	switch x := x.(type) {
	case starlark.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case starlark.Int:
		n, ok := x.Int64()
		if !ok || n < lo || n > hi {
			return 0, Raise(OverflowError, msg)
		}
		return int(n), nil
	}
	return 0, Raisef(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(x))
}

// Index returns x as an int as CPython's PyNumber_Index does for an
// int's subclass instance (its value) or an instance whose class
// defines __index__ (its result, which must be an int); ok is false for
// any other value, which the caller refuses with its own error.
func Index(x starlark.Value) (i starlark.Int, ok bool, err error) {
	o, isObj := x.(*Instance)
	if !isObj {
		i, ok = x.(starlark.Int)
		return i, ok, nil
	}
	if i, ok := o.data().(starlark.Int); ok {
		return i, true, nil
	}
	m := o.method("__index__")
	if m == nil {
		return i, false, nil
	}
	v, err := o.callSpecial(m)
	if err != nil {
		return i, false, err
	}
	if b, isBool := v.(starlark.Bool); isBool { // deprecated in CPython, still taken
		if b {
			return starlark.MakeInt(1), true, nil
		}
		return starlark.MakeInt(0), true, nil
	}
	if i, ok = v.(starlark.Int); !ok {
		return i, false, Raisef(TypeError, "__index__ returned non-int (type %s)", TypeName(v))
	}
	return i, true, nil
}
