package parse

// This file defines the parsing of with, try and class statements and of
// decorators.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"
)

// parseWithStmt parses with A as x, B: and its parenthesized form.
func (p *parser) parseWithStmt() pyast.Stmt {
	pos := p.nextToken()
	var items []*pyast.WithItem
	if p.tok == syntax.LPAREN && p.parenthesizedItems() {
		p.nextToken()
		items = p.parseWithItems(syntax.RPAREN)
		p.consume(syntax.RPAREN)
	} else {
		items = p.parseWithItems(syntax.COLON)
	}
	p.consumeHeaderColon()
	body := p.parseSuite("'with' statement", pos.Line)
	return &pyast.With{With: pos, Items: items, Body: body}
}

func (p *parser) parseWithItems(end syntax.Token) []*pyast.WithItem {
	var items []*pyast.WithItem
	for {
		it := &pyast.WithItem{X: p.parseTest()}
		if p.tok == syntax.AS {
			p.nextToken()
			it.Target = p.parseTarget()
		}
		items = append(items, it)
		if p.tok != syntax.COMMA {
			return items
		}
		p.nextToken()
		if p.tok == end {
			return items
		}
	}
}

// parenthesizedItems reports whether the parenthesis after with encloses
// the items, i.e. the matching ')' is followed by ':'.
func (p *parser) parenthesizedItems() bool {
	return p.lookahead(func(next func() syntax.Token) bool {
		depth := 1
		for depth > 0 {
			switch next() {
			case syntax.LPAREN, syntax.LBRACK, syntax.LBRACE:
				depth++
			case syntax.RPAREN, syntax.RBRACK, syntax.RBRACE:
				depth--
			case syntax.EOF:
				return false
			}
		}
		return next() == syntax.COLON
	})
}

func (p *parser) parseTryStmt() pyast.Stmt {
	t := &pyast.Try{Try: p.nextToken()}
	p.consume(syntax.COLON)
	t.Body = p.parseSuite("'try' statement", t.Try.Line)
	for p.tok == syntax.EXCEPT {
		h := p.parseHandler()
		if len(t.Handlers) > 0 && h.Star != t.Handlers[0].Star {
			p.errorf(h.Except, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		t.Handlers = append(t.Handlers, h)
	}
	if p.tok == syntax.ELSE && len(t.Handlers) > 0 {
		t.ElsePos = p.nextToken()
		p.consume(syntax.COLON)
		t.Else = p.parseSuite("'else' statement", t.ElsePos.Line)
	}
	if p.tok == syntax.FINALLY {
		t.FinallyPos = p.nextToken()
		p.consume(syntax.COLON)
		t.Finally = p.parseSuite("'finally' statement", t.FinallyPos.Line)
	}
	if len(t.Handlers) == 0 && t.Finally == nil {
		e := p.in.newError(p.tokval.pos, "SyntaxError", "expected 'except' or 'finally' block")
		e.EOF = p.tok == syntax.EOF
		panic(e)
	}
	return t
}

func (p *parser) parseHandler() *pyast.Handler {
	h := &pyast.Handler{Except: p.nextToken()}
	if p.tok == syntax.STAR {
		p.nextToken()
		h.Star = true
		if p.tok == syntax.COLON {
			p.errorf(p.tokval.pos, "expected one or more exception types")
		}
	}
	if p.tok != syntax.COLON {
		h.Type = p.parseTest()
		if p.tok == syntax.COMMA {
			p.errorf(start(h.Type), "multiple exception types must be parenthesized")
		}
		if p.tok == syntax.AS {
			p.nextToken()
			h.Name = p.parseIdent()
		}
	}
	p.consumeHeaderColon()
	if !h.Star {
		h.Body = p.parseSuite("'except' statement", h.Except.Line)
		return h
	}
	savedFunc, savedLoop := p.starFunc, p.starLoop
	p.starFunc, p.starLoop = p.inFunc, p.inLoop
	h.Body = p.parseSuite("'except*' statement", h.Except.Line)
	p.starFunc, p.starLoop = savedFunc, savedLoop
	return h
}

// checkExceptStar reports a return, break or continue that would leave
// an except* block.
func (p *parser) checkExceptStar() {
	if p.tok == syntax.RETURN && p.starFunc || p.tok != syntax.RETURN && p.starLoop {
		p.errorf(p.tokval.pos, "'break', 'continue' and 'return' cannot appear in an except* block")
	}
}

// parseClassStmt parses class C(B1, B2, k=v): body, with its
// decorators.
func (p *parser) parseClassStmt(decorators []pyast.Expr) pyast.Stmt {
	pos := p.nextToken()
	name := p.parseIdent()
	var bases []pyast.Expr
	if p.tok == syntax.LPAREN {
		p.nextToken()
		if p.tok != syntax.RPAREN {
			bases = p.parseArgs()
		}
		p.consume(syntax.RPAREN)
	}
	for _, b := range bases {
		switch b := b.(type) {
		case *pyast.Starred, *pyast.Unary:
			p.errorf(start(b), "spindle does not support starred base classes")
		case *pyast.Compare:
			if len(b.Ops) == 1 && b.Ops[0] == "is not" { // a not around "is"
				p.errorf(start(b), "spindle does not support starred base classes")
			}
		}
	}
	p.consumeHeaderColon()
	saved, savedAsync := p.inClass, p.inAsync
	p.inClass, p.inAsync = true, false
	body := p.scopeSuite("class definition", pos.Line, false, false)
	p.inClass, p.inAsync = saved, savedAsync
	return &pyast.Class{Decorators: decorators, Class: pos, Name: name, Bases: bases, Body: body}
}

// parseDecorated parses decorators and the def or class they decorate.
func (p *parser) parseDecorated() pyast.Stmt {
	var decorators []pyast.Expr
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
		if p.nextToken(); p.tok != syntax.DEF {
			p.syntaxError()
		}
		return p.parseFuncDef(decorators, true)
	case syntax.EOF:
		p.in.eofError(p.tokval.pos, "unexpected EOF while parsing")
	default:
		p.syntaxError()
	}
	return p.parseDefStmt(decorators)
}

// parseYield parses "yield [exprs]" or "yield from x", the current token
// being yield, where a yield expression may stand: an expression
// statement, the right side of an assignment, or parentheses.
func (p *parser) parseYield() pyast.Expr {
	pos := p.tokval.pos
	if !p.inFunc {
		p.errorf(pos, "'yield' outside function")
	}
	if p.inLambda {
		p.unsupported("'yield' in a lambda")
	}
	p.nextToken()
	p.sawYield = true
	if p.tok == syntax.FROM && p.inAsync {
		p.errorf(pos, "'yield from' inside async function")
	}
	if p.tok == syntax.FROM {
		p.nextToken()
		return &pyast.YieldFrom{Yield: pos, Value: p.parseTest()}
	}
	switch p.tok {
	case syntax.NEWLINE, syntax.SEMI, syntax.RPAREN, syntax.EOF:
		return &pyast.Yield{Yield: pos}
	}
	return &pyast.Yield{Yield: pos, Value: p.parseExpr()}
}

// parseAsyncStmt parses async def, async with and async for, the current
// token being async.
func (p *parser) parseAsyncStmt(decorators []pyast.Expr) pyast.Stmt {
	pos := p.nextToken()
	switch p.tok {
	case syntax.DEF:
		return p.parseFuncDef(decorators, true)
	case syntax.WITH:
		if !p.inAsync {
			p.errorf(pos, "'async with' outside async function")
		}
		w := p.parseWithStmt().(*pyast.With)
		w.Async = true
		return w
	case syntax.FOR:
		if !p.inAsync {
			p.errorf(pos, "'async for' outside async function")
		}
		f := p.parseForStmt().(*pyast.For)
		f.Async = true
		return f
	}
	p.syntaxError()
	return nil
}
