package pyrt

// This file defines the unpacking loops of for a, b in X: abi.Iter(X,
// shape) (and abi.CompIter(X, stop, shape)) hand the VM each item of X
// as a tuple or list that its target unpacks, and abi.Unpack(v, shape)
// does the same for an assignment to a nested target. A tuple or list
// of the target's length passes as it is, at the cost of a type switch;
// anything else (a str, a generator, a user iterable) is unpacked by
// Python's iteration protocol, with CPython's errors, which the loop
// keeps for abi.LoopEnd or abi.CompEnd.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// shape is the structure of an unpacking target: its items, nil for a
// plain one (a name, an attribute, a subscript).
type shape struct {
	items []*shape
	flat  bool // no item is nested
	star  int  // the index of the starred item (for a, *b in x), or -1
}

// parseShape parses a target's shape as the front-end writes it: "."
// for a plain item, "*" for a starred one, a nested target's shape in
// parentheses (".(..)" is a, (b, c); "*." is *a, b).
func parseShape(s string) (*shape, error) {
	sh, rest := parseItems(s)
	if rest != "" || len(sh.items) == 0 {
		return nil, py.Raisef(py.SystemError, "bad unpacking shape %q", s)
	}
	return sh, nil
}

// parseItems parses the items of a shape up to a ')' or the end of s,
// returning what follows them.
func parseItems(s string) (*shape, string) {
	sh := &shape{flat: true, star: -1}
	for s != "" && s[0] != ')' {
		if s[0] == '*' {
			if sh.star >= 0 {
				return sh, "!" // two stars
			}
			sh.star = len(sh.items)
		}
		if s[0] != '(' {
			sh.items, s = append(sh.items, nil), s[1:]
			continue
		}
		inner, rest := parseItems(s[1:])
		if rest == "" || len(inner.items) == 0 {
			return sh, "!" // unbalanced
		}
		sh.items, sh.flat, s = append(sh.items, inner), false, rest[1:]
	}
	return sh, s
}

// conform returns v as its target of shape sh unpacks it: v itself if
// it is a tuple or list of the right length whose nested items conform
// too, else a tuple of its items.
func conform(v starlark.Value, sh *shape) (starlark.Value, error) {
	if fits(v, sh) {
		return v, nil
	}
	var u starlark.Value
	var err error
	if sh.star >= 0 {
		u, err = unstar(v, sh.star, len(sh.items)-1-sh.star)
	} else {
		u, err = unpack(v, len(sh.items))
	}
	if err != nil || sh.flat {
		return u, err
	}
	seq := u.(starlark.Indexable)
	out := make(starlark.Tuple, len(sh.items))
	for i, sub := range sh.items {
		out[i] = seq.Index(i)
		if sub != nil && !fits(out[i], sub) {
			if out[i], err = conform(out[i], sub); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// fits reports whether the VM unpacks v into a target of shape sh as
// Python does: v is a tuple or list of as many items, whose nested
// items fit too.
func fits(v starlark.Value, sh *shape) bool {
	if sh.star >= 0 {
		return false // the starred item is a new list
	}
	switch x := v.(type) {
	case starlark.Tuple:
		if len(x) != len(sh.items) {
			return false
		}
		for i, sub := range sh.items {
			if sub != nil && !fits(x[i], sub) {
				return false
			}
		}
		return true
	case *starlark.List:
		if x.Len() != len(sh.items) {
			return false
		}
		for i, sub := range sh.items {
			if sub != nil && !fits(x.Index(i), sub) {
				return false
			}
		}
		return true
	}
	return false
}

// unpackLoop is abi.Iter(X, shape): the loop over X whose items its
// target of shape sh unpacks.
type unpackLoop struct {
	starlark.Iterable // X's loop, as abi.Iter(X) gives it
	sh                *shape
	err               error // the error that ended the last loop
}

var _ builtins.LoopErrer = (*unpackLoop)(nil)

// newUnpackLoop returns the loop over it, a value of abi.Iter(X), whose
// target has the shape the front-end wrote as s.
func newUnpackLoop(it starlark.Value, s starlark.Value) (starlark.Value, error) {
	str, ok := s.(starlark.String)
	if !ok {
		return nil, py.Raisef(py.SystemError, "%s: bad unpacking shape", abi.Iter)
	}
	sh, err := parseShape(string(str))
	if err != nil {
		return nil, err
	}
	return &unpackLoop{Iterable: it.(starlark.Iterable), sh: sh}, nil
}

func (l *unpackLoop) Iterate() starlark.Iterator {
	return &unpackIter{Iterator: l.Iterable.Iterate(), loop: l}
}

// LoopErr returns and forgets the error that ended the last loop: an
// item that did not unpack, or X's own.
func (l *unpackLoop) LoopErr() error {
	if err := l.err; err != nil {
		l.err = nil
		return err
	}
	return builtins.LoopErr(l.Iterable)
}

type unpackIter struct {
	starlark.Iterator
	loop *unpackLoop
}

func (it *unpackIter) Next(p *starlark.Value) bool {
	if !it.Iterator.Next(p) {
		return false
	}
	v, err := conform(*p, it.loop.sh)
	if err != nil {
		it.loop.err = err
		return false
	}
	*p = v
	return true
}
