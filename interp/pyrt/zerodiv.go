package pyrt

// This file gives a try statement's handlers the run-time values a
// failed division in its body read, for the float wording of
// ZeroDivisionError (see py.Exception.RefineZeroDivisionWith).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// refineDivision rewords exc, raised by the try body body, when it is a
// division by zero that failed in body itself: body's free variables
// (its enclosing function's variables, alive while the try runs) and
// its module's globals tell the operands' types.
func refineDivision(thread *starlark.Thread, exc *py.Exception, body starlark.Value) {
	fn, ok := body.(*starlark.Function)
	if !ok || !exc.FailedIn(fn) {
		return
	}
	core.RuntimeOf(thread).Sources().RefineZeroDivisionWith(exc, func(name string, global bool) (starlark.Value, bool) {
		for i := range fn.NumFreeVars() {
			if b, v := fn.FreeVar(i); b.Name == name {
				return v, true
			}
		}
		if !global {
			return nil, false
		}
		v, ok := fn.Module().Globals()[name]
		return v, ok
	})
}
