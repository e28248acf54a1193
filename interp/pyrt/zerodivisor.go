package pyrt

// This file defines __sp_R["div"], the divisor of a / or // whose
// divisor is neither a name nor a literal (see
// interp/lower/zerodiv.go).

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// divisors is __sp_R["div"]: __sp_R["div"][y] is y, or a zeroDivisor
// when y is a numeric zero, or a boolOperand when y is True.
var divisors = &helperMap{abi.RichOperand + "div", func(y starlark.Value) starlark.Value {
	if isZero(y) {
		return zeroDivisor{y}
	}
	if b, ok := y.(starlark.Bool); ok {
		return boolOperand{b}
	}
	return y
}}

// zeroDivisor is a numeric zero on its way to being the right operand
// of / or //. The VM words a division by zero alike for ints and
// floats; a left operand doesn't know a zeroDivisor and leaves the
// operation to its Binary, which divides by the zero through
// builtins.Binop, which words the error from both operands' types as
// CPython does.
type zeroDivisor struct{ starlark.Value }

var _ py.DeferredOperand = zeroDivisor{}

func (zeroDivisor) DeferredOperand() {}

// Binary divides x by the zero (or, on the left, the zero by x).
func (z zeroDivisor) Binary(op syntax.Token, x starlark.Value, side starlark.Side) (starlark.Value, error) {
	return binopWith(op, z.Value, x, side)
}
