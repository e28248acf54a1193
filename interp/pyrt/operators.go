package pyrt

// This file defines the operators the typing pass lowers (see
// interp/parse/lower_typed.go): abi.BinOp and abi.UnOp, Python's
// arithmetic and comparisons where an operand may be a bool (Starlark
// has none).

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

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
	args = starlark.Tuple{unwrapOperand(args[0]), args[1], unwrapOperand(args[2])} // a numeric loop variable's bool
	if op == "*" || op == "*=" {
		if err := builtins.CheckRepeat(thread, args[0], args[2]); err != nil {
			return nil, err
		}
	}
	if op == "<<" || op == "<<=" {
		if z, ok, err := builtins.LeftShift(thread, args[0], args[2]); ok {
			return z, err
		}
	}
	if op == "@=" {
		return py.InPlaceMatMul(args[0], args[2])
	}
	if tok, ok := augmented(op); ok {
		return inPlaceOp(thread, op, tok, args[0], args[2])
	}
	return builtins.Binop(op, args[0], args[2])
}

// augmented returns the binary operator of an augmented assignment
// "op=".
func augmented(op string) (syntax.Token, bool) {
	switch op {
	case "==", "!=", "<=", ">=":
		return 0, false
	}
	if len(op) < 2 || op[len(op)-1] != '=' {
		return 0, false
	}
	return builtins.BinopToken(op[:len(op)-1])
}

// nativeInPlace is a value defined in Go with in-place operators of its
// own (collections.deque's += and *=): nil (nil, nil) leaves x op= y
// to be x = x op y.
type nativeInPlace interface {
	InPlace(thread *starlark.Thread, op syntax.Token, y starlark.Value) (starlark.Value, error)
}

// inPlaceOp is x op= y, lowered so where x may be an instance defining
// the in-place method (see interp/lower/inplace.go): x.__iadd__(y) for
// +=, a native value's own (see nativeInPlace), a list extended in place by +=, a set (or a dict by |=) updated
// by |= &= -= ^= (builtins.Binop), else x = x op y.
func inPlaceOp(thread *starlark.Thread, op string, tok syntax.Token, x, y starlark.Value) (starlark.Value, error) {
	if n, ok := x.(nativeInPlace); ok {
		if z, err := n.InPlace(thread, tok, y); z != nil || err != nil {
			return z, err
		}
	}
	if o, ok := x.(*py.Instance); ok {
		if z, err := o.InPlace(tok, y); z != nil || err != nil {
			return z, err
		}
		if l, ok := py.Base(o).(*starlark.List); ok && tok == syntax.PLUS {
			return (&listExtender{l, o}).Binary(tok, y, starlark.Left) // a list subclass's += keeps the object
		}
	}
	if l, ok := x.(*starlark.List); ok && tok == syntax.PLUS {
		return (&listExtender{l, l}).Binary(tok, y, starlark.Left)
	}
	if tok == syntax.STAR {
		if l, ok := repeatTarget(x); ok {
			return repeatInPlace(l, x, y)
		}
	}
	switch op {
	case "|=", "&=", "-=", "^=":
		return builtins.Binop(op, x, y)
	}
	return builtins.Binop(op[:len(op)-1], x, y)
}

// repeatTarget returns the list that x *= y repeats in place: x's,
// where x is a list or an instance of a list subclass that defines no
// __imul__.
func repeatTarget(x starlark.Value) (*starlark.List, bool) {
	if o, ok := x.(*py.Instance); ok && !o.Overrides("__imul__") {
		x = py.Base(o)
	}
	l, ok := x.(*starlark.List)
	return l, ok
}

// repeatInPlace is l *= y, l being x's list: l's items repeated y
// times, in l itself, and x the result.
func repeatInPlace(l *starlark.List, x, y starlark.Value) (starlark.Value, error) {
	z, err := builtins.Binop("*", l, y)
	if err != nil {
		return nil, err
	}
	items := z.(*starlark.List)
	if err := l.Clear(); err != nil {
		return nil, err
	}
	for i := 0; i < items.Len(); i++ {
		if err := l.Append(items.Index(i)); err != nil {
			return nil, err
		}
	}
	return x, nil
}

// spUnop implements abi.UnOp(op, x) for -x, +x and ~x.
func spUnop(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, py.Raise(py.SystemError, abi.UnOp+" takes 2 arguments")
	}
	op, _ := starlark.AsString(args[0])
	return builtins.Unop(op, args[1])
}
