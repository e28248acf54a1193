package lower

// This file lowers statements: the dispatch, def, if, assignments and
// Python's simple statements that Starlark lacks (global, nonlocal,
// assert, del, raise). Loops are in loop.go, with and try in with.go and
// try.go, class in class.go, imports in import.go.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// stmts lowers a block.
func (l *lowerer) stmts(list []pyast.Stmt) []syntax.Stmt {
	var out []syntax.Stmt
	for _, s := range list {
		out = append(out, l.stmt(s)...)
	}
	return out
}

// block lowers a block that may be absent: nil stays nil.
func (l *lowerer) block(list []pyast.Stmt) []syntax.Stmt {
	if list == nil {
		return nil
	}
	return l.stmts(list)
}

func (l *lowerer) stmt(s pyast.Stmt) []syntax.Stmt {
	switch s := s.(type) {
	case *pyast.Def:
		return l.def(s)
	case *pyast.Class:
		return l.class(s)
	case *pyast.If:
		return []syntax.Stmt{l.ifStmt(s)}
	case *pyast.Match:
		return l.matchStmt(s)
	case *pyast.For:
		if s.Async {
			return l.asyncFor(s)
		}
		return l.forStmt(s)
	case *pyast.While:
		return l.whileStmt(s)
	case *pyast.Try:
		return l.try(s)
	case *pyast.With:
		if s.Async {
			return l.asyncWith(s)
		}
		return l.with(s)
	case *pyast.Assign:
		return l.collectAfter(s, l.assign(s))
	case *pyast.AugAssign:
		return l.augAssign(s)
	case *pyast.AnnAssign:
		return l.annAssign(s)
	case *pyast.ExprStmt:
		return []syntax.Stmt{exprStmt(l.expr(s.X))}
	case *pyast.Return:
		return []syntax.Stmt{&syntax.ReturnStmt{Return: s.Return, Result: l.expr(s.Value)}}
	case *pyast.Pass:
		return []syntax.Stmt{branch(syntax.PASS, s.Pos)}
	case *pyast.Break:
		return []syntax.Stmt{branch(syntax.BREAK, s.Pos)}
	case *pyast.Continue:
		return []syntax.Stmt{branch(syntax.CONTINUE, s.Pos)}
	case *pyast.Import:
		return importStmt(s)
	case *pyast.ImportFrom:
		l.starImport = l.starImport || s.Star.IsValid()
		return fromImport(s)
	case *pyast.Global:
		return []syntax.Stmt{marker(abi.Global, s.Global, s.Names)}
	case *pyast.Nonlocal:
		return []syntax.Stmt{marker(abi.Nonlocal, s.Nonlocal, s.Names)}
	case *pyast.Raise:
		return []syntax.Stmt{l.raise(s)}
	case *pyast.Assert:
		return []syntax.Stmt{l.assert(s)}
	case *pyast.Del:
		return l.collectAfter(s, l.del(s))
	case *pyast.Load:
		return []syntax.Stmt{load(s)}
	}
	panic("lower: unexpected statement")
}

// def lowers a def with its decorators; a generator def is followed by
// f = __sp_genfunc(f).
func (l *lowerer) def(d *pyast.Def) []syntax.Stmt {
	if d.Decorators == nil {
		def := l.defStmt(d)
		stmts := []syntax.Stmt{def}
		id := def.Name
		if x := l.annotateDef(d, ident(id.Name, id.NamePos)); !isIdent(x) {
			stmts = append(stmts, assign(ident(id.Name, id.NamePos), x, def.Def))
		}
		if d.Generator || d.Async {
			stmts = append(stmts, genFuncAssign(def, genHelper(d)))
		}
		return stmts
	}
	decorators := l.exprs(d.Decorators)
	// Python evaluates decorator expressions before the def binds its
	// name (@x.setter refers to the old x), so compound ones go first.
	var pre []syntax.Stmt
	for i, dec := range decorators {
		if _, ok := dec.(*syntax.Ident); !ok {
			tmp := ident(l.freshName(abi.Decorated), syntax.Start(dec))
			pre = append(pre, assign(tmp, dec, syntax.Start(dec)))
			decorators[i] = ident(tmp.Name, tmp.NamePos)
		}
	}
	def := l.defStmt(d)
	if d.Generator || d.Async {
		decorators = append(decorators, ident(genHelper(d), def.Def))
	}
	id := def.Name
	return append(append(pre, def), decorate(id, decorators, l.annotateDef(d, ident(id.Name, id.NamePos)), def.Def)...)
}

func isIdent(x syntax.Expr) bool {
	_, ok := x.(*syntax.Ident)
	return ok
}

// defStmt lowers the def itself.
func (l *lowerer) defStmt(d *pyast.Def) *syntax.DefStmt {
	params, prelude := posOnly(d, l.params(d.Params))
	m := method{class: l.className(), self: firstParam(params)}
	l.classes, l.methods = append(l.classes, nil), append(l.methods, m)
	outer := l.qualifier
	l.qualifier += d.Name.Name + ".<locals>."
	body := withPrelude(l.stmts(d.Body), prelude)
	l.classes, l.methods, l.qualifier = l.classes[:len(l.classes)-1], l.methods[:len(l.methods)-1], outer
	return &syntax.DefStmt{Def: d.Def, Name: name(d.Name), Lparen: d.Lparen, Params: params, Rparen: d.Rparen, Body: body}
}

func firstParam(params []syntax.Expr) string {
	if len(params) == 0 {
		return ""
	}
	switch x := params[0].(type) {
	case *syntax.Ident:
		return x.Name
	case *syntax.BinaryExpr:
		return x.X.(*syntax.Ident).Name
	}
	return ""
}

// decorate assigns to name x with decorators applied, innermost first:
// name = d1(d2(x)). A long list (CPython compiles any number) is applied
// one assignment at a time, name = x; name = d2(name); name = d1(name),
// so that the tree stays shallow (see depth.go).
func decorate(name *syntax.Ident, decorators []syntax.Expr, x syntax.Expr, pos syntax.Position) []syntax.Stmt {
	apply := func(d, x syntax.Expr) syntax.Expr {
		return &syntax.CallExpr{Fn: d, Lparen: syntax.Start(d), Args: []syntax.Expr{x}, Rparen: syntax.End(d)}
	}
	target := ident(name.Name, name.NamePos)
	if len(decorators) < balanceMin {
		for i := len(decorators) - 1; i >= 0; i-- {
			x = apply(decorators[i], x)
		}
		return []syntax.Stmt{assign(target, x, pos)}
	}
	stmts := []syntax.Stmt{assign(target, x, pos)}
	for i := len(decorators) - 1; i >= 0; i-- {
		// All at the decorator's line: go.starlark.net's line table grows
		// with the distance between consecutive instructions' lines.
		d, at := decorators[i], syntax.Start(decorators[i])
		stmts = append(stmts, assign(ident(name.Name, at), apply(d, ident(name.Name, at)), at))
	}
	return stmts
}

// genHelper names the helper that makes the generator (or coroutine,
// or async generator) function of d.
func genHelper(d *pyast.Def) string {
	switch {
	case d.Async && d.Generator:
		return abi.AsyncGenFunc
	case d.Async:
		return abi.CoroFunc
	}
	return abi.GenFunc
}

// genFuncAssign returns f = helper(f) for the generator (or async) def f.
func genFuncAssign(def *syntax.DefStmt, helper string) syntax.Stmt {
	name := def.Name
	return assign(ident(name.Name, name.NamePos), call(helper, def.Def, ident(name.Name, name.NamePos)), def.Def)
}

func (l *lowerer) ifStmt(s *pyast.If) *syntax.IfStmt {
	out := &syntax.IfStmt{If: s.If, Cond: l.expr(s.Cond), True: l.stmts(s.Body), ElsePos: s.ElsePos}
	out.False = l.block(s.Else)
	return out
}

// marker returns the marker call __sp_global("x", ...) or
// __sp_nonlocal(...) of a global or nonlocal statement, which the cell
// pass consumes.
func marker(fn string, pos syntax.Position, names []*pyast.Ident) syntax.Stmt {
	var args []syntax.Expr
	for _, id := range names {
		args = append(args, strLit(id.Name, id.NamePos))
	}
	return exprStmt(call(fn, pos, args...))
}

// raise lowers raise [E [from C]] to __sp_raise(...).
func (l *lowerer) raise(s *pyast.Raise) syntax.Stmt {
	var args []syntax.Expr
	if s.Exc != nil {
		args = append(args, l.expr(s.Exc))
		if s.Cause != nil {
			args = append(args, l.expr(s.Cause))
		}
	}
	return exprStmt(call(abi.Raise, s.Raise, args...))
}

// assert lowers assert c, m to if not c: __sp_raise(__sp_assertion(m)).
func (l *lowerer) assert(s *pyast.Assert) syntax.Stmt {
	pos := s.Assert
	cond := l.expr(s.Test)
	var args []syntax.Expr
	if s.Msg != nil {
		args = append(args, l.expr(s.Msg))
	}
	raise := call(abi.Raise, pos, call(abi.Assertion, pos, args...))
	not := &syntax.UnaryExpr{OpPos: pos, Op: syntax.NOT, X: cond}
	return ifStmt(not, pos, exprStmt(raise))
}

// load lowers Starlark's load statement.
func load(s *pyast.Load) syntax.Stmt {
	out := &syntax.LoadStmt{Load: s.Load, Rparen: s.Rparen,
		Module: &syntax.Literal{Token: s.Module.Token, TokenPos: s.Module.TokenPos, Raw: s.Module.Raw, Value: s.Module.Value}}
	for i, to := range s.To {
		id := name(to)
		out.To = append(out.To, id)
		if s.From[i] != to {
			id = name(s.From[i])
		}
		out.From = append(out.From, id)
	}
	return out
}
