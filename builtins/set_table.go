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

// lookup returns the slot holding key, or -1: CPython's set_lookkey.
func (s *Set) lookup(key starlark.Value, hash int64) (int, error) {
	slots := s.slots
	mask := uint64(len(slots) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		end := i
		if i+linearProbes <= mask {
			end = i + linearProbes
		}
		for j := i; j <= end; j++ {
			e := &slots[j]
			if e.key == nil {
				if e.hash == 0 {
					return -1, nil
				}
			} else if e.hash == hash {
				if eq, err := keysEqual(e.key, key); eq || err != nil {
					return int(j), err
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// find returns the slot holding key (active), else the slot an
// insertion takes: the last dummy passed, or the unused slot that ended
// the search. It is the search of CPython's set_add_entry.
func (s *Set) find(key starlark.Value, hash int64) (i int, active bool, err error) {
	slots := s.slots
	mask := uint64(len(slots) - 1)
	perturb := uint64(hash)
	free := -1
	for p := uint64(hash) & mask; ; p = (p*5 + 1 + perturb) & mask {
		end := p
		if p+linearProbes <= mask {
			end = p + linearProbes
		}
		for j := p; j <= end; j++ {
			e := &slots[j]
			switch {
			case e.key == nil && e.hash == 0:
				if free >= 0 {
					return free, false, nil
				}
				return int(j), false, nil
			case e.key == nil:
				free = int(j) // a dummy
			case e.hash == hash:
				if eq, err := keysEqual(e.key, key); eq || err != nil {
					return int(j), eq, err
				}
			}
		}
		perturb >>= perturbShift
	}
}

// add inserts key unless an equal element is present: CPython's
// set_add_entry.
func (s *Set) add(key starlark.Value, hash int64, nondet bool) error {
	i, active, err := s.find(key, hash)
	if active || err != nil {
		return err
	}
	slots := s.slots
	reuse := slots[i].hash == -1
	s.ordered = nil
	entry := setEntry{key: key, hash: hash, seq: s.nextSeq, nondet: nondet}
	s.nextSeq++
	s.used++
	if nondet {
		s.nondet++
	}
	slots[i] = entry
	if reuse {
		return nil
	}
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
	s.ordered = nil
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
	mask := uint64(len(slots) - 1)
	perturb := uint64(e.hash)
	for i := uint64(e.hash) & mask; ; i = (i*5 + 1 + perturb) & mask {
		end := i
		if i+linearProbes <= mask {
			end = i + linearProbes
		}
		for j := i; j <= end; j++ {
			if slots[j].key == nil {
				slots[j] = e
				return
			}
		}
		perturb >>= perturbShift
	}
}

// clear empties s to the minimum table (the finger stays, as in CPython).
func (s *Set) clear() {
	s.slots, s.ordered = make([]setEntry, setMinSize), nil
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
		s.fill, s.used, s.nondet, s.nextSeq, s.ordered = o.used, o.used, o.nondet, o.nextSeq, nil
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

// takeBody gives s the table of t (CPython's set_swap_bodies, one way).
func (s *Set) takeBody(t *Set) {
	s.slots, s.fill, s.used, s.nondet, s.nextSeq, s.ordered = t.slots, t.fill, t.used, t.nondet, t.nextSeq, nil
}
