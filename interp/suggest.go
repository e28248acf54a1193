package interp

// This file gives the exception that ends the main script, printed by
// the default sys.excepthook, CPython's "Did you mean" trailer.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
	"github.com/spindle-lang/spindle/interp/suggest"
)

// captureSuggestion computes, with the GIL held on main thread st, the
// trailer of err, which ended the main script and which the default
// hook prints, and returns err holding the exception that records it.
func (in *Interpreter) captureSuggestion(st *starlark.Thread, err error) error {
	if err == nil || core.IsCancellation(err) {
		return err
	}
	exc := py.ToException(err)
	in.rt.Suggest(st, exc)
	if e, ok := py.AsException(err); ok && e == exc {
		return err
	}
	return withException{err, exc} // a VM error: keep the exception made from it
}

// suggest is the Runtime's Suggester (see core.Runtime.Suggest): the
// globals of a frame's module come from sys.modules.
func (in *Interpreter) suggest(thread *starlark.Thread, e *py.Exception) {
	suggest.Capture(thread, e, sys.ModuleGlobals)
}

// withException is an error of the VM together with the exception made
// from it, which errors.As finds.
type withException struct {
	error
	exc *py.Exception
}

func (w withException) Unwrap() []error { return []error{w.error, w.exc} }
