package py

import "go.starlark.net/starlark"

// A DeferredOperand is a right operand that does a binary operation
// itself, whatever the left operand is: the zero divisor of a division
// whose divisor the source doesn't show the type of (see
// interp/pyrt/zerodivisor.go). Instance.Binary leaves the operation to
// it, so that a __truediv__ is called with the zero itself.
type DeferredOperand interface {
	starlark.HasBinary
	DeferredOperand()
}
