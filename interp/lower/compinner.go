package lower

// This file checks the later for clauses of a comprehension (see
// checkedComp for the first one): in [y for x in xs for y in g(x)], an
// error that ends g(x)'s loop is lost to the VM as the first clause's
// is, so each clause up to the last one whose iterable may fail late
// iterates through __sp_citer(X, True): that loop keeps its error in the
// thread, and every such loop ends as soon as one has kept an error, so
// nothing runs before __sp_compend raises it (CPython stops at once).

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// checkInnerClauses rewrites the for clauses of a lowered comprehension,
// whose iterables are __sp_iter(X) or __sp_citer(X) calls, when a clause
// after the first may fail late: every for clause up to the last such
// one becomes __sp_citer(X, True). In a generator expression, whose first
// iterable is evaluated outside (see genexpBody), only the later ones
// change here.
func checkInnerClauses(clauses []syntax.Node, genexp bool) {
	last := -1
	n := 0
	for i, cl := range clauses {
		if f, ok := cl.(*syntax.ForClause); ok {
			if n > 0 && (mayFailLate(iterArg(f.X)) || clauseShape(f.X) != "") {
				last = i
			}
			n++
		}
	}
	if last < 0 {
		return
	}
	n = 0
	for _, cl := range clauses[:last+1] {
		if f, ok := cl.(*syntax.ForClause); ok {
			if n > 0 || !genexp {
				f.X = loopIter(abi.CompIter, iterArg(f.X), clauseShape(f.X), true)
			}
			n++
		}
	}
}

// iterArg returns X of a clause's lowered iterable __sp_iter(X).
func iterArg(x syntax.Expr) syntax.Expr {
	if c, ok := x.(*syntax.CallExpr); ok && len(c.Args) > 0 {
		return c.Args[0]
	}
	return x
}

// compChecked reports whether a for clause of a lowered comprehension
// iterates through __sp_citer, so that it needs __sp_compend.
func compChecked(clauses []syntax.Node) bool {
	for _, cl := range clauses {
		if f, ok := cl.(*syntax.ForClause); ok {
			if c, ok := f.X.(*syntax.CallExpr); ok && isIdentNamed(c.Fn, abi.CompIter) {
				return true
			}
		}
	}
	return false
}
