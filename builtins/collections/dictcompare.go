package collections

// This file defines how defaultdict, OrderedDict and Counter compare
// with dicts and with each other: as dicts, by their items in any order,
// since dict.__eq__ answers for them (an OrderedDict is order-sensitive
// only against another OrderedDict, a Counter lets a missing count be
// zero only against another Counter).

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

var (
	_ py.CrossComparable  = (*OrderedDict)(nil)
	_ py.CrossComparable  = (*DefaultDict)(nil)
	_ py.CrossComparable  = (*Counter)(nil)
	_ starlark.Comparable = (*DefaultDict)(nil)
)

// plainDict returns the dict underneath y, if y is a dict or one of
// this package's dicts.
func plainDict(y starlark.Value) (*starlark.Dict, bool) {
	switch y := y.(type) {
	case *starlark.Dict:
		return y, true
	case *OrderedDict:
		return y.d, true
	case *DefaultDict:
		return y.d, true
	case *Counter:
		return y.d, true
	}
	return nil, false
}

// compareAsDicts answers x op y as dict.__eq__ does; handled is false
// when y is no dict or op no equality test.
func compareAsDicts(op syntax.Token, x *starlark.Dict, y starlark.Value, depth int) (result, handled bool, err error) {
	yd, ok := plainDict(y)
	if !ok || op != syntax.EQL && op != syntax.NEQ {
		return false, false, nil
	}
	eq := x.Len() == yd.Len()
	for _, kv := range x.Items() {
		if !eq {
			break
		}
		v, found, err := yd.Get(kv[0])
		if err != nil {
			return false, true, err
		}
		if eq = found; found {
			if eq, err = starlark.EqualDepth(kv[1], v, depth-1); err != nil {
				return false, true, err
			}
		}
	}
	return eq == (op == syntax.EQL), true, nil
}

// CompareOther compares d with a dict or another kind of dict.
func (d *OrderedDict) CompareOther(op syntax.Token, y starlark.Value, depth int, _ bool) (bool, bool, error) {
	return compareAsDicts(op, d.d, y, depth)
}

// CompareOther compares d with a dict or another kind of dict.
func (d *DefaultDict) CompareOther(op syntax.Token, y starlark.Value, depth int, _ bool) (bool, bool, error) {
	return compareAsDicts(op, d.d, y, depth)
}

// CompareOther compares c with a dict or another kind of dict.
func (c *Counter) CompareOther(op syntax.Token, y starlark.Value, depth int, _ bool) (bool, bool, error) {
	return compareAsDicts(op, c.d, y, depth)
}

// CompareSameType compares two defaultdicts as dicts.
func (d *DefaultDict) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	r, handled, err := compareAsDicts(op, d.d, y, depth)
	if !handled && err == nil {
		return false, py.Raisef(py.TypeError, "'%s' not supported between instances of 'collections.defaultdict' and 'collections.defaultdict'", op)
	}
	return r, err
}
