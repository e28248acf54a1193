package builtins

// This file defines set and frozenset: one Go type, Set, whose table is
// CPython's (set_table.go), so that sets print and iterate in CPython's
// order, with the operators, comparisons and iteration the VM uses.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// Set is a Python set, or a frozenset when frozen is set. Its elements
// are hashed and compared as Python does (True, 1 and 1.0 are equal).
// A Set is guarded by the GIL; a frozenset is never mutated once built.
type Set struct {
	slots      []setEntry
	fill, used int              // slots not unused; elements
	finger     int              // where pop looks first
	nondet     int              // elements whose hash is not CPython's
	nextSeq    uint64           // the next insertion's seq
	frozen     bool             // a frozenset
	immutable  bool             // Starlark-frozen (a value shared by interpreters)
	ordered    []starlark.Value // Elems of a set shown in insertion order, until it changes
}

var (
	_ starlark.Container               = (*Set)(nil)
	_ starlark.Sequence                = (*Set)(nil)
	_ starlark.HasBinary               = (*Set)(nil)
	_ starlark.Comparable              = (*Set)(nil)
	_ starlark.HasAttrs                = (*Set)(nil)
	_ interface{ PyClass() *py.Class } = (*Set)(nil)
)

// NewSet returns a new empty set.
func NewSet() *Set { return &Set{slots: make([]setEntry, setMinSize)} }

// NewFrozenSet returns a new empty frozenset, to be filled with Insert
// before it is shared.
func NewFrozenSet() *Set {
	s := NewSet()
	s.frozen = true
	return s
}

// newLike returns an empty set of the type of s (make_new_set_basetype).
func newLike(s *Set) *Set {
	if s.frozen {
		return NewFrozenSet()
	}
	return NewSet()
}

// Insert adds x to s, as set.add does.
func (s *Set) Insert(x starlark.Value) error {
	if s.immutable {
		return py.Raise(py.TypeError, "cannot insert into frozen set")
	}
	h, det, err := pyHash(x)
	if err != nil {
		return Unhashable(err)
	}
	return s.add(x, h, !det)
}

// Has reports whether x is an element of s; a set x is looked up as the
// frozenset of its elements, as CPython's set_contains does.
func (s *Set) Has(x starlark.Value) (bool, error) {
	x, h, err := lookupKey(x)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(x, h)
	return i >= 0, err
}

// lookupKey returns x and its hash, or for a set x the frozenset of its
// elements, which CPython's contains, remove and discard look up.
func lookupKey(x starlark.Value) (starlark.Value, int64, error) {
	h, _, err := pyHash(x)
	if err != nil {
		y, ok := x.(*Set)
		if !ok {
			return nil, 0, Unhashable(err)
		}
		x = y.asFrozen()
		h, _, _ = pyHash(x)
	}
	return x, h, nil
}

// asFrozen returns a frozenset of the elements of s.
func (s *Set) asFrozen() *Set {
	f := NewFrozenSet()
	f.merge(s) // can't fail: the keys are distinct
	return f
}

// Discard removes x from s and reports whether it was there.
func (s *Set) Discard(x starlark.Value) (bool, error) {
	if s.immutable {
		return false, py.Raise(py.TypeError, "cannot delete from frozen set")
	}
	x, h, err := lookupKey(x)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(x, h)
	if i < 0 {
		return false, err
	}
	s.discardAt(i)
	return true, nil
}

// Elems returns the elements in the order CPython shows them: table
// order, or insertion order for a set of strings or other values whose
// CPython hash varies between runs.
func (s *Set) Elems() []starlark.Value {
	if s.ordered != nil {
		return append([]starlark.Value(nil), s.ordered...)
	}
	es := s.entries()
	out := make([]starlark.Value, len(es))
	for i, e := range es {
		out[i] = e.key
	}
	if s.nondet > 0 {
		s.ordered = append([]starlark.Value(nil), out...)
	}
	return out
}

// SetElems implements core's printing of sets.
func (s *Set) SetElems() []starlark.Value { return s.Elems() }

func (s *Set) String() string { return py.Repr(s) }

// Freeze makes s immutable, for sharing between interpreters: its
// insertion order is cached now, since Elems must not write to it later.
func (s *Set) Freeze() {
	if !s.immutable {
		s.Elems()
		s.immutable = true
		for _, e := range s.slots {
			if e.key != nil {
				e.key.Freeze()
			}
		}
	}
}
func (s *Set) Truth() starlark.Bool { return s.used > 0 }
func (s *Set) Len() int             { return s.used }

func (s *Set) Type() string {
	if s.frozen {
		return "frozenset"
	}
	return "set"
}

func (s *Set) PyClass() *py.Class {
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// Hash is a frozenset's hash; a set is unhashable.
func (s *Set) Hash() (uint32, error) {
	if !s.frozen {
		return 0, py.Raise(py.TypeError, "unhashable type: 'set'")
	}
	h, _, _ := s.frozenHash()
	return uint32(h), nil
}

// Iterate yields the elements in the order CPython shows them; the
// iterator's Err reports a change of size meanwhile, as CPython does. A
// set in table order is iterated live, by slot, as CPython's is: an
// element added in the loop (with another removed) may be visited.
func (s *Set) Iterate() starlark.Iterator {
	it := &setIterator{set: s, used: s.used}
	if s.nondet > 0 {
		if s.ordered == nil {
			s.Elems()
		}
		it.elems = s.ordered // never mutated: a change replaces it
	}
	return it
}

type setIterator struct {
	set   *Set
	elems []starlark.Value // a snapshot in insertion order, or nil
	pos   int              // the next slot to look at
	used  int
	err   error
}

func (it *setIterator) Next(p *starlark.Value) bool {
	s := it.set
	if it.err != nil || s == nil {
		return false
	}
	if s.used != it.used {
		it.err = py.Raise(py.RuntimeError, "Set changed size during iteration")
		return false
	}
	if it.elems != nil {
		if it.pos >= len(it.elems) {
			return false
		}
		*p = it.elems[it.pos]
		it.pos++
		return true
	}
	for ; it.pos < len(s.slots); it.pos++ {
		if k := s.slots[it.pos].key; k != nil {
			*p = k
			it.pos++
			return true
		}
	}
	it.set = nil // exhausted: later changes don't matter
	return false
}

func (it *setIterator) Done()      {}
func (it *setIterator) Err() error { return it.err }

// CompareSameType compares two sets or frozensets as sets: equality,
// subset (<=, <) and superset (>=, >).
func (s *Set) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	o := y.(*Set)
	switch op {
	case syntax.EQL, syntax.NEQ:
		if s.used != o.used {
			return op == syntax.NEQ, nil
		}
		r, err := s.isSubset(o)
		return r == (op == syntax.EQL), err
	case syntax.LE:
		return s.isSubset(o)
	case syntax.GE:
		return o.isSubset(s)
	case syntax.LT:
		if s.used >= o.used {
			return false, nil
		}
		return s.isSubset(o)
	case syntax.GT:
		if s.used <= o.used {
			return false, nil
		}
		return o.isSubset(s)
	}
	return false, nil
}

// isSubset is CPython's set_issubset for two sets.
func (s *Set) isSubset(o *Set) (bool, error) {
	if s.used > o.used {
		return false, nil
	}
	for _, e := range s.entries() {
		i, err := o.lookup(e.key, e.hash)
		if i < 0 || err != nil {
			return false, err
		}
	}
	return true, nil
}

// Binary implements | & - ^ between sets and frozensets; the result has
// the type of the left operand, as in Python.
func (s *Set) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	o, ok := y.(*Set)
	if !ok {
		return nil, nil
	}
	l, r := s, o
	if side == starlark.Right {
		l, r = o, s
	}
	switch op {
	case syntax.PIPE:
		return l.union(r)
	case syntax.AMP:
		return l.intersection(r)
	case syntax.MINUS:
		return l.difference(r)
	case syntax.CIRCUMFLEX:
		return l.symmetricDifference(r)
	}
	return nil, nil
}

// Copy returns s.copy(): a new set, or s itself for a frozenset.
func (s *Set) Copy() *Set {
	if s.frozen {
		return s
	}
	return s.copySet()
}

// Empty returns a new empty set or frozenset, as s is.
func (s *Set) Empty() *Set { return newLike(s) }

// ConstSet returns the set CPython builds for a display of constants
// such as {1, 2, 3}: the compiler folds the items into a frozenset,
// which merge_consts_recursive rebuilds from its own iteration order,
// and the display merges that into an empty set.
func ConstSet(items *starlark.List) (*Set, error) {
	f := NewFrozenSet()
	for i := 0; i < items.Len(); i++ {
		if err := f.Insert(items.Index(i)); err != nil {
			return nil, err
		}
	}
	g := NewFrozenSet()
	for _, e := range f.entries() {
		g.add(e.key, e.hash, e.nondet) // can't fail: the keys are distinct
	}
	s := NewSet()
	return s, s.merge(g)
}
