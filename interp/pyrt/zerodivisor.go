package pyrt

// This file defines __sp_R["div"], the divisor of a / or // whose
// divisor is neither a name nor a literal (see
// interp/lower/zerodiv.go).

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// divisors is __sp_R["div"]: __sp_R["div"][y] is y, or a zeroDivisor
// when y is a numeric zero.
type divisors struct{}

var _ starlark.Mapping = divisors{}

func (divisors) String() string        { return "<built-in function " + abi.RichOperand + "div>" }
func (divisors) Type() string          { return "builtin_function_or_method" }
func (divisors) Freeze()               {}
func (divisors) Truth() starlark.Bool  { return true }
func (divisors) Hash() (uint32, error) { return 0, nil }

// Get returns y, or y as a zeroDivisor.
func (divisors) Get(y starlark.Value) (starlark.Value, bool, error) {
	if zero, _, _ := (zeroFlags{}).Get(y); zero == starlark.True {
		return zeroDivisor{y}, true, nil
	}
	return y, true, nil
}

// zeroDivisor is a numeric zero on its way to being the right operand
// of / or //. The VM words a division by zero alike for ints and
// floats; a left operand doesn't know a zeroDivisor and leaves the
// operation to its Binary, which divides by the zero through
// builtins.Binop, which words the error from both operands' types as
// CPython does.
type zeroDivisor struct{ zero starlark.Value }

var _ py.DeferredOperand = zeroDivisor{}

func (z zeroDivisor) String() string        { return z.zero.String() }
func (z zeroDivisor) Type() string          { return z.zero.Type() }
func (z zeroDivisor) Freeze()               {}
func (z zeroDivisor) Truth() starlark.Bool  { return false }
func (z zeroDivisor) Hash() (uint32, error) { return z.zero.Hash() }
func (z zeroDivisor) DeferredOperand()      {}

// Binary divides x by the zero (or, on the left, the zero by x).
func (z zeroDivisor) Binary(op syntax.Token, x starlark.Value, side starlark.Side) (starlark.Value, error) {
	if side == starlark.Left {
		return builtins.Binop(op.String(), z.zero, x)
	}
	return builtins.Binop(op.String(), x, z.zero)
}
