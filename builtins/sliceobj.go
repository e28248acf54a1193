package builtins

// This file defines Python's slice objects: the slice builtin, their
// start, stop and step attributes, indices(n), repr and equality (a
// slice is unhashable, as in CPython 3.11), and SliceOf, the sequence a
// slice object selects from a str, bytes, list or tuple.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// SliceType is the class of slice objects.
var SliceType = newType("slice", ObjectType, newSliceObj)

// Slice is a Python slice object, slice(start, stop, step).
type Slice struct {
	Start, Stop, Step starlark.Value
}

var (
	_ starlark.HasAttrs   = (*Slice)(nil)
	_ starlark.Comparable = (*Slice)(nil)
)

// NewSlice returns slice(lo, hi, step) (None for an absent bound).
func NewSlice(lo, hi, step starlark.Value) *Slice {
	return &Slice{Start: lo, Stop: hi, Step: step}
}

func newSliceObj(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "slice() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, py.Raise(py.TypeError, "slice expected at least 1 argument, got 0")
	case 1:
		return NewSlice(starlark.None, args[0], starlark.None), nil
	case 2:
		return NewSlice(args[0], args[1], starlark.None), nil
	case 3:
		return NewSlice(args[0], args[1], args[2]), nil
	}
	return nil, py.Raisef(py.TypeError, "slice expected at most 3 arguments, got %d", len(args))
}

func (s *Slice) String() string {
	return "slice(" + py.Repr(s.Start) + ", " + py.Repr(s.Stop) + ", " + py.Repr(s.Step) + ")"
}

// Type returns "slice".
func (s *Slice) Type() string { return "slice" }

// PyClass returns SliceType.
func (s *Slice) PyClass() *py.Class { return SliceType }

// Freeze freezes the bounds.
func (s *Slice) Freeze() {
	s.Start.Freeze()
	s.Stop.Freeze()
	s.Step.Freeze()
}

// Truth is true: a slice object is always true.
func (s *Slice) Truth() starlark.Bool { return true }

// Hash fails: slices are unhashable in Python 3.11.
func (s *Slice) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'slice'")
}

func (s *Slice) tuple() starlark.Tuple { return starlark.Tuple{s.Start, s.Stop, s.Step} }

// CompareSameType compares slices as the tuples (start, stop, step).
func (s *Slice) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return starlark.CompareDepth(op, s.tuple(), y.(*Slice).tuple(), depth)
}

// Attr returns start, stop, step or the indices method.
func (s *Slice) Attr(name string) (starlark.Value, error) {
	switch name {
	case "start":
		return s.Start, nil
	case "stop":
		return s.Stop, nil
	case "step":
		return s.Step, nil
	case "indices":
		return starlark.NewBuiltin("slice.indices", s.indices), nil
	}
	return nil, nil
}

// AttrNames lists the slice attributes.
func (s *Slice) AttrNames() []string { return []string{"indices", "start", "step", "stop"} }

// indices implements slice.indices(n).
func (s *Slice) indices(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "slice.indices() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, py.Raisef(py.TypeError, "slice.indices() takes exactly one argument (%d given)", len(args))
	}
	n, ok := args[0].(starlark.Int)
	if !ok {
		return nil, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(args[0]))
	}
	if n.Sign() < 0 {
		return nil, py.Raise(py.ValueError, "length should not be negative")
	}
	ln, _ := n.Int64()
	start, end, st, err := SliceRange(int(ln), s.Start, s.Stop, s.Step)
	if err != nil {
		return nil, err
	}
	return starlark.Tuple{starlark.MakeInt(start), starlark.MakeInt(end), starlark.MakeInt(st)}, nil
}

// SliceOf returns x[s] for a str, or any starlark.Sliceable, and false
// for other values.
func SliceOf(thread *starlark.Thread, x starlark.Value, s *Slice) (starlark.Value, bool, error) {
	if str, ok := x.(starlark.String); ok {
		v, err := StrSlice(thread, string(str), s.Start, s.Stop, s.Step)
		return v, true, err
	}
	sl, ok := x.(starlark.Sliceable)
	if !ok {
		return nil, false, nil
	}
	start, end, st, err := SliceRange(sl.Len(), s.Start, s.Stop, s.Step)
	if err != nil {
		return nil, true, err
	}
	if (st > 0 && end < start) || (st < 0 && end > start) {
		end = start // empty; Slice wants ordered bounds
	}
	return sl.Slice(start, end, st), true, nil
}
