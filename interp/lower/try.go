package lower

// This file lowers try statements (see LOWERING.md): the body, each
// handler, else and finally become synthesized functions passed to
// __sp_try, which return a status tuple for a return, break or continue
// that leaves them. Inside a loop the functions are made before it
// (try_hoist.go).

import (
	"fmt"
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// try lowers a try statement.
func (l *lowerer) try(s *pyast.Try) []syntax.Stmt {
	if len(s.Handlers) > 0 && s.Handlers[0].Star {
		s = l.exceptStar(s)
	}
	t := &tryClauses{pos: s.Try, body: l.stmts(s.Body), elsePos: s.ElsePos, final_: s.FinallyPos}
	for _, h := range s.Handlers {
		out := handler{pos: h.Except, matcher: l.expr(h.Type), body: l.stmts(h.Body)}
		if h.Name != nil {
			out.name = name(h.Name)
		}
		t.handlers = append(t.handlers, out)
	}
	t.orelse, t.final = l.block(s.Else), l.block(s.Finally)
	return l.lowerTry(t)
}

// tryClauses holds the lowered parts of a try statement.
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

// lowerTry lowers a try statement as LOWERING.md describes.
func (l *lowerer) lowerTry(t *tryClauses) []syntax.Stmt {
	n := l.freshName("")
	var kinds statusKinds
	var stmts []syntax.Stmt
	def := func(name string, params []syntax.Expr, body []syntax.Stmt, pos syntax.Position) syntax.Expr {
		stmts = append(stmts, statusFunc(name, params, body, pos, &kinds))
		return ident(name, pos)
	}
	bodyFn := def(abi.TryBody+n, nil, t.body, t.pos)
	var hs []syntax.Expr
	for i, h := range t.handlers {
		param := ident(abi.Exc, h.pos)
		if h.name != nil {
			param = h.name
		}
		name := fmt.Sprintf("%s%s_%d", abi.ExceptBody, n, i+1)
		var m syntax.Expr = ident(abi.NoneAlias, h.pos)
		if h.matcher != nil {
			m = classFunc(name+classSuffix, h.matcher, h.pos, &stmts)
		}
		hs = append(hs, m, def(name, []syntax.Expr{param}, h.body, h.pos))
	}
	// None as the module's global __sp_None: a global costs an index, the
	// name None a lookup in the VM's Universe map (see noneAlias).
	orelse, final := syntax.Expr(ident(abi.NoneAlias, t.pos)), syntax.Expr(ident(abi.NoneAlias, t.pos))
	if t.orelse != nil {
		orelse = def(abi.ElseBody+n, nil, t.orelse, t.elsePos)
	}
	if t.final != nil {
		final = def(abi.FinallyBody+n, nil, t.final, t.final_)
	}
	r := abi.Status + n
	tryCall := call(abi.Try, t.pos, append([]syntax.Expr{bodyFn, orelse, final}, hs...)...)
	stmts = append(stmts, assign(ident(r, t.pos), tryCall, t.pos))
	if check := kinds.check(r, t.pos); check != nil {
		stmts = append(stmts, check)
	}
	return stmts
}

// classSuffix ends the name of an except clause's class function:
// __sp_exc_N_i_c, a transparent try function (cells.go) hoisted with
// the others (try_hoist.go) whose frame is its caller's.
const classSuffix = "_c"

// classFunc appends to stmts def name(): return matcher, an except
// clause's class expression, which __sp_try calls only when an
// exception reaches the clause, as CPython evaluates it; it returns the
// function's name. The cell pass passes a builtin's name itself instead
// (directClass), which costs no call.
func classFunc(name string, matcher syntax.Expr, pos syntax.Position, stmts *[]syntax.Stmt) syntax.Expr {
	ret := &syntax.ReturnStmt{Return: pos, Result: matcher}
	*stmts = append(*stmts, &syntax.DefStmt{Def: pos, Name: ident(name, pos), Lparen: pos, Rparen: pos, Body: []syntax.Stmt{ret}})
	return ident(name, pos)
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
		if d, ok := s.(*syntax.DefStmt); ok && !strings.HasPrefix(d.Name.Name, abi.Prefix) {
			out = append(out, assign(ident(d.Name.Name, d.Name.NamePos), call(abi.MakeDef+d.Name.Name, d.Def), d.Def))
		}
	}
	return out
}

// wrapDef turns a user def inside a try body (a transparent scope) into
// def __sp_mk_f(): def f...; return f, so that f itself can be stored in
// the enclosing scope's cell by the assignment splitDefs added.
func wrapDef(d *syntax.DefStmt) syntax.Stmt {
	if strings.HasPrefix(d.Name.Name, abi.Prefix) {
		return d
	}
	ret := &syntax.ReturnStmt{Return: d.Def, Result: ident(d.Name.Name, d.Name.NamePos)}
	return &syntax.DefStmt{Def: d.Def, Name: ident(abi.MakeDef+d.Name.Name, d.Name.NamePos), Lparen: d.Def, Rparen: d.Def, Body: []syntax.Stmt{d, ret}}
}
