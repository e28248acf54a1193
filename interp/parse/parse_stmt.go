package parse

// This file defines the statement parser: suites and indentation, def,
// if, for, while, expression statements and assignments.

import (
	"fmt"
	"regexp"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"
)

// parseStmt parses one statement, appending it.
func (p *parser) parseStmt(stmts []pyast.Stmt) []pyast.Stmt {
	switch p.tok {
	case syntax.DEF:
		return append(stmts, p.parseDefStmt(nil))
	case syntax.IF:
		return append(stmts, p.parseIfStmt())
	case syntax.FOR:
		return append(stmts, p.parseForStmt())
	case syntax.WHILE:
		return append(stmts, p.parseWhileStmt())
	case syntax.CLASS:
		return append(stmts, p.parseClassStmt(nil))
	case syntax.TRY:
		return append(stmts, p.parseTryStmt())
	case syntax.WITH:
		return append(stmts, p.parseWithStmt())
	case tokAt:
		return append(stmts, p.parseDecorated())
	case syntax.ASYNC:
		return append(stmts, p.parseAsyncStmt(nil))
	case syntax.INDENT, syntax.OUTDENT:
		p.syntaxError()
	}
	if p.tok == syntax.IDENT && p.tokval.raw == "match" && p.isMatch() {
		return append(stmts, p.parseMatchStmt())
	}
	return p.parseSimpleStmt(stmts, true)
}

// parseSuite parses the block after a colon; what and line describe the
// block's header for CPython's indentation error.
func (p *parser) parseSuite(what string, line int32) []pyast.Stmt {
	p.enter()
	defer p.leave()
	if p.tok != syntax.NEWLINE {
		return p.parseSimpleStmt(nil, true)
	}
	p.nextToken()
	if p.tok != syntax.INDENT {
		e := p.in.newError(p.tokval.pos, "IndentationError", fmt.Sprintf("expected an indented block after %s on line %d", what, line))
		e.EOF = p.tok == syntax.EOF
		panic(e)
	}
	p.nextToken()
	var stmts []pyast.Stmt
	for p.tok != syntax.OUTDENT && p.tok != syntax.EOF {
		stmts = p.parseStmt(stmts)
	}
	p.consume(syntax.OUTDENT)
	if len(stmts) == 0 {
		stmts = append(stmts, &pyast.Pass{Pos: p.tokval.pos})
	}
	return stmts
}

// scopeSuite parses a suite that is (or is not) inside a function and a
// loop, for CPython's errors about return, break and continue.
func (p *parser) scopeSuite(what string, line int32, inFunc, inLoop bool) []pyast.Stmt {
	savedFunc, savedLoop, savedStarFunc, savedStarLoop := p.inFunc, p.inLoop, p.starFunc, p.starLoop
	if !inLoop || inFunc != p.inFunc { // a def or class body: a new scope
		p.starFunc = false
	}
	p.starLoop = false
	p.inFunc, p.inLoop = inFunc, inLoop
	body := p.parseSuite(what, line)
	p.inFunc, p.inLoop, p.starFunc, p.starLoop = savedFunc, savedLoop, savedStarFunc, savedStarLoop
	return body
}

func (p *parser) parseDefStmt(decorators []pyast.Expr) *pyast.Def {
	return p.parseFuncDef(decorators, false)
}

// parseFuncDef parses a def, or the def of an async def (async set, the
// current token being def).
func (p *parser) parseFuncDef(decorators []pyast.Expr, async bool) *pyast.Def {
	defpos := p.nextToken()
	id := p.parseIdent()
	lparen := p.consume(syntax.LPAREN)
	params := p.parseParams(true)
	rparen := p.consume(syntax.RPAREN)
	var returns pyast.Expr
	if p.tok == tokArrow {
		p.nextToken()
		returns = p.parseTest()
	}
	p.consume(syntax.COLON)
	savedClass := p.inClass
	p.inClass = false
	savedYield, savedLambda, savedAsync := p.sawYield, p.inLambda, p.inAsync
	p.sawYield, p.inLambda, p.inAsync = false, false, async
	body := p.scopeSuite("function definition", defpos.Line, true, false)
	gen := p.sawYield
	p.sawYield, p.inLambda, p.inAsync = savedYield, savedLambda, savedAsync
	p.inClass = savedClass
	return &pyast.Def{Decorators: decorators, Def: defpos, Name: id, Lparen: lparen, Params: params, Rparen: rparen,
		Returns: returns, Body: body, Generator: gen, Async: async}
}

// parseParams parses a parameter list. Annotations are allowed in a
// def's, not a lambda's; the parameters before the positional-only
// marker '/' are marked PosOnly.
func (p *parser) parseParams(annotations bool) []*pyast.Param {
	var params []*pyast.Param
	for n := 0; p.tok != syntax.RPAREN && p.tok != syntax.COLON && p.tok != syntax.EOF; n++ {
		if n > 0 {
			p.consume(syntax.COMMA)
		}
		if p.tok == syntax.RPAREN {
			break
		}
		if p.tok == syntax.SLASH {
			p.slashParam(params, p.nextToken())
			continue
		}
		if p.tok == syntax.STAR || p.tok == syntax.STARSTAR {
			param := &pyast.Param{Star: p.tok}
			param.StarPos = p.nextToken()
			if param.Star == syntax.STARSTAR || p.tok == syntax.IDENT {
				param.Name = p.parseIdent()
				param.Annotation = p.parseAnnotation(annotations)
			}
			params = append(params, param)
			continue
		}
		param := &pyast.Param{Name: p.parseIdent()}
		param.Annotation = p.parseAnnotation(annotations)
		if p.tok == syntax.EQ {
			param.EqPos = p.nextToken()
			param.Default = p.parseTest()
		}
		params = append(params, param)
	}
	p.checkParams(params)
	return params
}

// slashParam marks params, those before the '/' at pos, positional-only,
// with CPython's errors for a misplaced '/'.
func (p *parser) slashParam(params []*pyast.Param, pos pyast.Position) {
	switch {
	case len(params) == 0:
		p.errorf(pos, "at least one argument must precede /")
	case params[0].PosOnly:
		p.errorf(pos, "/ may appear only once")
	}
	for _, param := range params {
		if param.Star != 0 {
			p.errorf(pos, "/ must be ahead of *")
		}
		param.PosOnly = true
	}
}

// checkParams reports CPython's errors for a bad parameter list.
func (p *parser) checkParams(params []*pyast.Param) {
	seen := map[string]bool{}
	var optional, star bool
	for _, param := range params {
		switch {
		case param.Star != 0:
			star = true
		case param.Default != nil:
			optional = true
		case optional && !star:
			p.errorf(param.Name.NamePos, "non-default argument follows default argument")
		}
		if id := param.Name; id != nil {
			if seen[id.Name] {
				p.errorf(id.NamePos, "duplicate argument '%s' in function definition", id.Name)
			}
			seen[id.Name] = true
		}
	}
}

func (p *parser) parseAnnotation(allowed bool) pyast.Expr {
	if allowed && p.tok == syntax.COLON {
		p.nextToken()
		return p.parseTest()
	}
	return nil
}

// parseCond parses the condition of if, elif or while, with CPython's
// errors for '=' written for '=='.
func (p *parser) parseCond() pyast.Expr {
	cond := p.parseTest()
	if p.tok == syntax.EQ {
		p.assignHereError(cond)
	}
	return cond
}

// assignHereError reports "x = ..." where a condition was expected.
func (p *parser) assignHereError(x pyast.Expr) {
	if id, ok := x.(*pyast.Ident); ok && !isKeywordName(id.Name) {
		p.errorf(id.NamePos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if isOperand(x) {
		_, paren := x.(*pyast.Paren)
		if l, ok := x.(*pyast.List); ok && concatenated(l) {
			paren = true // built in parentheses
		}
		if !paren {
			p.errorf(start(x), "cannot assign to %s here. Maybe you meant '==' instead of '='?", describe(x))
		}
	}
	p.syntaxError()
}

func (p *parser) parseIfStmt() pyast.Stmt {
	ifpos := p.nextToken()
	cond := p.parseCond()
	p.consumeHeaderColon()
	body := p.parseSuite("'if' statement", ifpos.Line)
	ifStmt := &pyast.If{If: ifpos, Cond: cond, Body: body}
	tail := ifStmt
	levels := 0
	defer func() { p.depth -= levels }()
	for ; p.tok == syntax.ELIF; levels++ {
		p.enter() // CPython's parser recurses for each elif
		elifpos := p.nextToken()
		cond := p.parseCond()
		p.consumeHeaderColon()
		body := p.parseSuite("'elif' statement", elifpos.Line)
		elif := &pyast.If{If: elifpos, Cond: cond, Body: body}
		tail.ElsePos = elifpos
		tail.Else = []pyast.Stmt{elif}
		tail = elif
	}
	if p.tok == syntax.ELSE {
		tail.ElsePos = p.nextToken()
		p.consume(syntax.COLON)
		tail.Else = p.parseSuite("'else' statement", tail.ElsePos.Line)
	}
	return ifStmt
}

func (p *parser) parseForStmt() pyast.Stmt {
	forpos := p.nextToken()
	vars := p.parseForLoopVariables()
	p.consume(syntax.IN)
	x := p.parseExpr()
	p.consumeHeaderColon()
	body := p.scopeSuite("'for' statement", forpos.Line, p.inFunc, true)
	loop := &pyast.For{For: forpos, Target: vars, Iter: x, Body: body}
	loop.ElsePos, loop.Else = p.parseLoopElse()
	return loop
}

func (p *parser) parseWhileStmt() pyast.Stmt {
	whilepos := p.nextToken()
	cond := p.parseCond()
	p.consumeHeaderColon()
	body := p.scopeSuite("'while' statement", whilepos.Line, p.inFunc, true)
	loop := &pyast.While{While: whilepos, Cond: cond, Body: body}
	loop.ElsePos, loop.Else = p.parseLoopElse()
	return loop
}

// parseLoopElse parses a loop's else clause, if any.
func (p *parser) parseLoopElse() (syntax.Position, []pyast.Stmt) {
	if p.tok != syntax.ELSE {
		return syntax.Position{}, nil
	}
	elsepos := p.nextToken()
	p.consume(syntax.COLON)
	return elsepos, p.parseSuite("'else' statement", elsepos.Line)
}

// parseSimpleStmt parses small statements separated by semicolons.
func (p *parser) parseSimpleStmt(stmts []pyast.Stmt, consumeNL bool) []pyast.Stmt {
	for {
		stmts = append(stmts, p.parseSmallStmt())
		if p.tok != syntax.SEMI {
			break
		}
		p.nextToken()
		if p.tok == syntax.NEWLINE || p.tok == syntax.EOF {
			break
		}
	}
	if p.tok != syntax.EOF && consumeNL {
		p.consume(syntax.NEWLINE)
	}
	return stmts
}

func (p *parser) parseSmallStmt() pyast.Stmt {
	switch p.tok {
	case syntax.RETURN:
		if !p.inFunc {
			p.errorf(p.tokval.pos, "'return' outside function")
		}
		p.checkExceptStar()
		pos := p.nextToken()
		var result pyast.Expr
		if p.tok != syntax.EOF && p.tok != syntax.NEWLINE && p.tok != syntax.SEMI {
			result = p.parseExpr()
		}
		return &pyast.Return{Return: pos, Value: result}
	case syntax.BREAK:
		if !p.inLoop {
			p.errorf(p.tokval.pos, "'break' outside loop")
		}
		p.checkExceptStar()
		return &pyast.Break{Pos: p.nextToken()}
	case syntax.CONTINUE:
		if !p.inLoop {
			p.errorf(p.tokval.pos, "'continue' not properly in loop")
		}
		p.checkExceptStar()
		return &pyast.Continue{Pos: p.nextToken()}
	case syntax.PASS:
		return &pyast.Pass{Pos: p.nextToken()}
	case syntax.IDENT:
		if p.tokval.raw == "load" && p.isLoad() {
			return p.parseLoadStmt()
		}
		if p.tokval.raw == "assert" && p.isAssert() {
			return p.parseAssert()
		}
	case syntax.GLOBAL, syntax.NONLOCAL:
		return p.parseGlobal()
	case syntax.IMPORT:
		return p.parseImport()
	case syntax.FROM:
		return p.parseFromImport()
	case syntax.DEL:
		return p.parseDel()
	case syntax.RAISE:
		return p.parseRaise()
	case syntax.YIELD:
		return &pyast.ExprStmt{X: p.parseYield()}
	}
	return p.parseExprStmt()
}

// parseExprStmt parses an expression statement or an assignment.
func (p *parser) parseExprStmt() pyast.Stmt {
	p.starOK = true // a, *rest = v
	x := p.parseExpr()
	p.starOK = false
	if u, ok := x.(*pyast.Starred); ok && u.Op == syntax.STAR {
		if p.tok == syntax.EQ {
			p.errorf(u.OpPos, "starred assignment target must be in a list or tuple")
		}
		p.errorf(u.OpPos, "can't use starred expression here")
	}
	if hasStar(x) && p.tok != syntax.EQ {
		p.errorf(start(x), "can't use starred expression here")
	}
	if id, ok := x.(*pyast.Ident); ok && (id.Name == "print" || id.Name == "exec") && startsOperand(p.tok) {
		p.errorf(id.NamePos, "Missing parentheses in call to '%s'. Did you mean %s(...)?", id.Name, id.Name)
	}
	switch p.tok {
	case syntax.EQ:
		return p.parseAssign(x)
	case syntax.PLUS_EQ, syntax.MINUS_EQ, syntax.STAR_EQ, syntax.SLASH_EQ, syntax.SLASHSLASH_EQ,
		syntax.PERCENT_EQ, syntax.AMP_EQ, syntax.PIPE_EQ, syntax.CIRCUMFLEX_EQ, syntax.LTLT_EQ, syntax.GTGT_EQ, tokStarStarEq, tokAtEq:
		op := augOps[p.tok]
		pos := p.nextToken()
		p.checkAugTarget(x)
		var rhs pyast.Expr
		if p.tok == syntax.YIELD {
			rhs = p.parseYield() // total += yield from part()
		} else {
			rhs = p.parseExpr()
		}
		return &pyast.AugAssign{Target: x, OpPos: pos, Op: op, Value: rhs}
	case syntax.COLON:
		return p.parseAnnotated(x)
	}
	return &pyast.ExprStmt{X: x}
}

// augOps maps each augmented assignment to its binary operator.
var augOps = map[syntax.Token]syntax.Token{
	syntax.PLUS_EQ: syntax.PLUS, syntax.MINUS_EQ: syntax.MINUS, syntax.STAR_EQ: syntax.STAR,
	syntax.SLASH_EQ: syntax.SLASH, syntax.SLASHSLASH_EQ: syntax.SLASHSLASH, syntax.PERCENT_EQ: syntax.PERCENT,
	syntax.AMP_EQ: syntax.AMP, syntax.PIPE_EQ: syntax.PIPE, syntax.CIRCUMFLEX_EQ: syntax.CIRCUMFLEX,
	syntax.LTLT_EQ: syntax.LTLT, syntax.GTGT_EQ: syntax.GTGT, tokStarStarEq: syntax.STARSTAR,
	tokAtEq: pyast.MatMul,
}

// startsOperand reports whether tok can start an operand (after a name
// it is Python 2's print statement).
func startsOperand(tok syntax.Token) bool {
	switch tok {
	case syntax.IDENT, syntax.INT, syntax.FLOAT, tokImag, syntax.STRING, syntax.BYTES, tokFString,
		syntax.LBRACK, syntax.LBRACE, syntax.NOT, syntax.LAMBDA, syntax.TILDE:
		return true
	}
	return false
}

// parseAssign parses "= rhs", including chains a = b = rhs.
func (p *parser) parseAssign(x pyast.Expr) pyast.Stmt {
	targets := []pyast.Expr{x}
	var rhs pyast.Expr
	var pos syntax.Position
	for p.tok == syntax.EQ {
		pos = p.nextToken()
		if p.tok == syntax.YIELD {
			rhs = p.parseYield()
		} else {
			rhs = p.parseExpr()
		}
		if p.tok == syntax.EQ {
			targets = append(targets, rhs)
		}
	}
	checked := targets
	if hasStar(x) {
		if len(targets) > 1 {
			p.unsupported("starred targets in chained assignments")
		}
		checked = []pyast.Expr{p.checkStarTarget(x)}
	}
	for i, t := range checked {
		p.checkAssignTarget(t, i == 0)
	}
	return &pyast.Assign{Targets: targets, OpPos: pos, Value: rhs}
}

// checkStarTarget checks the starred item of "a, *b, c = v" and returns
// the target to check further: the parenthesized tuple (a, b, c).
func (p *parser) checkStarTarget(x pyast.Expr) pyast.Expr {
	star := false
	items := targetItems(x)
	plain := make([]pyast.Expr, len(items))
	for i, y := range items {
		plain[i] = y
		if u, ok := y.(*pyast.Starred); ok && u.Op == syntax.STAR {
			if star {
				p.errorf(u.OpPos, "multiple starred expressions in assignment")
			}
			star, plain[i] = true, u.X
			p.checkTarget(u.X, false)
		}
	}
	return &pyast.Tuple{Lparen: start(x), List: plain, Rparen: start(x)}
}

// parseAnnotated parses "x: T [= v]".
func (p *parser) parseAnnotated(x pyast.Expr) pyast.Stmt {
	p.nextToken()
	st := &pyast.AnnAssign{Target: x, Annotation: p.parseTest(), InClass: p.inClass}
	if p.tok != syntax.EQ {
		return st
	}
	st.EqPos = p.nextToken()
	p.checkTarget(x, true)
	st.Value = p.parseExpr()
	return st
}

// checkAssignTarget checks a target of '=' (first: the leftmost). CPython
// reads an invalid operand right before the first '=' (the whole target,
// or the last item of an unparenthesized tuple) as a comparison written
// with one '='.
func (p *parser) checkAssignTarget(x pyast.Expr, first bool) {
	last := x
	if t, ok := x.(*pyast.Tuple); ok && !t.Lparen.IsValid() && len(t.List) > 0 {
		last = t.List[len(t.List)-1]
		if id, ok := last.(*pyast.Ident); ok && first && !isKeywordName(id.Name) && p.targetError(x) {
			p.errorf(id.NamePos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	if first && p.targetError(last) && isOperand(last) {
		p.errorf(start(last), "cannot assign to %s here. Maybe you meant '==' instead of '='?", describe(last))
	}
	p.checkTarget(x, false)
}

// isMatch reports whether "match" starts a match statement: it is
// followed by an expression and a colon on the same line.
func (p *parser) isMatch() bool {
	return p.lookahead(func(next func() syntax.Token) bool {
		t := next()
		if t == syntax.EQ || t == syntax.DOT || t == syntax.NEWLINE || t == syntax.EOF {
			return false
		}
		depth, last := 0, syntax.ILLEGAL
		for ; t != syntax.NEWLINE && t != syntax.EOF; t = next() {
			switch t {
			case syntax.LPAREN, syntax.LBRACK, syntax.LBRACE:
				depth++
			case syntax.RPAREN, syntax.RBRACK, syntax.RBRACE:
				depth--
			}
			if depth == 0 {
				last = t
			}
		}
		return last == syntax.COLON // match (x): but not match(x) nor match[k]: int = v
	})
}

// isLoad reports whether "load" starts a Starlark load statement:
// load("module", "name" or alias="name", ...) in a file that binds no
// name load. Anything else, load("x") or load("x", n) included, calls a
// Python function named load.
func (p *parser) isLoad() bool {
	if bindsLoad.Match(p.src) {
		return false
	}
	return p.lookahead(func(next func() syntax.Token) bool {
		if next() != syntax.LPAREN || next() != syntax.STRING || next() != syntax.COMMA {
			return false
		}
		switch next() {
		case syntax.STRING:
			t := next()
			return t == syntax.COMMA || t == syntax.RPAREN
		case syntax.IDENT:
			return next() == syntax.EQ && next() == syntax.STRING
		}
		return false
	})
}

// bindsLoad matches a binding of the name load: a def, a class, an
// assignment or an import of it.
var bindsLoad = regexp.MustCompile(`(?m)\b(def|class)\s+load\b|^\s*load\s*(:[^=\n]*)?=[^=]|\bimport\s+([\w.]+\s*(as\s+\w+)?\s*,\s*)*load\b|\bas\s+load\b`)

// isAssert reports whether "assert" starts an assert statement rather
// than naming a variable (assert.eq(...), assert = ...), as Starlark
// code uses it. A [ after it starts an assert of a list, as in Python.
func (p *parser) isAssert() bool {
	return p.lookahead(func(next func() syntax.Token) bool {
		switch next() {
		case syntax.DOT, syntax.EQ, syntax.NEWLINE, syntax.EOF, syntax.SEMI:
			return false
		}
		return true
	})
}

// lookahead runs f over the following tokens without consuming them.
func (p *parser) lookahead(f func(next func() syntax.Token) bool) (ok bool) {
	sc := p.in.clone()
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	var val tokenValue
	return f(func() syntax.Token { return sc.nextToken(&val) })
}

// parseLoadStmt parses Starlark's load statement.
func (p *parser) parseLoadStmt() *pyast.Load {
	loadPos := p.nextToken()
	lparen := p.consume(syntax.LPAREN)
	module := p.parsePrimary().(*pyast.Literal)
	var from, to []*pyast.Ident
	for p.tok != syntax.RPAREN && p.tok != syntax.EOF {
		p.consume(syntax.COMMA)
		if p.tok == syntax.RPAREN {
			break
		}
		switch p.tok {
		case syntax.STRING:
			lit := p.parsePrimary().(*pyast.Literal)
			id := &pyast.Ident{Name: lit.Value.(string), NamePos: p.after(lit.TokenPos)}
			to, from = append(to, id), append(from, id)
		case syntax.IDENT:
			id := p.parseIdent()
			p.consume(syntax.EQ)
			if p.tok != syntax.STRING {
				p.syntaxError()
			}
			lit := p.parsePrimary().(*pyast.Literal)
			to, from = append(to, id), append(from, &pyast.Ident{Name: lit.Value.(string), NamePos: p.after(lit.TokenPos)})
		default:
			p.syntaxError()
		}
	}
	rparen := p.consume(syntax.RPAREN)
	if len(to) == 0 {
		p.errorf(lparen, "load statement must import at least 1 symbol")
	}
	return &pyast.Load{Load: loadPos, Module: module, To: to, From: from, Rparen: rparen}
}

// after returns the position one column after pos.
func (p *parser) after(pos syntax.Position) syntax.Position {
	return syntax.MakePosition(p.in.filename, pos.Line, pos.Col+1)
}
