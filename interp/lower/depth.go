package lower

// This file bounds the depth of lowered trees (see package parse's
// depth.go for the limits of the parser itself) and keeps the trees of
// long and/or chains shallow.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"
)

const (
	// maxTreeDepth is the deepest tree that compiles, counting the File
	// node: "x = 1+...+1" with 2999 terms compiles, 3000 don't.
	maxTreeDepth = 3001
	// balanceMin is the length from which and/or chains are balanced.
	balanceMin = 64
)

// checkDepth stops the lowering with CPython's "RecursionError: maximum
// recursion depth exceeded during compilation" when the tree under n is
// deeper than maxTreeDepth. Its walk stops at that depth.
func (l *lowerer) checkDepth(n syntax.Node) {
	depth, tooDeep := 0, false
	syntax.Walk(n, func(n syntax.Node) bool {
		if n == nil {
			depth--
			return true
		}
		if depth++; depth > maxTreeDepth || tooDeep {
			tooDeep = true
			depth--
			return false
		}
		return true
	})
	if tooDeep {
		panic(pyast.RecursionError(l.file.Path))
	}
}

// balance joins operands with the associative operator op (and, or): a
// left-deep tree, as go.starlark.net builds it, for a short chain, and a
// balanced one for a long chain. Both evaluate the operands left to right
// and stop at the same one: (a and b) and c is a and (b and c).
func balance(op syntax.Token, operands []syntax.Expr, pos []syntax.Position) syntax.Expr {
	if len(operands) < balanceMin {
		x := operands[0]
		for i, y := range operands[1:] {
			x = binary(x, op, y, pos[i])
		}
		return x
	}
	var build func(lo, hi int) syntax.Expr
	build = func(lo, hi int) syntax.Expr {
		if hi-lo == 1 {
			return operands[lo]
		}
		mid := (lo + hi) / 2
		return binary(build(lo, mid), op, build(mid, hi), pos[mid-1])
	}
	return build(0, len(operands))
}
