package lower

// This file lowers comprehensions. Every for clause iterates through
// __sp_iter; see checkedComp for the first one of a list, set or dict
// comprehension, and genexp.go for generator expressions.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// comprehension lowers a comprehension or generator expression.
func (l *lowerer) comprehension(x *pyast.Comprehension) syntax.Expr {
	body := l.expr(x.Body)
	var clauses []syntax.Node
	for _, cl := range x.Clauses {
		switch cl := cl.(type) {
		case *pyast.ForClause:
			vars, shape := loopTarget(l.expr(cl.Vars))
			it := l.expr(cl.X)
			if cl.Async {
				it = call(abi.AIterate, cl.For, it)
			}
			fn := abi.Iter
			if len(clauses) == 0 && x.Kind != pyast.GenExp && (mayFailLate(it) || shape != "") {
				fn = abi.CompIter // see checkedComp
			}
			clauses = append(clauses, &syntax.ForClause{For: cl.For, Vars: vars, In: cl.In, X: loopIter(fn, it, shape, false)})
		case *pyast.IfClause:
			clauses = append(clauses, &syntax.IfClause{If: cl.If, Cond: l.expr(cl.Cond)})
		}
	}
	checkInnerClauses(clauses, x.Kind == pyast.GenExp)
	lbrack := x.Lbrack
	if !lbrack.IsValid() { // a call's only argument
		lbrack = syntax.Start(body)
	}
	c := &syntax.Comprehension{Curly: x.Kind == pyast.DictComp, Lbrack: lbrack, Body: body, Clauses: clauses, Rbrack: x.Rbrack}
	switch x.Kind {
	case pyast.GenExp:
		return genexp(c)
	case pyast.SetComp:
		return setCall(x.Lbrack, checkedComp(c))
	}
	return checkedComp(c)
}

// checkedComp wraps the list, set or dict comprehension c whose first
// iterable may fail after its first item (see mayFailLate) in
// __sp_compend(c): __sp_citer(X) keeps the error that ended the loop
// (a user class's __next__ that raised, a dict changed in the loop),
// which the VM can't take from an iterator, and __sp_compend raises it.
func checkedComp(c syntax.Expr) syntax.Expr {
	if compChecked(c.(*syntax.Comprehension).Clauses) {
		return call(abi.CompEnd, syntax.Start(c), c)
	}
	return c
}
