package lower

// This file lowers for and while loops: a for loop's iterable goes
// through __sp_iter, and a loop's else clause becomes a flag that break
// sets.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// forStmt lowers a for loop.
func (l *lowerer) forStmt(s *pyast.For) []syntax.Stmt {
	forpos := s.For
	vars, shape := loopTarget(l.expr(s.Target))
	x := l.expr(s.Iter)
	body := l.stmts(s.Body)
	var pre, post []syntax.Stmt
	iter := loopIter(abi.Iter, x, shape, false)
	x = iter
	if mayFailLate(iter.Args[0]) || len(iter.Args) > 1 {
		// The VM can't take an error from an iterator's Next (a dict
		// that changed size, an item that doesn't unpack); the iterable
		// keeps it for __sp_loopend.
		tmp := l.freshName(abi.LoopIter)
		pre = []syntax.Stmt{assign(ident(tmp, forpos), iter, forpos)}
		x = ident(tmp, forpos)
		post = []syntax.Stmt{exprStmt(call(abi.LoopEnd, forpos, ident(tmp, forpos)))}
	}
	loop := &syntax.ForStmt{For: forpos, Vars: vars, X: x, Body: body}
	if s.Else != nil {
		return append(pre, l.loopElse(loop, &loop.Body, s.ElsePos, s.Else, post)...)
	}
	return append(append(pre, loop), post...)
}

// mayFailLate reports whether iterating x might fail after the first
// element, an error the VM can't take from an iterator's Next. Only a
// value nobody else can change and whose iteration can't fail is
// exempt: a literal, a display or comprehension (a fresh list, tuple
// or dict), and the strs the lowering builds (f-strings, "lit" % y).
// A name, an attribute or a call may be a dict or an iterator whatever
// it is called: range, sorted or .items can be rebound, and a user
// object's .items() may return a generator.
func mayFailLate(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.Literal, *syntax.ListExpr, *syntax.TupleExpr, *syntax.DictExpr, *syntax.Comprehension:
		return false
	case *syntax.ParenExpr:
		return mayFailLate(x.X)
	case *syntax.CallExpr:
		return !isInternal(x.Fn, abi.FString) && !isInternal(x.Fn, abi.Percent) && !isInternal(x.Fn, abi.CompEnd)
	}
	return true
}

func (l *lowerer) whileStmt(s *pyast.While) []syntax.Stmt {
	loop := &syntax.WhileStmt{While: s.While, Cond: l.expr(s.Cond), Body: l.stmts(s.Body)}
	if s.Else != nil {
		return l.loopElse(loop, &loop.Body, s.ElsePos, s.Else, nil)
	}
	return []syntax.Stmt{loop}
}

// loopElse lowers a loop's else clause with a flag that break sets;
// post runs right after the loop.
func (l *lowerer) loopElse(loop syntax.Stmt, body *[]syntax.Stmt, elsepos syntax.Position, elseBody []pyast.Stmt, post []syntax.Stmt) []syntax.Stmt {
	orelse := l.stmts(elseBody)
	flag := l.freshName(abi.ElseFlag)
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
