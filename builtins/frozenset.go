package builtins

// This file defines frozenset, Python's immutable and hashable set: a
// *starlark.Set that nothing mutates after construction, with the set
// operators, comparisons and methods that don't mutate.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// FrozenSet is a frozenset. Its set is never mutated after construction,
// so a FrozenSet may be a dict key or a set member.
type FrozenSet struct {
	set  *starlark.Set
	hash uint32
}

var (
	_ starlark.Container               = (*FrozenSet)(nil)
	_ starlark.Sequence                = (*FrozenSet)(nil)
	_ starlark.HasBinary               = (*FrozenSet)(nil)
	_ starlark.Comparable              = (*FrozenSet)(nil)
	_ starlark.HasAttrs                = (*FrozenSet)(nil)
	_ interface{ PyClass() *py.Class } = (*FrozenSet)(nil)
)

// newFrozenSet implements frozenset(iterable=()).
// https://docs.python.org/3/library/stdtypes.html#frozenset
func newFrozenSet(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := optArg("frozenset", args, kwargs)
	if err != nil {
		return nil, err
	}
	if f, ok := x.(*FrozenSet); ok {
		return f, nil
	}
	s := starlark.NewSet(0)
	if x != nil {
		if err := ForEach(thread, x, func(v starlark.Value) error { return s.Insert(v) }); err != nil {
			return nil, Unhashable(err)
		}
	}
	return freeze(s), nil
}

// freeze wraps s, which the caller must not mutate afterwards.
func freeze(s *starlark.Set) *FrozenSet {
	f := &FrozenSet{set: s}
	f.hash = frozenHash(s)
	return f
}

// frozenHash combines the element hashes independently of their order,
// as CPython's frozenset_hash does.
func frozenHash(s *starlark.Set) uint32 {
	shuffle := func(h uint32) uint32 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint32
	for v := range s.Elements() {
		eh, _ := v.Hash() // members are hashable
		h ^= shuffle(eh)
	}
	h ^= (uint32(s.Len()) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	return h*69069 + 907133923
}

func (f *FrozenSet) String() string                     { return py.Repr(f) }
func (f *FrozenSet) Type() string                       { return "frozenset" }
func (f *FrozenSet) Freeze()                            {}
func (f *FrozenSet) Truth() starlark.Bool               { return f.set.Len() > 0 }
func (f *FrozenSet) Hash() (uint32, error)              { return f.hash, nil }
func (f *FrozenSet) Len() int                           { return f.set.Len() }
func (f *FrozenSet) Has(k starlark.Value) (bool, error) { return f.set.Has(k) }
func (f *FrozenSet) PyClass() *py.Class                 { return FrozenSetType }

// FrozenElems returns the underlying set, for repr; callers must not
// mutate it.
func (f *FrozenSet) FrozenElems() *starlark.Set { return f.set }

// Iterate yields the elements in the order CPython shows them.
func (f *FrozenSet) Iterate() starlark.Iterator {
	return starlark.Tuple(py.SetElems(f.set)).Iterate()
}

// CompareSameType compares two frozensets as sets: equality, subset
// (<=, <) and superset (>=, >).
func (f *FrozenSet) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return f.set.CompareSameType(op, y.(*FrozenSet).set, depth)
}

// Binary implements | & - ^ with a set or frozenset on either side; the
// result has the type of the left operand, as in Python.
func (f *FrozenSet) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	switch op {
	case syntax.PIPE, syntax.AMP, syntax.MINUS, syntax.CIRCUMFLEX:
	default:
		return nil, nil
	}
	other, ok := asSet(y)
	if !ok {
		return nil, nil
	}
	l, r := f.set, other
	if side == starlark.Right {
		l, r = other, f.set
	}
	z, err := starlark.Binary(op, l, r)
	if err != nil {
		return nil, err
	}
	if _, frozen := y.(*FrozenSet); side == starlark.Left || frozen {
		return freeze(z.(*starlark.Set)), nil
	}
	return z, nil
}

// asSet returns the elements of a set or frozenset as a *starlark.Set
// that the caller must not mutate.
func asSet(v starlark.Value) (*starlark.Set, bool) {
	switch v := v.(type) {
	case *starlark.Set:
		return v, true
	case *FrozenSet:
		return v.set, true
	}
	return nil, false
}

// setsCompare compares a set with a frozenset (either way round), which
// the VM would call different types; ok is false for other operands.
func setsCompare(op syntax.Token, x, y starlark.Value) (result, ok bool, err error) {
	xs, xok := asSet(x)
	ys, yok := asSet(y)
	if !xok || !yok {
		return false, false, nil
	}
	r, err := xs.CompareSameType(op, ys, starlark.CompareLimit)
	return r, true, err
}

var frozenSetMethods = map[string]method{
	"copy":                 frozenCopy,
	"union":                bind("union", frozenCombine),
	"intersection":         bind("intersection", frozenCombine),
	"difference":           bind("difference", frozenCombine),
	"symmetric_difference": bind("symmetric_difference", frozenCombine),
	"issubset":             bind("issubset", frozenRelation),
	"issuperset":           bind("issuperset", frozenRelation),
	"isdisjoint":           bind("isdisjoint", frozenRelation),
}

func (f *FrozenSet) Attr(name string) (starlark.Value, error) {
	m := frozenSetMethods[name]
	if m == nil {
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return m(thread, b.Receiver(), args, kwargs)
	}).BindReceiver(f), nil
}

func (f *FrozenSet) AttrNames() []string { return unboundNames[FrozenSetType] }

// noKwargs reports CPython's error for keywords given to a set method.
func noKwargs(name string, kwargs []starlark.Tuple) error {
	if len(kwargs) > 0 {
		return py.Raisef(py.TypeError, "frozenset.%s() takes no keyword arguments", name)
	}
	return nil
}

func frozenCopy(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noKwargs("copy", kwargs); err != nil {
		return nil, err
	}
	if len(args) > 0 {
		return nil, py.Raisef(py.TypeError, "frozenset.copy() takes no arguments (%d given)", len(args))
	}
	return recv, nil
}

// frozenCombine implements union, intersection, difference (any number
// of iterables) and symmetric_difference (exactly one).
func frozenCombine(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noKwargs(name, kwargs); err != nil {
		return nil, err
	}
	if name == "symmetric_difference" && len(args) != 1 {
		return nil, py.Raisef(py.TypeError, "frozenset.symmetric_difference() takes exactly one argument (%d given)", len(args))
	}
	op := map[string]syntax.Token{"union": syntax.PIPE, "intersection": syntax.AMP,
		"difference": syntax.MINUS, "symmetric_difference": syntax.CIRCUMFLEX}[name]
	result := recv.(*FrozenSet).set
	for _, a := range args {
		other, err := setOf(thread, a)
		if err != nil {
			return nil, err
		}
		z, err := starlark.Binary(op, result, other)
		if err != nil {
			return nil, err
		}
		result = z.(*starlark.Set)
	}
	if len(args) == 0 {
		return recv, nil
	}
	return freeze(result), nil
}

// frozenRelation implements issubset, issuperset and isdisjoint.
func frozenRelation(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noKwargs(name, kwargs); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, py.Raisef(py.TypeError, "frozenset.%s() takes exactly one argument (%d given)", name, len(args))
	}
	other, err := setOf(thread, args[0])
	if err != nil {
		return nil, err
	}
	r, err := setRelation(name, recv.(*FrozenSet).set, other)
	return starlark.Bool(r), err
}

// setRelation answers issubset, issuperset or isdisjoint for two sets.
func setRelation(name string, s, other *starlark.Set) (bool, error) {
	switch name {
	case "issubset":
		return s.CompareSameType(syntax.LE, other, starlark.CompareLimit)
	case "issuperset":
		return s.CompareSameType(syntax.GE, other, starlark.CompareLimit)
	}
	for v := range s.Elements() {
		if found, _ := other.Has(v); found {
			return false, nil
		}
	}
	return true, nil
}

// setOf returns the elements of an iterable as a set (the set itself for
// a set or frozenset), which the caller must not mutate.
func setOf(thread *starlark.Thread, x starlark.Value) (*starlark.Set, error) {
	if s, ok := asSet(x); ok {
		return s, nil
	}
	s := starlark.NewSet(0)
	err := ForEach(thread, x, func(v starlark.Value) error { return s.Insert(v) })
	return s, Unhashable(err)
}
