package builtins

// This file defines the methods of set and frozenset and their
// constructors, with CPython's argument errors.
// https://docs.python.org/3/library/stdtypes.html#set-types-set-frozenset

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// A setMethod is a method of set: its arity (-1 for any number of
// arguments) and whether frozenset has it too.
type setMethod struct {
	arity  int
	frozen bool
	fn     func(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error)
}

var setMethodTable = map[string]setMethod{
	"add":                         {1, false, setAdd},
	"clear":                       {0, false, setClear},
	"copy":                        {0, true, setCopy},
	"discard":                     {1, false, setDiscard},
	"difference":                  {-1, true, setDifference},
	"difference_update":           {-1, false, setDifferenceUpdate},
	"intersection":                {-1, true, setIntersection},
	"intersection_update":         {-1, false, setIntersectionUpdate},
	"isdisjoint":                  {1, true, setIsdisjoint},
	"issubset":                    {1, true, setIssubset},
	"issuperset":                  {1, true, setIssuperset},
	"pop":                         {0, false, setPop},
	"remove":                      {1, false, setRemove},
	"symmetric_difference":        {1, true, setSymmetricDifference},
	"symmetric_difference_update": {1, false, setSymmetricDifferenceUpdate},
	"union":                       {-1, true, setUnion},
	"update":                      {-1, false, setUpdate},
}

// setBuiltins holds each method as a builtin, which Attr binds.
var setBuiltins = func() map[string]*starlark.Builtin {
	bs := map[string]*starlark.Builtin{}
	for name := range setMethodTable {
		call := callSetMethod(name)
		bs[name] = starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return call(thread, b.Receiver(), args, kwargs)
		})
	}
	return bs
}()

// callSetMethod returns the method name, which the caller has checked
// the receiver has.
func callSetMethod(name string) method {
	m := setMethodTable[name]
	return func(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		s := recv.(*Set)
		if err := checkSetArgs(s.Type()+"."+name, m.arity, args, kwargs); err != nil {
			return nil, err
		}
		if !m.frozen && s.immutable {
			return nil, py.Raisef(py.TypeError, "cannot modify frozen set")
		}
		return m.fn(thread, s, args)
	}
}

// method returns the method name of s, or nil.
func (s *Set) method(name string) method {
	if !s.has(name) {
		return nil
	}
	return callSetMethod(name)
}

// has reports whether s has the method name (a frozenset lacks some).
func (s *Set) has(name string) bool {
	m, ok := setMethodTable[name]
	return ok && (m.frozen || !s.frozen)
}

// checkSetArgs reports CPython's error for a call of a METH_O,
// METH_NOARGS or METH_VARARGS method with the wrong arguments.
func checkSetArgs(name string, arity int, args starlark.Tuple, kwargs []starlark.Tuple) error {
	switch {
	case len(kwargs) > 0:
		return py.Raisef(py.TypeError, "%s() takes no keyword arguments", name)
	case arity == 0 && len(args) > 0:
		return py.Raisef(py.TypeError, "%s() takes no arguments (%d given)", name, len(args))
	case arity == 1 && len(args) != 1:
		return py.Raisef(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

func (s *Set) Attr(name string) (starlark.Value, error) {
	if !s.has(name) {
		return nil, nil
	}
	return setBuiltins[name].BindReceiver(s), nil
}

func (s *Set) AttrNames() []string { return unboundNames[s.PyClass()] }

func setAdd(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	return starlark.None, s.Insert(args[0])
}

func setClear(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	s.clear()
	return starlark.None, nil
}

func setCopy(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	if s.frozen {
		return s, nil
	}
	return s.copySet(), nil
}

func setDiscard(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	_, err := s.Discard(args[0])
	return starlark.None, err
}

func setRemove(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	found, err := s.Discard(args[0])
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, py.NewException(py.KeyError, args[0])
	}
	return starlark.None, nil
}

func setPop(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	v, ok := s.pop()
	if !ok {
		return nil, py.Raise(py.KeyError, "pop from an empty set")
	}
	return v, nil
}

func setUnion(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	r := s.copySet()
	for _, a := range args {
		if a == starlark.Value(s) {
			continue
		}
		if err := r.update(thread, a); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func setUpdate(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	for _, a := range args {
		if err := s.update(thread, a); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

func setIntersection(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return s.copySet(), nil
	}
	r := s
	for _, a := range args {
		var err error
		if r, err = r.intersectionIter(thread, a); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func setIntersectionUpdate(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	r, err := setIntersection(thread, s, args)
	if err != nil {
		return nil, err
	}
	s.takeBody(r.(*Set))
	return starlark.None, nil
}

func setDifference(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return s.copySet(), nil
	}
	var r *Set
	var err error
	if o, ok := args[0].(*Set); ok {
		r, err = s.difference(o)
	} else if d, ok := args[0].(*starlark.Dict); ok && s.used>>2 <= d.Len() {
		r, err = s.differenceDict(d)
	} else {
		r = s.copySet()
		err = r.differenceUpdateIter(thread, args[0])
	}
	for _, a := range args[1:] {
		if err != nil {
			break
		}
		err = r.differenceUpdateIter(thread, a)
	}
	return r, err
}

// differenceDict is set_difference with a dict: the elements of s, in
// order, that are not keys of d.
func (s *Set) differenceDict(d *starlark.Dict) (*Set, error) {
	r := newLike(s)
	for _, e := range s.entries() {
		_, found, err := d.Get(e.key)
		if err != nil {
			return nil, err
		}
		if !found {
			if err := r.add(e.key, e.hash, e.nondet); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// differenceUpdateIter is set_difference_update_internal.
func (s *Set) differenceUpdateIter(thread *starlark.Thread, x starlark.Value) error {
	if o, ok := x.(*Set); ok {
		return s.differenceUpdate(o)
	}
	err := ForEach(thread, x, func(v starlark.Value) error {
		_, err := s.Discard(v)
		return err
	})
	if err != nil {
		return err
	}
	s.purgeDummies()
	return nil
}

func setDifferenceUpdate(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	for _, a := range args {
		if err := s.differenceUpdateIter(thread, a); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

func setSymmetricDifference(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	r := newLike(s)
	if err := r.update(thread, args[0]); err != nil {
		return nil, err
	}
	return r, r.symmetricDifferenceUpdate(s)
}

func setSymmetricDifferenceUpdate(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	if d, ok := args[0].(*starlark.Dict); ok {
		for _, k := range d.Keys() {
			found, err := s.Discard(k)
			if err == nil && !found {
				err = s.Insert(k)
			}
			if err != nil {
				return nil, err
			}
		}
		return starlark.None, nil
	}
	o, err := setFrom(thread, s, args[0])
	if err != nil {
		return nil, err
	}
	return starlark.None, s.symmetricDifferenceUpdate(o)
}

func setIssubset(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	if o, ok := args[0].(*Set); ok {
		r, err := s.isSubset(o)
		return starlark.Bool(r), err
	}
	t, err := s.intersectionIter(thread, args[0])
	if err != nil {
		return nil, err
	}
	return starlark.Bool(t.used == s.used), nil
}

func setIssuperset(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	if o, ok := args[0].(*Set); ok {
		r, err := o.isSubset(s)
		return starlark.Bool(r), err
	}
	all := true
	err := ForEach(thread, args[0], func(v starlark.Value) error {
		found, err := s.Has(v)
		if err == nil && !found {
			all = false
			return errStop
		}
		return err
	})
	if err != nil && err != errStop {
		return nil, err
	}
	return starlark.Bool(all), nil
}

func setIsdisjoint(thread *starlark.Thread, s *Set, args starlark.Tuple) (starlark.Value, error) {
	disjoint := true
	err := ForEach(thread, args[0], func(v starlark.Value) error {
		found, err := s.Has(v)
		if err == nil && found {
			disjoint = false
			return errStop
		}
		return err
	})
	if err != nil && err != errStop {
		return nil, err
	}
	return starlark.Bool(disjoint), nil
}

// newSet implements set(iterable=()).
func newSet(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := optArg("set", args, kwargs)
	if err != nil {
		return nil, err
	}
	s := NewSet()
	if x == nil {
		return s, nil
	}
	return s, s.update(thread, x)
}

// newFrozenSet implements frozenset(iterable=()).
func newFrozenSet(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := optArg("frozenset", args, kwargs)
	if err != nil {
		return nil, err
	}
	if f, ok := x.(*Set); ok && f.frozen {
		return f, nil
	}
	s := NewFrozenSet()
	if x == nil {
		return s, nil
	}
	return s, s.update(thread, x)
}
