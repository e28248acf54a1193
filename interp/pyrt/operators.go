package pyrt

// This file defines the operators the typing pass lowers (see
// interp/parse/lower_typed.go): abi.BinOp and abi.UnOp, Python's
// arithmetic and comparisons where an operand may be a bool (Starlark
// has none).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// spBinop implements abi.BinOp(x, op, y): x op y where an operand may
// be a bool, which counts as the int 0 or 1 (& | ^ of two bools give a
// bool).
func spBinop(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 3 {
		return nil, py.Raise(py.SystemError, abi.BinOp+" takes 3 arguments")
	}
	op, _ := starlark.AsString(args[1])
	if op == "*" {
		if err := builtins.CheckRepeat(thread, args[0], args[2]); err != nil {
			return nil, err
		}
	}
	return builtins.Binop(op, args[0], args[2])
}

// spUnop implements abi.UnOp(op, x) for -x, +x and ~x.
func spUnop(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, py.Raise(py.SystemError, abi.UnOp+" takes 2 arguments")
	}
	op, _ := starlark.AsString(args[0])
	return builtins.Unop(op, args[1])
}
