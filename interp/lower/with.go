package lower

// This file lowers with statements (see LOWERING.md). A with item takes
// the dual form: __sp_withfast(x) enters one of threading's locks and
// the body runs inline in a one-shot for loop; any other manager takes
// the full form, where the body is a synthesized function that
// __sp_withcall calls so that __exit__ sees its exception. Which form
// runs is decided by the manager's type at run time, never by the names
// in the source. The body is held twice, so the dual form is bounded:
// an item whose lowered body is larger than maxDualNodes, or that would
// nest more than maxDualDepth dual forms, takes the full form only, as
// do a body that defines a function (see definesFunc) and one that
// releases the with's own lock (see releasesManager).

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
	outer := l.dualDepth
	l.dualDepth = 0
	body := l.stmts(s.Body)
	for i := len(items) - 1; i >= 0; i-- {
		if l.dualDepth < maxDualDepth && countNodes(body) <= maxDualNodes && !definesFunc(body) && !releasesManager(items[i].x, body) {
			body = l.withDual(pos, items[i], body)
			l.dualDepth++
		} else {
			body = l.withCall(pos, items[i], body, abi.TryBody+"w")
		}
	}
	l.dualDepth = max(outer, l.dualDepth)
	return body
}

// The bounds of the dual form, which holds its body twice: at most
// maxDualDepth dual forms nest (the innermost ones), so a body appears
// at most 2^maxDualDepth times, and a body of more than maxDualNodes
// syntax nodes (nested forms included; about 100 lines) is not copied,
// so each with statement adds at most maxDualNodes nodes to the file.
const (
	maxDualDepth = 3
	maxDualNodes = 1000
)

// countNodes returns the number of syntax nodes in stmts.
func countNodes(stmts []syntax.Stmt) int {
	n := 0
	for _, st := range stmts {
		syntax.Walk(st, func(x syntax.Node) bool {
			if x != nil { // Walk calls f(nil) after a node's children
				n++
			}
			return true
		})
	}
	return n
}

// definesFunc reports whether stmts, a with body, define a function in
// the body's own scope. Such a body is not copied: the slow copy's
// def would bind the name through a cell (a def inside a synthesized
// function is, see LOWERING.md), which the fast copy's def can't.
func definesFunc(stmts []syntax.Stmt) bool {
	for _, st := range stmts {
		switch st := st.(type) {
		case *syntax.DefStmt:
			if !strings.HasPrefix(st.Name.Name, abi.Prefix) {
				return true
			}
		case *syntax.IfStmt:
			if definesFunc(st.True) || definesFunc(st.False) {
				return true
			}
		case *syntax.ForStmt:
			if definesFunc(st.Body) {
				return true
			}
		case *syntax.WhileStmt:
			if definesFunc(st.Body) {
				return true
			}
		}
	}
	return false
}

// withDual lowers a with item to the fast form when the value turns out
// to be one of threading's locks, whose exit ignores exceptions and
// can't block, and to the full form otherwise:
//
//	__sp_mN = x
//	__sp_mK = __sp_withfast(__sp_mN)   (entered, or None)
//	if __sp_mK:
//	    for target in __sp_mK: body    (see withLoop)
//	else:
//	    withCall's statements for __sp_mN, on a copy of body
func (l *lowerer) withDual(pos syntax.Position, it withItem, body []syntax.Stmt) []syntax.Stmt {
	start := syntax.Start(it.x)
	mgr, blk := l.freshName(abi.Manager), l.freshName(abi.Manager)
	slow := l.withCall(pos, withItem{x: ident(mgr, pos), target: cloneExpr(it.target)}, cloneStmts(body), lockFuncPrefix)
	fast := l.withLoop(pos, it, ident(blk, pos), body)
	return []syntax.Stmt{
		assign(ident(mgr, pos), it.x, start),
		assign(ident(blk, pos), call(abi.WithFast, start, ident(mgr, pos)), start),
		&syntax.IfStmt{If: pos, Cond: ident(blk, pos), True: fast, ElsePos: pos, False: slow},
	}
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
		mgr = id // withDual's variable
	} else {
		stmts = append(stmts, assign(mgr, it.x, syntax.Start(it.x)))
	}
	enter := call(abi.Enter, syntax.Start(it.x), ident(mgr.Name, pos))
	if it.target != nil {
		stmts = append(stmts, assign(it.target, nestedUnpack(it.target, enter, pos), pos))
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
