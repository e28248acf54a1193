package lower

// This file defines the lowering of the comparisons whose operands may
// be values that go.starlark.net compares wrongly with a value of
// another type (an instance whose __eq__ takes an int, an IntEnum
// member, a Decimal, a str subclass, True against 1): the VM asks only
// the left operand, and only when both are of one Go type. See
// interp/pyrt/crosscmp.go for the values these forms read.

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// acrossCompare lowers the comparison x (its operands lowered already)
// given which of its operands are surely plain values of a VM type
// (plainType; "" for the others). With a plain operand p of type T and
// another u, x becomes __sp_R_T[u] < p, where __sp_R_T[u] is u itself
// unless u may compare across types, and is otherwise u passed off as
// a T, which the VM asks; u on the right is moved to the left (p < u
// becomes __sp_R_T_r[u] > p, which compares as p < u) when either
// operand is a name or a literal, so that the order of their effects
// stays. Two names become __sp_cmp(a, "<", b) if __sp_Ra[a] or
// __sp_Ra[b] else a < b. Anything else becomes __sp_C_lt[a][b], which reads
// __sp_C["<"]. Each
// form evaluates each operand once, in order, and costs no allocation
// unless an operand may compare across types.
func acrossCompare(x *syntax.BinaryExpr, bools bool, plain [2]string) syntax.Expr {
	if bools || madeUpRoot(x.X) || madeUpRoot(x.Y) {
		return x // bools compare right; so do the lowering's own values
	}
	switch {
	case plain[0] != "" && plain[1] != "":
		return x
	case plain[1] != "":
		x.X = richIndex(plain[1], false, x.X, x.OpPos)
		return x
	case plain[0] != "" && (isSimple(x.X) || isSimple(x.Y)):
		x.X, x.Y = richIndex(plain[0], true, x.Y, x.OpPos), x.X
		x.Op = reflectedCmp[x.Op]
		return x
	}
	a, aName := unparen(x.X).(*syntax.Ident)
	b, bName := unparen(x.Y).(*syntax.Ident)
	op := strLit(cmpNames[x.Op], x.OpPos)
	if !aName || !bName {
		_, end := x.Y.Span()
		left := &syntax.IndexExpr{X: ident(abi.CmpOp+cmpAliases[x.Op], x.OpPos), Lbrack: x.OpPos, Y: x.X, Rbrack: x.OpPos}
		return &syntax.IndexExpr{X: left, Lbrack: x.OpPos, Y: x.Y, Rbrack: end}
	}
	test := func(n *syntax.Ident) syntax.Expr {
		return &syntax.IndexExpr{X: ident(abi.RichAlias, x.OpPos), Lbrack: x.OpPos, Y: ident(n.Name, n.NamePos), Rbrack: x.OpPos}
	}
	cond := &syntax.BinaryExpr{X: test(a), OpPos: x.OpPos, Op: syntax.OR, Y: test(b)}
	slow := call(abi.Compare, x.OpPos, ident(a.Name, a.NamePos), op, ident(b.Name, b.NamePos))
	return &syntax.ParenExpr{Lparen: x.OpPos, X: &syntax.CondExpr{If: x.OpPos, Cond: cond, True: slow, ElsePos: x.OpPos, False: x}, Rparen: x.OpPos}
}

// cmpAliases names the module global that holds a comparison's
// __sp_C[op].
var cmpAliases = map[syntax.Token]string{
	syntax.LT: "lt", syntax.LE: "le", syntax.GT: "gt", syntax.GE: "ge", syntax.EQL: "eq", syntax.NEQ: "ne",
}

// reflectedCmp maps a comparison to the one with its operands swapped.
var reflectedCmp = map[syntax.Token]syntax.Token{
	syntax.LT: syntax.GT, syntax.GT: syntax.LT, syntax.LE: syntax.GE, syntax.GE: syntax.LE,
	syntax.EQL: syntax.EQL, syntax.NEQ: syntax.NEQ,
}

// richIndex returns __sp_R_T[u] (with right, __sp_R_T_r[u]), read from
// the module's global alias of it (see moduleAliases).
func richIndex(typ string, right bool, u syntax.Expr, pos syntax.Position) syntax.Expr {
	name := abi.RichOperand + typ
	if right {
		name += "_r"
	}
	start := syntax.Start(u)
	_, end := u.Span()
	if end.Col > 1 {
		end.Col-- // the index's span, which counts its "]", ends where u does
	}
	return &syntax.IndexExpr{X: ident(name, start), Lbrack: start, Y: u, Rbrack: end}
}

// plainType returns the VM type of the value x (of kind k) when x is
// surely a value that compares with every other type as Python's does:
// "NoneType" for None, "int", "float" or "string" for a literal, a str made of ASCII
// literals, or a call of a builtin the file doesn't rebind that returns
// an int or a str; else "". A float() may be a NaN, which the VM orders.
func (t *typer) plainType(x syntax.Expr, k kind, s *scope) string {
	x = unparen(x)
	if u, ok := x.(*syntax.UnaryExpr); ok && (u.Op == syntax.MINUS || u.Op == syntax.PLUS) {
		x = unparen(u.X)
	}
	if t.intExpr(x, s) {
		return "int"
	}
	switch x := x.(type) {
	case *syntax.Ident:
		if x.Name == "None" {
			return "NoneType" // e == None: only an object's __eq__ answers otherwise than the VM
		}
		return ""
	case *syntax.Literal:
		switch x.Token {
		case syntax.INT:
			return "int"
		case syntax.FLOAT:
			return "float"
		case syntax.STRING:
			return "string"
		}
		return ""
	case *syntax.CallExpr:
		fn, ok := x.Fn.(*syntax.Ident)
		if !ok {
			return ""
		}
		switch {
		case fn.Name == abi.FString || fn.Name == abi.Percent:
			return "string"
		case strings.HasPrefix(fn.Name, abi.Prefix) || !t.builtin(fn.Name, s):
			return ""
		case fn.Name == "len" || fn.Name == "ord" || fn.Name == "int":
			return "int"
		case fn.Name == "float":
			return "" // float("nan") equals nothing, itself included: the VM's floats are totally ordered
		case strFuncs[fn.Name]:
			return "string"
		}
	}
	if k == kASCII {
		return "string"
	}
	return ""
}

// madeUpRoot reports whether x reads one of the lowering's own flags:
// the status of a lowered try (__sp_r1[0]), a break flag or a for
// loop's else flag, which hold ints.
func madeUpRoot(x syntax.Expr) bool {
	for {
		switch e := unparen(x).(type) {
		case *syntax.IndexExpr:
			x = e.X
		case *syntax.Ident:
			for _, p := range []string{abi.Status, abi.BreakFlag, abi.ElseFlag} {
				if n, ok := strings.CutPrefix(e.Name, p); ok && n != "" && n[0] >= '0' && n[0] <= '9' {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// unparen returns x without its parentheses.
func unparen(x syntax.Expr) syntax.Expr {
	for p, ok := x.(*syntax.ParenExpr); ok; p, ok = x.(*syntax.ParenExpr) {
		x = p.X
	}
	return x
}
