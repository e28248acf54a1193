package lower

// This file lowers generator expressions (see LOWERING.md, Generator
// expressions). (E for V in X if C ...) becomes
//
//	__sp_genexp(lambda __sp_it, __sp_f: ({0: __sp_f(E) for V in __sp_it if C ...}, __sp_loopend(__sp_it)), __sp_iter(X))
//
// (the dict keeps one entry however many items there are).
// X is evaluated (and iter() called on it) where the expression stands,
// as in CPython; the lambda is the generator's body, run lazily with
// __sp_f yielding each item. A generator expression that is a call's
// only argument, f(E for ...), becomes __sp_gencall(f, lambda, X), which
// runs the body at once, with __sp_f returning or testing each item, when
// f is a builtin that consumes the whole iterable (sum, list, sorted,
// max, "".join, ...) or any/all, and otherwise passes f the generator.
// One with an assignment expression (x := ...), which a lambda can't
// bind in the enclosing scope, is still computed at once:
// __sp_genlist([E for ...]).

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// genexp lowers the generator expression c, lowered as a list
// comprehension.
func genexp(c syntax.Expr) syntax.Expr {
	if hasWalrus(c) {
		// A lambda can't bind the enclosing scope's name: the items are
		// computed at once, as a list comprehension, and iterated.
		return call(abi.GenList, syntax.Start(c), c)
	}
	body, first := genexpBody(c.(*syntax.Comprehension))
	return call(abi.GenExp, syntax.Start(c), body, first)
}

// genexpBody returns the lambda of the generator expression c and its
// first iterable.
func genexpBody(c *syntax.Comprehension) (*syntax.LambdaExpr, syntax.Expr) {
	pos := c.Lbrack
	first := c.Clauses[0].(*syntax.ForClause)
	var it syntax.Expr = ident(abi.GenIter, syntax.Start(first.X))
	inner := compChecked(c.Clauses[1:]) // see checkInnerClauses
	if inner {
		it = call(abi.CompIter, syntax.Start(first.X), it, ident("True", syntax.Start(first.X)))
	}
	clauses := append([]syntax.Node{&syntax.ForClause{For: first.For, Vars: first.Vars, In: first.In, X: it}}, c.Clauses[1:]...)
	item := &syntax.CallExpr{Fn: ident(abi.GenFrame, syntax.Start(c.Body)), Lparen: syntax.Start(c.Body), Args: []syntax.Expr{c.Body}, Rparen: syntax.Start(c.Body)}
	// {0: __sp_f(E) for ...} keeps one entry, however many items it makes.
	zero := &syntax.Literal{Token: syntax.INT, TokenPos: pos, Raw: "0", Value: int64(0)}
	entry := &syntax.DictEntry{Key: zero, Colon: pos, Value: item}
	var list syntax.Expr = &syntax.Comprehension{Curly: true, Lbrack: c.Lbrack, Body: entry, Clauses: clauses, Rbrack: c.Rbrack}
	if inner {
		list = call(abi.CompEnd, pos, list)
	}
	// (..., __sp_loopend(__sp_it)) raises the error that ended the first
	// loop (a __next__ that raised, a dict changed in the loop).
	end := call(abi.LoopEnd, pos, ident(abi.GenIter, pos))
	lambda := &syntax.LambdaExpr{Lambda: pos, Params: []syntax.Expr{ident(abi.GenIter, pos), ident(abi.GenFrame, pos)}, Body: tuple(pos, list, end)}
	return lambda, first.X
}

// genexpCall lowers fn(g), g a lowered generator expression, to
// __sp_gencall(fn, lambda, X); it returns nil for any other call.
func genexpCall(fn syntax.Expr, args []syntax.Expr, lparen, rparen syntax.Position) syntax.Expr {
	if len(args) != 1 {
		return nil
	}
	g, ok := args[0].(*syntax.CallExpr)
	if !ok || !isIdentNamed(g.Fn, abi.GenExp) {
		return nil
	}
	if id, ok := fn.(*syntax.Ident); ok && (id.Name == abi.Method || id.Name == abi.Super) {
		return nil
	}
	return &syntax.CallExpr{Fn: ident(abi.GenCall, lparen), Lparen: lparen, Args: []syntax.Expr{fn, g.Args[0], g.Args[1]}, Rparen: rparen}
}

func isIdentNamed(x syntax.Expr, name string) bool {
	id, ok := x.(*syntax.Ident)
	return ok && id.Name == name
}

// hasWalrus reports whether x contains an assignment expression.
func hasWalrus(x syntax.Expr) bool {
	found := false
	syntax.Walk(x, func(n syntax.Node) bool {
		if c, ok := n.(*syntax.CallExpr); ok && isIdentNamed(c.Fn, abi.Walrus) {
			found = true
		}
		return !found
	})
	return found
}
