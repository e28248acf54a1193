package builtins

// This file defines the set operators of dict_keys and dict_items, as
// CPython's dictobject.c computes them: the left operand made a set
// (a keys view as set(dict)), then updated with the right one.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

var _ starlark.HasBinary = (*DictView)(nil)

// Binary implements | & - ^ of a keys or items view with any iterable,
// on either side.
func (v *DictView) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	if v.kind == viewValues {
		return nil, nil
	}
	l, r := starlark.Value(v), y
	if side == starlark.Right {
		l, r = y, v
	}
	if _, ok := r.(starlark.Iterable); !ok {
		return nil, nil
	}
	if _, ok := l.(starlark.Iterable); !ok {
		return nil, nil
	}
	if op == syntax.AMP {
		return viewIntersect(l, r)
	}
	s, err := viewToSet(l)
	if err != nil {
		return nil, err
	}
	switch op {
	case syntax.PIPE:
		return s, s.update(nil, r)
	case syntax.MINUS:
		o, err := viewToSet(r)
		if err == nil {
			err = s.differenceUpdate(o)
		}
		return s, err
	case syntax.CIRCUMFLEX:
		o, err := viewToSet(r)
		if err == nil {
			err = s.symmetricDifferenceUpdate(o)
		}
		return s, err
	}
	return nil, nil
}

// viewToSet is dictviews_to_set: set(d) for a keys view of d, else set(x).
func viewToSet(x starlark.Value) (*Set, error) {
	if v, ok := x.(*DictView); ok && v.kind == viewKeys {
		x = v.dict
	}
	s := NewSet()
	return s, s.update(nil, x)
}

// eachOf calls fn for each item of x.
func eachOf(x starlark.Value, fn func(starlark.Value) error) error {
	iter, err := py.Iterate(x)
	if err != nil {
		return err
	}
	defer iter.Done()
	var v starlark.Value
	for iter.Next(&v) {
		if err := fn(v); err != nil {
			return err
		}
	}
	return py.IterErr(iter)
}

// viewIntersect is _PyDictView_Intersect: a set as large as the view
// intersects with it; else the items of the other operand (the smaller
// view of two) that the view contains, in order.
func viewIntersect(l, r starlark.Value) (starlark.Value, error) {
	v, ok := l.(*DictView)
	other := r
	if !ok {
		v, other = r.(*DictView), l
	}
	if s, ok := other.(*Set); ok && !s.frozen && v.Len() <= s.Len() {
		return s.intersectionIter(nil, v)
	}
	if o, ok := other.(*DictView); ok && o.Len() > v.Len() {
		v, other = o, v
	}
	result := NewSet()
	return result, eachOf(other, func(x starlark.Value) error {
		found, err := v.Has(x)
		if err == nil && found {
			err = result.Insert(x)
		}
		return err
	})
}
