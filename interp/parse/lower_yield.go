package parse

// This file lowers generators: yield and yield from become calls of
// __sp_yield and __sp_yieldfrom, and a def whose body yields is followed
// by f = __sp_genfunc(f) (see LOWERING.md, Generators).

import (
	"go.starlark.net/syntax"
)

// parseYield parses "yield [exprs]" or "yield from x", the current token
// being yield, where a yield expression may stand: an expression
// statement, the right side of an assignment, or parentheses.
func (p *parser) parseYield() syntax.Expr {
	pos := p.tokval.pos
	if !p.lower {
		p.unsupported("'yield'")
	}
	if !p.inFunc {
		p.errorf(pos, "'yield' outside function")
	}
	if p.inLambda {
		p.unsupported("'yield' in a lambda")
	}
	p.nextToken()
	p.sawYield = true
	if p.tok == syntax.FROM {
		p.nextToken()
		return call("__sp_yieldfrom", pos, p.parseTest())
	}
	switch p.tok {
	case syntax.NEWLINE, syntax.SEMI, syntax.RPAREN, syntax.EOF:
		return call("__sp_yield", pos)
	}
	return call("__sp_yield", pos, p.parseExpr(false))
}

// genFuncAssign returns f = __sp_genfunc(f) for the generator def f.
func genFuncAssign(def *syntax.DefStmt) syntax.Stmt {
	name := def.Name
	return assign(ident(name.Name, name.NamePos), call("__sp_genfunc", def.Def, ident(name.Name, name.NamePos)), def.Def)
}

// checkComprehensionYield reports CPython's error for a yield in a
// comprehension's element or conditions.
func (p *parser) checkComprehensionYield(c *syntax.Comprehension, endBrace syntax.Token) {
	if !p.lower || !p.sawYield {
		return
	}
	var nodes []syntax.Node
	nodes = append(nodes, c.Body)
	for i, cl := range c.Clauses {
		if _, ok := cl.(*syntax.ForClause); ok && i == 0 {
			continue // the first iterable is evaluated outside
		}
		nodes = append(nodes, cl)
	}
	for _, n := range nodes {
		if pos, ok := findYield(n); ok {
			p.errorf(pos, "'yield' inside %s", comprehensionKind(c, endBrace))
		}
	}
}

// findYield returns the position of a lowered yield in n.
func findYield(n syntax.Node) (pos syntax.Position, found bool) {
	syntax.Walk(n, func(n syntax.Node) bool {
		if c, ok := n.(*syntax.CallExpr); ok && !found {
			if isInternal(c.Fn, "__sp_yield") || isInternal(c.Fn, "__sp_yieldfrom") {
				pos, found = c.Fn.(*syntax.Ident).NamePos, true
			}
		}
		return !found
	})
	return pos, found
}

// comprehensionKind names a comprehension as CPython's errors do.
func comprehensionKind(c *syntax.Comprehension, endBrace syntax.Token) string {
	switch {
	case endBrace == syntax.RPAREN:
		return "generator expression"
	case endBrace == syntax.RBRACK:
		return "list comprehension"
	}
	if _, ok := c.Body.(*syntax.DictEntry); ok {
		return "dict comprehension"
	}
	return "set comprehension"
}
