package pyrt

// This file defines the control-flow helpers that Python statements are
// lowered into: raise, assert, the cells of variables shared with nested
// code (abi.Cell, abi.Walrus) and the marker of a class-body name never
// bound (abi.Unset). Try statements are in flow_try.go, with statements
// in flow_with.go.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// Unset marks a class-body name that was never bound.
var unset = &unsetValue{}

type unsetValue struct{}

func (*unsetValue) String() string        { return "<unset>" }
func (*unsetValue) Type() string          { return "unset" }
func (*unsetValue) Freeze()               {}
func (*unsetValue) Truth() starlark.Bool  { return false }
func (*unsetValue) Hash() (uint32, error) { return 0, nil }

// flowCell implements abi.Cell(name[, value]).
func flowCell(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name, &v); err != nil {
		return nil, err
	}
	return &py.Cell{V: v, Nam: name}, nil
}

// flowWalrus implements the assignment expression (x := value): x is
// celled (a Cell, or a SharedCell for a REPL global), so the call stores
// value in x's cell and returns it.
func flowWalrus(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) == 2 {
		switch cell := args[0].(type) {
		case *py.Cell:
			cell.V = args[1]
			return args[1], nil
		case *py.SharedCell: // a REPL global
			cell.Set(args[1])
			return args[1], nil
		case starlark.HasSetField: // a global of code that exec runs
			return args[1], cell.SetField("v", args[1])
		}
	}
	return nil, py.Raise(py.SystemError, abi.Walrus+": want a cell and a value")
}

// flowAssertion builds the AssertionError of a failed assert.
func flowAssertion(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return py.NewException(py.AssertionError, args...), nil
}

// flowRaise implements raise [exc [from cause]]. It always fails.
func flowRaise(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var exc, cause starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackPositionalArgs("raise", args, kwargs, 0, &exc, &cause); err != nil {
		return nil, err
	}
	if exc == starlark.None {
		if cur := builtins.Handling(thread); cur != nil {
			return nil, cur
		}
		return nil, py.Raise(py.RuntimeError, "No active exception to reraise")
	}
	e, err := builtins.ToRaisable(thread, exc)
	if err != nil {
		return nil, err
	}
	if len(args) == 2 { // raise ... from cause, or from None
		e.Cause, e.SuppressContext = nil, true
	}
	if cause != starlark.None {
		c, err := builtins.ToRaisable(thread, cause)
		if err != nil {
			return nil, py.Raise(py.TypeError, "exception causes must derive from BaseException")
		}
		e.Cause = c
	}
	if len(args) == 2 { // raise e from c, even from None
		e.SuppressContext = true
		if cause == starlark.None {
			e.Cause = nil
		}
	}
	if cur := builtins.Handling(thread); cur != nil && cur != e {
		e.Context = cur
	}
	e.RaiseAgain() // the VM records where it is raised now
	return nil, e
}
