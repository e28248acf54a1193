// Package unittest is spindle's unittest module. It is written in Python
// (unittest.py, in the subset spindle runs) and compiled once per
// Interpreter on first import; Helpers are the Go functions its source
// needs beyond the builtins.
package unittest

// This file embeds the source and defines its helpers.

import (
	_ "embed"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

// Source is the module's Python source. Its members:
//
//	TestCase, FunctionTestCase, TestSuite, BaseTestSuite, TestLoader,
//	defaultTestLoader, TestResult, TextTestResult, TextTestRunner,
//	main (TestProgram), SkipTest, skip, skipIf, skipUnless,
//	expectedFailure, installHandler, removeHandler
//
//go:embed unittest.py
var Source string

// File is the name the module's frames carry; unittest hides them from
// the tracebacks it prints, as CPython's does.
const File = "<frozen unittest>"

// Helpers are predeclared for Source only:
//
//	_main_globals()  the globals of the __main__ module of the calling thread
var Helpers = starlark.StringDict{
	"_main_globals": starlark.NewBuiltin("_main_globals", mainGlobals),
}

// mainGlobals returns, as a dict, the globals of the outermost frame of
// the calling thread: for unittest.main() called from a script, the
// script's globals.
func mainGlobals(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	d := starlark.NewDict(16)
	for depth := thread.CallStackDepth() - 1; depth >= 0; depth-- {
		fn, ok := thread.DebugFrame(depth).Callable().(*starlark.Function)
		if !ok {
			continue
		}
		for k, v := range fn.Globals() {
			if v = core.Unbox(v); v != nil {
				d.SetKey(starlark.String(k), v)
			}
		}
		return d, nil
	}
	return d, nil
}
