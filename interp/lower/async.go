package lower

// This file lowers the statements of coroutines: async with and async
// for become try and while statements around await expressions, which
// are lowered like any others:
//
//	async with A as x:            __sp_awM = A
//	    body                      x = await __sp_awM.__aenter__()
//	                              __sp_awP = [True]
//	                              try:
//	                                  body
//	                              except BaseException as __sp_awE:
//	                                  __sp_awP[0] = False
//	                                  if not await __sp_awM.__aexit__(type(__sp_awE), __sp_awE, __sp_awE.__traceback__):
//	                                      raise
//	                              finally:
//	                                  if __sp_awP[0]:
//	                                      await __sp_awM.__aexit__(None, None, None)
//
//	async for x in X:             __sp_awI = __sp_aiter(X)
//	    body                      while True:
//	else:                             try:
//	    orelse                            x = await __sp_anext(__sp_awI)
//	                                  except StopAsyncIteration:
//	                                      orelse
//	                                      break
//	                                  body

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// asyncBuilder makes the nodes of a desugaring at one position.
type asyncBuilder struct {
	l   *lowerer
	pos syntax.Position
}

// fresh returns a maker of references to a new internal variable.
func (b asyncBuilder) fresh() func() *pyast.Ident {
	name := b.l.freshName(abi.AsyncVar)
	return func() *pyast.Ident { return &pyast.Ident{NamePos: b.pos, Name: name, Internal: true} }
}

func (b asyncBuilder) name(n string) *pyast.Ident { return &pyast.Ident{NamePos: b.pos, Name: n} }

func (b asyncBuilder) call(fn pyast.Expr, args ...pyast.Expr) *pyast.Call {
	return &pyast.Call{Fn: fn, Lparen: b.pos, Args: args, Rparen: b.pos}
}

func (b asyncBuilder) method(x pyast.Expr, name string, args ...pyast.Expr) *pyast.Call {
	return b.call(&pyast.Attr{X: x, Dot: b.pos, Name: b.name(name)}, args...)
}

func (b asyncBuilder) await(x pyast.Expr) *pyast.Await { return &pyast.Await{Await: b.pos, Value: x} }

func (b asyncBuilder) assign(target, x pyast.Expr) *pyast.Assign {
	return &pyast.Assign{Targets: []pyast.Expr{target}, OpPos: b.pos, Value: x}
}

// first returns x[0].
func (b asyncBuilder) first(x pyast.Expr) *pyast.Index {
	zero := &pyast.Literal{Token: syntax.INT, TokenPos: b.pos, Raw: "0", Value: int64(0)}
	return &pyast.Index{X: x, Lbrack: b.pos, Index: zero, Rbrack: b.pos}
}

// asyncWith lowers an async with statement, one item inside the other.
func (l *lowerer) asyncWith(s *pyast.With) []syntax.Stmt {
	return l.stmts(l.asyncWithItems(s.With, s.Items, s.Body))
}

func (l *lowerer) asyncWithItems(pos syntax.Position, items []*pyast.WithItem, body []pyast.Stmt) []pyast.Stmt {
	if len(items) == 0 {
		return body
	}
	b := asyncBuilder{l, pos}
	body = l.asyncWithItems(pos, items[1:], body)
	mgr, pending, exc := b.fresh(), b.fresh(), b.fresh()
	aenter := func() pyast.Expr {
		return b.await(b.call(&pyast.Ident{NamePos: pos, Name: abi.AEnter, Internal: true}, mgr()))
	}
	var enter pyast.Stmt = &pyast.ExprStmt{X: aenter()}
	if t := items[0].Target; t != nil {
		enter = b.assign(t, aenter())
	}
	exit := b.await(b.method(mgr(), "__aexit__", b.call(b.name("type"), exc()), exc(), &pyast.Attr{X: exc(), Dot: pos, Name: b.name("__traceback__")}))
	handler := []pyast.Stmt{
		b.assign(b.first(pending()), b.name("False")),
		&pyast.If{If: pos, Cond: &pyast.Unary{OpPos: pos, Op: syntax.NOT, X: exit}, Body: []pyast.Stmt{&pyast.Raise{Raise: pos}}},
	}
	final := &pyast.If{If: pos, Cond: b.first(pending()), Body: []pyast.Stmt{
		&pyast.ExprStmt{X: b.await(b.method(mgr(), "__aexit__", b.name("None"), b.name("None"), b.name("None")))}}}
	try := &pyast.Try{Try: pos, Body: body,
		Handlers:   []*pyast.Handler{{Except: pos, Type: b.name("BaseException"), Name: exc(), Body: handler}},
		FinallyPos: pos, Finally: []pyast.Stmt{final}}
	return []pyast.Stmt{b.assign(mgr(), items[0].X), enter, b.assign(pending(), &pyast.List{Lbrack: pos, List: []pyast.Expr{b.name("True")}, Rbrack: pos}), try}
}

// asyncFor lowers an async for statement.
func (l *lowerer) asyncFor(s *pyast.For) []syntax.Stmt {
	b := asyncBuilder{l, s.For}
	it := b.fresh()
	next := b.assign(s.Target, b.await(b.call(&pyast.Ident{NamePos: s.For, Name: abi.ANext, Internal: true}, it())))
	stop := append(append([]pyast.Stmt{}, s.Else...), &pyast.Break{Pos: s.For})
	try := &pyast.Try{Try: s.For, Body: []pyast.Stmt{next},
		Handlers: []*pyast.Handler{{Except: s.For, Type: b.name("StopAsyncIteration"), Body: stop}}}
	loop := &pyast.While{While: s.For, Cond: b.name("True"), Body: append([]pyast.Stmt{try}, s.Body...)}
	start := b.assign(it(), b.call(&pyast.Ident{NamePos: s.For, Name: abi.AIter, Internal: true}, s.Iter))
	return l.stmts([]pyast.Stmt{start, loop})
}
