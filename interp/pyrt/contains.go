package pyrt

// This file defines __sp_R["in"], the container of x in y where either
// may be a value that go.starlark.net compares wrongly with another
// type (see interp/lower/crossin.go): the VM's lists, tuples and dicts
// compare their items themselves, never asking either side.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// containers is __sp_R["in"]: __sp_R["in"][y] is y, or for a list,
// tuple or dict y as a container whose Has compares as Python does. A
// list or a dict costs no allocation.
var containers = &helperMap{abi.RichOperand + "in", func(y starlark.Value) starlark.Value {
	switch y := y.(type) {
	case *starlark.List:
		return listItems{y}
	case starlark.Tuple:
		return tupleItems{y}
	case *starlark.Dict:
		return dictKeys{y}
	case starlark.String:
		return strText{y}
	case starlark.Indexable:
		if builtins.IsRange(y) {
			return rangeItems{y}
		}
	}
	return y
}}

// strValues is __sp_R["strx"]: __sp_R["strx"][x] is the str of an
// instance of a str subclass, and x itself otherwise, the left operand
// of in a str, which the VM takes only as a str.
var strValues = &helperMap{abi.RichOperand + "strx", func(x starlark.Value) starlark.Value {
	if o, ok := x.(*py.Instance); ok {
		if s, ok := py.Base(o).(starlark.String); ok {
			return s
		}
	}
	return x
}}

// strText is a str on its way to the right of in, where the left
// operand may be a str subclass's instance, which the VM refuses.
type strText struct{ text }

// text is a str embedded under another name: a field named String
// would hide the String method.
type text = starlark.String

// Has reports whether x, a str or a str subclass's instance, is a
// substring of the text; any other x raises CPython's TypeError.
func (c strText) Has(x starlark.Value) (bool, error) {
	return c.text.Has(strValues.get(x))
}

// rangeItems is a range on its way to the right of in (see
// builtins.RangeHas).
type rangeItems struct{ starlark.Indexable }

func (c rangeItems) Has(x starlark.Value) (bool, error) { return builtins.RangeHas(c.Indexable, x) }

// listItems is a list on its way to the right of in.
type listItems struct{ *starlark.List }

func (c listItems) Has(x starlark.Value) (bool, error) { return hasItem(c.List, x) }

// tupleItems is a tuple on its way to the right of in.
type tupleItems struct{ starlark.Tuple }

func (c tupleItems) Has(x starlark.Value) (bool, error) { return hasItem(c.Tuple, x) }

// hasItem is Python's x in items: an item is x itself, or an item
// equals x, the item asked first. Two values of VM types that compare
// right with each other are compared by the VM.
func hasItem(items starlark.Indexable, x starlark.Value) (bool, error) {
	crossX := !plain(x, 0)
	xs, isStr := x.(starlark.String)
	for i := 0; i < items.Len(); i++ { // an item's __eq__ may shrink a list
		item := items.Index(i)
		switch {
		case isStr:
			if s, ok := item.(starlark.String); ok {
				if s == xs {
					return true, nil
				}
				continue
			}
			if _, tuple := item.(starlark.Tuple); tuple || !builtins.MayCompareAcross(item) {
				continue // no other plain value, nor a tuple, equals a str
			}
		case !crossX:
			if eq, decided, err := plainEqual(item, x, 0); decided || err != nil {
				if eq || err != nil {
					return eq, err
				}
				continue
			}
		}
		if builtins.Identical(item, x) {
			return true, nil
		}
		if eq, err := builtins.CompareOp(syntax.EQL, item, x); eq || err != nil {
			return eq, err
		}
	}
	return false, nil
}

// plainEqual compares item with x, a plain value (see plain), as the
// VM does where that is Python's answer: decided is false when item may
// equal x across types (an IntEnum member for an int), which only
// Python's comparison answers. Tuples are compared item by item in one
// pass, nested at most 8 deep.
func plainEqual(item, x starlark.Value, depth int) (eq, decided bool, err error) {
	t, ok := item.(starlark.Tuple)
	if !ok {
		if builtins.MayCompareAcross(item) {
			return false, false, nil
		}
		eq, err := starlark.Equal(item, x)
		return eq, true, err
	}
	xt, ok := x.(starlark.Tuple)
	if !ok {
		return false, true, nil // a tuple equals only a tuple
	}
	if len(t) != len(xt) {
		return false, true, nil
	}
	if depth > 8 {
		return false, false, nil
	}
	for i := range t {
		if eq, decided, err := plainEqual(t[i], xt[i], depth+1); !eq || !decided || err != nil {
			return eq, decided, err
		}
	}
	return true, true, nil
}

// plain reports whether the VM compares v right with any value: v is
// not builtins.MayCompareAcross, or is a tuple of such values (nested
// at most 8 deep).
func plain(v starlark.Value, depth int) bool {
	t, ok := v.(starlark.Tuple)
	if !ok {
		return !builtins.MayCompareAcross(v)
	}
	if depth > 8 {
		return false
	}
	for _, e := range t {
		if !plain(e, depth+1) {
			return false
		}
	}
	return true
}

// dictKeys is a dict on its way to the right of in.
type dictKeys struct{ *starlark.Dict }

// Has reports whether x is a key, or x stands for one (see
// builtins.LookupKey). An unhashable x raises TypeError, as in CPython.
func (c dictKeys) Has(x starlark.Value) (bool, error) {
	_, found, err := builtins.LookupKey(c.Dict, x)
	return found, err
}
