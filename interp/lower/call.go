package lower

// This file lowers calls: zero-argument super(), calls of the methods in
// methodNames through __sp_method, a lone generator expression argument
// (see genexp.go), and the argument orders Starlark doesn't take.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// call lowers a call.
func (l *lowerer) call(x *pyast.Call) syntax.Expr {
	fn := l.callee(x.Fn)
	args := l.args(x.Args)
	fn, args = l.superCall(fn, args)
	if dot, ok := fn.(*syntax.DotExpr); ok && methodNames[dot.Name.Name] {
		args = append([]syntax.Expr{dot.X, strLit(dot.Name.Name, dot.Name.NamePos)}, args...)
		fn = ident(abi.Method, dot.Name.NamePos)
	}
	if c := genexpCall(fn, args, x.Lparen, x.Rparen); c != nil {
		return c
	}
	return &syntax.CallExpr{Fn: fn, Lparen: x.Lparen, Args: args, Rparen: x.Rparen}
}

// callee lowers a call's function. A method call x.start() reads the
// object's own attribute directly: a range's start, the one attribute
// rangeAttrLoad routes through __sp_dunder, is never called. A call of
// one of methodNames stays a method call (see call) where the receiver
// may be a function: name.isidentifier() in a file with a def name.
func (l *lowerer) callee(fn pyast.Expr) syntax.Expr {
	if a, ok := fn.(*pyast.Attr); ok && (rangeAttrNames[a.Name.Name] && !l.funcRecv(a.X) || methodNames[a.Name.Name] && l.funcRecv(a.X)) {
		return &syntax.DotExpr{Dot: a.Dot, X: l.expr(a.X), Name: name(a.Name)}
	}
	return l.expr(fn)
}

// args lowers the arguments of a call (or the bases of a class).
func (l *lowerer) args(list []pyast.Expr) []syntax.Expr {
	var args []syntax.Expr
	for _, a := range list {
		switch a := a.(type) {
		case *pyast.Keyword:
			args = append(args, binary(ref(a.Name), syntax.EQ, l.loadExpr(a.Value), a.EqPos))
		default: // a generator expression too
			args = append(args, l.loadExpr(a))
		}
	}
	if args == nil {
		return nil
	}
	return namedBeforeStars(args)
}

// superCall rewrites a zero-argument super() inside a method to
// __sp_super(C, self).
func (l *lowerer) superCall(fn syntax.Expr, args []syntax.Expr) (syntax.Expr, []syntax.Expr) {
	id, ok := fn.(*syntax.Ident)
	if !ok || id.Name != "super" || len(args) > 0 {
		return fn, args
	}
	for i := len(l.methods) - 1; i >= 0; i-- {
		if m := l.methods[i]; m.class != "" && m.self != "" {
			return ident(abi.Super, id.NamePos), []syntax.Expr{ident(m.class, id.NamePos), ident(m.self, id.NamePos)}
		}
	}
	return fn, args
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
	joined := &syntax.UnaryExpr{OpPos: star.OpPos, Op: syntax.STAR, X: call(abi.Star, star.OpPos, parts...)}
	return append([]syntax.Expr{joined}, kw...)
}
