package builtins

// This file runs the except* clauses of a try statement (PEP 654) for
// the front-end's lowering (see interp/lower/exceptstar.go): each clause
// splits off its part of the exception group, and what is left
// unhandled and what the clauses raised is raised again at the end, as
// CPython's _PyExc_PrepReraiseStar combines them.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// starState is the state of one except* statement.
type starState struct {
	orig    *py.Exception   // the exception handled
	rest    *py.Exception   // what no clause has matched yet, as a group
	parts   []*py.Exception // the parts the clauses got
	raised  []*py.Exception // what the clauses raised
	context *py.Exception   // the context of the exception handled
}

func (*starState) String() string       { return "<except* state>" }
func (*starState) Type() string         { return "except* state" }
func (*starState) Freeze()              {}
func (*starState) Truth() starlark.Bool { return true }
func (*starState) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'except* state'")
}

// ExceptStar implements abi.ExceptStar(op, ...).
func ExceptStar(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 2 || len(kwargs) > 0 {
		return nil, py.Raisef(py.SystemError, "%s: bad arguments", b.Name())
	}
	op, _ := starlark.AsString(args[0])
	if op == "start" {
		return startStar(thread, args[1])
	}
	if op == "throw" {
		return nil, exceptionOf(args[1])
	}
	st, ok := args[1].(*starState)
	if !ok || (op != "end") != (len(args) == 3) {
		return nil, py.Raisef(py.SystemError, "%s: bad arguments", b.Name())
	}
	switch op {
	case "match":
		return st.match(thread, args[2])
	case "caught":
		if e := exceptionOf(args[2]); e != nil {
			e.Context, e.SuppressContext = st.context, st.orig.SuppressContext
		}
		return starlark.None, nil
	case "raised":
		if e := exceptionOf(args[2]); e != nil {
			st.raised = append(st.raised, e)
		}
		return starlark.None, nil
	case "end":
		return starlark.None, st.end(thread)
	}
	return nil, py.Raisef(py.SystemError, "%s: bad operation %q", b.Name(), op)
}

func exceptionOf(v starlark.Value) *py.Exception {
	e, _ := py.ExceptionOf(v)
	return e
}

// startStar makes the state of the exception an except* handles.
func startStar(thread *starlark.Thread, v starlark.Value) (starlark.Value, error) {
	e := exceptionOf(v)
	if e == nil {
		return nil, py.Raise(py.SystemError, "except*: not an exception")
	}
	return &starState{orig: e, rest: e, context: e.Context}, nil
}

// match splits off the part of what is left that the clause's types
// match.
func (st *starState) match(thread *starlark.Thread, types starlark.Value) (starlark.Value, error) {
	if err := checkStarTypes(types); err != nil {
		return nil, err
	}
	if st.rest == nil {
		return starlark.None, nil
	}
	if !st.rest.IsGroup() { // a naked exception: matched whole, in a group of one
		test, err := groupCondition(thread, types)
		if err != nil {
			return nil, err
		}
		if ok, err := test(st.rest); err != nil || !ok {
			return starlark.None, err
		}
		g, err := starlark.Call(thread, py.BaseExceptionGroup, starlark.Tuple{starlark.String(""), starlark.Tuple{st.rest.Value()}}, nil)
		if err != nil {
			return nil, err
		}
		match := exceptionOf(g)
		match.Traceback, match.Cause, match.Context = st.rest.Traceback, st.rest.Cause, st.rest.Context
		st.rest, st.parts = nil, append(st.parts, match)
		return g, nil
	}
	match, rest, err := splitGroup(thread, st.rest, types, true)
	if err != nil || match == nil {
		return starlark.None, err
	}
	st.rest = rest
	st.parts = append(st.parts, match)
	return match.Value(), nil
}

// checkStarTypes refuses an except* of an exception group type.
func checkStarTypes(types starlark.Value) error {
	list := starlark.Tuple{types}
	if t, ok := types.(starlark.Tuple); ok {
		list = t
	}
	for _, t := range list {
		c, ok := t.(*py.Class)
		if !ok || !c.IsSubclass(py.BaseException) {
			return py.Raise(py.TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		if c.IsSubclass(py.BaseExceptionGroup) {
			return py.Raise(py.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
	}
	return nil
}

// end raises what is left unhandled and what the clauses raised: the
// parts of the original group that are left or re-raised, in the
// original's structure (the original itself if all of it is), with
// the exceptions the clauses raised anew in a group around them.
func (st *starState) end(thread *starlark.Thread) error {
	keep := map[*py.Exception]bool{}
	if st.rest != nil {
		addLeaves(st.rest, keep)
	}
	var fresh []starlark.Value
	for _, r := range st.raised {
		if st.isPart(r) {
			addLeaves(r, keep)
		} else {
			fresh = append(fresh, r.Value())
		}
	}
	var left *py.Exception
	if len(keep) > 0 {
		all := map[*py.Exception]bool{}
		addLeaves(st.orig, all)
		if len(all) == len(keep) {
			left = st.orig
		} else {
			m, _, err := splitBy(thread, st.orig, func(e *py.Exception) (bool, error) { return !e.IsGroup() && keep[e], nil }, false)
			if err != nil {
				return err
			}
			left = m
		}
	}
	if len(fresh) == 0 {
		if left == nil {
			return nil
		}
		left.Reraised = true
		return left
	}
	if left != nil {
		fresh = append(fresh, left.Value())
	}
	g, err := starlark.Call(thread, py.BaseExceptionGroup, starlark.Tuple{starlark.String(""), starlark.NewList(fresh)}, nil)
	if err != nil {
		return err
	}
	e := exceptionOf(g)
	e.Reraised, e.Traceback = true, starlark.CallStack{} // raised by no line of the script
	return e
}

// isPart reports whether e is one of the parts a clause got (re-raised
// by a bare raise).
func (st *starState) isPart(e *py.Exception) bool {
	for _, p := range st.parts {
		if p == e {
			return true
		}
	}
	return false
}

// addLeaves adds the exceptions of e that are not groups to set.
func addLeaves(e *py.Exception, set map[*py.Exception]bool) {
	if !e.IsGroup() {
		set[e] = true
		return
	}
	for _, x := range e.GroupExceptions() {
		addLeaves(x, set)
	}
}
