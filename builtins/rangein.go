package builtins

// This file defines x in range(...) as Python has it: the VM takes any
// number for the int it truncates to (2.5 in range(3)) and refuses a
// bool.

import (
	"math"

	"go.starlark.net/starlark"
)

// IsRange reports whether y is a range of the VM's, whose Has
// truncates a float: its in goes through RangeHas.
func IsRange(y starlark.Value) bool {
	_, ok := y.(starlark.Indexable)
	return ok && y.Type() == "range"
}

// RangeHas is x in r, r a range (see IsRange): an int (or bool) by
// arithmetic, a float by the int it equals, a value of no number type
// of the VM's by comparing it with each item, as CPython does.
func RangeHas(r starlark.Indexable, x starlark.Value) (bool, error) {
	c := r.(starlark.Container)
	switch v := x.(type) {
	case starlark.Int:
		return c.Has(v)
	case starlark.Bool:
		return c.Has(boolToInt(v))
	case starlark.Float:
		f := float64(v)
		if f != math.Trunc(f) || math.IsInf(f, 0) {
			return false, nil
		}
		return c.Has(v)
	}
	if !MayCompareAcross(x) {
		return false, nil // a str, bytes, None or dict equals no int
	}
	for i := 0; i < r.Len(); i++ {
		if eq, err := itemEquals(r.Index(i), x); eq || err != nil {
			return eq, err
		}
	}
	return false, nil
}
