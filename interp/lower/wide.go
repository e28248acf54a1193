package lower

// This file lowers calls with more arguments than go.starlark.net's
// bytecode can encode (255 positional and 255 keyword arguments; CPython
// has no such limit): f(a1, ..., a300) becomes f(*(a1, ..., a300)), and
// f(k1=v1, ..., k300=v300) becomes f(**{"k1": v1, ...}). The arguments
// are evaluated in the same order.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// maxCallArgs is the compiler's limit on each kind of argument.
const maxCallArgs = 255

// lowerWideCalls rewrites every call of the file that is over the limit.
func lowerWideCalls(f *syntax.File) {
	syntax.Walk(f, func(n syntax.Node) bool {
		if c, ok := n.(*syntax.CallExpr); ok && len(c.Args) > maxCallArgs {
			widenCall(c)
		}
		return true
	})
}

// widenCall moves the positional arguments of c into a *args tuple when
// there are too many, and its keyword arguments into a **kwargs dict.
func widenCall(c *syntax.CallExpr) {
	var positional, named []syntax.Expr
	var star, starstar syntax.Expr
	for _, a := range c.Args {
		switch a := a.(type) {
		case *syntax.UnaryExpr:
			if a.Op == syntax.STAR {
				star = a.X
				continue
			}
			if a.Op == syntax.STARSTAR {
				starstar = a.X
				continue
			}
		case *syntax.BinaryExpr:
			if a.Op == syntax.EQ {
				named = append(named, a)
				continue
			}
		}
		positional = append(positional, a)
	}
	if len(positional) > maxCallArgs {
		rest := syntax.Expr(tuple(c.Lparen, positional...))
		if star != nil {
			rest = call(abi.Star, c.Lparen, rest, star)
		}
		positional, star = nil, rest
	}
	if len(named) > maxCallArgs && starstar == nil {
		d := &syntax.DictExpr{Lbrace: c.Lparen, Rbrace: c.Lparen}
		for _, a := range named {
			kv := a.(*syntax.BinaryExpr)
			name := kv.X.(*syntax.Ident)
			d.List = append(d.List, &syntax.DictEntry{Key: strLit(name.Name, name.NamePos), Colon: kv.OpPos, Value: kv.Y})
		}
		named, starstar = nil, d
	}
	args := append(positional, named...)
	if star != nil {
		args = append(args, &syntax.UnaryExpr{OpPos: c.Lparen, Op: syntax.STAR, X: star})
	}
	if starstar != nil {
		args = append(args, &syntax.UnaryExpr{OpPos: c.Lparen, Op: syntax.STARSTAR, X: starstar})
	}
	c.Args = args
}
