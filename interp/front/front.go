// Package front runs spindle's front-end: package parse turns Python
// source into a Python syntax tree (package pyast), and package lower
// turns that tree into the go.starlark.net tree the VM compiles. The two
// stages know nothing of each other; this package wires them for the
// interpreter, the CLI and tests.
package front

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower"
	"github.com/spindle-lang/spindle/interp/parse"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// Parse parses and lowers a Python module. The result is ready for
// starlark.FileProgram with lower.FileOptions. The source is decoded as
// parse.DecodeSource says. Errors are *pyast.Error values.
func Parse(filename string, src []byte) (*syntax.File, error) {
	return ParseWith(filename, src, parse.Options{}, lower.Options{})
}

// ParseWith is Parse with the options of both stages.
func ParseWith(filename string, src []byte, popts parse.Options, opts lower.Options) (*syntax.File, error) {
	f, err := parse.File(filename, src, popts)
	if err != nil {
		return nil, err
	}
	return lower.File(f, opts)
}

// ParseExpr parses a single expression (or an unparenthesized tuple),
// lowered as in a module. Errors are *pyast.Error values.
func ParseExpr(filename string, src []byte) (syntax.Expr, error) {
	x, err := parse.Expr(filename, src)
	if err != nil {
		return nil, err
	}
	return lower.Expr(filename, x)
}

// ParseREPL parses one chunk of REPL input. It reports incomplete when
// the chunk needs more lines: an open bracket or triple-quoted string, a
// backslash continuation, or a compound statement not yet ended by a
// blank line, as CPython's REPL does.
func ParseREPL(filename string, src []byte) (f *syntax.File, incomplete bool, err error) {
	f, err = Parse(filename, src)
	if e, ok := err.(*pyast.Error); ok && e.EOF {
		return nil, true, nil
	}
	if err != nil {
		return nil, false, err
	}
	if parse.NeedsMore(src) {
		return nil, true, nil
	}
	return f, false, nil
}

// ParseShared parses and lowers one input of an interactive session
// whose module globals live in a namespace shared by every input (see
// "Shared globals" in interp/lower/LOWERING.md). Every reference to a module-level
// name, at top level or from any function, builtins included, becomes
// lower.SharedVar(name).v. names lists, sorted, the globals whose cells the
// file uses. Errors are *pyast.Error values.
func ParseShared(filename string, src []byte) (f *syntax.File, names []string, err error) {
	pf, err := parse.File(filename, src, parse.Options{})
	if err != nil {
		return nil, nil, err
	}
	return lower.Shared(pf)
}
