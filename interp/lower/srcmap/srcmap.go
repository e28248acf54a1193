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
	idx := indexAnchors(f, ext)
	for k, a := range idx {
		if !a.ambiguous {
			m.SetAnchor(k, a.export(ext))
		}
	}
	for _, st := range f.Stmts {
		walkDefs(st, "", func(n syntax.Node, qual string) {
			switch n := n.(type) {
			case *syntax.DefStmt:
				m.AddDef(n.Def.Line, n.Name.Name, &abi.Def{Qual: qual, KwOnly: kwonlyParams(n.Params), MinPos: requiredPositional(n.Params),
					PosOnly: posOnlyParams(n.Params)})
			case *syntax.LambdaExpr:
				m.AddLambda(pos(n.Lambda), &abi.Def{Qual: qual, KwOnly: kwonlyParams(n.Params), MinPos: requiredPositional(n.Params)})
			}
		})
	}
	addKeywords(m, f)
	addComps(m, f, ext)
}

// pos returns p as an abi.Pos.
func pos(p syntax.Position) abi.Pos { return abi.Pos{Line: p.Line, Col: p.Col} }
