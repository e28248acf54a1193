package functools

// This file defines total_ordering, which fills in a class's missing
// rich comparisons from one it defines and __eq__, as CPython's
// functools.total_ordering does.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// orderingRoots lists the comparisons in the order total_ordering
// prefers a root: CPython takes max() of the names.
var orderingRoots = []string{"__lt__", "__le__", "__gt__", "__ge__"}

// derivedOp computes one comparison from the root's result r; eq reports
// self == other and is called only when needed.
type derivedOp func(r bool, eq func() (bool, error)) (bool, error)

func not(r bool, _ func() (bool, error)) (bool, error) { return !r, nil }

func andNotEqual(r bool, eq func() (bool, error)) (bool, error) {
	if !r {
		return false, nil
	}
	e, err := eq()
	return !e, err
}

func notAndNotEqual(r bool, eq func() (bool, error)) (bool, error) { return andNotEqual(!r, eq) }

func orEqual(r bool, eq func() (bool, error)) (bool, error) {
	if r {
		return true, nil
	}
	return eq()
}

func notOrEqual(r bool, eq func() (bool, error)) (bool, error) { return orEqual(!r, eq) }

// derivedOps maps root → missing comparison → how to compute it
// (CPython's _convert table).
var derivedOps = map[string]map[string]derivedOp{
	"__lt__": {"__gt__": notAndNotEqual, "__le__": orEqual, "__ge__": not},
	"__le__": {"__ge__": notOrEqual, "__lt__": andNotEqual, "__gt__": not},
	"__gt__": {"__lt__": notAndNotEqual, "__ge__": orEqual, "__le__": not},
	"__ge__": {"__le__": notOrEqual, "__gt__": andNotEqual, "__lt__": not},
}

// totalOrdering implements total_ordering(cls).
// https://docs.python.org/3/library/functools.html#functools.total_ordering
func totalOrdering(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	cls, ok := v.(*py.Class)
	if !ok || !cls.IsUser() {
		return nil, py.Raise(py.ValueError, "must define at least one ordering operation: < > <= >=")
	}
	root := ""
	for _, name := range orderingRoots {
		if m, _ := cls.Lookup(name); m != nil && root == "" {
			root = name
		}
	}
	if root == "" {
		return nil, py.Raise(py.ValueError, "must define at least one ordering operation: < > <= >=")
	}
	for name, op := range derivedOps[root] {
		if m, _ := cls.Lookup(name); m == nil {
			if err := cls.SetField(name, derivedMethod(name, root, op)); err != nil {
				return nil, err
			}
		}
	}
	return cls, nil
}

// derivedMethod returns the method name computed by op from the root
// comparison of type(self).
func derivedMethod(name, root string, op derivedOp) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var self, other starlark.Value
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 2, &self, &other); err != nil {
			return nil, err
		}
		inst, ok := self.(*py.Instance)
		if !ok {
			return nil, py.Raisef(py.TypeError, "'%s' not supported for '%s'", name, py.TypeName(self))
		}
		m, _ := inst.Class.Lookup(root)
		r, err := starlark.Call(thread, m, starlark.Tuple{self, other}, nil)
		if err != nil || r == py.NotImplemented {
			return r, err
		}
		res, err := op(bool(r.Truth()), func() (bool, error) { return builtins.Compare("==", self, other) })
		return starlark.Bool(res), err
	})
}
