package interp

// This file runs the atexit module's callbacks when the Interpreter
// closes, as CPython runs them at exit.

import (
	"context"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/atexit"
	"github.com/spindle-lang/spindle/interp/py"
)

// runAtExit calls the atexit callbacks on a main thread of its own,
// then closes the generators still suspended (their finally blocks run)
// and calls the __del__ of the instances that have one.
// ExecFile and the REPL have joined their non-daemon threads by then;
// daemon threads still run, as in CPython. A Close of a closed
// Interpreter runs nothing.
func (in *Interpreter) runAtExit() {
	if in.rt.LoadedModule("atexit") == nil && builtins.LiveGenerators(in.rt) == 0 && !py.PendingFinalizers(in.rt) &&
		!builtins.UnawaitedCoroutines(in.rt) {
		return // nothing registered, no generator to close, no __del__ to call
	}
	c, err := in.begin(context.Background())
	if err != nil {
		return
	}
	defer in.end(c)
	in.runMain(c, func(st *starlark.Thread) (starlark.Value, error) {
		if in.rt.LoadedModule("atexit") != nil {
			atexit.Run(st)
		}
		builtins.CloseGenerators(st)
		builtins.WarnUnawaited(st)
		builtins.FinalizeAll(st)
		return nil, nil
	})
}
