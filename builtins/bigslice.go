package builtins

// This file defines bigSliceIndices, slice.indices for a length of any
// size, as BigRange slicing needs.

import (
	"math/big"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// bigSliceIndices returns the start, stop and step that s selects from
// a sequence of n elements, as CPython's PySlice_GetIndicesEx.
func bigSliceIndices(n *big.Int, s *Slice) (lo, hi, step *big.Int, err error) {
	step = big.NewInt(1)
	if s.Step != nil && s.Step != starlark.None {
		if step, err = bigSliceInt(s.Step); err != nil {
			return nil, nil, nil, err
		}
		if step.Sign() == 0 {
			return nil, nil, nil, py.Raise(py.ValueError, "slice step cannot be zero")
		}
	}
	lower, upper := new(big.Int), new(big.Int).Set(n)
	if step.Sign() < 0 {
		lower.SetInt64(-1)
		upper.Sub(n, big.NewInt(1))
	}
	def := [2]*big.Int{lower, upper}
	if step.Sign() < 0 {
		def = [2]*big.Int{upper, lower}
	}
	bounds := [2]*big.Int{}
	for i, b := range []starlark.Value{s.Start, s.Stop} {
		if b == nil || b == starlark.None {
			bounds[i] = def[i]
			continue
		}
		v, err := bigSliceInt(b)
		if err != nil {
			return nil, nil, nil, err
		}
		if v.Sign() < 0 {
			v.Add(v, n)
			if v.Cmp(lower) < 0 {
				v.Set(lower)
			}
		} else if v.Cmp(upper) > 0 {
			v.Set(upper)
		}
		bounds[i] = v
	}
	return bounds[0], bounds[1], step, nil
}

// bigSliceInt is a slice bound as a big.Int.
func bigSliceInt(v starlark.Value) (*big.Int, error) {
	i, ok := boolToInt(py.Base(v)).(starlark.Int)
	if !ok {
		return nil, py.Raise(py.TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return i.BigInt(), nil
}
