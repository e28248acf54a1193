package lower

// This file lowers the attributes of functions: f.calls = 0 and
// f.calls += 1 where f names a def of the file (or is C.f,
// m.__func__ or f.__wrapped__), as
// Starlark functions have no fields and Python's have a __dict__. The
// load goes through abi.Dunder and the store through abi.SetAttr, which
// handle any receiver, so a name that holds something else after all
// costs time, never correctness.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// funcNames are the names functions conventionally go by where no def
// binds them: a decorator's parameter (def register(fn): fn.tag = 1).
// Names that as often hold other objects (f for a file, handler for a
// logging handler) are left out: their attributes would pay a call.
var funcNames = map[string]bool{
	"fn": true, "func": true, "function": true, "wrapper": true, "wrapped": true,
	"decorated": true, "callback": true, "cb": true,
}

// funcRecv reports whether x, the receiver of an attribute, may be a
// function: a name some def of the file binds or one of funcNames, an
// attribute named as a def (C.method), m.__func__ or f.__wrapped__.
func (l *lowerer) funcRecv(x pyast.Expr) bool {
	switch x := x.(type) {
	case *pyast.Ident:
		return l.defNames()[x.Name] || funcNames[x.Name]
	case *pyast.Attr:
		return x.Name.Name == "__func__" || x.Name.Name == "__wrapped__" || l.defNames()[x.Name.Name] // C.method
	}
	return false
}

// defNames returns the names the defs of the file bind, in any scope.
func (l *lowerer) defNames() map[string]bool {
	if l.defs == nil {
		l.defs = map[string]bool{}
		pyast.Walk(l.file, func(n pyast.Node) bool {
			if d, ok := n.(*pyast.Def); ok {
				l.defs[d.Name.Name] = true
			}
			return true
		})
	}
	return l.defs
}

// store lowers target = rhs, where x is the lowered target.
func (l *lowerer) store(target pyast.Expr, x, rhs syntax.Expr, pos syntax.Position) syntax.Stmt {
	if a, ok := target.(*pyast.Attr); ok && l.funcRecv(a.X) {
		return exprStmt(call(abi.SetAttr, pos, l.expr(a.X), strLit(a.Name.Name, a.Name.NamePos), rhs))
	}
	if c, ok := x.(*syntax.CallExpr); ok && isIdentNamed(c.Fn, abi.Slice) { // x[lo:hi:step] = v
		args := append(append([]syntax.Expr{}, c.Args...), rhs)
		return exprStmt(&syntax.CallExpr{Fn: ident(abi.SetSlice, pos), Lparen: c.Lparen, Args: args, Rparen: c.Rparen})
	}
	return &syntax.AssignStmt{OpPos: pos, Op: syntax.EQ, LHS: x, RHS: rhs}
}

// augFuncAttr lowers f.name op= rhs: the receiver, a name or m.__func__,
// is evaluated twice, which for these is the same value.
func (l *lowerer) augFuncAttr(a *pyast.Attr, op syntax.Token, rhs syntax.Expr, pos syntax.Position) syntax.Stmt {
	name := strLit(a.Name.Name, a.Name.NamePos)
	load := call(abi.Dunder, a.Dot, l.expr(a.X), name)
	var v syntax.Expr = &syntax.BinaryExpr{OpPos: pos, Op: op, X: load, Y: rhs}
	if op == syntax.STARSTAR {
		v = call(abi.Pow, pos, load, rhs)
	}
	return exprStmt(call(abi.SetAttr, pos, l.expr(a.X), name, v))
}
