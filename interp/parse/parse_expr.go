package parse

// This file defines the expression parser. It follows go.starlark.net's
// productions and adds Python's power operator, is/is not, chained
// comparisons, set displays, generator expressions and f-strings.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"
)

// parseExpr parses a test or a comma-separated tuple of tests.
func (p *parser) parseExpr() pyast.Expr {
	x := p.parseTest()
	if p.tok != syntax.COMMA {
		return x
	}
	return &pyast.Tuple{List: p.parseExprs([]pyast.Expr{x})}
}

// parseExprs parses (',' test)* ','? starting at a comma. Python allows
// "x, = v" and "t = 1,".
func (p *parser) parseExprs(exprs []pyast.Expr) []pyast.Expr {
	for p.tok == syntax.COMMA {
		p.nextToken()
		if terminatesExprList(p.tok) {
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
func (p *parser) parseTest() pyast.Expr {
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
		return &pyast.Starred{OpPos: pos, Op: syntax.STAR, X: p.parseTestPrec(0)}
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
		return &pyast.IfExp{If: ifpos, Cond: cond, True: x, ElsePos: elsepos, False: f}
	}
	if p.tok == tokWalrus {
		return p.parseWalrus(x)
	}
	return x
}

// parseWalrus parses the value of an assignment expression (x := value).
func (p *parser) parseWalrus(x pyast.Expr) pyast.Expr {
	id, ok := x.(*pyast.Ident)
	if !ok {
		kind := describe(x)
		switch x := x.(type) {
		case *pyast.Paren:
			p.invalidSyntax(p.tokval.pos)
		case *pyast.List:
			if concatenated(x) {
				p.invalidSyntax(p.tokval.pos)
			}
		case *pyast.Attr:
			if !isDunderLoad(x) {
				kind = "attribute"
			}
		case *pyast.Index:
			kind = "subscript"
		}
		p.errorf(start(x), "cannot use assignment expressions with %s", kind)
	}
	pos := p.nextToken()
	value := p.parseTest()
	return &pyast.Walrus{Target: id, OpPos: pos, Value: value}
}

// parseTestNoCond parses a test without a trailing conditional.
func (p *parser) parseTestNoCond() pyast.Expr {
	if p.tok == syntax.LAMBDA {
		return p.parseLambda(false)
	}
	return p.parseTestPrec(0)
}

func (p *parser) parseLambda(allowCond bool) pyast.Expr {
	p.enter()
	defer p.leave()
	lambda := p.nextToken()
	var params []*pyast.Param
	if p.tok != syntax.COLON {
		params = p.parseParams(false)
	}
	p.consume(syntax.COLON)
	var body pyast.Expr
	savedLambda, savedAsync := p.inLambda, p.inAsync
	p.inLambda, p.inAsync = true, false
	if allowCond {
		body = p.parseTest()
	} else {
		body = p.parseTestNoCond()
	}
	p.inLambda, p.inAsync = savedLambda, savedAsync
	return &pyast.Lambda{Lambda: lambda, Params: params, Body: body}
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
	case syntax.STAR, syntax.PERCENT, syntax.SLASH, syntax.SLASHSLASH, tokAt:
		return 9
	}
	return -1
}

func (p *parser) parseTestPrec(prec int) pyast.Expr {
	p.enter()
	defer p.leave()
	if prec >= numPrec {
		return p.parsePower()
	}
	if p.tok == syntax.NOT && prec == precNot {
		pos := p.nextToken()
		x := p.parseTestPrec(prec)
		return &pyast.Unary{OpPos: pos, Op: syntax.NOT, X: x}
	}
	if prec == precCmp {
		return p.parseComparison()
	}
	return p.parseBinopExpr(prec)
}

// parseBinopExpr uses precedence climbing, as go.starlark.net does. Each
// operator of the left-deep tree it builds counts as a level of depth.
func (p *parser) parseBinopExpr(prec int) pyast.Expr {
	if prec == precOr || prec == precAnd {
		return p.parseBoolChain(prec)
	}
	x := p.parseTestPrec(prec + 1)
	levels := 0
	defer func() { p.chain -= levels }()
	for {
		opprec := precedence(p.tok)
		if opprec < prec {
			return x
		}
		p.chainLevel()
		levels++
		op := p.tok
		if op == tokAt {
			op = pyast.MatMul
		}
		pos := p.nextToken()
		y := p.parseTestPrec(opprec + 1)
		x = &pyast.Binary{X: x, OpPos: pos, Op: op, Y: y}
	}
}

// parseBoolChain parses operands joined by "or" (or "and").
func (p *parser) parseBoolChain(prec int) pyast.Expr {
	op := syntax.OR
	if prec == precAnd {
		op = syntax.AND
	}
	x := p.parseTestPrec(prec + 1)
	if p.tok != op {
		return x
	}
	b := &pyast.BoolOp{Op: op, Values: []pyast.Expr{x}}
	for p.tok == op {
		b.OpPos = append(b.OpPos, p.nextToken())
		b.Values = append(b.Values, p.parseTestPrec(prec+1))
	}
	return b
}

// parseComparison parses a comparison or a chain of them.
func (p *parser) parseComparison() pyast.Expr {
	x := p.parseTestPrec(precCmp + 1)
	c := &pyast.Compare{Operands: []pyast.Expr{x}}
	for {
		name, pos, ok := p.cmpOperator()
		if !ok {
			break
		}
		c.Operands = append(c.Operands, p.parseTestPrec(precCmp+1))
		c.Ops, c.OpPos = append(c.Ops, name), append(c.OpPos, pos)
	}
	if len(c.Ops) == 0 {
		return x
	}
	return c
}

// cmpOperator consumes a comparison operator, if any. The position of
// "not in" is that of "in", as in go.starlark.net.
func (p *parser) cmpOperator() (string, syntax.Position, bool) {
	switch p.tok {
	case syntax.NOT:
		p.nextToken()
		if p.tok != syntax.IN {
			p.syntaxError()
		}
		return "not in", p.nextToken(), true
	case syntax.IS:
		pos := p.nextToken()
		if p.tok == syntax.NOT {
			p.nextToken()
			return "is not", pos, true
		}
		return "is", pos, true
	case syntax.EQL, syntax.NEQ, syntax.LT, syntax.GT, syntax.LE, syntax.GE, syntax.IN:
		tok := p.tok
		return tok.String(), p.nextToken(), true
	}
	return "", syntax.Position{}, false
}

// parsePower parses primary_with_suffix ['**' unary].
func (p *parser) parsePower() pyast.Expr {
	x := p.parseAwaitPrimary()
	if p.tok != syntax.STARSTAR {
		return x
	}
	pos := p.nextToken()
	p.enter() // CPython's parser counts two levels per "**"
	defer p.leave()
	y := p.parseUnary()
	return &pyast.Binary{X: x, OpPos: pos, Op: syntax.STARSTAR, Y: y}
}

// parseAwaitPrimary parses ['await'] primary_with_suffix.
func (p *parser) parseAwaitPrimary() pyast.Expr {
	if p.tok != syntax.AWAIT {
		return p.parsePrimaryWithSuffix()
	}
	pos := p.tokval.pos
	switch {
	case !p.inFunc && !p.inLambda:
		p.errorf(pos, "'await' outside function")
	case !p.inAsync:
		p.errorf(pos, "'await' outside async function")
	}
	p.nextToken()
	return &pyast.Await{Await: pos, Value: p.parsePrimaryWithSuffix()}
}

// parseUnary parses an operand of **: a power, possibly negated.
func (p *parser) parseUnary() pyast.Expr {
	p.enter()
	defer p.leave()
	switch p.tok {
	case syntax.MINUS, syntax.PLUS, syntax.TILDE:
		tok := p.tok
		pos := p.nextToken()
		return &pyast.Unary{OpPos: pos, Op: tok, X: p.parseUnary()}
	}
	return p.parsePower()
}

func (p *parser) parsePrimaryWithSuffix() pyast.Expr {
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
			x = &pyast.Attr{Dot: dot, X: x, Name: id, Store: p.tok == syntax.EQ}
		case syntax.LBRACK:
			x = p.parseSliceSuffix(x)
		case syntax.LPAREN:
			x = p.parseCallSuffix(x)
		default:
			return x
		}
	}
}

func (p *parser) parseIdent() *pyast.Ident {
	if p.tok != syntax.IDENT {
		p.syntaxError()
	}
	id := &pyast.Ident{NamePos: p.tokval.pos, Name: p.tokval.raw}
	p.nextToken()
	return id
}

// parseSliceSuffix parses a subscript: x[i], x[lo:hi:step], or x[a, b]
// whose tuple may hold slices (x[1:2, ::3]), as bare *pyast.Slice
// items (their X nil).
func (p *parser) parseSliceSuffix(x pyast.Expr) pyast.Expr {
	lbrack := p.nextToken()
	first := p.parseSubscriptItem()
	if p.tok != syntax.COMMA {
		rbrack := p.consume(syntax.RBRACK)
		if s, ok := first.(*pyast.Slice); ok && s.X == nil { // x[lo:hi], not x[y[lo:hi]]
			s.X, s.Lbrack, s.Rbrack = x, lbrack, rbrack
			return s
		}
		return &pyast.Index{X: x, Lbrack: lbrack, Index: first, Rbrack: rbrack}
	}
	items := []pyast.Expr{first}
	for p.tok == syntax.COMMA {
		p.nextToken()
		if p.tok == syntax.RBRACK {
			break
		}
		items = append(items, p.parseSubscriptItem())
	}
	rbrack := p.consume(syntax.RBRACK)
	return &pyast.Index{X: x, Lbrack: lbrack, Index: &pyast.Tuple{List: items}, Rbrack: rbrack}
}

// parseSubscriptItem parses an item of a subscript: an expression, or
// a slice lo:hi:step (a *pyast.Slice without X, at its first token).
func (p *parser) parseSubscriptItem() pyast.Expr {
	start := p.tokval.pos
	var lo, hi, step pyast.Expr
	if p.tok != syntax.COLON {
		lo = p.parseTest()
		if p.tok != syntax.COLON {
			return lo
		}
	}
	p.nextToken()
	if p.tok != syntax.COLON && !endsSubscriptItem(p.tok) {
		hi = p.parseTest()
	}
	if p.tok == syntax.COLON {
		p.nextToken()
		if !endsSubscriptItem(p.tok) {
			step = p.parseTest()
		}
	}
	return &pyast.Slice{Lbrack: start, Lo: lo, Hi: hi, Step: step, Rbrack: start}
}

// endsSubscriptItem reports whether tok ends an item of a subscript.
func endsSubscriptItem(tok syntax.Token) bool { return tok == syntax.RBRACK || tok == syntax.COMMA }

// parseCallSuffix parses a call.
func (p *parser) parseCallSuffix(fn pyast.Expr) pyast.Expr {
	lparen := p.consume(syntax.LPAREN)
	var rparen syntax.Position
	var args []pyast.Expr
	if p.tok == syntax.RPAREN {
		rparen = p.nextToken()
	} else {
		args = p.parseArgs()
		rparen = p.consume(syntax.RPAREN)
	}
	return &pyast.Call{Fn: fn, Lparen: lparen, Args: args, Rparen: rparen}
}

// checkArgOrder reports CPython's errors for arguments out of order.
func (p *parser) checkArgOrder(args []pyast.Expr) {
	var keyword, kwUnpack bool
	for _, arg := range args {
		switch arg := arg.(type) {
		case *pyast.Keyword:
			keyword = true
			continue
		case *pyast.Starred:
			if arg.Op == syntax.STARSTAR {
				kwUnpack = true
				continue
			}
			if kwUnpack {
				p.errorf(arg.OpPos, "iterable argument unpacking follows keyword argument unpacking")
			}
			continue
		}
		if kwUnpack {
			p.errorf(start(arg), "positional argument follows keyword argument unpacking")
		}
		if keyword {
			p.errorf(start(arg), "positional argument follows keyword argument")
		}
	}
}

// parseArgs parses call arguments, and a lone generator expression.
func (p *parser) parseArgs() []pyast.Expr {
	var args []pyast.Expr
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
			args = append(args, &pyast.Starred{OpPos: pos, Op: op, X: p.parseTest()})
			continue
		}
		x := p.parseTest()
		if p.atComprehension() {
			c := p.parseComprehensionSuffix(syntax.Position{}, x, syntax.RPAREN)
			if len(args) > 0 || p.tok != syntax.RPAREN {
				p.errorf(start(x), "Generator expression must be parenthesized")
			}
			x = c
		} else if p.tok == syntax.EQ {
			id, ok := x.(*pyast.Ident)
			if !ok {
				p.errorf(start(x), "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			eq := p.nextToken()
			x = &pyast.Keyword{Name: id, EqPos: eq, Value: p.parseTest()}
		}
		args = append(args, x)
	}
	p.checkArgOrder(args)
	return args
}

// parsePrimary parses an identifier, literal, display, parenthesized
// expression or unary expression.
func (p *parser) parsePrimary() pyast.Expr {
	p.enter()
	defer p.leave()
	switch p.tok {
	case syntax.IDENT:
		return p.parseIdent()
	case syntax.INT, syntax.FLOAT, tokImag:
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
		return &pyast.Unary{OpPos: pos, Op: tok, X: p.parsePower()}
	case tokEllipsis:
		return &pyast.Ellipsis{Pos: p.nextToken()}
	}
	p.syntaxError()
	panic("unreachable")
}

func (p *parser) parseNumber() pyast.Expr {
	var val any
	tok := p.tok
	imag := tok == tokImag
	if imag {
		tok = syntax.FLOAT
	}
	if tok == syntax.FLOAT {
		val = p.tokval.float
	} else if p.tokval.bigInt != nil {
		val = p.tokval.bigInt
	} else {
		val = p.tokval.int
	}
	raw := p.tokval.raw
	pos := p.nextToken()
	return &pyast.Literal{Token: tok, TokenPos: pos, Raw: raw, Value: val, Imag: imag}
}

// parseParen parses (), (x), (x,...) and (x for ...).
func (p *parser) parseParen() pyast.Expr {
	lparen := p.nextToken()
	if p.tok == syntax.RPAREN {
		rparen := p.nextToken()
		return &pyast.Tuple{Lparen: lparen, Rparen: rparen}
	}
	if p.tok == syntax.YIELD {
		x := p.parseYield()
		return &pyast.Paren{Lparen: lparen, X: x, Rparen: p.consume(syntax.RPAREN)}
	}
	x := p.parseTest()
	if p.atComprehension() {
		c := p.parseComprehensionSuffix(lparen, x, syntax.RPAREN)
		c.Rbrack = p.consume(syntax.RPAREN)
		return c
	}
	if p.tok == syntax.COMMA {
		x = &pyast.Tuple{List: p.parseExprs([]pyast.Expr{x})}
	}
	rparen := p.consume(syntax.RPAREN)
	return &pyast.Paren{Lparen: lparen, X: x, Rparen: rparen}
}

func (p *parser) parseList() pyast.Expr {
	lbrack := p.nextToken()
	if p.tok == syntax.RBRACK {
		rbrack := p.nextToken()
		return &pyast.List{Lbrack: lbrack, Rbrack: rbrack, Store: p.tok == syntax.EQ}
	}
	starOK := p.starOK
	p.starOK = true // [*a, b]: unpacking in a display
	x := p.parseTest()
	p.starOK = starOK
	if p.atComprehension() {
		if isStarred(x) {
			p.errorf(start(x), "iterable unpacking cannot be used in comprehension")
		}
		return p.parseComprehensionSuffix(lbrack, x, syntax.RBRACK)
	}
	exprs := []pyast.Expr{x}
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
	return &pyast.List{Lbrack: lbrack, List: exprs, Rbrack: rbrack, Store: p.tok == syntax.EQ}
}

func isStarred(x pyast.Expr) bool {
	u, ok := x.(*pyast.Starred)
	return ok && u.Op == syntax.STAR
}

// parseDict parses a dict or set display or comprehension.
func (p *parser) parseDict() pyast.Expr {
	lbrace := p.nextToken()
	if p.tok == syntax.RBRACE {
		rbrace := p.nextToken()
		return &pyast.Dict{Lbrace: lbrace, Rbrace: rbrace}
	}
	var first pyast.Expr
	if p.tok == syntax.STARSTAR {
		first = p.parseDictEntry()
	} else {
		starOK := p.starOK
		p.starOK = true // {*a, b}: unpacking in a set display
		k := p.parseTest()
		p.starOK = starOK
		if p.tok != syntax.COLON {
			return p.parseSet(lbrace, k)
		}
		if isStarred(k) {
			p.invalidSyntax(start(k))
		}
		colon := p.nextToken()
		first = &pyast.DictEntry{Key: k, Colon: colon, Value: p.parseTest()}
		if p.atComprehension() {
			return p.parseComprehensionSuffix(lbrace, first, syntax.RBRACE)
		}
	}
	entries := []pyast.Expr{first}
	for p.tok == syntax.COMMA {
		p.nextToken()
		if p.tok == syntax.RBRACE {
			break
		}
		entries = append(entries, p.parseDictEntry())
	}
	rbrace := p.consume(syntax.RBRACE)
	return &pyast.Dict{Lbrace: lbrace, Items: entries, Rbrace: rbrace}
}

// parseDictEntry parses "k: v", or "**m" as a Starred.
func (p *parser) parseDictEntry() pyast.Expr {
	if p.tok == syntax.STARSTAR {
		pos := p.nextToken()
		return &pyast.Starred{OpPos: pos, Op: syntax.STARSTAR, X: p.parseTest()}
	}
	k := p.parseTest()
	colon := p.consume(syntax.COLON)
	v := p.parseTest()
	return &pyast.DictEntry{Key: k, Colon: colon, Value: v}
}

// parseSet parses the rest of {x, ...} or {x for ...} after x.
func (p *parser) parseSet(lbrace syntax.Position, x pyast.Expr) pyast.Expr {
	if p.atComprehension() {
		if isStarred(x) {
			p.errorf(start(x), "iterable unpacking cannot be used in comprehension")
		}
		return p.parseComprehensionSuffix(lbrace, x, syntax.RBRACE)
	}
	exprs := []pyast.Expr{x}
	starOK := p.starOK
	for p.tok == syntax.COMMA {
		p.nextToken()
		if p.tok == syntax.RBRACE {
			break
		}
		p.starOK = true
		exprs = append(exprs, p.parseTest())
		p.starOK = starOK
	}
	rbrace := p.consume(syntax.RBRACE)
	return &pyast.Set{Lbrace: lbrace, List: exprs, Rbrace: rbrace}
}

// parseComprehensionSuffix parses the for/if clauses up to endBrace.
func (p *parser) parseComprehensionSuffix(lbrace syntax.Position, body pyast.Expr, endBrace syntax.Token) *pyast.Comprehension {
	var clauses []pyast.Node
	for p.tok != endBrace && !(p.tok == syntax.COMMA && endBrace == syntax.RPAREN) {
		switch p.tok {
		case syntax.FOR:
			pos := p.nextToken()
			vars := p.parseForLoopVariables()
			in := p.consume(syntax.IN)
			x := p.parseTestPrec(0)
			clauses = append(clauses, &pyast.ForClause{For: pos, Vars: vars, In: in, X: x})
		case syntax.IF:
			pos := p.nextToken()
			clauses = append(clauses, &pyast.IfClause{If: pos, Cond: p.parseTestNoCond()})
		case syntax.ASYNC:
			clauses = append(clauses, p.parseAsyncForClause(lbrace, body, endBrace))
		default:
			p.syntaxError()
		}
	}
	rbrace := p.tokval.pos
	if endBrace != syntax.RPAREN {
		p.nextToken()
	}
	c := &pyast.Comprehension{Lbrack: lbrace, Body: body, Clauses: clauses, Rbrack: rbrace}
	switch {
	case endBrace == syntax.RPAREN:
		c.Kind = pyast.GenExp
	case endBrace == syntax.RBRACK:
		c.Kind = pyast.ListComp
	case isDictEntry(body):
		c.Kind = pyast.DictComp
	default:
		c.Kind = pyast.SetComp
	}
	p.checkComprehensionYield(c)
	return c
}

// parseForLoopVariables parses for-loop targets without consuming IN;
// one item of a tuple target may be starred (for a, *b in x).
func (p *parser) parseForLoopVariables() pyast.Expr {
	v := p.parseLoopTarget()
	if p.tok != syntax.COMMA {
		if u, ok := v.(*pyast.Starred); ok {
			p.errorf(u.OpPos, "starred assignment target must be in a list or tuple")
		}
		return v
	}
	list := []pyast.Expr{v}
	for p.tok == syntax.COMMA {
		p.nextToken()
		if terminatesExprList(p.tok) || p.tok == syntax.IN {
			break
		}
		list = append(list, p.parseLoopTarget())
	}
	t := &pyast.Tuple{List: list}
	p.checkStarTarget(t)
	return t
}

// parseLoopTarget parses an item of a for loop's target: a target, a
// starred one, or a parenthesized tuple of them (for i, (a, *b) in x).
func (p *parser) parseLoopTarget() pyast.Expr {
	switch p.tok {
	case syntax.STAR:
		pos := p.nextToken()
		return &pyast.Starred{OpPos: pos, Op: syntax.STAR, X: p.parsePrimaryWithSuffix()}
	case syntax.LPAREN, syntax.LBRACK:
		return p.parseParenLoopTarget()
	}
	return p.parseTarget()
}

// parseParenLoopTarget parses a parenthesized or bracketed item of a
// for loop's target, whose items may be starred.
func (p *parser) parseParenLoopTarget() pyast.Expr {
	open := p.tok
	close := map[syntax.Token]syntax.Token{syntax.LPAREN: syntax.RPAREN, syntax.LBRACK: syntax.RBRACK}[open]
	lpos := p.nextToken()
	var items []pyast.Expr
	comma := false
	for p.tok != close {
		items = append(items, p.parseLoopTarget())
		if p.tok != syntax.COMMA {
			break
		}
		p.nextToken()
		comma = true
	}
	rpos := p.consume(close)
	if open == syntax.LBRACK {
		l := &pyast.List{Lbrack: lpos, List: items, Rbrack: rpos, Store: true}
		p.checkStarTarget(l)
		return l
	}
	if len(items) == 1 && !comma {
		if u, ok := items[0].(*pyast.Starred); ok {
			p.errorf(u.OpPos, "cannot use starred expression here")
		}
		return &pyast.Paren{Lparen: lpos, X: items[0], Rparen: rpos}
	}
	t := &pyast.Tuple{Lparen: lpos, List: items, Rparen: rpos}
	p.checkStarTarget(t)
	return t
}

func (p *parser) parseTarget() pyast.Expr {
	if p.tok == syntax.STAR {
		p.unsupported("starred assignment targets")
	}
	return p.parsePrimaryWithSuffix()
}

func isDictEntry(x pyast.Expr) bool {
	_, ok := x.(*pyast.DictEntry)
	return ok
}

// atComprehension reports whether a list, set or dict display continues
// as a comprehension: for, or async for.
func (p *parser) atComprehension() bool {
	return p.tok == syntax.FOR || p.tok == syntax.ASYNC
}

// parseAsyncForClause parses "async for vars in x" of a comprehension
// that starts at lbrace (body's start when it has no bracket).
func (p *parser) parseAsyncForClause(lbrace syntax.Position, body pyast.Expr, endBrace syntax.Token) *pyast.ForClause {
	if !lbrace.IsValid() {
		lbrace = start(body)
	}
	if !p.inAsync {
		p.errorf(lbrace, "asynchronous comprehension outside of an asynchronous function")
	}
	if endBrace == syntax.RPAREN {
		p.unsupported("asynchronous generator expressions")
	}
	p.nextToken()
	if p.tok != syntax.FOR {
		p.syntaxError()
	}
	pos := p.nextToken()
	vars := p.parseForLoopVariables()
	in := p.consume(syntax.IN)
	x := p.parseTestPrec(0)
	return &pyast.ForClause{For: pos, Vars: vars, In: in, X: x, Async: true}
}
