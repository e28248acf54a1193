package pyrt

// This file defines __sp_R["num"], an operand of arithmetic that may be
// a bool (see interp/lower/boolarith.go).

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// numbers is __sp_R["num"]: __sp_R["num"][x] is x, or a boolOperand
// when x is a bool. Its Get is a method, not a helperMap's func: it runs
// for most arithmetic on values of unknown kind.
var numbers numOperands

type numOperands struct{ helperMap }

func init() { numbers.name = abi.RichOperand + "num" }

// Get returns x, or a boolOperand for a bool.
func (numOperands) Get(x starlark.Value) (starlark.Value, bool, error) {
	return asNum(x), true, nil
}

// boolOperand is a bool on its way to being an operand of arithmetic,
// which the VM refuses. The other operand doesn't know it and leaves
// the operation to its Binary (an instance defers to it), which does
// it through builtins.Binop as Python does: True + 1 is 2, True & False
// is False, and an error names the bool's type.
type boolOperand struct{ starlark.Bool }

var (
	_ py.DeferredOperand = boolOperand{}
	_ starlark.HasUnary  = boolOperand{}
)

func (boolOperand) DeferredOperand() {}

// Binary does x op b (b op x when b is on the left).
func (b boolOperand) Binary(op syntax.Token, x starlark.Value, side starlark.Side) (starlark.Value, error) {
	return binopWith(op, b.Bool, x, side)
}

// binopWith does v op x through builtins.Binop, or x op v when v, the
// value a deferred operand stands for, was on the right; x may be
// another deferred operand.
func binopWith(op syntax.Token, v, x starlark.Value, side starlark.Side) (starlark.Value, error) {
	x = unwrapOperand(x)
	if side == starlark.Left {
		return builtins.Binop(op.String(), v, x)
	}
	return builtins.Binop(op.String(), x, v)
}

// Unary does op b (-True is -1, ~True is -2).
func (b boolOperand) Unary(op syntax.Token) (starlark.Value, error) {
	return builtins.Unop(op.String(), b.Bool)
}

// unwrapOperand returns the value an operand stands for.
func unwrapOperand(x starlark.Value) starlark.Value {
	switch x := x.(type) {
	case boolOperand:
		return x.Bool
	case zeroDivisor:
		return x.Value
	}
	return x
}
