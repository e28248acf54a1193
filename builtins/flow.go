package builtins

// This file defines the control-flow internals the front-end lowers
// Python statements into: __sp_try (try/except/else/finally), __sp_raise,
// __sp_assertion, __sp_with and friends (the with statement), __sp_cell and
// __sp_unset (variables shared with nested code). See
// interp/parse/LOWERING.md for the contract.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

// Unset marks a class-body name that was never bound.
var Unset = &unsetValue{}

type unsetValue struct{}

func (*unsetValue) String() string        { return "<unset>" }
func (*unsetValue) Type() string          { return "unset" }
func (*unsetValue) Freeze()               {}
func (*unsetValue) Truth() starlark.Bool  { return false }
func (*unsetValue) Hash() (uint32, error) { return 0, nil }

func addFlow(d starlark.StringDict) {
	d["__sp_try"] = &fastFunc{"__sp_try", flowTry}
	d["__sp_raise"] = starlark.NewBuiltin("__sp_raise", flowRaise)
	d["__sp_assertion"] = starlark.NewBuiltin("__sp_assertion", flowAssertion)
	d["__sp_with"] = &fastFunc{"__sp_with", flowWith}
	d["__sp_withfast"] = &fastFunc{"__sp_withfast", flowWithFast}
	d["__sp_enter"] = &fastFunc{"__sp_enter", flowEnter}
	d["__sp_withcall"] = &fastFunc{"__sp_withcall", flowWithCall}
	d["__sp_cell"] = starlark.NewBuiltin("__sp_cell", flowCell)
	d["__sp_walrus"] = &fastFunc{"__sp_walrus", flowWalrus}
	d["__sp_unset"] = Unset
	addUserClasses(d) // userclass.go
	addSlice(d)       // slice.go
}

// flowCell implements __sp_cell(name[, value]).
func flowCell(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name, &v); err != nil {
		return nil, err
	}
	return &core.Cell{V: v, Nam: name}, nil
}

// flowWalrus implements the assignment expression (x := value): x is
// celled (a Cell, or a SharedCell for a REPL global), so the call stores
// value in x's cell and returns it.
func flowWalrus(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) == 2 {
		switch cell := args[0].(type) {
		case *core.Cell:
			cell.V = args[1]
			return args[1], nil
		case *core.SharedCell: // a REPL global
			cell.Set(args[1])
			return args[1], nil
		}
	}
	return nil, core.Raise(core.SystemError, "__sp_walrus: want a cell and a value")
}

// flowAssertion builds the AssertionError of a failed assert.
func flowAssertion(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return core.NewException(core.AssertionError, args...), nil
}

// flowRaise implements raise [exc [from cause]]. It always fails.
func flowRaise(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var exc, cause starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackPositionalArgs("raise", args, kwargs, 0, &exc, &cause); err != nil {
		return nil, err
	}
	if exc == starlark.None {
		if cur := handling(thread); cur != nil {
			return nil, cur
		}
		return nil, core.Raise(core.RuntimeError, "No active exception to reraise")
	}
	e, err := toRaisable(thread, exc)
	if err != nil {
		return nil, err
	}
	if cause != starlark.None {
		c, err := toRaisable(thread, cause)
		if err != nil {
			return nil, core.Raise(core.TypeError, "exception causes must derive from BaseException")
		}
		e.Cause = c
	}
	if cur := handling(thread); cur != nil && cur != e {
		e.Context = cur
	}
	e.Traceback = nil // the VM records where it is raised now
	return nil, e
}

// toRaisable turns a raise operand (an exception or its class) into an
// exception instance.
func toRaisable(thread *starlark.Thread, v starlark.Value) (*core.Exception, error) {
	if e, ok := v.(*core.Exception); ok {
		return e, nil
	}
	if x, ok := v.(interface{ PyException() *core.Exception }); ok {
		return x.PyException(), nil
	}
	if c, ok := v.(*core.Class); ok && c.IsSubclass(core.BaseException) {
		inst, err := starlark.Call(thread, c, nil, nil)
		if err != nil {
			return nil, err
		}
		return toRaisable(thread, inst)
	}
	return nil, core.Raise(core.TypeError, "exceptions must derive from BaseException")
}

// handlingKey keys the per-thread stack of exceptions being handled.
const handlingKey = "spindle.handling"

type handlingStack struct{ excs []*core.Exception }

func stackOf(thread *starlark.Thread) *handlingStack {
	s, _ := thread.Local(handlingKey).(*handlingStack)
	if s == nil {
		s = &handlingStack{}
		thread.SetLocal(handlingKey, s)
	}
	return s
}

// Handling returns the exception the thread's innermost except block is
// handling, or nil: what sys.exc_info() and logging.exception report.
func Handling(thread *starlark.Thread) *core.Exception { return handling(thread) }

// handling returns the exception the thread's innermost handler is
// handling, or nil.
func handling(thread *starlark.Thread) *core.Exception {
	s, _ := thread.Local(handlingKey).(*handlingStack)
	if s == nil || len(s.excs) == 0 {
		return nil
	}
	return s.excs[len(s.excs)-1]
}
