package lower

// This file lowers assignments: chains, unpacking, starred targets,
// augmented and annotated assignments, and del.

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// assign lowers t1 = t2 = ... = rhs.
func (l *lowerer) assign(s *pyast.Assign) []syntax.Stmt {
	targets := l.exprs(s.Targets)
	rhs := l.loadExpr(s.Value)
	pos := s.OpPos
	x := targets[0]
	if hasStar(x) {
		x, rhs = lowerStarTarget(x, rhs, pos)
		targets[0] = x
	} else if items := targetItems(x); len(targets) == 1 && items != nil && mayUnpackLate(rhs) {
		// a, b = f(): the VM's unpacking loses an error of __next__
		rhs = call(abi.Unpack, pos, rhs, intLit(int64(len(items)), pos))
	}
	if len(targets) == 1 {
		return []syntax.Stmt{l.store(s.Targets[0], x, nestedUnpack(x, rhs, pos), pos)}
	}
	tmp := l.freshName(abi.Temp)
	stmts := []syntax.Stmt{assign(ident(tmp, pos), rhs, pos)}
	for i, t := range targets {
		stmts = append(stmts, l.store(s.Targets[i], t, nestedUnpack(t, ident(tmp, pos), pos), pos))
	}
	return stmts
}

// nestedUnpack returns the right-hand side rhs of an assignment to x,
// through __sp_unpack(rhs, shape) if x is a nested target (a, (b, c)),
// whose inner items the VM would unpack without Python's protocol.
func nestedUnpack(x, rhs syntax.Expr, pos syntax.Position) syntax.Expr {
	if hasStar(x) || !nestedTarget(x) {
		return rhs
	}
	if c, ok := rhs.(*syntax.CallExpr); ok && isIdentNamed(c.Fn, abi.Unpack) {
		rhs = c.Args[0]
	}
	return call(abi.Unpack, pos, rhs, strLit(unpackShape(x), pos))
}

// hasStar reports whether x is a target list with a starred item.
func hasStar(x syntax.Expr) bool {
	for _, y := range targetItems(x) {
		if isStarred(y) {
			return true
		}
	}
	return false
}

// targetItems returns the items of a tuple or list target.
func targetItems(x syntax.Expr) []syntax.Expr {
	switch x := x.(type) {
	case *syntax.TupleExpr:
		return x.List
	case *syntax.ListExpr:
		return x.List
	case *syntax.ParenExpr:
		return targetItems(x.X)
	}
	return nil
}

// mayUnpackLate reports whether the right-hand side x of an unpacking
// assignment goes through __sp_unpack: a call of a user's function or
// class, which may return an iterator whose __next__ raises. Names,
// attributes and subscripts (x, y = point, a hot tuple in loops),
// displays and the builtins that return tuples or lists don't.
func mayUnpackLate(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.ParenExpr:
		return mayUnpackLate(x.X)
	case *syntax.CallExpr:
		if id, ok := x.Fn.(*syntax.Ident); ok && (strings.HasPrefix(id.Name, internalPrefix) || tupleFuncs[id.Name]) {
			return false
		}
		return true
	}
	return false
}

// tupleFuncs are builtins whose results unpack without a user's __next__.
var tupleFuncs = map[string]bool{"divmod": true, "tuple": true, "list": true, "sorted": true, "range": true}

// lowerStarTarget lowers "a, *b, c = v" to
// "(a, b, c) = __sp_unstar(v, 1, 1)": __sp_unstar returns a tuple whose
// middle item is the list of the values in between.
func lowerStarTarget(x, rhs syntax.Expr, pos syntax.Position) (syntax.Expr, syntax.Expr) {
	items := targetItems(x)
	star := -1
	plain := make([]syntax.Expr, len(items))
	for i, y := range items {
		plain[i] = y
		if u, ok := y.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR {
			star, plain[i] = i, u.X
		}
	}
	unstar := call(abi.Unstar, pos, rhs, intLit(int64(star), pos), intLit(int64(len(items)-1-star), pos))
	return &syntax.TupleExpr{Lparen: syntax.Start(x), List: plain, Rparen: syntax.Start(x)}, unstar
}

// augTokens maps a binary operator to its augmented assignment.
var augTokens = map[syntax.Token]syntax.Token{
	syntax.PLUS: syntax.PLUS_EQ, syntax.MINUS: syntax.MINUS_EQ, syntax.STAR: syntax.STAR_EQ,
	syntax.SLASH: syntax.SLASH_EQ, syntax.SLASHSLASH: syntax.SLASHSLASH_EQ, syntax.PERCENT: syntax.PERCENT_EQ,
	syntax.AMP: syntax.AMP_EQ, syntax.PIPE: syntax.PIPE_EQ, syntax.CIRCUMFLEX: syntax.CIRCUMFLEX_EQ,
	syntax.LTLT: syntax.LTLT_EQ, syntax.GTGT: syntax.GTGT_EQ,
}

// augAssign lowers x op= v; x **= v becomes x = __sp_pow(x, v).
func (l *lowerer) augAssign(s *pyast.AugAssign) []syntax.Stmt {
	x := l.expr(s.Target)
	rhs := l.expr(s.Value)
	if a, ok := s.Target.(*pyast.Attr); ok && (l.funcRecv(a.X) || l.funcAttrLoad(a)) {
		return []syntax.Stmt{l.augFuncAttr(a, s.Op, rhs, s.OpPos)}
	}
	if c, ok := x.(*syntax.CallExpr); ok && isIdentNamed(c.Fn, abi.Slice) {
		return l.augSlice(c, s.Op, rhs, s.OpPos)
	}
	return []syntax.Stmt{augStmt(x, s.Op, rhs, s.OpPos)}
}

// augStmt is x op= rhs, where x is evaluated once; x @= rhs becomes
// x = __sp_binop(x, "@=", rhs).
func augStmt(x syntax.Expr, op syntax.Token, rhs syntax.Expr, pos syntax.Position) syntax.Stmt {
	switch op {
	case syntax.STARSTAR:
		pow := &syntax.CallExpr{Fn: ident(abi.Pow, syntax.Start(x)), Lparen: pos, Args: []syntax.Expr{x, rhs}, Rparen: pos}
		return assign(x, pow, pos)
	case pyast.MatMul:
		mm := &syntax.CallExpr{Fn: ident(abi.BinOp, syntax.Start(x)), Lparen: pos, Args: []syntax.Expr{x, strLit("@=", pos), rhs}, Rparen: pos}
		return assign(x, mm, pos)
	}
	return &syntax.AssignStmt{OpPos: pos, Op: augTokens[op], LHS: x, RHS: rhs}
}

// augSlice lowers x[lo:hi:step] op= v, whose target sl is lowered to
// __sp_slice(x, lo, hi, step), as CPython evaluates it: x and the bounds
// once, then the slice, then v, then the operation, then the store:
//
//	__sp_tA = x; __sp_tB = lo ...     (each that is not a name or constant)
//	__sp_tC = __sp_slice(__sp_tA, __sp_tB, ...)
//	__sp_tC op= v
//	__sp_setslice(__sp_tA, __sp_tB, ..., __sp_tC)
func (l *lowerer) augSlice(sl *syntax.CallExpr, op syntax.Token, rhs syntax.Expr, pos syntax.Position) []syntax.Stmt {
	var stmts []syntax.Stmt
	args := make([]syntax.Expr, len(sl.Args))
	for i, a := range sl.Args {
		args[i] = a
		switch a.(type) {
		case *syntax.Ident, *syntax.Literal:
			continue
		}
		tmp := l.freshName(abi.Temp)
		stmts = append(stmts, assign(ident(tmp, pos), a, syntax.Start(a)))
		args[i] = ident(tmp, syntax.Start(a))
	}
	val := l.freshName(abi.Temp)
	get := &syntax.CallExpr{Fn: sl.Fn, Lparen: sl.Lparen, Args: args, Rparen: sl.Rparen}
	// The store's call is at the operator, the load's at the [: each
	// marks the target in a traceback.
	set := &syntax.CallExpr{Fn: ident(abi.SetSlice, pos), Lparen: pos, Args: append(append([]syntax.Expr{}, args...), ident(val, pos)), Rparen: sl.Rparen}
	return append(stmts,
		assign(ident(val, pos), get, pos),
		augStmt(ident(val, pos), op, rhs, pos),
		exprStmt(set))
}

// annAssign lowers "x: T [= v]". In a class body or at module level,
// "name: T" also stores T in the namespace's __annotations__ (see
// annotate.go); elsewhere the annotation is not evaluated, as in
// CPython.
func (l *lowerer) annAssign(s *pyast.AnnAssign) []syntax.Stmt {
	x := l.expr(s.Target)
	var stmts []syntax.Stmt
	if id, ok := s.Target.(*pyast.Ident); ok && (s.InClass || l.atModuleLevel()) {
		if s.InClass {
			l.classes[len(l.classes)-1].annotated = true
		}
		key := &syntax.IndexExpr{X: ident(classAnnotations, id.NamePos), Lbrack: id.NamePos, Y: strLit(id.Name, id.NamePos), Rbrack: id.NamePos}
		stmts = append(stmts, assign(key, l.annotationValue(l.expr(s.Annotation)), id.NamePos))
	}
	if s.Value == nil {
		return append(stmts, branch(syntax.PASS, syntax.Start(x)))
	}
	return append([]syntax.Stmt{assign(x, l.expr(s.Value), s.EqPos)}, stmts...)
}

// del lowers del targets.
func (l *lowerer) del(s *pyast.Del) []syntax.Stmt {
	var stmts []syntax.Stmt
	for _, x := range s.Targets {
		stmts = append(stmts, lowerDel(l.expr(x), s.Del))
	}
	return stmts
}

// delValue is what del x assigns to x: None, as (None, None, None,
// None)[0], whose evaluation overwrites the operand stack slots that a
// just-finished call left holding its arguments. Without it, the object
// of "ref = weakref.ref(x); del x" would stay reachable from a dead slot
// of the frame and could not be freed, where CPython frees it at the del.
func delValue(pos syntax.Position) syntax.Expr {
	nones := make([]syntax.Expr, 4)
	for i := range nones {
		nones[i] = ident("None", pos)
	}
	tuple := &syntax.ParenExpr{Lparen: pos, X: &syntax.TupleExpr{List: nones}, Rparen: pos}
	return &syntax.IndexExpr{X: tuple, Lbrack: pos, Y: &syntax.Literal{Token: syntax.INT, TokenPos: pos, Raw: "0", Value: int64(0)}, Rbrack: pos}
}

// lowerDel lowers the deletion of x, which the parser checked.
func lowerDel(x syntax.Expr, pos syntax.Position) syntax.Stmt {
	switch x := x.(type) {
	case *syntax.Ident:
		return assign(x, delValue(x.NamePos), pos)
	case *syntax.IndexExpr:
		return exprStmt(&syntax.CallExpr{Fn: ident(abi.DelItem, pos), Lparen: x.Lbrack, Args: []syntax.Expr{x.X, x.Y}, Rparen: x.Rbrack})
	case *syntax.DotExpr:
		return exprStmt(&syntax.CallExpr{Fn: ident(abi.DelAttr, pos), Lparen: x.Dot, Args: []syntax.Expr{x.X, strLit(x.Name.Name, x.Name.NamePos)}, Rparen: x.Dot})
	}
	c := x.(*syntax.CallExpr)
	if fn, ok := c.Fn.(*syntax.Ident); ok && fn.Name == abi.Dunder { // x.__dict__
		return exprStmt(&syntax.CallExpr{Fn: ident(abi.DelAttr, pos), Lparen: c.Lparen, Args: c.Args, Rparen: c.Rparen})
	}
	// x[lo:hi:step], lowered to __sp_slice(x, lo, hi, step)
	return exprStmt(&syntax.CallExpr{Fn: ident(abi.DelSlice, pos), Lparen: c.Lparen, Args: c.Args, Rparen: c.Rparen})
}
