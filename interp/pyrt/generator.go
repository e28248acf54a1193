package pyrt

// This file defines the helpers of generator functions: abi.GenFunc,
// applied to every def whose body yields (f = abi.GenFunc(f)), and
// abi.Yield and abi.YieldFrom, its yield expressions. The generator
// objects are builtins.Generator.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
)

// spGenFunc implements abi.GenFunc(f), applied to every generator def.
func spGenFunc(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn *starlark.Function
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return builtins.NewGeneratorFunction(fn), nil
}

// spYield implements abi.Yield(v=None), a yield expression.
func spYield(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &v); err != nil {
		return nil, err
	}
	return builtins.Yield(thread, v, "yield")
}

// spYieldFrom implements abi.YieldFrom(x), a yield from expression.
func spYieldFrom(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	return builtins.YieldFrom(thread, x)
}
