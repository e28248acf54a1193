package interp

// This file defines ToValue and FromValue, which copy values between Go
// and scripts.

import (
	"fmt"
	"strconv"

	"go.starlark.net/starlark"
)

func fmtInt(n int) string { return strconv.Itoa(n) }

// ToValue converts a Go value to a script value by copying it.
func ToValue(x any) (starlark.Value, error) {
	switch x := x.(type) {
	case nil:
		return starlark.None, nil
	case starlark.Value:
		return x, nil
	case bool:
		return starlark.Bool(x), nil
	case int:
		return starlark.MakeInt(x), nil
	case int64:
		return starlark.MakeInt64(x), nil
	case float64:
		return starlark.Float(x), nil
	case string:
		return starlark.String(x), nil
	}
	return nil, fmt.Errorf("interp.ToValue: unsupported type %T", x)
}
