package lower

// This file computes the shapes of unpacking targets: a for loop or
// clause whose target is a tuple or list (for a, b in pairs) iterates
// through __sp_iter(X, shape), which hands the VM each item as a tuple
// or list of the target's length (unpacking a str, a generator or a
// user iterable by Python's protocol, with CPython's errors), and an
// assignment to a nested target (a, (b, c) = v) goes through
// __sp_unpack(v, shape).

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// unpackShape returns the shape of target x, or "" if x is not a tuple
// or list: a "." for each plain item, a "*" for a starred one and the
// shape of a nested tuple or list in parentheses, so that a, (b, c) is
// ".(..)" and a, *b is ".*".
func unpackShape(x syntax.Expr) string {
	items := targetItems(x)
	if items == nil {
		return ""
	}
	b := make([]byte, 0, len(items))
	for _, y := range items {
		if s := unpackShape(y); s != "" {
			b = append(append(append(b, '('), s...), ')')
		} else if isStarred(y) {
			b = append(b, '*')
		} else {
			b = append(b, '.')
		}
	}
	return string(b)
}

// nestedTarget reports whether the tuple or list target x has a tuple
// or list among its items.
func nestedTarget(x syntax.Expr) bool {
	for _, y := range targetItems(x) {
		if targetItems(y) != nil {
			return true
		}
	}
	return false
}

// loopIter returns fn(x), the iterable of a for loop or clause over x
// (abi.Iter, or abi.CompIter with its stop flag), with the shape of its
// target when it unpacks: __sp_iter(x, shape) or
// __sp_citer(x, stop, shape).
func loopIter(fn string, x syntax.Expr, shape string, stop bool) *syntax.CallExpr {
	pos := syntax.Start(x)
	args := []syntax.Expr{x}
	if fn == abi.CompIter && (stop || shape != "") {
		flag := "False"
		if stop {
			flag = "True"
		}
		args = append(args, ident(flag, pos))
	}
	if shape != "" {
		args = append(args, strLit(shape, pos))
	}
	return call(fn, pos, args...)
}

// loopTarget returns the shape of a for loop's or clause's target vars
// and the target the VM assigns: vars with its starred item (a, *b)
// plain, since the loop's iterable hands it the starred values as a
// list.
func loopTarget(vars syntax.Expr) (syntax.Expr, string) {
	shape := unpackShape(vars)
	if !strings.Contains(shape, "*") {
		return vars, shape
	}
	return unstarred(vars), shape
}

// unstarred returns the tuple or list target x with its starred items,
// nested ones too, made plain.
func unstarred(x syntax.Expr) syntax.Expr {
	if u, ok := x.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR {
		return u.X
	}
	items := targetItems(x)
	if items == nil {
		return x
	}
	plain := make([]syntax.Expr, len(items))
	for i, y := range items {
		plain[i] = unstarred(y)
	}
	return &syntax.TupleExpr{Lparen: syntax.Start(x), List: plain, Rparen: syntax.Start(x)}
}

// clauseShape returns the shape argument of a lowered clause's iterable
// __sp_iter(X, shape) or __sp_citer(X, stop, shape), or "".
func clauseShape(x syntax.Expr) string {
	if c, ok := x.(*syntax.CallExpr); ok && len(c.Args) > 1 {
		if lit, ok := c.Args[len(c.Args)-1].(*syntax.Literal); ok && lit.Token == syntax.STRING {
			return lit.Value.(string)
		}
	}
	return ""
}
