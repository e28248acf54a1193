package builtins

// This file defines x << y for ints as Python has it: the VM refuses a
// shift count of 512 or more.

import (
	"math/big"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// LeftShift is x << y where x and y are ints or bools; ok is false for
// any other operands. A negative count is CPython's ValueError, a count
// past 64 bits its OverflowError, and a result past the memory limit
// MemoryError.
func LeftShift(thread *starlark.Thread, x, y starlark.Value) (z starlark.Value, ok bool, err error) {
	a, okx := boolToInt(x).(starlark.Int)
	n, oky := boolToInt(y).(starlark.Int)
	if !okx || !oky {
		return nil, false, nil
	}
	switch {
	case n.Sign() < 0:
		return nil, true, py.Raise(py.ValueError, "negative shift count")
	case a.Sign() == 0:
		return a, true, nil
	}
	count, exact := n.Uint64()
	if !exact {
		return nil, true, py.Raise(py.OverflowError, "too many digits in integer")
	}
	if count < 512 {
		return a.Lsh(uint(count)), true, nil
	}
	if count > 1<<48 {
		return nil, true, py.NewException(py.MemoryError)
	}
	if err := core.CheckAllocN(thread, int(count/8+1), 1); err != nil {
		return nil, true, err
	}
	return starlark.MakeBigInt(new(big.Int).Lsh(a.BigInt(), uint(count))), true, nil
}
