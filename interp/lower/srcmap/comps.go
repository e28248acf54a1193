package srcmap

// This file records the list, set and dict comprehensions of a lowered
// file, whose frames CPython's tracebacks show (see abi.Comp).

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// addComps records in m each comprehension of f with its frame's name
// and the parts of it that run in other frames.
func addComps(m *abi.SourceMap, f *syntax.File, ext extents) {
	own := map[*syntax.Comprehension]bool{} // those of generator expressions
	set := map[*syntax.Comprehension]bool{}
	syntax.Walk(f, func(n syntax.Node) bool {
		switch x := n.(type) {
		case *syntax.LambdaExpr:
			if genexpLambda(x) {
				if c := firstComp(x.Body); c != nil {
					own[c] = true
				}
			}
		case *syntax.CallExpr:
			if c, ok := setComp(x); ok {
				set[c] = true
			}
		case *syntax.Comprehension:
			if !own[x] && x.Lbrack.IsValid() && x.Rbrack.IsValid() {
				m.AddComp(comp(x, set[x], ext))
			}
		}
		return true
	})
}

// firstComp returns the first comprehension in x, or nil.
func firstComp(x syntax.Expr) *syntax.Comprehension {
	var found *syntax.Comprehension
	syntax.Walk(x, func(n syntax.Node) bool {
		if c, ok := n.(*syntax.Comprehension); ok && found == nil {
			found = c
		}
		return found == nil
	})
	return found
}

// comp returns the abi.Comp of c, a set comprehension's if set.
func comp(c *syntax.Comprehension, set bool, ext extents) *abi.Comp {
	name := "<listcomp>"
	switch {
	case set:
		name = "<setcomp>"
	case c.Curly:
		name = "<dictcomp>"
	}
	end := pos(c.Rbrack)
	end.Col++
	out := &abi.Comp{Name: name, Start: pos(c.Lbrack), End: end}
	if f, ok := c.Clauses[0].(*syntax.ForClause); ok {
		out.Outside = append(out.Outside, abiSpan(ext.of(f.X)))
	}
	syntax.Walk(c, func(n syntax.Node) bool {
		if l, ok := n.(*syntax.LambdaExpr); ok && (genexpLambda(l) || l.Lambda != syntax.Start(l.Body)) {
			out.Outside = append(out.Outside, abiSpan(ext.of(l)))
			return false // a function, not the lowering's lazy operand run in its caller's frame
		}
		return true
	})
	return out
}

// abiSpan returns start..end as an abi.Span.
func abiSpan(start, end syntax.Position) abi.Span { return abi.Span{Start: pos(start), End: pos(end)} }

// genexpLambda reports whether l is the lambda of a generator
// expression.
func genexpLambda(l *syntax.LambdaExpr) bool {
	return len(l.Params) > 0 && isIdent(l.Params[0], abi.GenIter)
}
