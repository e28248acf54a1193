package builtins

// This file defines a set's hash table, CPython 3.11's setobject.c
// table slot for slot: linear probes then perturbation, deleted slots
// left as dummies (reused by the next insertion that passes them),
// growth to 4× the elements when 3/5 full, and pop's moving finger. A
// set of ints, floats and tuples of these therefore lists its elements
// in CPython's order, whatever history built it.

import (
	"sort"

	"go.starlark.net/starlark"
)

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

// A setEntry is a slot of the table: unused (key nil, hash 0), a dummy
// left by a deletion (key nil, hash -1), or an element.
type setEntry struct {
	key    starlark.Value
	hash   int64
	seq    uint64 // insertion order, for sets shown in it
	nondet bool   // hash is not CPython's
}

func (e *setEntry) unused() bool { return e.key == nil && e.hash == 0 }

// probe calls visit on the slots CPython's lookup visits for hash,
// first to last, until visit returns true; it returns that slot.
func probe(slots []setEntry, hash int64, visit func(i int) bool) int {
	mask := uint64(len(slots) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := uint64(0)
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			if visit(int(j)) {
				return int(j)
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// lookup returns the slot holding key, or -1.
func (s *Set) lookup(key starlark.Value, hash int64) (int, error) {
	var err error
	found := false
	slots := s.slots
	i := probe(slots, hash, func(i int) bool {
		e := &slots[i]
		if e.unused() {
			return true
		}
		if e.hash == hash && e.key != nil {
			found, err = keysEqual(e.key, key)
			return found || err != nil
		}
		return false
	})
	if !found {
		return -1, err
	}
	return i, nil
}

// add inserts key unless an equal element is present: CPython's
// set_add_entry.
func (s *Set) add(key starlark.Value, hash int64, nondet bool) error {
	var err error
	active, free := false, -1
	slots := s.slots
	i := probe(slots, hash, func(i int) bool {
		e := &slots[i]
		switch {
		case e.unused():
			return true
		case e.hash == hash && e.key != nil:
			active, err = keysEqual(e.key, key)
			return active || err != nil
		case e.hash == -1:
			free = i // the last dummy passed
		}
		return false
	})
	if active || err != nil {
		return err
	}
	entry := setEntry{key: key, hash: hash, seq: s.nextSeq, nondet: nondet}
	s.nextSeq++
	s.used++
	if nondet {
		s.nondet++
	}
	if free >= 0 {
		slots[free] = entry
		return nil
	}
	slots[i] = entry
	s.fill++
	if mask := len(slots) - 1; s.fill*5 < mask*3 {
		return nil
	}
	s.resize(s.growth())
	return nil
}

// growth is the minimum size CPython resizes a full table for.
func (s *Set) growth() int {
	if s.used > 50000 {
		return s.used * 2
	}
	return s.used * 4
}

// discardAt turns slot i into a dummy.
func (s *Set) discardAt(i int) starlark.Value {
	e := s.slots[i]
	s.slots[i] = setEntry{hash: -1}
	s.used--
	if e.nondet {
		s.nondet--
	}
	return e.key
}

// resize moves the elements, in slot order, to a table of the smallest
// power of two above minUsed (at least 8), dropping the dummies.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	if size == setMinSize && len(s.slots) == setMinSize && s.fill == s.used {
		return // no dummies to drop
	}
	slots := make([]setEntry, size)
	for _, e := range s.slots {
		if e.key != nil {
			insertClean(slots, e)
		}
	}
	s.slots, s.fill = slots, s.used
}

// insertClean puts e in the first unused slot of its probe sequence, in
// a table without dummies that doesn't hold e.
func insertClean(slots []setEntry, e setEntry) {
	i := probe(slots, e.hash, func(i int) bool { return slots[i].key == nil })
	slots[i] = e
}

// clear empties s to the minimum table (the finger stays, as in CPython).
func (s *Set) clear() {
	s.slots = make([]setEntry, setMinSize)
	s.fill, s.used, s.nondet = 0, 0, 0
}

// merge adds the elements of o: CPython's set_merge, which presizes the
// table and, into an empty set, copies o's table or its slot order.
func (s *Set) merge(o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	if (s.fill+o.used)*5 >= (len(s.slots)-1)*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 {
		if len(s.slots) == len(o.slots) && o.fill == o.used {
			copy(s.slots, o.slots)
		} else {
			for _, e := range o.slots {
				if e.key != nil {
					insertClean(s.slots, e)
				}
			}
		}
		s.fill, s.used, s.nondet, s.nextSeq = o.used, o.used, o.nondet, o.nextSeq
		return nil
	}
	for _, e := range o.entries() {
		if err := s.add(e.key, e.hash, e.nondet); err != nil {
			return err
		}
	}
	return nil
}

// pop removes the element at or after the finger: CPython's set_pop.
func (s *Set) pop() (starlark.Value, bool) {
	if s.used == 0 {
		return nil, false
	}
	mask := len(s.slots) - 1
	i := s.finger & mask
	for s.slots[i].key == nil {
		i++
		if i > mask {
			i = 0
		}
	}
	s.finger = i + 1
	return s.discardAt(i), true
}

// entries returns the elements in the order s shows them: the table's
// when every hash is CPython's, else insertion order.
func (s *Set) entries() []setEntry {
	out := make([]setEntry, 0, s.used)
	for _, e := range s.slots {
		if e.key != nil {
			out = append(out, e)
		}
	}
	if s.nondet > 0 {
		sort.Slice(out, func(i, j int) bool { return out[i].seq < out[j].seq })
	}
	return out
}

// swapBodies gives s the table of t (CPython's set_swap_bodies, one way).
func (s *Set) takeBody(t *Set) {
	s.slots, s.fill, s.used, s.nondet, s.nextSeq = t.slots, t.fill, t.used, t.nondet, t.nextSeq
}
