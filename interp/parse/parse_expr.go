package parse

// This file defines the expression parser. It follows go.starlark.net's
// productions and adds Python's power operator, is/is not, chained
// comparisons, set displays, generator expressions and f-strings.

import (
	"strings"

	"go.starlark.net/syntax"
)

// parseExpr parses a test or a comma-separated tuple of tests.
func (p *parser) parseExpr(inParens bool) syntax.Expr {
	x := p.parseTest()
	if p.tok != syntax.COMMA {
		return x
	}
	return &syntax.TupleExpr{List: p.parseExprs([]syntax.Expr{x}, inParens)}
}

// parseExprs parses (',' test)* ','? starting at a comma.
func (p *parser) parseExprs(exprs []syntax.Expr, allowTrailingComma bool) []syntax.Expr {
	for p.tok == syntax.COMMA {
		pos := p.nextToken()
		if terminatesExprList(p.tok) {
			if !allowTrailingComma && !p.lower { // Python allows "x, = v" and "t = 1,"
				p.errorf(pos, "invalid syntax")
			}
			break
		}
		exprs = append(exprs, p.parseTest())
	}
	return exprs
}

func terminatesExprList(tok syntax.Token) bool {
	switch tok {
	case syntax.EOF, syntax.NEWLINE, syntax.EQ, syntax.RBRACE, syntax.RBRACK, syntax.RPAREN, syntax.SEMI:
		return true
	}
	return false
}

// parseTest parses a single expression, including lambda and a
// conditional expression.
func (p *parser) parseTest() syntax.Expr {
	p.enter()
	defer p.leave()
	if p.tok == syntax.LAMBDA {
		return p.parseLambda(true)
	}
	starOK := p.starOK // only top-level items of the target list
	p.starOK = false
	defer func() { p.starOK = starOK }()
	if p.tok == syntax.STAR {
		if !starOK {
			p.unsupported("starred expressions here")
		}
		pos := p.nextToken()
		return &syntax.UnaryExpr{OpPos: pos, Op: syntax.STAR, X: p.parseTestPrec(0)}
	}
	x := p.parseTestPrec(0)
	if p.tok == syntax.IF {
		ifpos := p.nextToken()
		cond := p.parseTestPrec(0)
		if p.tok != syntax.ELSE {
			p.errorf(p.tokval.pos, "expected 'else' after 'if' expression")
		}
		elsepos := p.nextToken()
		f := p.parseTest()
		return &syntax.CondExpr{If: ifpos, Cond: cond, True: x, ElsePos: elsepos, False: f}
	}
	if p.tok == tokWalrus {
		return p.parseWalrus(x)
	}
	return x
}

// parseWalrus parses the value of an assignment expression (x := value),
// lowered to __sp_walrus(x, value): the cell pass cells x and passes the
// call its cell (see LOWERING.md).
func (p *parser) parseWalrus(x syntax.Expr) syntax.Expr {
	id, ok := x.(*syntax.Ident)
	if !ok {
		kind := describe(x)
		switch x.(type) {
		case *syntax.ParenExpr:
			p.invalidSyntax(p.tokval.pos)
		case *syntax.DotExpr:
			kind = "attribute"
		case *syntax.IndexExpr:
			kind = "subscript"
		}
		p.errorf(syntax.Start(x), "cannot use assignment expressions with %s", kind)
	}
	pos := p.nextToken()
	value := p.parseTest()
	return &syntax.CallExpr{Fn: ident("__sp_walrus", pos), Lparen: pos, Args: []syntax.Expr{id, value}, Rparen: pos}
}

// parseTestNoCond parses a test without a trailing conditional.
func (p *parser) parseTestNoCond() syntax.Expr {
	if p.tok == syntax.LAMBDA {
		return p.parseLambda(false)
	}
	return p.parseTestPrec(0)
}

func (p *parser) parseLambda(allowCond bool) syntax.Expr {
	p.enter()
	defer p.leave()
	lambda := p.nextToken()
	var params []syntax.Expr
	if p.tok != syntax.COLON {
		params = p.parseParams(false)
	}
	p.consume(syntax.COLON)
	var body syntax.Expr
	savedLambda := p.inLambda
	p.inLambda = true
	if allowCond {
		body = p.parseTest()
	} else {
		body = p.parseTestNoCond()
	}
	p.inLambda = savedLambda
	return &syntax.LambdaExpr{Lambda: lambda, Params: params, Body: body}
}

// Precedence levels, as in go.starlark.net's preclevels.
const (
	precOr = iota
	precAnd
	precNot
	precCmp
	numPrec = 10
)

func precedence(t syntax.Token) int {
	switch t {
	case syntax.OR:
		return precOr
	case syntax.AND:
		return precAnd
	case syntax.EQL, syntax.NEQ, syntax.LT, syntax.GT, syntax.LE, syntax.GE, syntax.IN, syntax.NOT_IN, syntax.IS:
		return precCmp
	case syntax.PIPE:
		return 4
	case syntax.CIRCUMFLEX:
		return 5
	case syntax.AMP:
		return 6
	case syntax.LTLT, syntax.GTGT:
		return 7
	case syntax.MINUS, syntax.PLUS:
		return 8
	case syntax.STAR, syntax.PERCENT, syntax.SLASH, syntax.SLASHSLASH:
		return 9
	}
	return -1
}

func (p *parser) parseTestPrec(prec int) syntax.Expr {
	p.enter()
	defer p.leave()
	if prec >= numPrec {
		return p.parsePower()
	}
	if p.tok == syntax.NOT && prec == precNot {
		pos := p.nextToken()
		x := p.parseTestPrec(prec)
		return &syntax.UnaryExpr{OpPos: pos, Op: syntax.NOT, X: x}
	}
	if prec == precCmp {
		return p.parseComparison()
	}
	return p.parseBinopExpr(prec)
}

// parseBinopExpr uses precedence climbing, as go.starlark.net does. Each
// operator of the left-deep tree it builds counts as a level of depth.
func (p *parser) parseBinopExpr(prec int) syntax.Expr {
	if p.lower && (prec == precOr || prec == precAnd) {
		return p.parseBoolChain(prec)
	}
	x := p.parseTestPrec(prec + 1)
	levels := 0
	defer func() { p.chain -= levels }()
	for {
		opprec := precedence(p.tok)
		if opprec < prec || p.tok == tokAt {
			return x
		}
		p.chainLevel()
		levels++
		op := p.tok
		pos := p.nextToken()
		y := p.parseTestPrec(opprec + 1)
		x = p.binop(x, op, y, pos)
	}
}

// parseBoolChain parses operands joined by "or" (or "and"), balanced by
// balance when the chain is long.
func (p *parser) parseBoolChain(prec int) syntax.Expr {
	op := syntax.OR
	if prec == precAnd {
		op = syntax.AND
	}
	operands := []syntax.Expr{p.parseTestPrec(prec + 1)}
	var pos []syntax.Position
	for p.tok == op {
		pos = append(pos, p.nextToken())
		operands = append(operands, p.parseTestPrec(prec+1))
	}
	return balance(op, operands, pos)
}

// binop builds x op y, lowering % with a string literal on the left.
func (p *parser) binop(x syntax.Expr, op syntax.Token, y syntax.Expr, pos syntax.Position) syntax.Expr {
	if p.lower && op == syntax.PERCENT && isStringLit(x) {
		return &syntax.CallExpr{Fn: ident("__sp_percent", syntax.Start(x)), Lparen: pos, Args: []syntax.Expr{x, y}, Rparen: pos}
	}
	return binary(x, op, y, pos)
}

// parseComparison parses a comparison or a chain of them.
func (p *parser) parseComparison() syntax.Expr {
	x := p.parseTestPrec(precCmp + 1)
	operands := []syntax.Expr{x}
	var ops []string
	var opToks []syntax.Token
	var opPos []syntax.Position
	for {
		tok, name, pos, ok := p.cmpOperator()
		if !ok {
			break
		}
		operands = append(operands, p.parseTestPrec(precCmp+1))
		ops, opToks, opPos = append(ops, name), append(opToks, tok), append(opPos, pos)
	}
	switch {
	case len(ops) == 0:
		return x
	case len(ops) == 1 && opToks[0] != syntax.IS:
		return binary(operands[0], opToks[0], operands[1], opPos[0])
	case len(ops) == 1:
		is := &syntax.CallExpr{Fn: ident("__sp_is", syntax.Start(x)), Lparen: opPos[0], Args: operands, Rparen: opPos[0]}
		if ops[0] == "is not" {
			return &syntax.UnaryExpr{OpPos: opPos[0], Op: syntax.NOT, X: is}
		}
		return is
	}
	return chainCall(operands, ops, opPos)
}

// cmpOperator consumes a comparison operator, if any. The position of
// "not in" is that of "in", as in go.starlark.net.
func (p *parser) cmpOperator() (syntax.Token, string, syntax.Position, bool) {
	switch p.tok {
	case syntax.NOT:
		p.nextToken()
		if p.tok != syntax.IN {
			p.syntaxError()
		}
		return syntax.NOT_IN, "not in", p.nextToken(), true
	case syntax.IS:
		pos := p.nextToken()
		if p.tok == syntax.NOT {
			p.nextToken()
			return syntax.IS, "is not", pos, true
		}
		return syntax.IS, "is", pos, true
	case syntax.EQL, syntax.NEQ, syntax.LT, syntax.GT, syntax.LE, syntax.GE, syntax.IN:
		tok := p.tok
		return tok, tok.String(), p.nextToken(), true
	}
	return 0, "", syntax.Position{}, false
}

// parsePower parses primary_with_suffix ['**' unary].
func (p *parser) parsePower() syntax.Expr {
	if p.tok == syntax.AWAIT {
		p.unsupported("'await'")
	}
	x := p.parsePrimaryWithSuffix()
	if p.tok != syntax.STARSTAR {
		return x
	}
	pos := p.nextToken()
	p.enter() // CPython's parser counts two levels per "**"
	defer p.leave()
	y := p.parseUnary()
	return &syntax.CallExpr{Fn: ident("__sp_pow", syntax.Start(x)), Lparen: pos, Args: []syntax.Expr{x, y}, Rparen: pos}
}

// parseUnary parses an operand of **: a power, possibly negated.
func (p *parser) parseUnary() syntax.Expr {
	p.enter()
	defer p.leave()
	switch p.tok {
	case syntax.MINUS, syntax.PLUS, syntax.TILDE:
		tok := p.tok
		pos := p.nextToken()
		return &syntax.UnaryExpr{OpPos: pos, Op: tok, X: p.parseUnary()}
	}
	return p.parsePower()
}

// dunderAttrs are the attributes read through __sp_dunder, which gives
// functions their Python __name__, __qualname__, __doc__ and __module__,
// and numbers their real, imag, numerator and denominator.
var dunderAttrs = map[string]bool{"__name__": true, "__qualname__": true, "__doc__": true, "__module__": true,
	"real": true, "imag": true, "numerator": true, "denominator": true}

func (p *parser) parsePrimaryWithSuffix() syntax.Expr {
	x := p.parsePrimary()
	levels := 0
	defer func() { p.chain -= levels }()
	for {
		p.chainLevel()
		levels++
		switch p.tok {
		case syntax.DOT:
			dot := p.nextToken()
			id := p.parseIdent()
			if p.lower && dunderAttrs[id.Name] && p.tok != syntax.EQ {
				// Starlark functions have no attributes; Python's do.
				x = call("__sp_dunder", dot, x, &syntax.Literal{Token: syntax.STRING, TokenPos: id.NamePos, Raw: `"` + id.Name + `"`, Value: id.Name})
				continue
			}
			x = &syntax.DotExpr{Dot: dot, X: x, Name: id}
		case syntax.LBRACK:
			x = p.parseSliceSuffix(x)
		case syntax.LPAREN:
			x = p.parseCallSuffix(x)
		default:
			return x
		}
	}
}

func (p *parser) parseIdent() *syntax.Ident {
	if p.tok != syntax.IDENT {
		p.syntaxError()
	}
	id := &syntax.Ident{NamePos: p.tokval.pos, Name: p.tokval.raw}
	p.nextToken()
	return id
}

func (p *parser) parseSliceSuffix(x syntax.Expr) syntax.Expr {
	lbrack := p.nextToken()
	var lo, hi, step syntax.Expr
	if p.tok != syntax.COLON {
		y := p.parseExpr(false)
		if p.tok == syntax.RBRACK {
			rbrack := p.nextToken()
			return &syntax.IndexExpr{X: x, Lbrack: lbrack, Y: y, Rbrack: rbrack}
		}
		lo = y
	}
	if p.tok == syntax.COLON {
		p.nextToken()
		if p.tok != syntax.COLON && p.tok != syntax.RBRACK {
			hi = p.parseTest()
		}
	}
	if p.tok == syntax.COLON {
		p.nextToken()
		if p.tok != syntax.RBRACK {
			step = p.parseTest()
		}
	}
	rbrack := p.consume(syntax.RBRACK)
	if p.lower {
		// Python slices strings by code point; Starlark by byte.
		c := call("__sp_slice", lbrack, x, orNone(lo, lbrack), orNone(hi, lbrack), orNone(step, lbrack))
		c.Rparen = rbrack // the extent of the subscript, for tracebacks
		return c
	}
	return &syntax.SliceExpr{X: x, Lbrack: lbrack, Lo: lo, Hi: hi, Step: step, Rbrack: rbrack}
}

// orNone returns x, or None when x is absent.
func orNone(x syntax.Expr, pos syntax.Position) syntax.Expr {
	if x == nil {
		return ident("None", pos)
	}
	return x
}

// parseCallSuffix parses a call, lowering calls of the methods in
// methodNames to __sp_method.
func (p *parser) parseCallSuffix(fn syntax.Expr) syntax.Expr {
	lparen := p.consume(syntax.LPAREN)
	var rparen syntax.Position
	var args []syntax.Expr
	if p.tok == syntax.RPAREN {
		rparen = p.nextToken()
	} else {
		args = p.parseArgs()
		rparen = p.consume(syntax.RPAREN)
	}
	fn, args = p.superCall(fn, args)
	if dot, ok := fn.(*syntax.DotExpr); ok && p.lower && methodNames[dot.Name.Name] {
		args = append([]syntax.Expr{dot.X, strLit(dot.Name.Name, dot.Name.NamePos)}, args...)
		fn = ident("__sp_method", dot.Name.NamePos)
	}
	if p.lower {
		if c := genexpCall(fn, args, lparen, rparen); c != nil {
			return c
		}
	}
	return &syntax.CallExpr{Fn: fn, Lparen: lparen, Args: args, Rparen: rparen}
}

// checkArgOrder reports CPython's errors for arguments out of order.
func (p *parser) checkArgOrder(args []syntax.Expr) {
	var keyword, kwUnpack bool
	for _, arg := range args {
		switch arg := arg.(type) {
		case *syntax.BinaryExpr:
			if arg.Op == syntax.EQ {
				keyword = true
				continue
			}
		case *syntax.UnaryExpr:
			if arg.Op == syntax.STARSTAR {
				kwUnpack = true
				continue
			}
			if arg.Op == syntax.STAR {
				if kwUnpack {
					p.errorf(arg.OpPos, "iterable argument unpacking follows keyword argument unpacking")
				}
				continue
			}
		}
		if kwUnpack {
			p.errorf(syntax.Start(arg), "positional argument follows keyword argument unpacking")
		}
		if keyword {
			p.errorf(syntax.Start(arg), "positional argument follows keyword argument")
		}
	}
}

// parseArgs parses call arguments; a lone generator expression becomes
// a list comprehension (see genexp).
func (p *parser) parseArgs() []syntax.Expr {
	var args []syntax.Expr
	for p.tok != syntax.RPAREN && p.tok != syntax.EOF {
		if len(args) > 0 {
			p.consume(syntax.COMMA)
		}
		if p.tok == syntax.RPAREN {
			break
		}
		if p.tok == syntax.STAR || p.tok == syntax.STARSTAR {
			op := p.tok
			pos := p.nextToken()
			args = append(args, &syntax.UnaryExpr{OpPos: pos, Op: op, X: p.parseTest()})
			continue
		}
		x := p.parseTest()
		if p.tok == syntax.FOR {
			x = p.parseComprehensionSuffix(syntax.Start(x), x, syntax.RPAREN)
			if len(args) > 0 || p.tok != syntax.RPAREN {
				p.errorf(syntax.Start(x), "Generator expression must be parenthesized")
			}
			x = p.genexp(x)
		} else if p.tok == syntax.EQ {
			if _, ok := x.(*syntax.Ident); !ok {
				p.errorf(syntax.Start(x), "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			eq := p.nextToken()
			x = binary(x, syntax.EQ, p.parseTest(), eq)
		}
		args = append(args, x)
	}
	if p.lower {
		p.checkArgOrder(args)
		args = namedBeforeStars(args)
	}
	return args
}

// namedBeforeStars moves keyword arguments ahead of *args and **kwargs:
// Python allows f(*a, sep="") but Starlark wants named arguments first.
// The call means the same; only the named values are evaluated earlier.
func namedBeforeStars(args []syntax.Expr) []syntax.Expr {
	first := -1
	for i, a := range args {
		if u, ok := a.(*syntax.UnaryExpr); ok && (u.Op == syntax.STAR || u.Op == syntax.STARSTAR) {
			first = i
			break
		}
	}
	if first < 0 {
		return args
	}
	out := append([]syntax.Expr(nil), args[:first]...)
	var rest []syntax.Expr
	for _, a := range args[first:] {
		if b, ok := a.(*syntax.BinaryExpr); ok && b.Op == syntax.EQ {
			out = append(out, a)
		} else {
			rest = append(rest, a)
		}
	}
	return append(out, joinStars(rest)...)
}

// joinStars turns the positional arguments from the first *args on (and
// a trailing **kwargs) into one *args when Starlark can't take them as
// they are: f(*a, b, *c) becomes f(*__sp_star(a, (b,), c)), which
// concatenates its iterables. A lone *args becomes *__sp_star(args),
// which passes lists and tuples through and iterates anything else with
// Python's protocol (a user class's __iter__ or __getitem__, and the
// error its __iter__ raises).
func joinStars(rest []syntax.Expr) []syntax.Expr {
	var kw []syntax.Expr
	if u, ok := rest[len(rest)-1].(*syntax.UnaryExpr); ok && u.Op == syntax.STARSTAR {
		rest, kw = rest[:len(rest)-1], rest[len(rest)-1:]
	}
	if len(rest) == 0 {
		return kw
	}
	star := rest[0].(*syntax.UnaryExpr)
	var parts, group []syntax.Expr
	flush := func() {
		if group != nil {
			parts = append(parts, tuple(syntax.Start(group[0]), group...))
			group = nil
		}
	}
	for _, a := range rest {
		if u, ok := a.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR {
			flush()
			parts = append(parts, u.X)
		} else {
			group = append(group, a)
		}
	}
	flush()
	joined := &syntax.UnaryExpr{OpPos: star.OpPos, Op: syntax.STAR, X: call("__sp_star", star.OpPos, parts...)}
	return append([]syntax.Expr{joined}, kw...)
}

// parsePrimary parses an identifier, literal, display, parenthesized
// expression or unary expression.
func (p *parser) parsePrimary() syntax.Expr {
	p.enter()
	defer p.leave()
	switch p.tok {
	case syntax.IDENT:
		id := p.parseIdent()
		if p.lower && strings.HasPrefix(id.Name, internalPrefix) {
			id.Binding = userInternal{}
		}
		return id
	case syntax.INT, syntax.FLOAT:
		return p.parseNumber()
	case syntax.STRING, syntax.BYTES, tokFString:
		return p.parseStrings()
	case syntax.LBRACK:
		return p.parseList()
	case syntax.LBRACE:
		return p.parseDict()
	case syntax.LPAREN:
		return p.parseParen()
	case syntax.MINUS, syntax.PLUS, syntax.TILDE:
		tok := p.tok
		pos := p.nextToken()
		return &syntax.UnaryExpr{OpPos: pos, Op: tok, X: p.parsePower()}
	case tokEllipsis:
		return ident("None", p.nextToken())
	}
	p.syntaxError()
	panic("unreachable")
}

func (p *parser) parseNumber() syntax.Expr {
	var val any
	tok := p.tok
	if tok == syntax.FLOAT {
		val = p.tokval.float
	} else if p.tokval.bigInt != nil {
		val = p.tokval.bigInt
	} else {
		val = p.tokval.int
	}
	raw := p.tokval.raw
	pos := p.nextToken()
	return &syntax.Literal{Token: tok, TokenPos: pos, Raw: raw, Value: val}
}

// parseParen parses (), (x), (x,...) and (x for ...).
func (p *parser) parseParen() syntax.Expr {
	lparen := p.nextToken()
	if p.tok == syntax.RPAREN {
		rparen := p.nextToken()
		return &syntax.TupleExpr{Lparen: lparen, Rparen: rparen}
	}
	if p.tok == syntax.YIELD {
		x := p.parseYield()
		return &syntax.ParenExpr{Lparen: lparen, X: x, Rparen: p.consume(syntax.RPAREN)}
	}
	x := p.parseTest()
	if p.tok == syntax.FOR {
		c := p.parseComprehensionSuffix(lparen, x, syntax.RPAREN).(*syntax.Comprehension)
		c.Rbrack = p.consume(syntax.RPAREN)
		return p.genexp(c)
	}
	if p.tok == syntax.COMMA {
		x = &syntax.TupleExpr{List: p.parseExprs([]syntax.Expr{x}, true)}
	}
	rparen := p.consume(syntax.RPAREN)
	return &syntax.ParenExpr{Lparen: lparen, X: x, Rparen: rparen}
}

func (p *parser) parseList() syntax.Expr {
	lbrack := p.nextToken()
	if p.tok == syntax.RBRACK {
		rbrack := p.nextToken()
		return &syntax.ListExpr{Lbrack: lbrack, Rbrack: rbrack}
	}
	starOK := p.starOK
	p.starOK = true // [*a, b]: unpacking in a display
	x := p.parseTest()
	p.starOK = starOK
	if p.tok == syntax.FOR {
		if isStarred(x) {
			p.errorf(syntax.Start(x), "iterable unpacking cannot be used in comprehension")
		}
		return checkedComp(p.parseComprehensionSuffix(lbrack, x, syntax.RBRACK))
	}
	exprs := []syntax.Expr{x}
	for p.tok == syntax.COMMA {
		p.nextToken()
		if p.tok == syntax.RBRACK {
			break
		}
		p.starOK = true
		exprs = append(exprs, p.parseTest())
		p.starOK = starOK
	}
	rbrack := p.consume(syntax.RBRACK)
	list := &syntax.ListExpr{Lbrack: lbrack, List: exprs, Rbrack: rbrack}
	if p.tok == syntax.EQ || !hasStarred(exprs) {
		return list // a target ([a, *b] = x) unpacks by itself
	}
	return concatDisplay(list)
}

func isStarred(x syntax.Expr) bool {
	u, ok := x.(*syntax.UnaryExpr)
	return ok && u.Op == syntax.STAR
}

func hasStarred(exprs []syntax.Expr) bool {
	for _, x := range exprs {
		if isStarred(x) {
			return true
		}
	}
	return false
}

// concatDisplay lowers [a, *b, c] to [a] + list(b) + [c].
func concatDisplay(l *syntax.ListExpr) syntax.Expr {
	var out syntax.Expr
	add := func(x syntax.Expr) {
		if out == nil {
			out = x
			return
		}
		out = &syntax.BinaryExpr{X: out, OpPos: syntax.Start(x), Op: syntax.PLUS, Y: x}
	}
	var run []syntax.Expr
	flush := func() {
		if run != nil {
			add(&syntax.ListExpr{Lbrack: syntax.Start(run[0]), List: run, Rbrack: l.Rbrack})
			run = nil
		}
	}
	for _, x := range l.List {
		if u, ok := x.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR {
			flush()
			add(&syntax.CallExpr{Fn: ident("list", u.OpPos), Lparen: u.OpPos, Args: []syntax.Expr{u.X}, Rparen: l.Rbrack})
			continue
		}
		run = append(run, x)
	}
	flush()
	return &syntax.ParenExpr{Lparen: l.Lbrack, X: out, Rparen: l.Rbrack}
}

// parseDict parses a dict or set display or comprehension. Sets become
// set([...]).
func (p *parser) parseDict() syntax.Expr {
	lbrace := p.nextToken()
	if p.tok == syntax.RBRACE {
		rbrace := p.nextToken()
		return &syntax.DictExpr{Lbrace: lbrace, Rbrace: rbrace}
	}
	var first syntax.Expr
	if p.tok == syntax.STARSTAR {
		first = p.parseDictEntry()
	} else {
		k := p.parseTest()
		if p.tok != syntax.COLON {
			return p.parseSet(lbrace, k)
		}
		colon := p.nextToken()
		first = &syntax.DictEntry{Key: k, Colon: colon, Value: p.parseTest()}
		if p.tok == syntax.FOR {
			return checkedComp(p.parseComprehensionSuffix(lbrace, first, syntax.RBRACE))
		}
	}
	entries := []syntax.Expr{first}
	for p.tok == syntax.COMMA {
		p.nextToken()
		if p.tok == syntax.RBRACE {
			break
		}
		entries = append(entries, p.parseDictEntry())
	}
	rbrace := p.consume(syntax.RBRACE)
	return dictDisplay(lbrace, entries, rbrace)
}

// parseDictEntry parses "k: v", or "**m" as a UnaryExpr.
func (p *parser) parseDictEntry() syntax.Expr {
	if p.tok == syntax.STARSTAR {
		pos := p.nextToken()
		return &syntax.UnaryExpr{OpPos: pos, Op: syntax.STARSTAR, X: p.parseTest()}
	}
	k := p.parseTest()
	colon := p.consume(syntax.COLON)
	v := p.parseTest()
	return &syntax.DictEntry{Key: k, Colon: colon, Value: v}
}

// dictDisplay builds the dict display {entries}. One with "**m" items
// becomes __sp_dictmerge(m1, {k: v, ...}, m2, ...), which merges them in
// order.
func dictDisplay(lbrace syntax.Position, entries []syntax.Expr, rbrace syntax.Position) syntax.Expr {
	var parts, group []syntax.Expr
	star := false
	flush := func() {
		if len(group) > 0 {
			parts = append(parts, &syntax.DictExpr{Lbrace: lbrace, List: group, Rbrace: rbrace})
			group = nil
		}
	}
	for _, e := range entries {
		if u, ok := e.(*syntax.UnaryExpr); ok {
			flush()
			parts, star = append(parts, u.X), true
			continue
		}
		group = append(group, e)
	}
	if !star {
		return &syntax.DictExpr{Lbrace: lbrace, List: entries, Rbrace: rbrace}
	}
	flush()
	return call("__sp_dictmerge", lbrace, parts...)
}

// parseSet parses the rest of {x, ...} or {x for ...} after x.
func (p *parser) parseSet(lbrace syntax.Position, x syntax.Expr) syntax.Expr {
	var list syntax.Expr
	if p.tok == syntax.FOR {
		c := p.parseComprehensionSuffix(lbrace, x, syntax.RBRACE).(*syntax.Comprehension)
		c.Curly = false
		list = checkedComp(c)
	} else {
		exprs := []syntax.Expr{x}
		if p.tok == syntax.COMMA {
			exprs = p.parseExprs(exprs, true)
		}
		rbrace := p.consume(syntax.RBRACE)
		list = &syntax.ListExpr{Lbrack: lbrace, List: exprs, Rbrack: rbrace}
	}
	return &syntax.CallExpr{Fn: ident("set", lbrace), Lparen: lbrace, Args: []syntax.Expr{list}, Rparen: syntax.End(list)}
}

// parseComprehensionSuffix parses the for/if clauses up to endBrace.
// Every for clause iterates through __sp_iter when lowering.
func (p *parser) parseComprehensionSuffix(lbrace syntax.Position, body syntax.Expr, endBrace syntax.Token) syntax.Expr {
	var clauses []syntax.Node
	for p.tok != endBrace && !(p.tok == syntax.COMMA && endBrace == syntax.RPAREN) {
		switch p.tok {
		case syntax.FOR:
			pos := p.nextToken()
			vars := p.parseForLoopVariables()
			in := p.consume(syntax.IN)
			x := p.parseTestPrec(0)
			if p.lower {
				fn := "__sp_iter"
				if len(clauses) == 0 && endBrace != syntax.RPAREN && mayFailLate(x) {
					fn = "__sp_citer" // see checkedComp
				}
				x = call(fn, syntax.Start(x), x)
			}
			clauses = append(clauses, &syntax.ForClause{For: pos, Vars: vars, In: in, X: x})
		case syntax.IF:
			pos := p.nextToken()
			clauses = append(clauses, &syntax.IfClause{If: pos, Cond: p.parseTestNoCond()})
		case syntax.ASYNC:
			p.unsupported("asynchronous comprehensions")
		default:
			p.syntaxError()
		}
	}
	rbrace := p.tokval.pos
	if endBrace != syntax.RPAREN {
		p.nextToken()
	}
	c := &syntax.Comprehension{Curly: endBrace == syntax.RBRACE, Lbrack: lbrace, Body: body, Clauses: clauses, Rbrack: rbrace}
	p.checkComprehensionYield(c, endBrace)
	return c
}

// checkedComp wraps the list, set or dict comprehension c whose first
// iterable may fail after its first item (see mayFailLate) in
// __sp_compend(c): __sp_citer(X) keeps the error that ended the loop
// (a user class's __next__ that raised, a dict changed in the loop),
// which the VM can't take from an iterator, and __sp_compend raises it.
func checkedComp(c syntax.Expr) syntax.Expr {
	first, ok := c.(*syntax.Comprehension).Clauses[0].(*syntax.ForClause)
	if !ok {
		return c
	}
	if x, ok := first.X.(*syntax.CallExpr); ok && isIdentNamed(x.Fn, "__sp_citer") {
		return call("__sp_compend", syntax.Start(c), c)
	}
	return c
}

// parseForLoopVariables parses for-loop targets without consuming IN.
func (p *parser) parseForLoopVariables() syntax.Expr {
	v := p.parseTarget()
	if p.tok != syntax.COMMA {
		return v
	}
	list := []syntax.Expr{v}
	for p.tok == syntax.COMMA {
		p.nextToken()
		if terminatesExprList(p.tok) || p.tok == syntax.IN {
			break
		}
		list = append(list, p.parseTarget())
	}
	return &syntax.TupleExpr{List: list}
}

func (p *parser) parseTarget() syntax.Expr {
	if p.tok == syntax.STAR {
		p.unsupported("starred assignment targets")
	}
	return p.parsePrimaryWithSuffix()
}
