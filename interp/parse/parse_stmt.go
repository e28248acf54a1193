package parse

// This file defines the statement parser: suites and indentation, def,
// if, for, while, simple statements and Starlark's load.

import (
	"fmt"
	"strings"

	"go.starlark.net/syntax"
)

// parseStmt parses one statement, appending its (lowered) form.
func (p *parser) parseStmt(stmts []syntax.Stmt) []syntax.Stmt {
	switch p.tok {
	case syntax.DEF:
		def := p.parseDefStmt()
		if stmts = append(stmts, def); p.genDef {
			stmts = append(stmts, genFuncAssign(def))
		}
		return stmts
	case syntax.IF:
		return append(stmts, p.parseIfStmt())
	case syntax.FOR:
		return append(stmts, p.parseForStmt()...)
	case syntax.WHILE:
		return append(stmts, p.parseWhileStmt()...)
	case syntax.CLASS:
		return append(stmts, p.parseClassStmt(nil)...)
	case syntax.TRY:
		return append(stmts, p.parseTryStmt()...)
	case syntax.WITH:
		return append(stmts, p.parseWithStmt()...)
	case tokAt:
		return append(stmts, p.parseDecorated()...)
	case syntax.ASYNC:
		p.unsupported("'async'")
	case syntax.INDENT, syntax.OUTDENT:
		p.syntaxError()
	}
	if p.tok == syntax.IDENT && p.tokval.raw == "match" && p.isMatch() {
		p.unsupported("the 'match' statement")
	}
	return p.parseSimpleStmt(stmts, true)
}

// parseSuite parses the block after a colon; what and line describe the
// block's header for CPython's indentation error.
func (p *parser) parseSuite(what string, line int32) []syntax.Stmt {
	p.enter()
	defer p.leave()
	if p.tok != syntax.NEWLINE {
		return p.parseSimpleStmt(nil, true)
	}
	p.nextToken()
	if p.tok != syntax.INDENT {
		e := p.in.newError(p.tokval.pos, "IndentationError", fmt.Sprintf("expected an indented block after %s on line %d", what, line))
		e.eof = p.tok == syntax.EOF
		panic(e)
	}
	p.nextToken()
	var stmts []syntax.Stmt
	for p.tok != syntax.OUTDENT && p.tok != syntax.EOF {
		stmts = p.parseStmt(stmts)
	}
	p.consume(syntax.OUTDENT)
	if len(stmts) == 0 {
		stmts = append(stmts, branch(syntax.PASS, p.tokval.pos))
	}
	return stmts
}

// scopeSuite parses a suite that is (or is not) inside a function and a
// loop, for CPython's errors about return, break and continue.
func (p *parser) scopeSuite(what string, line int32, inFunc, inLoop bool) []syntax.Stmt {
	savedFunc, savedLoop := p.inFunc, p.inLoop
	p.inFunc, p.inLoop = inFunc, inLoop
	body := p.parseSuite(what, line)
	p.inFunc, p.inLoop = savedFunc, savedLoop
	return body
}

func (p *parser) parseDefStmt() *syntax.DefStmt {
	defpos := p.nextToken()
	id := p.parseIdent()
	lparen := p.consume(syntax.LPAREN)
	params := p.parseParams(true)
	rparen := p.consume(syntax.RPAREN)
	if p.tok == tokArrow {
		p.nextToken()
		p.parseTest()
	}
	p.consume(syntax.COLON)
	m := method{class: p.class, self: firstParam(params)}
	savedClass := p.class
	p.class, p.methods = "", append(p.methods, m)
	savedYield, savedLambda := p.sawYield, p.inLambda
	p.sawYield, p.inLambda = false, false
	body := p.scopeSuite("function definition", defpos.Line, true, false)
	p.genDef = p.sawYield
	p.sawYield, p.inLambda = savedYield, savedLambda
	p.class, p.methods = savedClass, p.methods[:len(p.methods)-1]
	return &syntax.DefStmt{Def: defpos, Name: id, Lparen: lparen, Params: params, Rparen: rparen, Body: body}
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

// parseParams parses a parameter list. Annotations (when allowed) and
// the positional-only marker '/' are dropped.
func (p *parser) parseParams(annotations bool) []syntax.Expr {
	var params []syntax.Expr
	for n := 0; p.tok != syntax.RPAREN && p.tok != syntax.COLON && p.tok != syntax.EOF; n++ {
		if n > 0 {
			p.consume(syntax.COMMA)
		}
		if p.tok == syntax.RPAREN {
			break
		}
		if p.tok == syntax.SLASH {
			p.nextToken()
			continue
		}
		if p.tok == syntax.STAR || p.tok == syntax.STARSTAR {
			op := p.tok
			pos := p.nextToken()
			var x syntax.Expr
			if op == syntax.STARSTAR || p.tok == syntax.IDENT {
				x = p.parseIdent()
				p.skipAnnotation(annotations)
			}
			params = append(params, &syntax.UnaryExpr{OpPos: pos, Op: op, X: x})
			continue
		}
		id := p.parseIdent()
		p.skipAnnotation(annotations)
		if p.tok == syntax.EQ {
			eq := p.nextToken()
			params = append(params, binary(id, syntax.EQ, p.parseTest(), eq))
			continue
		}
		params = append(params, id)
	}
	if p.lower {
		p.checkParams(params)
	}
	return params
}

// checkParams reports CPython's errors for a bad parameter list.
func (p *parser) checkParams(params []syntax.Expr) {
	seen := map[string]bool{}
	var optional, star bool
	for _, param := range params {
		var id *syntax.Ident
		switch param := param.(type) {
		case *syntax.Ident:
			id = param
			if optional && !star {
				p.errorf(param.NamePos, "non-default argument follows default argument")
			}
		case *syntax.BinaryExpr:
			id, optional = param.X.(*syntax.Ident), true
		case *syntax.UnaryExpr:
			star = true
			id, _ = param.X.(*syntax.Ident)
		}
		if id != nil {
			if seen[id.Name] {
				p.errorf(id.NamePos, "duplicate argument '%s' in function definition", id.Name)
			}
			seen[id.Name] = true
		}
	}
}

func (p *parser) skipAnnotation(allowed bool) {
	if allowed && p.tok == syntax.COLON {
		p.nextToken()
		p.parseTest()
	}
}

// parseCond parses the condition of if, elif or while, with CPython's
// errors for '=' written for '=='.
func (p *parser) parseCond() syntax.Expr {
	cond := p.parseTest()
	if p.lower && p.tok == syntax.EQ {
		p.assignHereError(cond)
	}
	return cond
}

// assignHereError reports "x = ..." where a condition was expected.
func (p *parser) assignHereError(x syntax.Expr) {
	if id, ok := x.(*syntax.Ident); ok && !isKeywordName(id.Name) {
		p.errorf(id.NamePos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if isOperand(x) {
		if _, ok := x.(*syntax.ParenExpr); !ok {
			p.errorf(syntax.Start(x), "cannot assign to %s here. Maybe you meant '==' instead of '='?", describe(x))
		}
	}
	p.syntaxError()
}

func (p *parser) parseIfStmt() syntax.Stmt {
	ifpos := p.nextToken()
	cond := p.parseCond()
	p.consumeHeaderColon()
	body := p.parseSuite("'if' statement", ifpos.Line)
	ifStmt := &syntax.IfStmt{If: ifpos, Cond: cond, True: body}
	tail := ifStmt
	levels := 0
	defer func() { p.depth -= levels }()
	for ; p.tok == syntax.ELIF; levels++ {
		p.enter() // CPython's parser recurses for each elif
		elifpos := p.nextToken()
		cond := p.parseCond()
		p.consumeHeaderColon()
		body := p.parseSuite("'elif' statement", elifpos.Line)
		elif := &syntax.IfStmt{If: elifpos, Cond: cond, True: body}
		tail.ElsePos = elifpos
		tail.False = []syntax.Stmt{elif}
		tail = elif
	}
	if p.tok == syntax.ELSE {
		tail.ElsePos = p.nextToken()
		p.consume(syntax.COLON)
		tail.False = p.parseSuite("'else' statement", tail.ElsePos.Line)
	}
	return ifStmt
}

// parseForStmt parses a for loop; its iterable goes through __sp_iter.
func (p *parser) parseForStmt() []syntax.Stmt {
	forpos := p.nextToken()
	vars := p.parseForLoopVariables()
	p.consume(syntax.IN)
	x := p.parseExpr(false)
	p.consumeHeaderColon()
	body := p.scopeSuite("'for' statement", forpos.Line, p.inFunc, true)
	if !p.lower {
		loop := &syntax.ForStmt{For: forpos, Vars: vars, X: x, Body: body}
		if p.tok == syntax.ELSE {
			return p.loopElse(loop, &loop.Body, nil)
		}
		return []syntax.Stmt{loop}
	}
	var pre, post []syntax.Stmt
	iter := call("__sp_iter", syntax.Start(x), x)
	x = iter
	if mayFailLate(iter.Args[0]) {
		// The VM can't take an error from an iterator's Next (a dict
		// that changed size); the iterable keeps it for __sp_loopend.
		tmp := p.freshName("__sp_l")
		pre = []syntax.Stmt{assign(ident(tmp, forpos), iter, forpos)}
		x = ident(tmp, forpos)
		post = []syntax.Stmt{exprStmt(call("__sp_loopend", forpos, ident(tmp, forpos)))}
	}
	loop := &syntax.ForStmt{For: forpos, Vars: vars, X: x, Body: body}
	if p.tok == syntax.ELSE {
		return append(pre, p.loopElse(loop, &loop.Body, post)...)
	}
	return append(append(pre, loop), post...)
}

// mayFailLate reports whether iterating x might fail after the first
// element: x may be a dict or an iterator. Ranges, literals, displays,
// comprehensions and the calls that build lists cannot, and their loops
// pay nothing.
func mayFailLate(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.Literal, *syntax.ListExpr, *syntax.TupleExpr, *syntax.Comprehension:
		return false
	case *syntax.ParenExpr:
		return mayFailLate(x.X)
	case *syntax.CallExpr:
		switch fn := x.Fn.(type) {
		case *syntax.Ident:
			switch fn.Name {
			case "range", "sorted", "list", "tuple", "__sp_slice", "__sp_fstr", "__sp_percent", "__sp_compend":
				return false
			}
		case *syntax.DotExpr:
			switch fn.Name.Name {
			case "keys", "values", "items", "split", "splitlines":
				return false
			}
		}
	}
	return true
}

func (p *parser) parseWhileStmt() []syntax.Stmt {
	whilepos := p.nextToken()
	cond := p.parseCond()
	p.consumeHeaderColon()
	body := p.scopeSuite("'while' statement", whilepos.Line, p.inFunc, true)
	loop := &syntax.WhileStmt{While: whilepos, Cond: cond, Body: body}
	if p.tok == syntax.ELSE {
		return p.loopElse(loop, &loop.Body, nil)
	}
	return []syntax.Stmt{loop}
}

// loopElse lowers a loop's else clause with a flag that break sets;
// post runs right after the loop.
func (p *parser) loopElse(loop syntax.Stmt, body *[]syntax.Stmt, post []syntax.Stmt) []syntax.Stmt {
	elsepos := p.nextToken()
	p.consume(syntax.COLON)
	orelse := p.parseSuite("'else' statement", elsepos.Line)
	flag := p.freshName("__sp_f")
	*body = rewriteLoopExits(*body, func(b *syntax.BranchStmt) []syntax.Stmt {
		if b.Token != syntax.BREAK {
			return nil
		}
		return []syntax.Stmt{assign(ident(flag, b.TokenPos), intLit(1, b.TokenPos), b.TokenPos), b}
	})
	init := assign(ident(flag, elsepos), intLit(0, elsepos), elsepos)
	check := ifStmt(binary(ident(flag, elsepos), syntax.EQL, intLit(0, elsepos), elsepos), elsepos, orelse...)
	return append(append([]syntax.Stmt{init, loop}, post...), check)
}

// rewriteLoopExits replaces each break and continue that acts on the
// loop around stmts (not on a nested loop) by fn's result, unless fn
// returns nil.
func rewriteLoopExits(stmts []syntax.Stmt, fn func(*syntax.BranchStmt) []syntax.Stmt) []syntax.Stmt {
	var out []syntax.Stmt
	for _, s := range stmts {
		switch s := s.(type) {
		case *syntax.BranchStmt:
			if s.Token != syntax.PASS {
				if repl := fn(s); repl != nil {
					out = append(out, repl...)
					continue
				}
			}
		case *syntax.IfStmt:
			s.True = rewriteLoopExits(s.True, fn)
			s.False = rewriteLoopExits(s.False, fn)
		}
		out = append(out, s)
	}
	return out
}

// parseSimpleStmt parses small statements separated by semicolons.
func (p *parser) parseSimpleStmt(stmts []syntax.Stmt, consumeNL bool) []syntax.Stmt {
	for {
		stmts = append(stmts, p.parseSmallStmt()...)
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

func (p *parser) parseSmallStmt() []syntax.Stmt {
	switch p.tok {
	case syntax.RETURN:
		if p.lower && !p.inFunc {
			p.errorf(p.tokval.pos, "'return' outside function")
		}
		pos := p.nextToken()
		var result syntax.Expr
		if p.tok != syntax.EOF && p.tok != syntax.NEWLINE && p.tok != syntax.SEMI {
			result = p.parseExpr(false)
		}
		return []syntax.Stmt{&syntax.ReturnStmt{Return: pos, Result: result}}
	case syntax.BREAK, syntax.CONTINUE, syntax.PASS:
		if p.lower && !p.inLoop && p.tok == syntax.BREAK {
			p.errorf(p.tokval.pos, "'break' outside loop")
		}
		if p.lower && !p.inLoop && p.tok == syntax.CONTINUE {
			p.errorf(p.tokval.pos, "'continue' not properly in loop")
		}
		tok := p.tok
		return []syntax.Stmt{branch(tok, p.nextToken())}
	case syntax.IDENT:
		if p.tokval.raw == "load" && p.isLoad() {
			return []syntax.Stmt{p.parseLoadStmt()}
		}
		if p.tokval.raw == "assert" && p.isAssert() {
			return []syntax.Stmt{p.parseAssert()}
		}
	case syntax.GLOBAL, syntax.NONLOCAL:
		return []syntax.Stmt{p.parseGlobal()}
	case syntax.IMPORT:
		return p.parseImport()
	case syntax.FROM:
		return p.parseFromImport()
	case syntax.DEL:
		return p.parseDel()
	case syntax.RAISE:
		return []syntax.Stmt{p.parseRaise()}
	case syntax.YIELD:
		return []syntax.Stmt{exprStmt(p.parseYield())}
	}
	return p.parseExprStmt()
}

// parseExprStmt parses an expression statement or an assignment.
func (p *parser) parseExprStmt() []syntax.Stmt {
	p.starOK = p.lower // a, *rest = v
	x := p.parseExpr(false)
	p.starOK = false
	if u, ok := x.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR {
		if p.tok == syntax.EQ {
			p.errorf(u.OpPos, "starred assignment target must be in a list or tuple")
		}
		p.errorf(u.OpPos, "can't use starred expression here")
	}
	if hasStar(x) && p.tok != syntax.EQ {
		p.errorf(syntax.Start(x), "can't use starred expression here")
	}
	if id, ok := x.(*syntax.Ident); ok && p.lower && (id.Name == "print" || id.Name == "exec") && startsOperand(p.tok) {
		p.errorf(id.NamePos, "Missing parentheses in call to '%s'. Did you mean %s(...)?", id.Name, id.Name)
	}
	switch p.tok {
	case syntax.EQ:
		return p.parseAssign(x)
	case syntax.PLUS_EQ, syntax.MINUS_EQ, syntax.STAR_EQ, syntax.SLASH_EQ, syntax.SLASHSLASH_EQ,
		syntax.PERCENT_EQ, syntax.AMP_EQ, syntax.PIPE_EQ, syntax.CIRCUMFLEX_EQ, syntax.LTLT_EQ, syntax.GTGT_EQ:
		op := p.tok
		pos := p.nextToken()
		p.checkAugTarget(x)
		rhs := p.parseExpr(false)
		return []syntax.Stmt{&syntax.AssignStmt{OpPos: pos, Op: op, LHS: x, RHS: rhs}}
	case tokStarStarEq:
		pos := p.nextToken()
		p.checkAugTarget(x)
		rhs := p.parseExpr(false)
		pow := &syntax.CallExpr{Fn: ident("__sp_pow", syntax.Start(x)), Lparen: pos, Args: []syntax.Expr{x, rhs}, Rparen: pos}
		return []syntax.Stmt{assign(x, pow, pos)}
	case syntax.COLON:
		return p.parseAnnotated(x)
	}
	return []syntax.Stmt{exprStmt(x)}
}

// hasStar reports whether x is a target list with a starred item.
func hasStar(x syntax.Expr) bool {
	for _, y := range targetItems(x) {
		if u, ok := y.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR {
			return true
		}
	}
	return false
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
		if id, ok := x.Fn.(*syntax.Ident); ok && (strings.HasPrefix(id.Name, "__sp_") || tupleFuncs[id.Name]) {
			return false
		}
		return true
	}
	return false
}

// tupleFuncs are builtins whose results unpack without a user's __next__.
var tupleFuncs = map[string]bool{"divmod": true, "tuple": true, "list": true, "sorted": true, "range": true}

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

// lowerStarTarget lowers "a, *b, c = v" to
// "(a, b, c) = __sp_unstar(v, 1, 1)": __sp_unstar returns a tuple whose
// middle item is the list of the values in between.
func (p *parser) lowerStarTarget(x, rhs syntax.Expr, pos syntax.Position) (syntax.Expr, syntax.Expr) {
	items := targetItems(x)
	star := -1
	plain := make([]syntax.Expr, len(items))
	for i, y := range items {
		plain[i] = y
		if u, ok := y.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR {
			if star >= 0 {
				p.errorf(u.OpPos, "multiple starred expressions in assignment")
			}
			star, plain[i] = i, u.X
			p.checkTarget(u.X, false)
		}
	}
	unstar := call("__sp_unstar", pos, rhs, intLit(int64(star), pos), intLit(int64(len(items)-1-star), pos))
	return &syntax.TupleExpr{Lparen: syntax.Start(x), List: plain, Rparen: syntax.Start(x)}, unstar
}

// startsOperand reports whether tok can start an operand (after a name
// it is Python 2's print statement).
func startsOperand(tok syntax.Token) bool {
	switch tok {
	case syntax.IDENT, syntax.INT, syntax.FLOAT, syntax.STRING, syntax.BYTES, tokFString,
		syntax.LBRACK, syntax.LBRACE, syntax.NOT, syntax.LAMBDA, syntax.TILDE:
		return true
	}
	return false
}

// parseAssign parses "= rhs", including chains a = b = rhs.
func (p *parser) parseAssign(x syntax.Expr) []syntax.Stmt {
	targets := []syntax.Expr{x}
	var rhs syntax.Expr
	var pos syntax.Position
	for p.tok == syntax.EQ {
		pos = p.nextToken()
		if p.tok == syntax.YIELD {
			rhs = p.parseYield()
		} else {
			rhs = p.parseExpr(false)
		}
		if p.tok == syntax.EQ {
			targets = append(targets, rhs)
		}
	}
	if hasStar(x) {
		if len(targets) > 1 {
			p.unsupported("starred targets in chained assignments")
		}
		x, rhs = p.lowerStarTarget(x, rhs, pos)
		targets[0] = x
	} else if items := targetItems(x); p.lower && len(targets) == 1 && items != nil && mayUnpackLate(rhs) {
		// a, b = f(): the VM's unpacking loses an error of __next__
		rhs = call("__sp_unpack", pos, rhs, intLit(int64(len(items)), pos))
	}
	for i, t := range targets {
		p.checkAssignTarget(t, i == 0)
	}
	if len(targets) == 1 {
		return []syntax.Stmt{&syntax.AssignStmt{OpPos: pos, Op: syntax.EQ, LHS: x, RHS: rhs}}
	}
	tmp := p.freshName("__sp_t")
	stmts := []syntax.Stmt{assign(ident(tmp, pos), rhs, pos)}
	for _, t := range targets {
		stmts = append(stmts, assign(t, ident(tmp, pos), pos))
	}
	return stmts
}

// parseAnnotated parses "x: T [= v]". The annotation is dropped, except
// that in a class body "name: T" records the source text of T in the
// class's __annotations__ (as under "from __future__ import
// annotations"), which dataclasses read.
func (p *parser) parseAnnotated(x syntax.Expr) []syntax.Stmt {
	p.nextToken()
	t := p.parseTest()
	var stmts []syntax.Stmt
	if id, ok := x.(*syntax.Ident); ok && p.class != "" && p.lower {
		p.classAnnotated = true
		key := &syntax.IndexExpr{X: ident(classAnnotations, id.NamePos), Lbrack: id.NamePos, Y: strLit(id.Name, id.NamePos), Rbrack: id.NamePos}
		stmts = append(stmts, assign(key, strLit(p.sourceText(t), id.NamePos), id.NamePos))
	}
	if p.tok != syntax.EQ {
		return append(stmts, branch(syntax.PASS, syntax.Start(x)))
	}
	pos := p.nextToken()
	p.checkTarget(x, true)
	return append([]syntax.Stmt{assign(x, p.parseExpr(false), pos)}, stmts...)
}

// sourceText returns the source of x when it is on one line, else "...".
func (p *parser) sourceText(x syntax.Expr) string {
	start, end := syntax.Start(x), syntax.End(x)
	if start.Line != end.Line || start.Line < 1 {
		return "..."
	}
	lines := strings.Split(string(p.src), "\n")
	if int(start.Line) > len(lines) {
		return "..."
	}
	line := []rune(lines[start.Line-1])
	if start.Col < 1 || int(end.Col) > len(line)+1 || start.Col > end.Col {
		return "..."
	}
	return string(balanced(line[start.Col-1:], int(end.Col-start.Col)))
}

// balanced returns the first n runes of s, extended to close the
// brackets they open (syntax.End of x[i] is the position of "]").
func balanced(s []rune, n int) []rune {
	depth := 0
	for i, r := range s {
		if i >= n && depth <= 0 {
			return s[:i]
		}
		switch r {
		case '[', '(', '{':
			depth++
		case ']', ')', '}':
			depth--
		}
	}
	return s
}

// checkAssignTarget checks a target of '=' (first: the leftmost). CPython
// reads an invalid operand right before the first '=' (the whole target,
// or the last item of an unparenthesized tuple) as a comparison written
// with one '='.
func (p *parser) checkAssignTarget(x syntax.Expr, first bool) {
	if !p.lower {
		return
	}
	last := x
	if t, ok := x.(*syntax.TupleExpr); ok && !t.Lparen.IsValid() && len(t.List) > 0 {
		last = t.List[len(t.List)-1]
		if id, ok := last.(*syntax.Ident); ok && first && !isKeywordName(id.Name) && p.targetError(x) {
			p.errorf(id.NamePos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	if first && p.targetError(last) && isOperand(last) {
		p.errorf(syntax.Start(last), "cannot assign to %s here. Maybe you meant '==' instead of '='?", describe(last))
	}
	p.checkTarget(x, false)
}

// targetError reports whether checkTarget would fail on x.
func (p *parser) targetError(x syntax.Expr) (bad bool) {
	defer func() {
		if _, ok := recover().(*Error); ok {
			bad = true
		}
	}()
	p.checkTarget(x, false)
	return false
}

func isKeywordName(name string) bool {
	return name == "True" || name == "False" || name == "None"
}

// isOperand reports whether x is what CPython's grammar calls a
// bitwise_or: no comparison, not, and, or, conditional or lambda.
func isOperand(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.Ident:
		return !isKeywordName(x.Name)
	case *syntax.CallExpr:
		return describe(x) != "comparison"
	case *syntax.BinaryExpr:
		return describe(x) != "comparison" && x.Op != syntax.AND && x.Op != syntax.OR
	case *syntax.UnaryExpr:
		return x.Op != syntax.NOT
	case *syntax.CondExpr, *syntax.LambdaExpr, *syntax.TupleExpr, *syntax.ListExpr:
		return false
	case *syntax.ParenExpr:
		_, tuple := x.X.(*syntax.TupleExpr)
		return !tuple
	}
	return true
}

// checkAugTarget checks the target of an augmented assignment.
func (p *parser) checkAugTarget(x syntax.Expr) {
	switch x.(type) {
	case *syntax.Ident, *syntax.DotExpr, *syntax.IndexExpr, *syntax.SliceExpr:
		p.checkTarget(x, true)
	default:
		if p.lower {
			p.errorf(syntax.Start(x), "'%s' is an illegal expression for augmented assignment", describe(x))
		}
	}
}

// checkTarget reports CPython's error for an expression that cannot be
// assigned to.
// Without lowering the check is left to the resolver, as in
// go.starlark.net.
func (p *parser) checkTarget(x syntax.Expr, single bool) {
	if !p.lower {
		return
	}
	switch x := x.(type) {
	case *syntax.Ident:
		if isKeywordName(x.Name) {
			p.errorf(x.NamePos, "cannot assign to %s", x.Name)
		}
		return
	case *syntax.DotExpr, *syntax.IndexExpr, *syntax.SliceExpr:
		return
	case *syntax.ParenExpr:
		p.checkTarget(x.X, single)
		return
	case *syntax.TupleExpr:
		if !single {
			for _, y := range x.List {
				p.checkTarget(y, false)
			}
			return
		}
	case *syntax.ListExpr:
		if !single {
			for _, y := range x.List {
				p.checkTarget(y, false)
			}
			return
		}
	}
	p.errorf(syntax.Start(x), "cannot assign to %s", describe(x))
}

// describe names an expression the way CPython's messages do.
func describe(x syntax.Expr) string {
	switch x := x.(type) {
	case *syntax.CallExpr:
		if fn, ok := x.Fn.(*syntax.Ident); ok {
			switch fn.Name {
			case "__sp_is", "__sp_cmp":
				return "comparison"
			case "__sp_pow", "__sp_percent":
				return "expression"
			case "__sp_fstr":
				return "f-string expression"
			case "__sp_slice":
				return "subscript"
			case "__sp_compend":
				return describe(x.Args[0])
			case "set":
				if x.Lparen == fn.NamePos {
					return "set display" // a lowered {a, b}
				}
			}
		}
		return "function call"
	case *syntax.BinaryExpr:
		switch x.Op {
		case syntax.LT, syntax.GT, syntax.LE, syntax.GE, syntax.EQL, syntax.NEQ, syntax.IN, syntax.NOT_IN:
			return "comparison"
		}
		return "expression"
	case *syntax.Literal:
		return "literal"
	case *syntax.UnaryExpr:
		return "expression"
	case *syntax.LambdaExpr:
		return "lambda"
	case *syntax.CondExpr:
		return "conditional expression"
	case *syntax.Comprehension:
		if x.Curly {
			return "dict comprehension"
		}
		return "list comprehension"
	case *syntax.DictExpr:
		return "dict literal"
	case *syntax.TupleExpr:
		return "tuple"
	case *syntax.ListExpr:
		return "list"
	case *syntax.ParenExpr:
		return describe(x.X)
	case *syntax.DotExpr:
		return "attribute"
	case *syntax.IndexExpr, *syntax.SliceExpr:
		return "subscript"
	}
	return "expression"
}

// isMatch reports whether "match" starts a match statement: it is
// followed by an expression and a colon on the same line.
func (p *parser) isMatch() bool {
	return p.lookahead(func(next func() syntax.Token) bool {
		t := next()
		if t == syntax.EQ || t == syntax.DOT || t == syntax.LPAREN || t == syntax.NEWLINE || t == syntax.EOF {
			return false
		}
		for t != syntax.NEWLINE && t != syntax.EOF {
			if t == syntax.COLON {
				return true
			}
			t = next()
		}
		return false
	})
}

// isLoad reports whether "load" starts a Starlark load statement.
func (p *parser) isLoad() bool {
	return p.lookahead(func(next func() syntax.Token) bool {
		return next() == syntax.LPAREN && next() == syntax.STRING
	})
}

// isAssert reports whether "assert" starts an assert statement rather
// than naming a variable (assert.eq(...), assert = ...).
func (p *parser) isAssert() bool {
	if !p.lower {
		return false // Starlark has no assert statement
	}
	return p.lookahead(func(next func() syntax.Token) bool {
		switch next() {
		case syntax.DOT, syntax.EQ, syntax.LBRACK, syntax.NEWLINE, syntax.EOF, syntax.SEMI:
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
func (p *parser) parseLoadStmt() *syntax.LoadStmt {
	loadPos := p.nextToken()
	lparen := p.consume(syntax.LPAREN)
	module := p.parsePrimary().(*syntax.Literal)
	var from, to []*syntax.Ident
	for p.tok != syntax.RPAREN && p.tok != syntax.EOF {
		p.consume(syntax.COMMA)
		if p.tok == syntax.RPAREN {
			break
		}
		switch p.tok {
		case syntax.STRING:
			lit := p.parsePrimary().(*syntax.Literal)
			id := ident(lit.Value.(string), p.after(lit.TokenPos))
			to, from = append(to, id), append(from, id)
		case syntax.IDENT:
			id := p.parseIdent()
			p.consume(syntax.EQ)
			if p.tok != syntax.STRING {
				p.syntaxError()
			}
			lit := p.parsePrimary().(*syntax.Literal)
			to, from = append(to, id), append(from, ident(lit.Value.(string), p.after(lit.TokenPos)))
		default:
			p.syntaxError()
		}
	}
	rparen := p.consume(syntax.RPAREN)
	if len(to) == 0 {
		p.errorf(lparen, "load statement must import at least 1 symbol")
	}
	return &syntax.LoadStmt{Load: loadPos, Module: module, To: to, From: from, Rparen: rparen}
}

// after returns the position one column after pos.
func (p *parser) after(pos syntax.Position) syntax.Position {
	return syntax.MakePosition(p.in.filename, pos.Line, pos.Col+1)
}
