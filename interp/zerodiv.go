package interp

// This file gives an uncaught division by zero the run-time values of
// the __main__ globals it read, for the float wording of
// ZeroDivisionError (see py.Exception.RefineZeroDivisionWith).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// refineDivision rewords exc, uncaught, when it is a division by zero
// that failed in the __main__ script: its globals, left in in.globals
// when the script ended, tell the operands' types.
func (in *Interpreter) refineDivision(exc *py.Exception) {
	if len(exc.Traceback) == 0 {
		return
	}
	file := exc.Traceback[len(exc.Traceback)-1].Pos.Filename()
	in.mu.Lock()
	main, _ := in.globals["__file__"].(starlark.String)
	in.mu.Unlock()
	if file == "" || string(main) != file {
		return
	}
	in.rt.Sources().RefineZeroDivisionWith(exc, func(name string, global bool) (starlark.Value, bool) {
		if !global {
			return nil, false
		}
		in.mu.Lock()
		defer in.mu.Unlock()
		v, ok := in.globals[name]
		if !ok {
			return nil, false
		}
		return globalValue(v)
	})
}
