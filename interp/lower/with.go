package lower

// This file lowers with statements (see LOWERING.md): a with item
// becomes a call of __sp_withcall with the body as a synthesized
// function, or, for a name that looks like a lock, a for loop over the
// entered block with that call as the fallback.

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

type withItem struct {
	x, target syntax.Expr
}

// with lowers with A as x, B: body.
func (l *lowerer) with(s *pyast.With) []syntax.Stmt {
	pos := s.With
	items := make([]withItem, len(s.Items))
	for i, it := range s.Items {
		items[i] = withItem{x: l.expr(it.X), target: l.expr(it.Target)}
	}
	outer := l.lockDepth
	l.lockDepth = 0
	body := l.stmts(s.Body)
	for i := len(items) - 1; i >= 0; i-- {
		if looksLikeLock(items[i].x) && l.lockDepth < maxLockDepth {
			body = l.withLock(pos, items[i], body)
			l.lockDepth++
		} else {
			body = l.withCall(pos, items[i], body, abi.TryBody+"w")
		}
	}
	l.lockDepth = max(outer, l.lockDepth)
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
func (l *lowerer) withLock(pos syntax.Position, it withItem, body []syntax.Stmt) []syntax.Stmt {
	blk := l.freshName(abi.Manager)
	slow := l.withCall(pos, withItem{x: ident(blk, pos), target: cloneExpr(it.target)}, cloneStmts(body), lockFuncPrefix)
	fast := l.withLoop(pos, it, ident(blk, pos), body)
	return []syntax.Stmt{
		assign(ident(blk, pos), call(abi.WithFast, syntax.Start(it.x), it.x), syntax.Start(it.x)),
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
func (l *lowerer) withCall(pos syntax.Position, it withItem, body []syntax.Stmt, prefix string) []syntax.Stmt {
	n := l.freshName("")
	mgr := ident(abi.Manager+n, pos)
	var stmts []syntax.Stmt
	if id, ok := it.x.(*syntax.Ident); ok && strings.HasPrefix(id.Name, abi.Manager) && isInternal(id, id.Name) {
		mgr = id // withLock's variable
	} else {
		stmts = append(stmts, assign(mgr, it.x, syntax.Start(it.x)))
	}
	enter := call(abi.Enter, syntax.Start(it.x), ident(mgr.Name, pos))
	if it.target != nil {
		stmts = append(stmts, assign(it.target, enter, pos))
	} else {
		stmts = append(stmts, exprStmt(enter))
	}
	var kinds statusKinds
	fn := statusFunc(prefix+n, nil, body, pos, &kinds)
	r := abi.Status + n
	stmts = append(stmts, fn, assign(ident(r, pos), call(abi.WithCall, pos, ident(mgr.Name, pos), ident(fn.Name.Name, pos)), pos))
	if check := kinds.check(r, pos); check != nil {
		stmts = append(stmts, check)
	}
	return stmts
}

// withLoop wraps body in for target in blk, the one-shot iterable of an
// entered with block (__sp_withfast(x)). A break or continue in body that
// targets an enclosing loop sets a flag, leaves the with-loop and is
// repeated after it.
func (l *lowerer) withLoop(pos syntax.Position, it withItem, blk syntax.Expr, body []syntax.Stmt) []syntax.Stmt {
	flag := ""
	used := map[syntax.Token]bool{}
	body = rewriteLoopExits(body, func(b *syntax.BranchStmt) []syntax.Stmt {
		if flag == "" {
			flag = l.freshName(abi.BreakFlag)
		}
		used[b.Token] = true
		return []syntax.Stmt{assign(ident(flag, b.TokenPos), intLit(exitCode(b.Token), b.TokenPos), b.TokenPos), branch(syntax.BREAK, b.TokenPos)}
	})
	target := it.target
	if target == nil {
		target = ident(abi.WithTarget, pos)
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
