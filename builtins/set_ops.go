package builtins

// This file defines the set algebra as CPython's setobject.c computes
// it, since the order of its steps decides the result's table: union
// copies the left set then merges the right, intersection walks the
// smaller set, difference copies or walks depending on the sizes.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// copySet is CPython's set_copy: a new set of the type of s merged with s.
func (s *Set) copySet() *Set {
	c := newLike(s)
	c.merge(s) // can't fail: the keys are distinct
	return c
}

// union is set_or.
func (s *Set) union(o *Set) (*Set, error) {
	r := s.copySet()
	if o == s {
		return r, nil
	}
	return r, r.merge(o)
}

// intersection is set_intersection with a set.
func (s *Set) intersection(o *Set) (*Set, error) {
	if s == o {
		return s.copySet(), nil
	}
	r := newLike(s)
	big, small := s, o
	if o.used > s.used {
		big, small = o, s
	}
	for _, e := range small.entries() {
		i, err := big.lookup(e.key, e.hash)
		if err != nil {
			return nil, err
		}
		if i >= 0 {
			if err := r.add(e.key, e.hash, e.nondet); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// intersectionIter is set_intersection with any other iterable (thread
// may be nil for a dict view).
func (s *Set) intersectionIter(thread *starlark.Thread, x starlark.Value) (*Set, error) {
	if o, ok := x.(*Set); ok {
		return s.intersection(o)
	}
	r := newLike(s)
	err := forEachIn(thread, x, func(v starlark.Value) error {
		h, det, err := pyHash(v)
		if err != nil {
			return Unhashable(err)
		}
		i, err := s.lookup(v, h)
		if err != nil || i < 0 {
			return err
		}
		if err := r.add(v, h, !det); err != nil {
			return err
		}
		if r.used >= s.used {
			return errStop
		}
		return nil
	})
	if err != nil && err != errStop {
		return nil, err
	}
	return r, nil
}

// difference is set_difference with a set.
func (s *Set) difference(o *Set) (*Set, error) {
	if s.used>>2 > o.used {
		r := s.copySet()
		return r, r.differenceUpdate(o)
	}
	r := newLike(s)
	for _, e := range s.entries() {
		i, err := o.lookup(e.key, e.hash)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			if err := r.add(e.key, e.hash, e.nondet); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// differenceUpdate is set_difference_update_internal with a set.
func (s *Set) differenceUpdate(o *Set) error {
	if s == o {
		s.clear()
		return nil
	}
	if o.used>>3 > s.used {
		var err error
		if o, err = s.intersection(o); err != nil {
			return err
		}
	}
	for _, e := range o.entries() {
		i, err := s.lookup(e.key, e.hash)
		if err != nil {
			return err
		}
		if i >= 0 {
			s.discardAt(i)
		}
	}
	s.purgeDummies()
	return nil
}

// purgeDummies resizes the table when more than a quarter of it is
// dummies, as CPython does after a difference_update.
func (s *Set) purgeDummies() {
	if s.fill-s.used > (len(s.slots)-1)/4 {
		s.resize(s.growth())
	}
}

// symmetricDifference is set_symmetric_difference with a set: a copy of
// o (as the type of s) updated with s.
func (s *Set) symmetricDifference(o *Set) (*Set, error) {
	r := newLike(s)
	r.merge(o) // can't fail
	return r, r.symmetricDifferenceUpdate(s)
}

// symmetricDifferenceUpdate is set_symmetric_difference_update with a set.
func (s *Set) symmetricDifferenceUpdate(o *Set) error {
	if s == o {
		s.clear()
		return nil
	}
	for _, e := range o.entries() {
		i, err := s.lookup(e.key, e.hash)
		if err != nil {
			return err
		}
		if i >= 0 {
			s.discardAt(i)
		} else if err := s.add(e.key, e.hash, e.nondet); err != nil {
			return err
		}
	}
	return nil
}

// forEachIn is ForEach, or without a thread (for the operators of dict
// views) a plain iteration.
func forEachIn(thread *starlark.Thread, x starlark.Value, fn func(starlark.Value) error) error {
	if thread == nil {
		return eachOf(x, fn)
	}
	return ForEach(thread, x, fn)
}

// update is set_update_internal: a set is merged, a dict's keys are
// added after one presizing, any other iterable's items one by one;
// thread may be nil (see forEachIn).
func (s *Set) update(thread *starlark.Thread, x starlark.Value) error {
	switch x := x.(type) {
	case *Set:
		return s.merge(x)
	case *starlark.Dict:
		if (s.fill+x.Len())*5 >= (len(s.slots)-1)*3 {
			s.resize((s.used + x.Len()) * 2)
		}
	}
	return forEachIn(thread, x, s.Insert)
}

// setFrom returns x as a set: x itself if it is one, else a new set of
// the type of like built from its items.
func setFrom(thread *starlark.Thread, like *Set, x starlark.Value) (*Set, error) {
	if o, ok := x.(*Set); ok {
		return o, nil
	}
	o := newLike(like)
	return o, o.update(thread, x)
}

// inPlace is x op= y ("|=", "&=", "-=" or "^="): for a set x and a set
// or frozenset y, CPython's set_ior, set_iand, set_isub or set_ixor,
// which update x; for a dict x and a dict y, x |= y is dict_ior, which
// updates x; otherwise x op y. x and y may be instances of subclasses
// of those types (class Tags(set)), whose own values are updated and x
// returned, as CPython's inherited __ior__ does.
func inPlace(op string, x, y starlark.Value) (starlark.Value, error) {
	if d, ok := py.Base(x).(*starlark.Dict); ok && op == "|=" {
		if o, ok := py.Base(y).(*starlark.Dict); ok {
			return x, dictMerge(d, o)
		}
	}
	s, ok := py.Base(x).(*Set)
	o, ok2 := py.Base(y).(*Set)
	if !ok || !ok2 || s.frozen {
		return Binop(op[:1], x, y)
	}
	if s.immutable {
		return nil, py.Raise(py.TypeError, "cannot modify frozen set")
	}
	var err error
	switch op {
	case "|=":
		err = s.merge(o)
	case "&=":
		var r *Set
		if r, err = s.intersection(o); err == nil {
			s.takeBody(r)
		}
	case "-=":
		err = s.differenceUpdate(o)
	case "^=":
		err = s.symmetricDifferenceUpdate(o)
	}
	return x, err
}

// dictMerge sets every item of o in d, in o's order.
func dictMerge(d, o *starlark.Dict) error {
	for _, kv := range o.Items() {
		if err := d.SetKey(kv[0], kv[1]); err != nil {
			return err
		}
	}
	return nil
}
