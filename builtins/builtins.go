// Package builtins defines spindle's Python builtin functions (print, str,
// repr, sum, round, isinstance, ...), Python-style formatting (repr, the
// format-spec mini-language, printf-style %), and the internal __sp_*
// builtins that the front-end's lowered code calls (see
// interp/parse/LOWERING.md).
//
// Every table here is immutable and shared by all Interpreters (but for
// __sp_K's cache, which each Universe gets its own of); builtins reach
// their Interpreter through the *starlark.Thread.
package builtins

// This file defines the universe table.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

// Universe returns the predeclared names of every module: Python's
// builtins, the exception classes and the __sp_* internals. The caller
// owns the returned dict.
func Universe() starlark.StringDict {
	d := starlark.StringDict{}
	for _, c := range core.BuiltinExceptions() {
		d[c.ClassName] = c
	}
	d["IOError"], d["EnvironmentError"] = core.OSError, core.OSError
	for _, add := range []func(starlark.StringDict){
		addFunctions,  // functions.go
		addFormatting, // format.go
		addInternals,  // internals.go
		addFlow,       // flow.go
		addClasses,    // class.go
		addGlobals,    // globals.go
	} {
		add(d)
	}
	return d
}
