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

// spCoroFunc implements abi.CoroFunc(f), applied to every async def
// whose body doesn't yield.
func spCoroFunc(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn *starlark.Function
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return builtins.NewCoroutineFunction(fn), nil
}

// spAsyncGenFunc implements abi.AsyncGenFunc(f), applied to every async
// def whose body yields.
func spAsyncGenFunc(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn *starlark.Function
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return builtins.NewAsyncGeneratorFunction(fn), nil
}

// spAwait implements abi.Await(x), an await expression.
func spAwait(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	return builtins.Await(thread, x)
}

// spAIter implements abi.AIter(x), the iterable of async for.
func spAIter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	return builtins.AsyncIter(thread, x)
}

// spANext implements abi.ANext(it), a step of async for.
func spANext(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var it starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &it); err != nil {
		return nil, err
	}
	return builtins.AsyncNext(thread, it)
}

// spAEnter implements abi.AEnter(m), the start of async with.
func spAEnter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var m starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &m); err != nil {
		return nil, err
	}
	return builtins.AsyncEnter(thread, m)
}

// spAIterate implements abi.AIterate(x), an async for clause of a
// comprehension.
func spAIterate(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	return builtins.AsyncIterate(thread, x)
}
