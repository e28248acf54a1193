// Package unittest is spindle's unittest module. It is written in Python
// (case.py, runner.py, loader.py then compare.py, one module, in the subset spindle
// runs; main.py is its __main__, for python -m unittest) and compiled once per
// Interpreter on first import; Helpers are the Go functions its source
// needs beyond the builtins.
package unittest

// This file embeds the source and defines its helpers.

import (
	_ "embed"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// Source is the module's Python source. Its members:
//
//	TestCase, FunctionTestCase, TestSuite, BaseTestSuite, TestLoader,
//	defaultTestLoader, TestResult, TextTestResult, TextTestRunner,
//	main (TestProgram), SkipTest, skip, skipIf, skipUnless,
//	expectedFailure, installHandler, removeHandler
var Source = caseSource + runnerSource + loaderSource + compareSource

//go:embed case.py
var caseSource string

//go:embed runner.py
var runnerSource string

//go:embed loader.py
var loaderSource string

//go:embed compare.py
var compareSource string

// MainSource is unittest.__main__, which python -m unittest runs: main
// with module=None loads the tests named on the command line, or
// discovers them.
//
//go:embed main.py
var MainSource string

// MainFile names MainSource's frames.
const MainFile = "<frozen unittest.__main__>"

// File is the name the module's frames carry; unittest hides them from
// the tracebacks it prints, as CPython's does.
const File = "<frozen unittest>"

// Helpers are predeclared for Source only:
//
//	_main_globals()      the globals of the __main__ module of the calling thread
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
			if v = py.Unbox(v); v != nil {
				d.SetKey(starlark.String(k), v)
			}
		}
		return d, nil
	}
	return d, nil
}
