package enum

// This file defines auto() placeholders and the expressions a class body
// builds from them (RW = R | W), evaluated once the members' values are
// known, as CPython's class namespace does when it assigns auto values.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// auto is an auto() placeholder in a class body; value, if set, is the
// value auto(value) gives; resolved is the value it got.
type auto struct{ value, resolved starlark.Value }

var (
	_ starlark.HasBinary = (*auto)(nil)
	_ starlark.HasBinary = (*autoExpr)(nil)
)

func (a *auto) Type() string          { return "auto" }
func (a *auto) Freeze()               {}
func (a *auto) Truth() starlark.Bool  { return true }
func (a *auto) Hash() (uint32, error) { return uint32(py.Addr(a)), nil }
func (a *auto) PyClass() *py.Class    { return AutoClass }

// String is CPython's repr: auto(value), or auto(_auto_null) if no
// value was given.
func (a *auto) String() string {
	if a.value == nil {
		return "auto(_auto_null)"
	}
	return "auto(" + py.Repr(a.value) + ")"
}

// Binary defers a bitwise operator on an auto value.
func (a *auto) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	return deferOp(a, op, y, side)
}

// autoExpr is x op y where an operand is an auto value.
type autoExpr struct {
	op   syntax.Token
	x, y starlark.Value
}

func (e *autoExpr) String() string        { return "<auto expression>" }
func (e *autoExpr) Type() string          { return "auto" }
func (e *autoExpr) Freeze()               {}
func (e *autoExpr) Truth() starlark.Bool  { return true }
func (e *autoExpr) Hash() (uint32, error) { return uint32(py.Addr(e)), nil }

// Binary defers a further operator.
func (e *autoExpr) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	return deferOp(e, op, y, side)
}

func deferOp(x starlark.Value, op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	switch op {
	case syntax.PIPE, syntax.AMP, syntax.CIRCUMFLEX, syntax.PLUS, syntax.MINUS, syntax.STAR:
	default:
		return nil, nil
	}
	if side == starlark.Right {
		x, y = y, x
	}
	return &autoExpr{op: op, x: x, y: y}, nil
}

// resolve returns the value of a body value: an auto's resolved value,
// an expression's result, or v itself.
func resolve(v starlark.Value) (starlark.Value, error) {
	switch v := v.(type) {
	case *auto:
		if v.resolved == nil {
			return nil, py.Raise(py.TypeError, "auto() value used before it was assigned")
		}
		return v.resolved, nil
	case *autoExpr:
		x, err := resolve(v.x)
		if err != nil {
			return nil, err
		}
		y, err := resolve(v.y)
		if err != nil {
			return nil, err
		}
		r, err := starlark.Binary(v.op, x, y)
		if err != nil {
			return nil, py.ToException(err)
		}
		return r, nil
	}
	return v, nil
}
