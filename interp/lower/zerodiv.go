package lower

// This file defines the lowering of divisions whose divisor may be
// zero: the VM words a division by zero alike for ints and floats, and
// CPython by the operands' types ("division by zero", "float division by
// zero", "integer division or modulo by zero"...). See
// interp/pyrt/crosscmp.go and interp/pyrt/zerodivisor.go for the
// mappings the forms read.

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
// divisor y of / and // but a literal becomes __sp_R_div[y], which is y
// unless y is a numeric zero, which it hands over as a value that
// divides x itself and words the error alike (see
// interp/pyrt/zerodivisor.go). A division of two surely-int operands
// (plain gives plainType of each operand), or by a literal other than
// zero, is left to the VM, as is x % y for any other y: the VM's
// messages for those are CPython's ("integer modulo by zero", "float
// modulo"), and a str's % would format the value that stands for a
// zero.
func zeroDivision(x *syntax.BinaryExpr, plain [2]string) syntax.Expr {
	if !divisions[x.Op] || plain[0] == "int" && plain[1] == "int" {
		return x
	}
	if isZeroLit(x.Y) { // x / 0 fails unless x defines the division
		return call(abi.BinOp, x.OpPos, x.X, strLit(x.Op.String(), x.OpPos), x.Y)
	}
	if isSimple(x.Y) && !isIdent(x.Y) {
		return x // a literal divisor other than zero
	}
	y, ok := unparen(x.Y).(*syntax.Ident)
	if x.Op != syntax.PERCENT && (!ok && !isSimple(x.Y) || ok && opensScope(x.X)) && !madeUpRoot(x.Y) {
		x.Y = richIndex("div", false, x.Y, x.OpPos) // x can't be cloned (see opensScope)
		return x
	}
	if !ok || madeUpRoot(y) || opensScope(x.X) {
		return x
	}
	test := &syntax.IndexExpr{X: ident(abi.ZeroAlias, x.OpPos), Lbrack: x.OpPos, Y: ident(y.Name, y.NamePos), Rbrack: x.OpPos}
	slow := call(abi.BinOp, x.OpPos, cloneExpr(x.X), strLit(x.Op.String(), x.OpPos), ident(y.Name, y.NamePos))
	return &syntax.ParenExpr{Lparen: x.OpPos, X: &syntax.CondExpr{If: x.OpPos, Cond: test, True: slow, ElsePos: x.OpPos, False: x}, Rparen: x.OpPos}
}

// isZeroLit reports whether x is the literal 0 or 0.0.
func isZeroLit(x syntax.Expr) bool {
	x = unparen(x)
	if u, ok := x.(*syntax.UnaryExpr); ok && (u.Op == syntax.MINUS || u.Op == syntax.PLUS) {
		x = unparen(u.X)
	}
	lit, ok := x.(*syntax.Literal)
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

// augDivisor reports whether the divisor of x /= y or x //= y is to be
// read through __sp_R_div, as zeroDivision does for x / y: unless both
// are surely ints or y is a literal other than zero.
func (t *typer) augDivisor(st *syntax.AssignStmt, s *scope) bool {
	if st.Op != syntax.SLASH_EQ && st.Op != syntax.SLASHSLASH_EQ {
		return false
	}
	if isSimple(st.RHS) && !isIdent(unparen(st.RHS)) && !isZeroLit(st.RHS) {
		return false
	}
	return !t.intExpr(st.LHS, s) || !t.intExpr(st.RHS, s)
}
