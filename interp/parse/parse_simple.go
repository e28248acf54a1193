package parse

// This file defines the parsing of Python's simple statements that
// Starlark lacks: import, from-import, global, nonlocal, assert, del and
// raise.

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"
)

// parseGlobal parses global or nonlocal.
func (p *parser) parseGlobal() pyast.Stmt {
	tok := p.tok
	pos := p.nextToken()
	var names []*pyast.Ident
	for {
		names = append(names, p.parseIdent())
		if p.tok != syntax.COMMA {
			break
		}
		p.nextToken()
	}
	if tok == syntax.NONLOCAL {
		return &pyast.Nonlocal{Nonlocal: pos, Names: names}
	}
	return &pyast.Global{Global: pos, Names: names}
}

// parseDottedName parses a.b.c.
func (p *parser) parseDottedName() (string, *pyast.Ident) {
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
// after zero or more leading dots (only dots for from . import x), and
// the position of its first name (or dot).
func (p *parser) parseRelativeName() (string, syntax.Position) {
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
		return dots, pos
	}
	name, first := p.parseDottedName()
	return dots + name, first.NamePos
}

// parseImport parses import a.b as c, d.
func (p *parser) parseImport() pyast.Stmt {
	st := &pyast.Import{Import: p.nextToken()}
	for {
		name, first := p.parseDottedName()
		alias := &pyast.Alias{Name: name, NamePos: first.NamePos}
		if p.tok == syntax.AS {
			p.nextToken()
			alias.AsName = p.parseIdent()
		}
		st.Names = append(st.Names, alias)
		if p.tok != syntax.COMMA {
			return st
		}
		p.nextToken()
	}
}

// parseFromImport parses from a.b import x, y as z.
func (p *parser) parseFromImport() pyast.Stmt {
	st := &pyast.ImportFrom{From: p.nextToken()}
	st.Module, st.ModulePos = p.parseRelativeName()
	p.consume(syntax.IMPORT)
	if p.tok == syntax.STAR {
		return p.parseStarImport(st)
	}
	paren := p.tok == syntax.LPAREN
	if paren {
		p.nextToken()
	}
	for {
		it := &pyast.ImportName{Name: p.parseIdent()}
		if p.tok == syntax.AS {
			p.nextToken()
			it.AsName = p.parseIdent()
		}
		st.Names = append(st.Names, it)
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
	return st
}

// parseStarImport parses the * of from m import *, which CPython
// allows at module level only.
func (p *parser) parseStarImport(st *pyast.ImportFrom) pyast.Stmt {
	if p.inFunc || p.inClass {
		p.errorf(p.tokval.pos, "import * only allowed at module level")
	}
	if strings.Trim(st.Module, ".") == "" {
		p.unsupported("'from . import *'")
	}
	st.Star = p.nextToken()
	return st
}

// parseAssert parses assert c, m.
func (p *parser) parseAssert() pyast.Stmt {
	st := &pyast.Assert{Assert: p.nextToken(), Test: p.parseTest()}
	if p.tok == syntax.COMMA {
		p.nextToken()
		st.Msg = p.parseTest()
	}
	return st
}

// parseDel parses del targets.
func (p *parser) parseDel() pyast.Stmt {
	st := &pyast.Del{Del: p.nextToken()}
	st.Targets = flattenTargets(p.parseExpr())
	for _, x := range st.Targets {
		p.checkDel(x)
	}
	return st
}

func flattenTargets(x pyast.Expr) []pyast.Expr {
	var list []pyast.Expr
	switch x := x.(type) {
	case *pyast.Paren:
		return flattenTargets(x.X)
	case *pyast.Tuple:
		list = x.List
	case *pyast.List:
		if concatenated(x) {
			return []pyast.Expr{x}
		}
		list = x.List
	default:
		return []pyast.Expr{x}
	}
	var out []pyast.Expr
	for _, y := range list {
		out = append(out, flattenTargets(y)...)
	}
	return out
}

// checkDel reports CPython's error for what del cannot delete.
func (p *parser) checkDel(x pyast.Expr) {
	switch x := x.(type) {
	case *pyast.Ident, *pyast.Index, *pyast.Slice, *pyast.Attr:
		return // del x.__dict__ too: lowered to delattr
	case *pyast.List: // concatenated: checked as the concatenation
		p.errorf(start(x.List[0]), "cannot delete %s", describe(x))
	}
	p.errorf(start(x), "cannot delete %s", describe(x))
}

// parseRaise parses raise [E [from C]].
func (p *parser) parseRaise() pyast.Stmt {
	st := &pyast.Raise{Raise: p.nextToken()}
	if p.tok != syntax.NEWLINE && p.tok != syntax.SEMI && p.tok != syntax.EOF {
		st.Exc = p.parseTest()
		if p.tok == syntax.FROM {
			p.nextToken()
			st.Cause = p.parseTest()
		}
	}
	return st
}
