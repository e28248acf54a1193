package interp

// This file defines execShared, how native modules (doctest) run one
// input in the manner of the interactive prompt, in a namespace of their
// own.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/front"
	"github.com/spindle-lang/spindle/interp/lower"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/lower/srcmap"
	"github.com/spindle-lang/spindle/interp/py"
)

// execShared implements core.ExecShared: src is parsed as a REPL input
// (lower.ParseShared), its expression statements are shown with display,
// and it runs in the calling thread. The cells cell returns fall back to
// the builtin of their name while unbound. src's lines are quoted by
// tracebacks under filename.
func (in *Interpreter) execShared(thread *starlark.Thread, filename, src string, cell func(string) *py.SharedCell, display func(starlark.Value) error) error {
	f, names, err := front.ParseShared(filename, []byte(src))
	if err != nil {
		return in.wrapSource(err, []byte(src)).(*Error).Exception
	}
	in.rt.Sources().AddSource(filename, []byte(src))
	in.rt.Sources().AddSourceMap(filename, srcmap.New(f))
	wrapDisplay(f.Stmts)
	env := make(starlark.StringDict, len(in.predeclared)+len(names)+1)
	for k, v := range in.predeclared {
		env[k] = v
	}
	env[abi.DisplayHook] = starlark.NewBuiltin(abi.DisplayHook, func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 1 && args[0] != starlark.None {
			return starlark.None, display(args[0])
		}
		return starlark.None, nil
	})
	for _, name := range names {
		c := cell(name)
		if c.Builtin == nil {
			c.Builtin = in.builtinNamed(name)
		}
		env[lower.SharedVar(name)] = c
	}
	return starlark.ExecREPLChunk(f, thread, env)
}

// builtinNamed returns the builtin a global named name shadows, or nil.
func (in *Interpreter) builtinNamed(name string) starlark.Value {
	if b, ok := in.predeclared[name]; ok {
		return b
	}
	return starlark.Universe[name]
}

// moduleDoc returns the docstring of a module, from its lowered tree f
// and its decoded source text: the string literal that is the module's
// first statement, or "". A module docstring starts a line in column 1,
// after nothing but blank lines and comments.
func moduleDoc(f *syntax.File, text []byte) string {
	line := firstCodeLine(text)
	if line == 0 {
		return ""
	}
	for _, s := range f.Stmts {
		e, ok := s.(*syntax.ExprStmt)
		if !ok {
			continue
		}
		lit, ok := e.X.(*syntax.Literal)
		if ok && lit.Token == syntax.STRING && lit.TokenPos.Line == line && lit.TokenPos.Col == 1 {
			s, _ := lit.Value.(string)
			return s
		}
	}
	return ""
}

// docValue is a module's __doc__: its docstring, or None.
func docValue(doc string) starlark.Value {
	if doc == "" {
		return starlark.None
	}
	return starlark.String(doc)
}

// firstCodeLine returns the 1-based number of the first line of text
// that is neither blank nor a comment, or 0.
func firstCodeLine(text []byte) int32 {
	line := int32(1)
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '\n':
			line++
		case ' ', '\t', '\r', '\f':
		case '#':
			for i+1 < len(text) && text[i+1] != '\n' {
				i++
			}
		default:
			return line
		}
	}
	return 0
}
