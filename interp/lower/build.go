package lower

// This file defines helpers that build the syntax nodes the lowering
// passes synthesize, all at the user's source positions.

import (
	"strconv"
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

func ident(name string, pos syntax.Position) *syntax.Ident {
	return &syntax.Ident{NamePos: pos, Name: name}
}

// strLit returns a string literal with value s.
func strLit(s string, pos syntax.Position) *syntax.Literal {
	return &syntax.Literal{Token: syntax.STRING, TokenPos: pos, Raw: strconv.Quote(s), Value: s}
}

func intLit(n int64, pos syntax.Position) *syntax.Literal {
	return &syntax.Literal{Token: syntax.INT, TokenPos: pos, Raw: strconv.FormatInt(n, 10), Value: n}
}

// call returns fn(args...) with both parentheses at pos.
func call(fn string, pos syntax.Position, args ...syntax.Expr) *syntax.CallExpr {
	return &syntax.CallExpr{Fn: ident(fn, pos), Lparen: pos, Args: args, Rparen: pos}
}

func exprStmt(x syntax.Expr) *syntax.ExprStmt { return &syntax.ExprStmt{X: x} }

func assign(lhs, rhs syntax.Expr, pos syntax.Position) *syntax.AssignStmt {
	return &syntax.AssignStmt{OpPos: pos, Op: syntax.EQ, LHS: lhs, RHS: rhs}
}

func binary(x syntax.Expr, op syntax.Token, y syntax.Expr, pos syntax.Position) *syntax.BinaryExpr {
	return &syntax.BinaryExpr{X: x, OpPos: pos, Op: op, Y: y}
}

func branch(tok syntax.Token, pos syntax.Position) *syntax.BranchStmt {
	return &syntax.BranchStmt{Token: tok, TokenPos: pos}
}

func tuple(pos syntax.Position, list ...syntax.Expr) *syntax.TupleExpr {
	return &syntax.TupleExpr{Lparen: pos, List: list, Rparen: pos}
}

func ifStmt(cond syntax.Expr, pos syntax.Position, body ...syntax.Stmt) *syntax.IfStmt {
	return &syntax.IfStmt{If: pos, Cond: cond, True: body}
}

func isStringLit(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.Literal:
		return x.Token == syntax.STRING
	case *syntax.CallExpr:
		return isInternal(x.Fn, abi.FString)
	}
	return false
}

// methodNames and dunderAttrs are the sets of abi.Methods, the methods
// whose calls go through __sp_method, and abi.DunderAttrs, the
// attributes whose loads go through __sp_dunder, with the special
// methods among abi.Methods: a load of one (seen.__contains__ passed
// as a function) finds a builtin value's method there.
var methodNames, dunderAttrs = setOf(abi.Methods...), setOf(append(specialMethods(), abi.DunderAttrs...)...)

// specialMethods returns the __special__ names among abi.Methods.
func specialMethods() []string {
	var names []string
	for _, m := range abi.Methods {
		if strings.HasPrefix(m, "__") {
			names = append(names, m)
		}
	}
	return names
}
