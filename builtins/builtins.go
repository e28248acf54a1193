// Package builtins defines spindle's Python builtin functions (print, str,
// repr, sum, round, isinstance, ...) and types (generators, iterators,
// set and frozenset laid out as CPython's table, bytearray, dict views,
// class mappingproxies; subclassing list, dict, str, int... in
// subclass.go), Python-style formatting (repr, the format-spec
// mini-language, printf-style %), and Python's semantics of operators,
// iteration and indexing where they differ from Starlark's, and the
// methods of the builtin types that Starlark lacks (methods.go,
// bytesmethods.go, seqmethods.go, numconv.go...), with dir(), getattr
// and hasattr of builtin values agreeing with CPython's dir()
// (dunders.go). The runtime
// half of the lowering, the helpers that lowered code calls, is package
// interp/pyrt, which builds on this one.
//
// Every table here is immutable and shared by all Interpreters; builtins
// reach their Interpreter through the *starlark.Thread.
package builtins

// This file defines the universe table.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// Universe returns Python's builtins and exception classes, the names
// every module sees (with the helpers of interp/pyrt, which the
// interpreter adds). The caller owns the returned dict.
func Universe() starlark.StringDict {
	d := starlark.StringDict{}
	for _, c := range py.BuiltinExceptions() {
		d[c.ClassName] = c
	}
	d["IOError"], d["EnvironmentError"] = py.OSError, py.OSError
	d["Ellipsis"] = Ellipsis // ellipsis.go
	d["NotImplemented"] = py.NotImplemented
	for _, add := range []func(starlark.StringDict){
		addFunctions,   // functions.go
		addFormatting,  // format.go
		addUserClasses, // userclass.go
		addGlobals,     // globals.go
		addEvalExec,    // evalexec.go
	} {
		add(d)
	}
	return d
}
