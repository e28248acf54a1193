package builtins

// This file defines Python's binary and unary operators where they
// differ from Starlark's: arithmetic and comparisons on bools (Starlark
// has none), for the operator module and the runtime of lowered code.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

var binopTokens = map[string]syntax.Token{
	"+": syntax.PLUS, "-": syntax.MINUS, "*": syntax.STAR, "/": syntax.SLASH,
	"//": syntax.SLASHSLASH, "%": syntax.PERCENT, "&": syntax.AMP, "|": syntax.PIPE,
	"^": syntax.CIRCUMFLEX, "<<": syntax.LTLT, ">>": syntax.GTGT,
}

// Binop returns x op y with Python semantics for a binary operator
// (+ - * / // % & | ^ << >>), a comparison, in or "not in": a bool
// operand counts as the int 0 or 1, and & | ^ of two bools give a bool.
// The augmented "|=", "&=", "-=" and "^=" update a set in place; "@"
// calls __matmul__ or __rmatmul__.
func Binop(op string, x, y starlark.Value) (starlark.Value, error) {
	switch op {
	case "|=", "&=", "-=", "^=":
		return inPlace(op, x, y)
	case "@":
		return py.MatMul(x, y)
	}
	tok, arith := binopTokens[op]
	switch {
	case op == "in" || op == "not in":
		return containsBool(op, x, y)
	case !arith:
		r, err := Compare(op, x, y)
		return starlark.Bool(r), err
	}
	if bx, ok := x.(starlark.Bool); ok {
		if by, ok := y.(starlark.Bool); ok && (tok == syntax.AMP || tok == syntax.PIPE || tok == syntax.CIRCUMFLEX) {
			return boolBits(tok, bx, by), nil
		}
	}
	xi, yi, converted := x, y, false
	if _, fmt := x.(starlark.String); (!fmt || tok != syntax.PERCENT) && !isInstance(x) && !isInstance(y) {
		xi, yi = boolToInt(x), boolToInt(y) // "%s" % True stays True; an object's __add__ gets the bool
		converted = isBool(x) || isBool(y)
	}
	if z, err := shiftByObject(tok, xi, yi); z != nil || err != nil {
		return z, err
	}
	z, err := starlark.Binary(tok, xi, yi)
	if err != nil {
		if zerr := ZeroDivision(op, x, y); zerr != nil {
			return nil, zerr
		}
		e, isExc := py.AsException(err)
		boolRefused := isExc && e.Class == py.TypeError && converted // a str subclass's + True
		if !py.UnsupportedOp(tok, err) && !boolRefused || !isBool(x) && !isBool(y) {
			return nil, err // no second try: it would call an object's __add__ again
		}
		if isInstance(x) || isInstance(y) {
			return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op, py.TypeName(x), py.TypeName(y))
		}
		if _, err2 := starlark.Binary(tok, x, y); err2 != nil {
			return nil, err2 // the message names bool, as CPython's does
		}
	}
	return z, err
}

// shiftByObject is int << y and int >> y for y an object of a type
// with binary operators (a __rlshift__): the VM fails such a shift
// before asking y. It returns nil, nil for anything else.
func shiftByObject(tok syntax.Token, x, y starlark.Value) (starlark.Value, error) {
	if tok != syntax.LTLT && tok != syntax.GTGT {
		return nil, nil
	}
	_, isInt := x.(starlark.Int)
	if hb, ok := y.(starlark.HasBinary); ok && isInt {
		return hb.Binary(tok, x, starlark.Right)
	}
	return nil, nil
}

// BinopToken returns the token of a binary operator (+ - * / // % & |
// ^ << >>).
func BinopToken(op string) (syntax.Token, bool) {
	tok, ok := binopTokens[op]
	return tok, ok
}

// isBool reports whether x is a bool.
func isBool(x starlark.Value) bool {
	_, ok := x.(starlark.Bool)
	return ok
}

// isInstance reports whether x is an instance of a user class that
// holds no builtin value (not an int subclass's): its methods get a
// bool operand as it is.
func isInstance(x starlark.Value) bool {
	o, ok := x.(*py.Instance)
	return ok && py.Base(o) == starlark.Value(o)
}

func boolBits(tok syntax.Token, x, y starlark.Bool) starlark.Bool {
	switch tok {
	case syntax.AMP:
		return x && y
	case syntax.PIPE:
		return x || y
	}
	return x != y
}

// containsBool answers b in c for a bool b, which Python finds where c
// holds the equal int (True in [1]).
func containsBool(op string, x, y starlark.Value) (starlark.Value, error) {
	found, err := Compare("in", x, y)
	if err == nil && !found && x != boolToInt(x) {
		found, err = Compare("in", boolToInt(x), y)
	}
	return starlark.Bool(found == (op == "in")), err
}

// Unop returns op x for op "-", "+" or "~", a bool counting as an int.
func Unop(op string, x starlark.Value) (starlark.Value, error) {
	tok := map[string]syntax.Token{"-": syntax.MINUS, "+": syntax.PLUS, "~": syntax.TILDE}[op]
	if tok == 0 {
		return nil, py.Raisef(py.SystemError, "bad unary operator %q", op)
	}
	return starlark.Unary(tok, boolToInt(x))
}
