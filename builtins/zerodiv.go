package builtins

// This file words a division by zero as CPython does from its operands'
// types, which the VM's messages don't tell (see interp/py/zerodiv.go).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// ZeroDivision returns CPython's ZeroDivisionError for x op y, where op
// is "/", "//" or "%" (or divmod) and y is a numeric zero, or nil.
func ZeroDivision(op string, x, y starlark.Value) error {
	x, y = boolToInt(x), boolToInt(y)
	if !isNumber(x) || !isNumber(y) || bool(y.Truth()) {
		return nil
	}
	_, xf := x.(starlark.Float)
	_, yf := y.(starlark.Float)
	float := xf || yf
	msg := ""
	switch {
	case op == "/" && float:
		msg = "float division by zero"
	case op == "/":
		msg = "division by zero"
	case op == "//" && float:
		msg = "float floor division by zero"
	case op == "//" || op == "divmod" && !float:
		msg = "integer division or modulo by zero"
	case op == "%" && float:
		msg = "float modulo"
	case op == "%":
		msg = "integer modulo by zero"
	case op == "divmod":
		msg = "float divmod()"
	default:
		return nil
	}
	return py.Raise(py.ZeroDivisionError, msg)
}
