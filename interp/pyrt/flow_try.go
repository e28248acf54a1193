package pyrt

// This file defines abi.Try, the runtime half of try statements.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// flowTry implements abi.Try(body, orelse, final, class, handler, ...).
// body and the handlers are the lowered blocks as functions returning a
// status (None, or a (kind, value) tuple for return/break/continue);
// each handler follows its class (a class, a tuple of classes, None
// for a bare except, or a function returning the class, called only
// when an exception reaches the clause: see matchClause). It is a fastFunc: the arguments are read, and the
// handlers copied, before any call (args may be the VM's operand stack);
// up to maxStackHandlers pairs are copied to the Go stack, so that a
// try allocates nothing of its own.
func flowTry(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) < 3 || len(args)%2 == 0 {
		return nil, py.Raisef(py.SystemError, "%s: bad arguments", abi.Try)
	}
	body, orelse, final := args[0], args[1], args[2]
	var buf [2 * maxStackHandlers]starlark.Value
	handlers := append(buf[:0], args[3:]...)
	res, err := starlark.Call(thread, body, nil, nil)
	if err != nil {
		res, err = handle(thread, err, handlers, body)
	} else if orelse != starlark.None && res == starlark.None {
		res, err = starlark.Call(thread, orelse, nil, nil)
	}
	if final != starlark.None {
		fres, ferr := starlark.Call(thread, final, nil, nil)
		if ferr != nil {
			return nil, ferr
		}
		if fres != starlark.None {
			return fres, nil // return/break/continue in finally wins
		}
	}
	return res, err
}

// maxStackHandlers is how many except clauses flowTry copies without
// allocating.
const maxStackHandlers = 4

// handle runs the first handler matching err, which body raised, or
// returns err.
func handle(thread *starlark.Thread, err error, handlers []starlark.Value, body starlark.Value) (starlark.Value, error) {
	if stopped(thread) {
		return nil, err // a cancelled thread unwinds; nothing catches it
	}
	err = core.CatchInterrupt(thread, err) // Ctrl-C can be caught
	exc := py.ToException(err)
	core.RuntimeOf(thread).Sources().RefineCallError(exc)
	for i := 0; i+1 < len(handlers); i += 2 {
		ok, merr := matchClause(thread, exc, handlers[i])
		if merr != nil {
			if e := py.ToException(merr); e != exc && e.Context == nil {
				e.Context = exc // raised while matching, as in CPython
				merr = e
			}
			return nil, merr
		}
		if !ok {
			continue
		}
		exc.MarkCaught(thread)
		builtins.PushHandling(thread, exc)
		res, herr := starlark.Call(thread, handlers[i+1], starlark.Tuple{exc.Value()}, nil)
		builtins.PopHandling(thread)
		if herr != nil {
			if e := py.ToException(herr); e != exc && e.Context == nil && !e.Reraised {
				e.Context = exc
				herr = e // a VM error (1 / 0) is converted anew each time: keep the one with the context
			}
		}
		return res, herr
	}
	return nil, err
}

// matchClause reports whether exc is caught by an except clause's
// class: the class expression's function (lowered code passes one for
// any expression but a builtin's name), called now, as CPython
// evaluates the expression only when an exception reaches the clause,
// or its value.
func matchClause(thread *starlark.Thread, exc *py.Exception, spec starlark.Value) (bool, error) {
	if f, ok := spec.(*starlark.Function); ok {
		v, err := starlark.Call(thread, f, nil, nil)
		if err != nil {
			return false, err
		}
		spec = v
	}
	return matches(exc, spec)
}

// stopped reports whether the thread's call was cancelled.
func stopped(thread *starlark.Thread) bool {
	t := core.FromThread(thread)
	return t != nil && t.Ctx != nil && t.Ctx.Err() != nil
}

// matches reports whether exc is caught by spec: None (bare except), a
// class, or a tuple of classes.
func matches(exc *py.Exception, spec starlark.Value) (bool, error) {
	switch spec := spec.(type) {
	case starlark.NoneType:
		return true, nil
	case *py.Class:
		if !spec.IsSubclass(py.BaseException) {
			return false, py.Raise(py.TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		return exc.Class.IsSubclass(spec), nil
	case starlark.Tuple:
		for _, s := range spec {
			if ok, err := matches(exc, s); ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	return false, py.Raise(py.TypeError, "catching classes that do not inherit from BaseException is not allowed")
}
