package core

// This file words the VM's division by zero as CPython does for a float
// operand, where the failing expression shows one: the VM's message
// doesn't say the operands' types, and spindle calls the int's words
// ("division by zero", "integer division or modulo by zero") otherwise.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// floatDivMessages maps the VM's messages to CPython's for floats.
var floatDivMessages = map[string]string{
	"floating-point division by zero": "float division by zero",
	"floored division by zero":        "float floor division by zero",
}

// refineZeroDivision rewords e, a division by zero of the VM, when an
// operand of the failing expression is visibly a float: a float literal
// (possibly negated) or a float(...) call. Call it with the GIL.
func (rt *Runtime) refineZeroDivision(e *Exception) {
	msg := e.floatMsg
	e.floatMsg = ""
	if len(e.Traceback) == 0 {
		return
	}
	a := rt.anchorAt(e.Traceback[len(e.Traceback)-1].Pos)
	if a == nil || a.Mark != abi.BinaryOp || !a.FloatOperand {
		return
	}
	e.Args = starlark.Tuple{starlark.String(msg)}
	e.str = nil
}
