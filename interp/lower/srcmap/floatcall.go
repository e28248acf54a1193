package srcmap

// This file lets the float-division inference judge a parameter of the
// failing def by the argument its caller passed, when the caller called
// the def by name in the same file: def f(a, b): return a / b, called
// as f(1.5, 0). The VM clears the parameters as the def fails, but the
// traceback still says where the call was.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// floatDivisionCalled returns the SourceMap's check for the division
// that failed at p in a def called at call (see
// abi.SourceMap.FloatDivisionCalled).
func floatDivisionCalled(f *syntax.File, anchors map[abi.Pos]*anchor) func(p, call abi.Pos) bool {
	var ends defEnds
	return func(p, call abi.Pos) bool {
		left, right, ok := divisionOperands(f, anchors, p)
		if !ok {
			return false
		}
		inf := inferAt(f, p, ends.of(f))
		if !inf.inDef {
			return false
		}
		c := callOf(f, call, inf.def.Name.Name)
		caller := inferAt(f, call, ends.of(f))
		if c == nil || caller.def == inf.def {
			return false // no such call, or a recursive one (its arguments are the def's own)
		}
		def := inf.def
		inf.argFloat = func(name string) bool {
			if found, _ := inf.assignments(inf.scope, name); found {
				return false // the body rebinds it
			}
			arg := argumentFor(def, c, name)
			return arg != nil && caller.isFloat(arg)
		}
		return inf.isFloat(left) || inf.isFloat(right)
	}
}

// callOf returns the call of the function called name whose open
// parenthesis is at p, or nil.
func callOf(f *syntax.File, p abi.Pos, name string) *syntax.CallExpr {
	var found *syntax.CallExpr
	syntax.Walk(f, func(n syntax.Node) bool {
		if c, ok := n.(*syntax.CallExpr); ok && found == nil && pos(c.Lparen) == p {
			if id, ok := c.Fn.(*syntax.Ident); ok && id.Name == name {
				found = c
			}
		}
		return found == nil
	})
	return found
}

// argumentFor returns the argument that call c passes to d's parameter
// name, or nil: a positional argument before any *args, or name=value.
func argumentFor(d *syntax.DefStmt, c *syntax.CallExpr, name string) syntax.Expr {
	index := -1
	for i, p := range d.Params {
		if _, star := p.(*syntax.UnaryExpr); star {
			break
		}
		if paramName(p) == name {
			index = i
		}
	}
	positional := 0
	for _, a := range c.Args {
		switch a := a.(type) {
		case *syntax.UnaryExpr: // *args, **kwargs
			return nil
		case *syntax.BinaryExpr:
			if a.Op == syntax.EQ {
				if id, ok := a.X.(*syntax.Ident); ok && id.Name == name {
					return a.Y
				}
				continue
			}
		}
		if positional == index {
			return a
		}
		positional++
	}
	return nil
}
