package core

// This file words the VM's division by zero as CPython does for a float
// operand: the VM's message doesn't say the operands' types, and spindle
// calls the int's words ("division by zero", "integer division or
// modulo by zero") unless the failing expression shows a float operand.
// An operand shows it when it is a float literal, a float(...) call, a
// true division, a call of a function known to return a float, an
// arithmetic expression with such an operand, or a name whose every
// assignment in its scope is one of those (see zerodiv_infer.go).

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// floatDivMessages maps the VM's messages to CPython's for floats.
var floatDivMessages = map[string]string{
	"floating-point division by zero": "float division by zero",
	"floored division by zero":        "float floor division by zero",
}

// refineZeroDivision rewords e, a division by zero of the VM, when an
// operand of the failing expression is visibly a float. Call it with
// the GIL.
func (rt *Runtime) refineZeroDivision(e *Exception) {
	msg := e.floatMsg
	e.floatMsg = ""
	if len(e.Traceback) == 0 {
		return
	}
	pos := e.Traceback[len(e.Traceback)-1].Pos
	left, right, ok := rt.divisionOperands(pos)
	if !ok {
		return
	}
	inf := rt.inferAt(pos)
	if !inf.isFloat(left) && !inf.isFloat(right) {
		return
	}
	e.Args = starlark.Tuple{starlark.String(msg)}
	e.str = nil
}

// divisionOperands returns the operands of the division that failed at
// pos: a binary expression, or an augmented assignment (x /= y).
func (rt *Runtime) divisionOperands(pos syntax.Position) (left, right syntax.Expr, ok bool) {
	if a := rt.anchorAt(pos); a != nil {
		return a.left, a.right, a.kind == binopAnchor
	}
	rt.mu.Lock()
	f := rt.trees[pos.Filename()]
	rt.mu.Unlock()
	if f == nil {
		return nil, nil, false
	}
	syntax.Walk(f, func(n syntax.Node) bool {
		if as, isAssign := n.(*syntax.AssignStmt); isAssign && !ok && as.OpPos == pos &&
			(as.Op == syntax.SLASH_EQ || as.Op == syntax.SLASHSLASH_EQ) {
			left, right, ok = as.LHS, as.RHS, true
		}
		return !ok
	})
	return left, right, ok
}

// isFloatExpr reports whether x is visibly a float by itself: a float
// literal (possibly negated) or a float(...) call.
func isFloatExpr(x syntax.Expr) bool {
	switch x := unparen(x).(type) {
	case *syntax.Literal:
		return x.Token == syntax.FLOAT
	case *syntax.UnaryExpr:
		return (x.Op == syntax.MINUS || x.Op == syntax.PLUS) && isFloatExpr(x.X)
	case *syntax.CallExpr:
		id, ok := x.Fn.(*syntax.Ident)
		return ok && id.Name == "float"
	}
	return false
}
