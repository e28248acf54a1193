// Package doctest is spindle's doctest module, written in Python
// (parser.py then runner.py, one module) with the Go helpers its source
// needs: DocTestParser, DocTestFinder, DocTestRunner, OutputChecker,
// DocTestSuite, testmod and run_docstring_examples, as CPython's, for
// modules, functions and classes whose docstrings hold interactive
// examples.
//
// An example runs as an input at CPython's prompt does: in the test's
// namespace, shared by every example of the test (a function defined by
// one example sees what later examples bind), with the value of an
// expression statement printed by repr.
package doctest

// This file embeds the source and defines its helpers.

import (
	_ "embed"
	"reflect"
	"sort"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// File is the name the module's frames carry; doctest hides them from
// the tracebacks it reports.
const File = "<frozen doctest>"

// Source is the module's Python source: parser.py (the text helpers,
// Example, DocTest, DocTestParser, DocTestFinder) then runner.py
// (DocTestRunner, OutputChecker, testmod, DocTestSuite...), one module.
var Source = parserSource + runnerSource

//go:embed parser.py
var parserSource string

//go:embed runner.py
var runnerSource string

// Helpers are predeclared for Source only:
//
//	_namespace()                     a new namespace for one test's examples
//	_exec(ns, globs, src, filename, display)
//	                                 run src as a prompt input in ns, whose
//	                                 values globs (a dict) mirrors
//	_where(f)                        (filename, line) of def f, or None
//	_source_lines(filename)          the lines of a loaded source file
var Helpers = starlark.StringDict{
	"_namespace":    starlark.NewBuiltin("_namespace", newNamespace),
	"_exec":         starlark.NewBuiltin("_exec", execExample),
	"_where":        starlark.NewBuiltin("_where", where),
	"_source_lines": starlark.NewBuiltin("_source_lines", sourceLines),
}

// namespace holds the globals of one test's examples, each in a cell
// that every example (and every function one defines) reads and writes.
// synced is the value each cell had when globs last mirrored it.
type namespace struct {
	cells  map[string]*py.SharedCell
	synced map[string]starlark.Value
}

func (ns *namespace) String() string       { return "<doctest namespace>" }
func (ns *namespace) Type() string         { return "doctest_namespace" }
func (ns *namespace) Freeze()              {}
func (ns *namespace) Truth() starlark.Bool { return true }
func (ns *namespace) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'doctest_namespace'")
}

func newNamespace(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return &namespace{cells: map[string]*py.SharedCell{}, synced: map[string]starlark.Value{}}, nil
}

// execExample implements _exec(ns, globs, src, filename, display). A
// value that the script stored in globs since the last example replaces
// the cell's; after the run, globs gets every bound cell's value.
func execExample(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var ns *namespace
	var globs *starlark.Dict
	var src, filename string
	var display starlark.Callable
	if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 5, &ns, &globs, &src, &filename, &display); err != nil {
		return nil, err
	}
	cell := func(name string) *py.SharedCell {
		c, ok := ns.cells[name]
		if !ok {
			c = py.NewSharedCell(name, nil)
			ns.cells[name] = c
		}
		if v, found, _ := globs.Get(starlark.String(name)); found && !same(v, ns.synced[name]) {
			c.Set(v)
		}
		return c
	}
	show := func(v starlark.Value) error {
		_, err := starlark.Call(thread, display, starlark.Tuple{v}, nil)
		return err
	}
	err := core.RuntimeOf(thread).ExecShared(thread, filename, src, cell, show)
	names := make([]string, 0, len(ns.cells))
	for name := range ns.cells {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if v := ns.cells[name].V; v != nil {
			if serr := globs.SetKey(starlark.String(name), v); serr != nil && err == nil {
				err = serr
			}
			ns.synced[name] = v
		}
	}
	return starlark.None, err
}

// same reports whether a and b are the same value, without calling
// their methods.
func same(a, b starlark.Value) bool {
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	return ta == tb && ta != nil && ta.Comparable() && a == b
}

// where implements _where(f): the file and line of def f, or None for
// anything else.
func where(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var f starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &f); err != nil {
		return nil, err
	}
	fn, ok := f.(*starlark.Function)
	if !ok {
		return starlark.None, nil
	}
	pos := fn.Position()
	return starlark.Tuple{starlark.String(pos.Filename()), starlark.MakeInt(int(pos.Line))}, nil
}

// sourceLines implements _source_lines(filename): the lines (with their
// newlines) of a script or module file spindle loaded, or [].
func sourceLines(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var filename string
	if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &filename); err != nil {
		return nil, err
	}
	lines := core.RuntimeOf(thread).Sources().SourceLines(filename)
	out := make([]starlark.Value, len(lines))
	for i, l := range lines {
		out[i] = starlark.String(l + "\n")
	}
	return starlark.NewList(out), nil
}
