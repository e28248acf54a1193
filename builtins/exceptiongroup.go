package builtins

// This file defines the methods of BaseExceptionGroup (PEP 654):
// subgroup and split, which keep the groups' nesting, and derive, which
// they call to make each new group.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	d := py.BaseExceptionGroup.Dict
	d["derive"] = starlark.NewBuiltin("derive", groupDerive)
	d["subgroup"] = starlark.NewBuiltin("subgroup", groupSubgroup)
	d["split"] = starlark.NewBuiltin("split", groupSplit)
}

// groupSelf unpacks a group method's receiver and one argument.
func groupSelf(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (*py.Exception, starlark.Value, error) {
	var self, arg starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &self, &arg); err != nil {
		return nil, nil, err
	}
	e, ok := self.(*py.Exception)
	if !ok || !e.IsGroup() {
		return nil, nil, py.Raisef(py.TypeError, "descriptor '%s' requires a 'BaseExceptionGroup' object but received a '%s'", b.Name(), py.TypeName(self))
	}
	return e, arg, nil
}

// groupDerive implements derive(excs): a group of the same message
// around excs.
func groupDerive(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	e, excs, err := groupSelf(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.Call(thread, py.BaseExceptionGroup, starlark.Tuple{e.Args[0], excs}, nil)
}

// groupSubgroup implements subgroup(condition): the group of the
// exceptions that match, or None.
func groupSubgroup(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	e, cond, err := groupSelf(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	match, _, err := splitGroup(thread, e, cond, false)
	return orNone(match), err
}

// groupSplit implements split(condition): (match, rest), each a group
// or None.
func groupSplit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	e, cond, err := groupSelf(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	match, rest, err := splitGroup(thread, e, cond, true)
	return starlark.Tuple{orNone(match), orNone(rest)}, err
}

func orNone(e *py.Exception) starlark.Value {
	if e == nil {
		return starlark.None
	}
	return e.Value()
}

// splitGroup splits e by cond, keeping the nesting: the group of the
// exceptions that match and (with rest) of the others; e itself when
// all of it is on one side.
func splitGroup(thread *starlark.Thread, e *py.Exception, cond starlark.Value, rest bool) (match, other *py.Exception, err error) {
	test, err := groupCondition(thread, cond)
	if err != nil {
		return nil, nil, err
	}
	return splitBy(thread, e, test, rest)
}

func splitBy(thread *starlark.Thread, e *py.Exception, test func(*py.Exception) (bool, error), rest bool) (match, other *py.Exception, err error) {
	if ok, err := test(e); err != nil || ok {
		return e, nil, err
	}
	if !e.IsGroup() {
		return nil, e, nil
	}
	var in, out []starlark.Value
	for _, x := range e.GroupExceptions() {
		m, o, err := splitBy(thread, x, test, rest)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			in = append(in, m.Value())
		}
		if o != nil {
			out = append(out, o.Value())
		}
	}
	if match, err = deriveLike(thread, e, in); err == nil && rest {
		other, err = deriveLike(thread, e, out)
	}
	return match, other, err
}

// deriveLike returns e.derive(excs) with e's cause, context, traceback
// and notes, or nil for no exceptions: a new group even when excs are
// all of e's, as CPython makes one.
func deriveLike(thread *starlark.Thread, e *py.Exception, excs []starlark.Value) (*py.Exception, error) {
	if len(excs) == 0 {
		return nil, nil
	}
	derive, err := getAttrIn(thread, e.Value(), "derive")
	if err != nil {
		return nil, err
	}
	v, err := starlark.Call(thread, derive, starlark.Tuple{starlark.NewList(excs)}, nil)
	if err != nil {
		return nil, err
	}
	g, ok := py.ExceptionOf(v)
	if !ok {
		return nil, py.Raisef(py.TypeError, "derive must return an instance of BaseExceptionGroup")
	}
	g.Cause, g.Context, g.SuppressContext, g.Traceback = e.Cause, e.Context, e.SuppressContext, e.Traceback
	if notes, ok := e.Attrs["__notes__"].(*starlark.List); ok {
		if g.Attrs == nil {
			g.Attrs = starlark.StringDict{}
		}
		copied := make([]starlark.Value, notes.Len())
		for i := range copied {
			copied[i] = notes.Index(i)
		}
		g.Attrs["__notes__"] = starlark.NewList(copied)
	}
	return g, nil
}

// groupCondition returns the test of split and subgroup's condition: an
// exception type, a tuple of them, or a predicate.
func groupCondition(thread *starlark.Thread, cond starlark.Value) (func(*py.Exception) (bool, error), error) {
	isType := func(v starlark.Value) bool {
		c, ok := v.(*py.Class)
		return ok && c.IsSubclass(py.BaseException)
	}
	switch c := cond.(type) {
	case *py.Class:
		if isType(c) {
			return func(e *py.Exception) (bool, error) { return e.Class.IsSubclass(c), nil }, nil
		}
	case starlark.Tuple:
		for _, t := range c {
			if !isType(t) {
				return nil, py.Raise(py.TypeError, "expected a function, exception type or tuple of exception types")
			}
		}
		return func(e *py.Exception) (bool, error) {
			for _, t := range c {
				if e.Class.IsSubclass(t.(*py.Class)) {
					return true, nil
				}
			}
			return false, nil
		}, nil
	case starlark.Callable:
		return func(e *py.Exception) (bool, error) {
			v, err := starlark.Call(thread, c, starlark.Tuple{e.Value()}, nil)
			if err != nil {
				return false, err
			}
			return bool(v.Truth()), nil
		}, nil
	}
	return nil, py.Raise(py.TypeError, "expected a function, exception type or tuple of exception types")
}
