package parse

// This file defines the parsing and lowering of with and try
// statements (see LOWERING.md): a with item becomes a for loop over
// __sp_with, and a try becomes synthesized functions passed to __sp_try.

import (
	"fmt"
	"strings"

	"go.starlark.net/syntax"
)

type withItem struct {
	x, target syntax.Expr
}

// parseWithStmt parses with A as x, B: and its parenthesized form.
func (p *parser) parseWithStmt() []syntax.Stmt {
	pos := p.nextToken()
	var items []withItem
	if p.tok == syntax.LPAREN && p.parenthesizedItems() {
		p.nextToken()
		items = p.parseWithItems(syntax.RPAREN)
		p.consume(syntax.RPAREN)
	} else {
		items = p.parseWithItems(syntax.COLON)
	}
	p.consumeHeaderColon()
	outer := p.lockDepth
	p.lockDepth = 0
	body := p.parseSuite("'with' statement", pos.Line)
	for i := len(items) - 1; i >= 0; i-- {
		switch {
		case !p.lower:
			body = p.withLoop(pos, items[i], call("__sp_with", syntax.Start(items[i].x), items[i].x), body)
		case looksLikeLock(items[i].x) && p.lockDepth < maxLockDepth:
			body = p.withLock(pos, items[i], body)
			p.lockDepth++
		default:
			body = p.withCall(pos, items[i], body, "__sp_try_w")
		}
	}
	p.lockDepth = max(outer, p.lockDepth)
	return body
}

// maxLockDepth bounds the nesting of withLock forms, each of which holds
// its body twice.
const maxLockDepth = 3

// withLock lowers a with item whose name looks like a lock: the fast
// form when the value turns out to be a native lock (or another native
// context manager, which ignores exceptions), the full form otherwise:
//
//	__sp_mN = __sp_withfast(x)   (entered, or a false block holding x)
//	if __sp_mN:
//	    for target in __sp_mN: body    (see withLoop)
//	else:
//	    withCall's statements for __sp_mN, on a copy of body
func (p *parser) withLock(pos syntax.Position, it withItem, body []syntax.Stmt) []syntax.Stmt {
	blk := p.freshName("__sp_m")
	slow := p.withCall(pos, withItem{x: ident(blk, pos), target: cloneExpr(it.target)}, cloneStmts(body), lockFuncPrefix)
	fast := p.withLoop(pos, it, ident(blk, pos), body)
	return []syntax.Stmt{
		assign(ident(blk, pos), call("__sp_withfast", syntax.Start(it.x), it.x), syntax.Start(it.x)),
		&syntax.IfStmt{If: pos, Cond: ident(blk, pos), True: fast, ElsePos: pos, False: slow},
	}
}

// looksLikeLock reports whether a with item is, by its name, a lock-like
// value (lock, self._lock, cond, sem...). Those take the fast lowering,
// a for loop whose iterator's Done exits: it costs no function call, and
// native locks ignore the exception an exit would be told about. Other
// context managers take withCall, which gives __exit__ the exception and
// lets it suppress the error, as Python does.
func looksLikeLock(x syntax.Expr) bool {
	name := ""
	switch x := x.(type) {
	case *syntax.Ident:
		name = x.Name
	case *syntax.DotExpr:
		name = x.Name.Name
	}
	name = strings.ToLower(name)
	for _, w := range []string{"lock", "mutex", "cond", "sem", "cv", "guard", "latch"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// withCall lowers one with item with Python's full semantics:
//
//	__sp_mN = x
//	target = __sp_enter(__sp_mN)
//	def __sp_try_wN(): body        (a transparent scope, as a try body)
//	__sp_rN = __sp_withcall(__sp_mN, __sp_try_wN)
//
// __sp_withcall calls the body, then __exit__ with the exception (or
// Nones); a true result suppresses the exception.
func (p *parser) withCall(pos syntax.Position, it withItem, body []syntax.Stmt, prefix string) []syntax.Stmt {
	n := p.freshName("")
	mgr := ident("__sp_m"+n, pos)
	var stmts []syntax.Stmt
	if id, ok := it.x.(*syntax.Ident); ok && strings.HasPrefix(id.Name, "__sp_m") && isInternal(id, id.Name) {
		mgr = id // withLock's variable
	} else {
		stmts = append(stmts, assign(mgr, it.x, syntax.Start(it.x)))
	}
	enter := call("__sp_enter", syntax.Start(it.x), ident(mgr.Name, pos))
	if it.target != nil {
		stmts = append(stmts, assign(it.target, enter, pos))
	} else {
		stmts = append(stmts, exprStmt(enter))
	}
	var kinds statusKinds
	fn := statusFunc(prefix+n, nil, body, pos, &kinds)
	r := "__sp_r" + n
	stmts = append(stmts, fn, assign(ident(r, pos), call("__sp_withcall", pos, ident(mgr.Name, pos), ident(fn.Name.Name, pos)), pos))
	if check := kinds.check(r, pos); check != nil {
		stmts = append(stmts, check)
	}
	return stmts
}

func (p *parser) parseWithItems(end syntax.Token) []withItem {
	var items []withItem
	for {
		it := withItem{x: p.parseTest()}
		if p.tok == syntax.AS {
			p.nextToken()
			it.target = p.parseTarget()
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

// withLoop wraps body in for target in blk, the one-shot iterable of an
// entered with block (__sp_with(x)). A break or continue in body that
// targets an enclosing loop sets a flag, leaves the with-loop and is
// repeated after it.
func (p *parser) withLoop(pos syntax.Position, it withItem, blk syntax.Expr, body []syntax.Stmt) []syntax.Stmt {
	flag := ""
	used := map[syntax.Token]bool{}
	body = rewriteLoopExits(body, func(b *syntax.BranchStmt) []syntax.Stmt {
		if flag == "" {
			flag = p.freshName("__sp_b")
		}
		used[b.Token] = true
		return []syntax.Stmt{assign(ident(flag, b.TokenPos), intLit(exitCode(b.Token), b.TokenPos), b.TokenPos), branch(syntax.BREAK, b.TokenPos)}
	})
	target := it.target
	if target == nil {
		target = ident("__sp_w", pos)
	}
	loop := &syntax.ForStmt{For: pos, Vars: target, X: blk, Body: body}
	if flag == "" {
		return []syntax.Stmt{loop}
	}
	stmts := []syntax.Stmt{assign(ident(flag, pos), intLit(0, pos), pos), loop}
	for _, tok := range []syntax.Token{syntax.BREAK, syntax.CONTINUE} {
		if used[tok] {
			cond := binary(ident(flag, pos), syntax.EQL, intLit(exitCode(tok), pos), pos)
			stmts = append(stmts, ifStmt(cond, pos, branch(tok, pos)))
		}
	}
	return stmts
}

func exitCode(tok syntax.Token) int64 {
	if tok == syntax.BREAK {
		return 1
	}
	return 2
}

// tryClauses holds the parts of a try statement.
type tryClauses struct {
	pos             syntax.Position
	body            []syntax.Stmt
	handlers        []handler
	orelse, final   []syntax.Stmt
	elsePos, final_ syntax.Position
}

type handler struct {
	pos     syntax.Position
	matcher syntax.Expr // nil for a bare except
	name    *syntax.Ident
	body    []syntax.Stmt
}

func (p *parser) parseTryStmt() []syntax.Stmt {
	t := &tryClauses{pos: p.nextToken()}
	p.consume(syntax.COLON)
	t.body = p.parseSuite("'try' statement", t.pos.Line)
	for p.tok == syntax.EXCEPT {
		t.handlers = append(t.handlers, p.parseHandler())
	}
	if p.tok == syntax.ELSE && len(t.handlers) > 0 {
		t.elsePos = p.nextToken()
		p.consume(syntax.COLON)
		t.orelse = p.parseSuite("'else' statement", t.elsePos.Line)
	}
	if p.tok == syntax.FINALLY {
		t.final_ = p.nextToken()
		p.consume(syntax.COLON)
		t.final = p.parseSuite("'finally' statement", t.final_.Line)
	}
	if len(t.handlers) == 0 && t.final == nil {
		e := p.in.newError(p.tokval.pos, "SyntaxError", "expected 'except' or 'finally' block")
		e.eof = p.tok == syntax.EOF
		panic(e)
	}
	return p.lowerTry(t)
}

func (p *parser) parseHandler() handler {
	h := handler{pos: p.nextToken()}
	if p.tok == syntax.STAR {
		p.unsupported("'except*'")
	}
	if p.tok != syntax.COLON {
		h.matcher = p.parseTest()
		if p.tok == syntax.COMMA {
			p.errorf(syntax.Start(h.matcher), "multiple exception types must be parenthesized")
		}
		if p.tok == syntax.AS {
			p.nextToken()
			h.name = p.parseIdent()
		}
	}
	p.consumeHeaderColon()
	h.body = p.parseSuite("'except' statement", h.pos.Line)
	return h
}

// lowerTry lowers a try statement as LOWERING.md describes.
func (p *parser) lowerTry(t *tryClauses) []syntax.Stmt {
	n := p.freshName("")
	var kinds statusKinds
	var stmts []syntax.Stmt
	def := func(name string, params []syntax.Expr, body []syntax.Stmt, pos syntax.Position) syntax.Expr {
		stmts = append(stmts, statusFunc(name, params, body, pos, &kinds))
		return ident(name, pos)
	}
	bodyFn := def("__sp_try_"+n, nil, t.body, t.pos)
	var hs []syntax.Expr
	for i, h := range t.handlers {
		param := ident("__sp_e", h.pos)
		if h.name != nil {
			param = h.name
		}
		var m syntax.Expr = ident("None", h.pos)
		if h.matcher != nil {
			m = h.matcher
		}
		hs = append(hs, m, def(fmt.Sprintf("__sp_exc_%s_%d", n, i+1), []syntax.Expr{param}, h.body, h.pos))
	}
	orelse, final := syntax.Expr(ident("None", t.pos)), syntax.Expr(ident("None", t.pos))
	if t.orelse != nil {
		orelse = def("__sp_else_"+n, nil, t.orelse, t.elsePos)
	}
	if t.final != nil {
		final = def("__sp_fin_"+n, nil, t.final, t.final_)
	}
	r := "__sp_r" + n
	tryCall := call("__sp_try", t.pos, bodyFn, tuple(t.pos, hs...), orelse, final)
	stmts = append(stmts, assign(ident(r, t.pos), tryCall, t.pos))
	if check := kinds.check(r, t.pos); check != nil {
		stmts = append(stmts, check)
	}
	return stmts
}

// statusKinds records which exits the synthesized functions return.
type statusKinds struct{ ret, brk, cont bool }

// check returns the statement that replays the exit status in r.
func (k *statusKinds) check(r string, pos syntax.Position) syntax.Stmt {
	var body []syntax.Stmt
	kind := func(n int64) syntax.Expr {
		return binary(&syntax.IndexExpr{X: ident(r, pos), Lbrack: pos, Y: intLit(0, pos), Rbrack: pos}, syntax.EQL, intLit(n, pos), pos)
	}
	if k.ret {
		result := &syntax.IndexExpr{X: ident(r, pos), Lbrack: pos, Y: intLit(1, pos), Rbrack: pos}
		body = append(body, ifStmt(kind(1), pos, &syntax.ReturnStmt{Return: pos, Result: result}))
	}
	if k.brk {
		body = append(body, ifStmt(kind(2), pos, branch(syntax.BREAK, pos)))
	}
	if k.cont {
		body = append(body, ifStmt(kind(3), pos, branch(syntax.CONTINUE, pos)))
	}
	if body == nil {
		return nil
	}
	return ifStmt(binary(ident(r, pos), syntax.NEQ, ident("None", pos), pos), pos, body...)
}

// statusFunc returns def name(params): body, with return, and the
// break and continue that leave body, turned into status tuples.
func statusFunc(name string, params []syntax.Expr, body []syntax.Stmt, pos syntax.Position, k *statusKinds) *syntax.DefStmt {
	body = rewriteStatus(body, false, k)
	return &syntax.DefStmt{Def: pos, Name: ident(name, pos), Lparen: pos, Params: params, Rparen: pos, Body: body}
}

func rewriteStatus(stmts []syntax.Stmt, inLoop bool, k *statusKinds) []syntax.Stmt {
	stmts = splitDefs(stmts)
	for i, s := range stmts {
		switch s := s.(type) {
		case *syntax.ReturnStmt:
			k.ret = true
			result := s.Result
			if result == nil {
				result = ident("None", s.Return)
			}
			s.Result = tuple(s.Return, intLit(1, s.Return), result)
		case *syntax.BranchStmt:
			if s.Token == syntax.PASS || inLoop {
				continue
			}
			code := int64(2)
			if s.Token == syntax.CONTINUE {
				code, k.cont = 3, true
			} else {
				k.brk = true
			}
			stmts[i] = &syntax.ReturnStmt{Return: s.TokenPos, Result: tuple(s.TokenPos, intLit(code, s.TokenPos), ident("None", s.TokenPos))}
		case *syntax.IfStmt:
			s.True = rewriteStatus(s.True, inLoop, k)
			s.False = rewriteStatus(s.False, inLoop, k)
		case *syntax.ForStmt:
			s.Body = rewriteStatus(s.Body, true, k)
		case *syntax.WhileStmt:
			s.Body = rewriteStatus(s.Body, true, k)
		case *syntax.DefStmt:
			stmts[i] = wrapDef(s)
		}
	}
	return stmts
}

// splitDefs makes room after each user def for the assignment that
// wrapDef needs.
func splitDefs(stmts []syntax.Stmt) []syntax.Stmt {
	var out []syntax.Stmt
	for _, s := range stmts {
		out = append(out, s)
		if d, ok := s.(*syntax.DefStmt); ok && !strings.HasPrefix(d.Name.Name, "__sp_") {
			out = append(out, assign(ident(d.Name.Name, d.Name.NamePos), call("__sp_mk_"+d.Name.Name, d.Def), d.Def))
		}
	}
	return out
}

// wrapDef turns a user def inside a try body (a transparent scope) into
// def __sp_mk_f(): def f...; return f, so that f itself can be stored in
// the enclosing scope's cell by the assignment splitDefs added.
func wrapDef(d *syntax.DefStmt) syntax.Stmt {
	if strings.HasPrefix(d.Name.Name, "__sp_") {
		return d
	}
	ret := &syntax.ReturnStmt{Return: d.Def, Result: ident(d.Name.Name, d.Name.NamePos)}
	return &syntax.DefStmt{Def: d.Def, Name: ident("__sp_mk_"+d.Name.Name, d.Name.NamePos), Lparen: d.Def, Rparen: d.Def, Body: []syntax.Stmt{d, ret}}
}
