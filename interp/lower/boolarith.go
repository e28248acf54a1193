package lower

// This file defines the lowering of arithmetic on operands that may be
// bools. The VM's opcodes refuse a bool (True + 1 fails), so an operand
// of unknown kind is read through __sp_R_num, which returns it as is
// unless it is a bool, and then a value whose Binary does Python's
// arithmetic (see interp/pyrt/boolnum.go). Operands of statically known
// kinds cost nothing: bools go to __sp_binop (typed.go), numbers, strs
// and containers to the VM.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// boolArith are the operators whose VM opcode refuses a bool operand
// that Python takes as an int.
var boolArith = map[syntax.Token]bool{
	syntax.PLUS: true, syntax.MINUS: true, syntax.STAR: true, syntax.SLASH: true,
	syntax.SLASHSLASH: true, syntax.PERCENT: true, syntax.LTLT: true, syntax.GTGT: true,
	syntax.AMP: true, syntax.PIPE: true, syntax.CIRCUMFLEX: true,
}

// mayBeBool reports whether x, of kind k, may be a bool that the typing
// pass can't see: of unknown kind, and not surely an int nor surely not
// a bool (notbool.go).
func (t *typer) mayBeBool(x syntax.Expr, k kind, s *scope) bool {
	return k == kUnknown && !t.intExpr(x, s) && !t.notBoolExpr(x, s)
}

// mayBeNum reports whether a value of kind k may be a number, with
// which a bool does arithmetic (with a str or a list, a bool is an
// error the VM words as CPython does).
func mayBeNum(k kind) bool { return k == kUnknown || k == kNum }

// numOperand reads x through __sp_R_num (see the file comment).
func numOperand(x syntax.Expr, pos syntax.Position) syntax.Expr {
	return richIndex("num", false, x, pos)
}

// boolAugAssign lowers n op= y where n, a name, may be a bool that the
// typing pass can't see (a parameter: def inc(n): n += 1, which another
// module calls with True) and y may be a number. When y is surely a
// number (so n is no list that += extends in place), it becomes
// n = n op y, whose operands the binary lowering reads through
// __sp_R_num; else n += y is left to checkedAssign, whose __sp_A[n]
// passes a bool as __sp_R_num does, and n op= y becomes
// n = __sp_binop(n, "op=", y). It reports whether it lowered st.
func (t *typer) boolAugAssign(st *syntax.AssignStmt, s *scope) bool {
	id, ok := st.LHS.(*syntax.Ident)
	op := augOps[st.Op]
	if !ok || !boolArith[op] || madeUpRoot(id) || !t.mayBeBool(id, t.typeOf(id, s), s) {
		return false
	}
	ky := t.typeOf(st.RHS, s)
	switch {
	case !mayBeNum(ky):
		return false
	case op == syntax.PLUS && ky != kNum && !t.intExpr(st.RHS, s):
		return false // checked.go
	case ky == kNum || t.intExpr(st.RHS, s):
		st.RHS = &syntax.BinaryExpr{X: ident(id.Name, id.NamePos), OpPos: st.OpPos, Op: op, Y: st.RHS}
	default:
		st.RHS = call(abi.BinOp, st.OpPos, ident(id.Name, id.NamePos), strLit(st.Op.String(), st.OpPos), st.RHS)
	}
	st.Op = syntax.EQ
	return true
}
