package lower

// This file finds the variables that surely hold an int: every binding
// of one is an int literal, len(), ord() or int() of the builtins, an
// item of range(), or +, -, *, //, % of such values. A comparison
// with one needs no test for an operand that compares across types
// (see across.go).

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// rangeItem stands, as a binding's expression, for an item of range().
var rangeItem = &syntax.Literal{Token: syntax.INT, Raw: "0", Value: int64(0)}

// loopBinding returns the binding of a for loop's variable over iter,
// evaluated in s: an item of range() if iter is the lowered loop's
// __sp_lN = __sp_iter(range(...)) of the builtin range, else unknown.
func (t *typer) loopBinding(iter syntax.Expr, s *scope) binding {
	id, ok := iter.(*syntax.Ident)
	if !ok {
		return binding{}
	}
	owner, _ := t.lookup(s, id.Name)
	bs := t.binds[varKey{owner, id.Name}]
	if len(bs) != 1 || bs[0].x == nil {
		return binding{}
	}
	c, ok := bs[0].x.(*syntax.CallExpr)
	if !ok || !isInternal(c.Fn, abi.Iter) || len(c.Args) == 0 {
		return binding{}
	}
	r, ok := c.Args[0].(*syntax.CallExpr)
	if !ok || !isIdentNamed(r.Fn, "range") || !t.builtin("range", s) {
		return binding{}
	}
	return binding{x: rangeItem, s: s}
}

// solveInts computes t.ints, the variables that surely hold an int: it
// starts from every variable bound by expressions only and drops those
// with a binding that is not an int until none changes.
func (t *typer) solveInts() {
	t.ints = map[varKey]bool{}
	for k, bs := range t.binds {
		if k.s != nil && k.s.params[k.name] {
			continue
		}
		t.ints[k] = true
		for _, b := range bs {
			if b.x == nil {
				delete(t.ints, k)
				break
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for k := range t.ints {
			for _, b := range t.binds[k] {
				if !t.intExpr(b.x, b.s) {
					delete(t.ints, k)
					changed = true
					break
				}
			}
		}
	}
}

// intExpr reports whether x, evaluated in s, is surely an int, given
// t.ints.
func (t *typer) intExpr(x syntax.Expr, s *scope) bool {
	switch x := unparen(x).(type) {
	case *syntax.Literal:
		return x.Token == syntax.INT
	case *syntax.UnaryExpr:
		return (x.Op == syntax.MINUS || x.Op == syntax.PLUS) && t.intExpr(x.X, s)
	case *syntax.Ident:
		owner, _ := t.lookup(s, x.Name)
		return owner != nil && t.ints[varKey{owner, x.Name}]
	case *syntax.IndexExpr:
		return isInternal(x.X, abi.ListAdd) && t.intExpr(x.Y, s) // x += y as __sp_A[x] + y
	case *syntax.CallExpr:
		fn, ok := x.Fn.(*syntax.Ident)
		return ok && (fn.Name == "len" || fn.Name == "ord" || fn.Name == "int") && t.builtin(fn.Name, s)
	case *syntax.BinaryExpr:
		switch x.Op {
		case syntax.PLUS, syntax.MINUS, syntax.STAR, syntax.SLASHSLASH, syntax.PERCENT:
			return t.intExpr(x.X, s) && t.intExpr(x.Y, s)
		}
	}
	return false
}
