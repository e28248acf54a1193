package lower

// This file defines the entry points (File, Expr, Options) and the
// lowerer's state.

import (
	"fmt"
	"sort"
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"
)

// Options configure File. The zero value lowers a module.
type Options struct {
	// Predeclared reports whether a name is predeclared for the module
	// (the builtins and any globals the embedder adds). When it is set, a
	// reference to a name that is neither bound anywhere in the file nor
	// predeclared is lowered to a call that raises NameError when (and
	// if) it runs, as CPython does, rather than failing the whole file
	// when it is resolved.
	Predeclared func(name string) bool

	// Shared lowers one input of an interactive session whose module
	// globals live in a namespace shared by every input (see ParseShared).
	Shared bool

	// FuncAttrs, if set, reports whether other files of the program
	// store attribute name on functions (see FuncAttrNames): a load of
	// x.name from any receiver but self and cls then reads a
	// function's attributes too, as for the names the file stores
	// itself (for f in registry: f.help, where a decorator of another
	// module set f.help).
	FuncAttrs func(name string) bool
}

// FileOptions returns the options that files produced by File must be
// compiled with. Each call returns a new value.
func FileOptions() *syntax.FileOptions {
	return &syntax.FileOptions{
		Set:               true,
		While:             true,
		TopLevelControl:   true,
		GlobalReassign:    true,
		LoadBindsGlobally: true,
		Recursion:         true,
	}
}

// File lowers a parsed module. The result is ready for
// starlark.FileProgram with FileOptions. Errors are *pyast.Error values.
func File(f *pyast.File, opts Options) (*syntax.File, error) {
	out, _, err := lowerFile(f, opts)
	return out, err
}

// Shared lowers f, one input of an interactive session whose module
// globals live in a namespace shared by every input (see "Shared
// globals" in LOWERING.md): every reference to a module-level name
// becomes SharedVar(name).v. names lists, sorted, the globals whose
// cells the file uses.
func Shared(f *pyast.File) (out *syntax.File, names []string, err error) {
	return lowerFile(f, Options{Shared: true})
}

// lowerFile lowers f and returns, in shared mode, the sorted globals
// whose cells it uses.
func lowerFile(f *pyast.File, opts Options) (out *syntax.File, names []string, err error) {
	l := newLowerer(f)
	l.predeclared = opts.Predeclared
	l.otherAttrs = opts.FuncAttrs
	if opts.Shared {
		l.sharedUsed = map[string]bool{}
	}
	if out, err = l.module(f); err != nil {
		return nil, nil, err
	}
	for name := range l.sharedUsed {
		names = append(names, name)
	}
	sort.Strings(names)
	return out, names, nil
}

// module lowers the statements of f and runs the passes over the result.
func (l *lowerer) module(f *pyast.File) (out *syntax.File, err error) {
	defer l.recover(&err)
	mangleClasses(f) // mangle.go
	l.futureAnn = futureAnnotations(f.Stmts)
	l.moduleAnn = l.sharedUsed == nil && moduleAnnotated(f.Stmts)
	l.finalizers = definesDel(f)
	out = &syntax.File{Path: f.Path, Stmts: l.stmts(f.Stmts), Options: FileOptions()}
	if l.moduleAnn {
		pos := syntax.MakePosition(&f.Path, 1, 1)
		empty := &syntax.DictExpr{Lbrace: pos, Rbrace: pos}
		out.Stmts = withPrelude(out.Stmts, []syntax.Stmt{assign(ident(classAnnotations, pos), empty, pos)})
	}
	l.checkDepth(out)
	l.lowerCells(out)
	lowerWideCalls(out)
	out.Stmts = hoistTryDefs(out.Stmts)
	out.Stmts = append(noneAlias(out, true), out.Stmts...)
	return out, nil
}

// Expr lowers an expression of the named file the same way as File
// lowers the expressions of a module, without the passes that need a
// whole file.
func Expr(filename string, x pyast.Expr) (out syntax.Expr, err error) {
	l := newLowerer(&pyast.File{Path: filename})
	defer l.recover(&err)
	out = l.expr(x)
	l.checkDepth(out)
	noneAlias(out, false)
	return out, nil
}

// lowerer holds the state of one lowering.
type lowerer struct {
	file  *pyast.File
	fresh int // counter for synthesized names

	classes   []*classFrame // the class bodies being lowered, innermost last; nil for a def's body
	methods   []method      // enclosing defs, innermost last
	qualifier string        // what qualifies the names the scope defines: "", "C.", "f.<locals>."
	dualDepth int           // nesting of withDual forms in the with body just lowered

	predeclared func(name string) bool // Options.Predeclared
	sharedUsed  map[string]bool        // shared mode: the globals referenced; nil for files
	starImport  bool                   // the file has a from m import *, which may bind a builtin's name
	futureAnn   bool                   // the file imports annotations from __future__: they stay source text
	moduleAnn   bool                   // the module keeps the annotations of its top level in __annotations__
	finalizers  bool                   // a class of the file defines __del__ (see finalize.go)

	rebound map[string]bool // names some scope declares global or nonlocal; nil until an f-string needs it
	defs    map[string]bool // names some def of the file binds; nil until an attribute needs it
	fattrs  *fileFuncAttrs  // decorators' parameters and functions' attributes (funcattr.go); nil until needed

	otherAttrs func(name string) bool // Options.FuncAttrs
}

// classFrame describes a class body being lowered.
type classFrame struct {
	name      string
	annotated bool   // the body has "name: T" annotations
	qualname  string // its __qualname__: C.D in the body of class C, f.<locals>.D in def f
}

// method records an enclosing def, for zero-argument super().
type method struct {
	class, self string
}

func newLowerer(f *pyast.File) *lowerer { return &lowerer{file: f} }

// atModuleLevel reports whether the statement being lowered is at the
// top level of a module that keeps its annotations.
func (l *lowerer) atModuleLevel() bool {
	return l.moduleAnn && len(l.classes) == 0
}

// className returns the name of the class whose body is being lowered, or "".
func (l *lowerer) className() string {
	if n := len(l.classes); n > 0 && l.classes[n-1] != nil {
		return l.classes[n-1].name
	}
	return ""
}

// freshName returns a new synthesized name with the given prefix.
func (l *lowerer) freshName(prefix string) string {
	l.fresh++
	return fmt.Sprintf("%s%d", prefix, l.fresh)
}

// errorf aborts the lowering with a SyntaxError at pos.
func (l *lowerer) errorf(pos syntax.Position, format string, args ...any) {
	panic(&pyast.Error{Filename: l.file.Path, Line: int(pos.Line), Col: int(pos.Col),
		Msg: fmt.Sprintf(format, args...), Kind: "SyntaxError", Text: pyast.LineText(l.file.Src, int(pos.Line))})
}

// recover turns a panicking *pyast.Error into err.
func (l *lowerer) recover(err *error) {
	switch e := recover().(type) {
	case nil:
	case *pyast.Error:
		*err = e
	default:
		panic(e)
	}
}

// sourceText returns the source of x when it is on one line, else "...".
func (l *lowerer) sourceText(x syntax.Expr) string {
	start, end := syntax.Start(x), syntax.End(x)
	if start.Line != end.Line || start.Line < 1 {
		return "..."
	}
	lines := strings.Split(string(l.file.Src), "\n")
	if int(start.Line) > len(lines) {
		return "..."
	}
	line := []rune(lines[start.Line-1])
	if start.Col < 1 || int(end.Col) > len(line)+1 || start.Col > end.Col {
		return "..."
	}
	return string(balanced(line[start.Col-1:], int(end.Col-start.Col)))
}

// balanced returns the first n runes of s, extended to close the
// brackets they open (syntax.End of x[i] is the position of "]").
func balanced(s []rune, n int) []rune {
	depth := 0
	for i, r := range s {
		if i >= n && depth <= 0 {
			return s[:i]
		}
		switch r {
		case '[', '(', '{':
			depth++
		case ']', ')', '}':
			depth--
		}
	}
	return s
}
