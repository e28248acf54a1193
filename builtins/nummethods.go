package builtins

// This file defines the int and float methods that CallMethod
// dispatches (int.bit_length, float.is_integer, conjugate), which
// Starlark lacks, and the attributes real, imag, numerator and
// denominator that DunderAttr answers.

import (
	"math"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

var intMethods = map[string]method{
	"bit_length": intBitLength,
	"conjugate":  conjugate,
}

var floatMethods = map[string]method{
	"is_integer": floatIsInteger,
	"conjugate":  conjugate,
}

// conjugate implements int.conjugate() and float.conjugate(): the number
// itself (an int for a bool).
func conjugate(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("conjugate", args, kwargs, 0); err != nil {
		return nil, err
	}
	return boolToInt(recv), nil
}

func init() { py.ValueAttr = numberAttr }

// numberAttr returns x.real, x.imag, x.numerator or x.denominator for an
// int, bool or float (whose numerator and denominator don't exist), or
// an instance of a subclass of int or float (an IntEnum member).
func numberAttr(x starlark.Value, name string) (starlark.Value, bool) {
	switch x := boolToInt(py.Base(x)).(type) {
	case starlark.Int:
		switch name {
		case "real", "numerator":
			return x, true
		case "imag":
			return starlark.MakeInt(0), true
		case "denominator":
			return starlark.MakeInt(1), true
		}
	case starlark.Float:
		switch name {
		case "real":
			return x, true
		case "imag":
			return starlark.Float(0), true
		}
	}
	return nil, false
}

// intBitLength implements int.bit_length(): the bits needed for abs(n).
func intBitLength(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("bit_length", args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.MakeInt(boolToInt(recv).(starlark.Int).BigInt().BitLen()), nil
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
