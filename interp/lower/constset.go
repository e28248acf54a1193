package lower

// This file recognizes the set displays CPython compiles to a constant:
// with more than two items, all constant, {1, 2, 3} is built as
// set().update(frozenset((1, 2, 3))), which lays the set's table out
// differently from adding the items one by one, so spindle lowers it to
// __sp_setconst([1, 2, 3]).

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"
)

// constSet reports whether CPython folds the set display of items into
// a frozenset constant (compile.c's starunpack_helper).
func constSet(items []pyast.Expr) bool {
	if len(items) <= 2 {
		return false
	}
	for _, x := range items {
		if !isConst(x) {
			return false
		}
	}
	return true
}

// isConst reports whether CPython's AST optimizer makes x a constant:
// a literal, True, False, None, ..., or a tuple, unary or arithmetic
// operation of constants.
func isConst(x pyast.Expr) bool {
	switch x := x.(type) {
	case *pyast.Literal, *pyast.Ellipsis:
		return true
	case *pyast.Ident:
		return x.Name == "True" || x.Name == "False" || x.Name == "None"
	case *pyast.Paren:
		return isConst(x.X)
	case *pyast.Tuple:
		for _, y := range x.List {
			if !isConst(y) {
				return false
			}
		}
		return true
	case *pyast.Unary:
		return x.Op != syntax.NOT && isConst(x.X)
	case *pyast.Binary:
		return isConst(x.X) && isConst(x.Y)
	}
	return false
}

// compareOperands lowers the operands of a comparison chain. A set
// display right of in or not in is only asked for membership, which
// doesn't depend on its table, so it is built the cheap way even when
// constant (CPython makes it a frozenset constant).
func (l *lowerer) compareOperands(x *pyast.Compare) []syntax.Expr {
	out := make([]syntax.Expr, len(x.Operands))
	for i, y := range x.Operands {
		if s, ok := y.(*pyast.Set); ok && i > 0 && (x.Ops[i-1] == "in" || x.Ops[i-1] == "not in") {
			out[i] = setCall(s.Lbrace, &syntax.ListExpr{Lbrack: s.Lbrace, List: l.exprs(s.List), Rbrack: s.Rbrace})
			continue
		}
		out[i] = l.expr(y)
	}
	return out
}
