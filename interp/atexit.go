package interp

// This file runs the atexit module's callbacks when the Interpreter
// closes, as CPython runs them at exit.

import (
	"context"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/atexit"
)

// runAtExit calls the atexit callbacks on a main thread of its own.
// ExecFile and the REPL have joined their non-daemon threads by then;
// daemon threads still run, as in CPython. A Close of a closed
// Interpreter runs nothing.
func (in *Interpreter) runAtExit() {
	if in.rt.LoadedModule("atexit") == nil {
		return // never imported: nothing registered
	}
	c, err := in.begin(context.Background())
	if err != nil {
		return
	}
	defer in.end(c)
	in.runMain(c, func(st *starlark.Thread) (starlark.Value, error) {
		atexit.Run(st)
		return nil, nil
	})
}
