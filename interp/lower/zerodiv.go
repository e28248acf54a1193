package lower

// This file defines the lowering of divisions by a name: the VM words a
// division by zero alike for ints and floats, and CPython by the
// operands' types ("division by zero", "float division by zero",
// "integer division or modulo by zero"...). See interp/pyrt/crosscmp.go
// for the mapping the form reads.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// divisions are the operators that fail on a zero divisor.
var divisions = map[syntax.Token]bool{syntax.SLASH: true, syntax.SLASHSLASH: true, syntax.PERCENT: true}

// zeroDivision lowers x / y (also // and %; its operands lowered
// already) where y is a name to (__sp_binop(x, "/", y) if __sp_Rz[y]
// else x / y): __sp_Rz[y] is true for a numeric zero only, and
// __sp_binop words the error from both operands. Each operand is
// evaluated once. x / 0 becomes __sp_binop(x, "/", 0). Any other
// divisor y of / and // becomes __sp_R_div[y], which is y unless y is a
// numeric zero, which it hands over as a value that divides x itself
// and words the error alike (see interp/pyrt/zerodivisor.go). A
// division of two surely-int operands, or with a float literal, is left
// to the VM: its message is right for ints, and the traceback words one
// with a visible float (plain gives plainType of each operand). The
// divisor of an x % y is left to the traceback's judgement of the
// source (see py.Exception's refineZeroDivision), since a str's % would
// format the value that stands for a zero.
func zeroDivision(x *syntax.BinaryExpr, plain [2]string) syntax.Expr {
	if !divisions[x.Op] || plain[0] == "int" && plain[1] == "int" || plain[0] == "float" || plain[1] == "float" {
		return x
	}
	if isZeroLit(x.Y) { // x / 0 fails unless x defines the division
		return call(abi.BinOp, x.OpPos, x.X, strLit(x.Op.String(), x.OpPos), x.Y)
	}
	y, ok := unparen(x.Y).(*syntax.Ident)
	if !ok && x.Op != syntax.PERCENT && !isSimple(x.Y) && !madeUpRoot(x.Y) {
		x.Y = richIndex("div", false, x.Y, x.OpPos)
		return x
	}
	if !ok || madeUpRoot(y) {
		return x
	}
	test := &syntax.IndexExpr{X: ident(abi.ZeroAlias, x.OpPos), Lbrack: x.OpPos, Y: ident(y.Name, y.NamePos), Rbrack: x.OpPos}
	slow := call(abi.BinOp, x.OpPos, cloneExpr(x.X), strLit(x.Op.String(), x.OpPos), ident(y.Name, y.NamePos))
	return &syntax.ParenExpr{Lparen: x.OpPos, X: &syntax.CondExpr{If: x.OpPos, Cond: test, True: slow, ElsePos: x.OpPos, False: x}, Rparen: x.OpPos}
}

// isZeroLit reports whether x is the literal 0 or 0.0.
func isZeroLit(x syntax.Expr) bool {
	lit, ok := unparen(x).(*syntax.Literal)
	if !ok {
		return false
	}
	switch v := lit.Value.(type) {
	case int64:
		return v == 0
	case float64:
		return v == 0
	}
	return false
}
