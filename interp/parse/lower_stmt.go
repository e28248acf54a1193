package parse

// This file defines the parsing and lowering of Python's simple
// statements that Starlark lacks: import, from-import, global, nonlocal,
// assert, del and raise, and of decorators.

import (
	"strings"

	"go.starlark.net/syntax"
)

// parseGlobal parses global or nonlocal into a marker call
// __sp_global("x", ...) or __sp_nonlocal(...) that the cell pass
// consumes.
func (p *parser) parseGlobal() syntax.Stmt {
	marker := "__sp_global"
	if p.tok == syntax.NONLOCAL {
		marker = "__sp_nonlocal"
	}
	pos := p.nextToken()
	var names []syntax.Expr
	for {
		id := p.parseIdent()
		names = append(names, strLit(id.Name, id.NamePos))
		if p.tok != syntax.COMMA {
			break
		}
		p.nextToken()
	}
	return exprStmt(call(marker, pos, names...))
}

// parseDottedName parses a.b.c.
func (p *parser) parseDottedName() (string, *syntax.Ident) {
	if p.tok == syntax.DOT || p.tok == tokEllipsis {
		p.unsupported("relative imports")
	}
	first := p.parseIdent()
	names := []string{first.Name}
	for p.tok == syntax.DOT {
		p.nextToken()
		names = append(names, p.parseIdent().Name)
	}
	return strings.Join(names, "."), first
}

// parseRelativeName parses the module of a from-import: a dotted name
// after zero or more leading dots (only dots for from . import x). The
// returned identifier positions the lowered call.
func (p *parser) parseRelativeName() (string, *syntax.Ident) {
	dots := ""
	pos := p.tokval.pos
	for p.tok == syntax.DOT || p.tok == tokEllipsis {
		if p.tok == syntax.DOT {
			dots += "."
		} else {
			dots += "..."
		}
		p.nextToken()
	}
	if dots != "" && p.tok == syntax.IMPORT {
		return dots, &syntax.Ident{NamePos: pos, Name: dots}
	}
	name, first := p.parseDottedName()
	return dots + name, first
}

// parseImport lowers import a.b as c, d.
func (p *parser) parseImport() []syntax.Stmt {
	pos := p.nextToken()
	var stmts []syntax.Stmt
	for {
		name, first := p.parseDottedName()
		args := []syntax.Expr{strLit(name, first.NamePos)}
		target := first
		if p.tok == syntax.AS {
			p.nextToken()
			target = p.parseIdent()
		} else if strings.Contains(name, ".") {
			args = append(args, ident("True", first.NamePos))
		}
		stmts = append(stmts, assign(ident(target.Name, target.NamePos), call("__sp_import", pos, args...), pos))
		if p.tok != syntax.COMMA {
			return stmts
		}
		p.nextToken()
	}
}

// parseFromImport lowers from a.b import x, y as z. A relative import
// (from .m import x) passes the module's __package__ as a third argument.
func (p *parser) parseFromImport() []syntax.Stmt {
	pos := p.nextToken()
	module, first := p.parseRelativeName()
	var pkg []syntax.Expr
	if strings.HasPrefix(module, ".") {
		pkg = append(pkg, ident("__package__", first.NamePos))
	}
	p.consume(syntax.IMPORT)
	if p.tok == syntax.STAR {
		p.unsupported("'from ... import *'")
	}
	paren := p.tok == syntax.LPAREN
	if paren {
		p.nextToken()
	}
	var stmts []syntax.Stmt
	for {
		name := p.parseIdent()
		target := name
		if p.tok == syntax.AS {
			p.nextToken()
			target = p.parseIdent()
		}
		args := append([]syntax.Expr{strLit(module, first.NamePos), strLit(name.Name, name.NamePos)}, pkg...)
		rhs := call("__sp_from", pos, args...)
		stmts = append(stmts, assign(ident(target.Name, target.NamePos), rhs, pos))
		if p.tok != syntax.COMMA {
			break
		}
		p.nextToken()
		if paren && p.tok == syntax.RPAREN {
			break
		}
	}
	if paren {
		p.consume(syntax.RPAREN)
	}
	return stmts
}

// parseAssert lowers assert c, m to if not c: __sp_raise(__sp_assertion(m)).
func (p *parser) parseAssert() syntax.Stmt {
	pos := p.nextToken()
	cond := p.parseTest()
	var args []syntax.Expr
	if p.tok == syntax.COMMA {
		p.nextToken()
		args = append(args, p.parseTest())
	}
	raise := call("__sp_raise", pos, call("__sp_assertion", pos, args...))
	not := &syntax.UnaryExpr{OpPos: pos, Op: syntax.NOT, X: cond}
	return ifStmt(not, pos, exprStmt(raise))
}

// parseDel lowers del targets.
func (p *parser) parseDel() []syntax.Stmt {
	pos := p.nextToken()
	var stmts []syntax.Stmt
	for _, x := range flattenTargets(p.parseExpr(false)) {
		stmts = append(stmts, p.lowerDel(x, pos))
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

func flattenTargets(x syntax.Expr) []syntax.Expr {
	switch x := x.(type) {
	case *syntax.ParenExpr:
		return flattenTargets(x.X)
	case *syntax.TupleExpr:
		var out []syntax.Expr
		for _, y := range x.List {
			out = append(out, flattenTargets(y)...)
		}
		return out
	case *syntax.ListExpr:
		var out []syntax.Expr
		for _, y := range x.List {
			out = append(out, flattenTargets(y)...)
		}
		return out
	}
	return []syntax.Expr{x}
}

func (p *parser) lowerDel(x syntax.Expr, pos syntax.Position) syntax.Stmt {
	switch x := x.(type) {
	case *syntax.Ident:
		return assign(x, delValue(x.NamePos), pos)
	case *syntax.IndexExpr:
		return exprStmt(&syntax.CallExpr{Fn: ident("__sp_delitem", pos), Lparen: x.Lbrack, Args: []syntax.Expr{x.X, x.Y}, Rparen: x.Rbrack})
	case *syntax.DotExpr:
		return exprStmt(&syntax.CallExpr{Fn: ident("__sp_delattr", pos), Lparen: x.Dot, Args: []syntax.Expr{x.X, strLit(x.Name.Name, x.Name.NamePos)}, Rparen: x.Dot})
	case *syntax.CallExpr:
		// x[lo:hi:step], which parseSlice lowered to __sp_slice(x, lo, hi, step)
		if fn, ok := x.Fn.(*syntax.Ident); ok && fn.Name == "__sp_slice" && x.Lparen == fn.NamePos && len(x.Args) == 4 {
			return exprStmt(&syntax.CallExpr{Fn: ident("__sp_delslice", pos), Lparen: x.Lparen, Args: x.Args, Rparen: x.Rparen})
		}
	}
	p.errorf(syntax.Start(x), "cannot delete %s", describe(x))
	return nil
}

// parseRaise lowers raise [E [from C]] to __sp_raise(...).
func (p *parser) parseRaise() syntax.Stmt {
	pos := p.nextToken()
	var args []syntax.Expr
	if p.tok != syntax.NEWLINE && p.tok != syntax.SEMI && p.tok != syntax.EOF {
		args = append(args, p.parseTest())
		if p.tok == syntax.FROM {
			p.nextToken()
			args = append(args, p.parseTest())
		}
	}
	return exprStmt(call("__sp_raise", pos, args...))
}

// parseDecorated parses decorators and the def or class they decorate;
// a def is followed by f = d1(d2(f)).
func (p *parser) parseDecorated() []syntax.Stmt {
	var decorators []syntax.Expr
	for p.tok == tokAt {
		p.nextToken()
		decorators = append(decorators, p.parseTest())
		p.consume(syntax.NEWLINE)
	}
	switch p.tok {
	case syntax.CLASS:
		return p.parseClassStmt(decorators)
	case syntax.DEF:
	case syntax.ASYNC:
		p.unsupported("'async'")
	case syntax.EOF:
		p.in.eofError(p.tokval.pos, "unexpected EOF while parsing")
	default:
		p.syntaxError()
	}
	// Python evaluates decorator expressions before the def binds its
	// name (@x.setter refers to the old x), so compound ones go first.
	var pre []syntax.Stmt
	for i, d := range decorators {
		if _, ok := d.(*syntax.Ident); !ok {
			tmp := ident(p.freshName("__sp_dec"), syntax.Start(d))
			pre = append(pre, assign(tmp, d, syntax.Start(d)))
			decorators[i] = ident(tmp.Name, tmp.NamePos)
		}
	}
	def := p.parseDefStmt()
	if p.genDef {
		decorators = append(decorators, ident("__sp_genfunc", def.Def))
	}
	name := def.Name
	return append(append(pre, def), decorate(name, decorators, ident(name.Name, name.NamePos), def.Def)...)
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
