package builtins

// This file defines the int and float methods that __sp_method
// dispatches: int.bit_length and float.is_integer, which Starlark lacks.

import (
	"math"

	"go.starlark.net/starlark"
)

var intMethods = map[string]method{
	"bit_length": intBitLength,
}

var floatMethods = map[string]method{
	"is_integer": floatIsInteger,
}

// intBitLength implements int.bit_length(): the bits needed for abs(n).
func intBitLength(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("bit_length", args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.MakeInt(recv.(starlark.Int).BigInt().BitLen()), nil
}

// floatIsInteger implements float.is_integer(): whether x is finite and
// has no fractional part.
func floatIsInteger(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("is_integer", args, kwargs, 0); err != nil {
		return nil, err
	}
	x := float64(recv.(starlark.Float))
	return starlark.Bool(!math.IsInf(x, 0) && x == math.Trunc(x)), nil
}
