// Package srcmap is the front-end's last pass over a lowered file: it
// fills the file's abi.SourceMap, which tells tracebacks what each
// failing instruction stands for in the user's source (the expression
// CPython 3.11's carets mark), and what each def's syntax says (its
// qualified name, its keyword-only parameters). It reads the front-end's
// conventions (which calls and names it made up, where it puts them) so
// that the runtime needs none of them.
package srcmap

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// New returns the SourceMap of f, the final lowered tree of a file,
// filled the first time a traceback reads it: most runs never do.
func New(f *syntax.File) *abi.SourceMap {
	return abi.NewSourceMap(func(m *abi.SourceMap) { fill(m, f) })
}

// fill records f's anchors, defs and keyword arguments in m.
func fill(m *abi.SourceMap, f *syntax.File) {
	ext := treeExtents(f)
	for k, a := range indexAnchors(f, ext) {
		if !a.ambiguous {
			m.SetAnchor(k, a.export(ext))
		}
	}
	walkDefs(f.Stmts, "", func(def *syntax.DefStmt, qual string) {
		m.AddDef(def.Def.Line, def.Name.Name, &abi.Def{Qual: qual, KwOnly: kwonlyParams(def), MinPos: requiredPositional(def)})
	})
	addKeywords(m, f)
}

// pos returns p as an abi.Pos.
func pos(p syntax.Position) abi.Pos { return abi.Pos{Line: p.Line, Col: p.Col} }
