package lower

// This file runs both stages for the tests of this package, as package
// front does for the interpreter (front imports lower, so these tests
// can't use it).

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/parse"
	"github.com/spindle-lang/spindle/interp/pyast"
)

func Parse(filename string, src []byte) (*syntax.File, error) {
	return ParseWith(filename, src, parse.Options{}, Options{})
}

func ParseWith(filename string, src []byte, popts parse.Options, opts Options) (*syntax.File, error) {
	f, err := parse.File(filename, src, popts)
	if err != nil {
		return nil, err
	}
	return File(f, opts)
}

func ParseExpr(filename string, src []byte) (syntax.Expr, error) {
	x, err := parse.Expr(filename, src)
	if err != nil {
		return nil, err
	}
	return Expr(filename, x)
}

func ParseREPL(filename string, src []byte) (f *syntax.File, incomplete bool, err error) {
	f, err = Parse(filename, src)
	if e, ok := err.(*pyast.Error); ok && e.EOF {
		return nil, true, nil
	}
	if err != nil || parse.NeedsMore(src) {
		return nil, err == nil, err
	}
	return f, false, nil
}

func ParseShared(filename string, src []byte) (*syntax.File, []string, error) {
	pf, err := parse.File(filename, src, parse.Options{})
	if err != nil {
		return nil, nil, err
	}
	return Shared(pf)
}
