package lower

// This file lowers a try statement whose handlers are except* clauses
// (PEP 654) to one with a single except clause that hands the exception
// to __sp_exstar (see abi.ExceptStar):
//
//	try:
//	    body
//	except BaseException as __sp_gxN:
//	    __sp_gxS = __sp_exstar("start", __sp_gxN)
//	    __sp_gxM = __sp_exstar("match", __sp_gxS, T1)
//	    if __sp_gxM is not None:
//	        try:
//	            try:
//	                __sp_exstar("throw", __sp_gxM)
//	            except BaseException as e1:     # the clause's name, or another
//	                __sp_exstar("caught", __sp_gxS, e1)
//	                handler body
//	        except BaseException as __sp_gxR:
//	            __sp_exstar("raised", __sp_gxS, __sp_gxR)
//	    ...the next clause
//	    __sp_exstar("end", __sp_gxS)
//
// so that a handler runs with its part of the group as the exception
// being handled (a bare raise re-raises it), and what is left unhandled
// or raised is raised again at the end, as CPython combines them.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// exceptStar returns s with its except* clauses lowered to one except.
func (l *lowerer) exceptStar(s *pyast.Try) *pyast.Try {
	pos := s.Handlers[0].Except
	internal := func(prefix string) func() *pyast.Ident {
		name := l.freshName(prefix)
		return func() *pyast.Ident { return &pyast.Ident{NamePos: pos, Name: name, Internal: true} }
	}
	caught, state := internal(abi.ExceptStarVar), internal(abi.ExceptStarVar)
	helper := func(at syntax.Position, op string, args ...pyast.Expr) *pyast.Call {
		fn := &pyast.Ident{NamePos: at, Name: abi.ExceptStar, Internal: true}
		return &pyast.Call{Fn: fn, Lparen: at, Args: append([]pyast.Expr{pyStr(op, at)}, args...), Rparen: at}
	}
	baseExc := func(at syntax.Position) pyast.Expr { return &pyast.Ident{NamePos: at, Name: "BaseException"} }
	body := []pyast.Stmt{&pyast.Assign{Targets: []pyast.Expr{state()}, OpPos: pos, Value: helper(pos, "start", caught())}}
	for _, h := range s.Handlers {
		at := h.Except
		match := internal(abi.ExceptStarVar)
		raised := internal(abi.ExceptStarVar)
		name := h.Name
		if name == nil {
			name = internal(abi.ExceptStarVar)()
		}
		inner := &pyast.Try{Try: at,
			Body: []pyast.Stmt{&pyast.ExprStmt{X: helper(at, "throw", match())}},
			Handlers: []*pyast.Handler{{Except: at, Type: baseExc(at), Name: name,
				Body: append([]pyast.Stmt{&pyast.ExprStmt{X: helper(at, "caught", state(), &pyast.Ident{NamePos: name.NamePos, Name: name.Name, Internal: name.Internal})}}, h.Body...)}}}
		outer := &pyast.Try{Try: at, Body: []pyast.Stmt{inner},
			Handlers: []*pyast.Handler{{Except: at, Type: baseExc(at), Name: raised(),
				Body: []pyast.Stmt{&pyast.ExprStmt{X: helper(at, "raised", state(), raised())}}}}}
		isMatch := &pyast.Compare{Operands: []pyast.Expr{match(), &pyast.Ident{NamePos: at, Name: "None"}}, Ops: []string{"is not"}, OpPos: []syntax.Position{at}}
		body = append(body,
			&pyast.Assign{Targets: []pyast.Expr{match()}, OpPos: at, Value: helper(at, "match", state(), h.Type)},
			&pyast.If{If: at, Cond: isMatch, Body: []pyast.Stmt{outer}})
	}
	body = append(body, &pyast.ExprStmt{X: helper(pos, "end", state())})
	out := *s
	out.Handlers = []*pyast.Handler{{Except: pos, Type: baseExc(pos), Name: caught(), Body: body}}
	return &out
}
