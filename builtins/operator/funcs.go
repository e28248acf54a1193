package operator

// This file defines the operator functions that are not a plain
// builtins.Binop or builtins.Unop.

import (
	"math"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

func is(x, y starlark.Value) (starlark.Value, error) {
	return starlark.Bool(builtins.Identical(x, y)), nil
}

func isNot(x, y starlark.Value) (starlark.Value, error) {
	return starlark.Bool(!builtins.Identical(x, y)), nil
}

func not(x starlark.Value) (starlark.Value, error)   { return !x.Truth(), nil }
func truth(x starlark.Value) (starlark.Value, error) { return x.Truth(), nil }

// abs is abs(x) for numbers.
func abs(x starlark.Value) (starlark.Value, error) {
	switch n := boolInt(x).(type) {
	case starlark.Int:
		if n.Sign() < 0 {
			return starlark.Unary(syntax.MINUS, n)
		}
		return n, nil
	case starlark.Float:
		return starlark.Float(math.Abs(float64(n))), nil
	}
	return nil, py.Raisef(py.TypeError, "bad operand type for abs(): '%s'", py.TypeName(x))
}

// index is x.__index__(): an int (a bool's as 0 or 1, an int subclass's
// value) or what the method of the instance's class returns.
func index(x starlark.Value) (starlark.Value, error) {
	i, ok, err := py.Index(boolInt(x))
	if err != nil {
		return nil, err
	}
	if ok {
		return i, nil
	}
	return nil, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(x))
}

func boolInt(x starlark.Value) starlark.Value {
	if b, ok := x.(starlark.Bool); ok {
		return starlark.MakeInt(map[bool]int{false: 0, true: 1}[bool(b)])
	}
	return x
}

// isSequence reports whether x supports concatenation with +.
func isSequence(x starlark.Value) bool {
	switch x.(type) {
	case starlark.String, starlark.Bytes, *starlark.List, starlark.Tuple:
		return true
	}
	return false
}

// concat is a + b for sequences.
func concat(x, y starlark.Value) (starlark.Value, error) {
	if !isSequence(x) {
		return nil, py.Raisef(py.TypeError, "'%s' object can't be concatenated", py.TypeName(x))
	}
	return builtins.Binop("+", x, y)
}

// iconcat is a += b for sequences.
func iconcat(thread *starlark.Thread, x, y starlark.Value) (starlark.Value, error) {
	if !isSequence(x) {
		return nil, py.Raisef(py.TypeError, "'%s' object can't be concatenated", py.TypeName(x))
	}
	return iadd(thread, x, y)
}

// iadd is a += b: a list is extended in place.
func iadd(thread *starlark.Thread, x, y starlark.Value) (starlark.Value, error) {
	l, ok := x.(*starlark.List)
	if !ok {
		return builtins.Binop("+", x, y)
	}
	elems, err := builtins.Elements(thread, y)
	if err != nil {
		return nil, err
	}
	for _, v := range elems {
		if err := l.Append(v); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// contains is b in a.
func contains(x, y starlark.Value) (starlark.Value, error) {
	return builtins.Binop("in", y, x)
}

// countOf counts the elements of a that are b or equal to it.
func countOf(thread *starlark.Thread, x, y starlark.Value) (starlark.Value, error) {
	if _, ok := x.(starlark.Iterable); !ok && x.Type() != "string" {
		return nil, py.Raisef(py.TypeError, "argument of type '%s' is not iterable", py.TypeName(x))
	}
	n := 0
	err := builtins.ForEach(thread, x, func(v starlark.Value) error {
		eq, err := builtins.Compare("==", v, y)
		if builtins.Identical(v, y) || eq {
			n++
		}
		return err
	})
	return starlark.MakeInt(n), err
}

// setitem implements setitem(a, b, c): a[b] = c.
func setitem(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := exactly(b.Name(), 3, args, kwargs); err != nil {
		return nil, err
	}
	x, key, v := args[0], args[1], args[2]
	switch c := x.(type) {
	case starlark.HasSetKey:
		return starlark.None, pyErr(c.SetKey(key, v))
	case starlark.HasSetIndex:
		n, err := builtins.SeqIndex(x, c.Len(), key, "assignment index")
		if err != nil {
			return nil, err
		}
		return starlark.None, pyErr(c.SetIndex(n, v))
	}
	return nil, py.Raisef(py.TypeError, "'%s' object does not support item assignment", py.TypeName(x))
}
