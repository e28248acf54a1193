package lower

// This file defines the lowering of comparison chains (a < b < c), which
// short-circuit as in Python: a chain of names and literals becomes
// (a < b) and (b < c); any other chain becomes __sp_cmp, whose operands
// after the second are passed as lambdas when evaluating them could have
// effects, so that each runs once and only when the comparisons before
// it hold.

import (
	"sort"
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// chainCall lowers a chain of two or more comparisons to
// __sp_cmp(a, "<", b, "*<", lambda: c, ...): an operator string that
// starts with '*' says that its right operand is a lambda to call.
// splitChain later turns a chain of simple operands into an and-chain;
// until then the call lets the parser's checks describe it as a
// comparison.
func chainCall(operands []syntax.Expr, ops []string, opPos []syntax.Position) syntax.Expr {
	args := []syntax.Expr{operands[0], strLit(ops[0], opPos[0]), operands[1]}
	for i := 1; i < len(ops); i++ {
		op, y := ops[i], operands[i+1]
		if !isSimple(y) {
			op = "*" + op
			y = &syntax.LambdaExpr{Lambda: syntax.Start(y), Body: y}
		}
		args = append(args, strLit(op, opPos[i]), y)
	}
	start := syntax.Start(operands[0])
	return &syntax.CallExpr{Fn: ident(abi.Compare, start), Lparen: opPos[0], Args: args, Rparen: opPos[0]}
}

// isSimple reports whether evaluating x can have no effect and costs
// next to nothing: a name or a literal, possibly negated or in parens.
func isSimple(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.Ident, *syntax.Literal:
		return true
	case *syntax.ParenExpr:
		return isSimple(x.X)
	case *syntax.UnaryExpr:
		_, lit := x.X.(*syntax.Literal)
		return lit && (x.Op == syntax.MINUS || x.Op == syntax.PLUS)
	}
	return false
}

// splitChain returns the and-chain (a < b) and (b < c) for a call
// __sp_cmp(a, "<", b, "<", c) whose operands are all simple (evaluating
// b twice is then the same as evaluating it once), or nil.
func splitChain(x *syntax.CallExpr) syntax.Expr {
	if !isInternal(x.Fn, abi.Compare) || len(x.Args) < 3 || len(x.Args)%2 == 0 {
		return nil
	}
	ops := make([]string, len(x.Args))
	for i, a := range x.Args {
		if i%2 == 0 && !isSimple(a) {
			return nil
		}
		if lit, ok := a.(*syntax.Literal); ok && i%2 == 1 {
			ops[i], _ = lit.Value.(string)
		}
		if _, ok := cmpTokens[ops[i]]; i%2 == 1 && !ok && ops[i] != "is" && ops[i] != "is not" {
			return nil // a call the user wrote
		}
	}
	var cmps []syntax.Expr
	var andPos []syntax.Position // the position of each "and" is its right comparison's
	for i := 1; i < len(x.Args); i += 2 {
		pos := syntax.Start(x.Args[i])
		cmps = append(cmps, comparison(x.Args[i-1], ops[i], x.Args[i+1], pos))
		if i > 1 {
			andPos = append(andPos, pos)
		}
	}
	return balance(syntax.AND, cmps, andPos)
}

// cmpTokens maps the operators a Starlark BinaryExpr can take.
var cmpTokens = map[string]syntax.Token{
	"<": syntax.LT, "<=": syntax.LE, ">": syntax.GT, ">=": syntax.GE,
	"==": syntax.EQL, "!=": syntax.NEQ, "in": syntax.IN, "not in": syntax.NOT_IN,
}

// cmpNames maps the ordering and equality tokens to their operators.
var cmpNames = map[syntax.Token]string{
	syntax.LT: "<", syntax.LE: "<=", syntax.GT: ">", syntax.GE: ">=", syntax.EQL: "==", syntax.NEQ: "!=",
}

// noneCompare lowers a single comparison with the literal None as an
// operand (operands are x's, lowered), or returns nil. x is None and
// x is not None become None == x and None != x: the VM compares None,
// which is neither Comparable nor TotallyOrdered, with a value of the
// same type name by identity and with any other value as unequal
// without asking it, and None is its type's only value, so the test is
// CPython's identity without a call (a class named NoneType is not
// asked either; py.CrossComparable leaves a None left operand alone).
// None == e and None != e become e == None and e != None: CPython asks
// e's __eq__ (__ne__) either way, and the VM only asks a left operand.
func noneCompare(x *pyast.Compare, operands []syntax.Expr) syntax.Expr {
	if len(x.Ops) != 1 {
		return nil
	}
	left, right := isNoneLit(x.Operands[0]), isNoneLit(x.Operands[1])
	op, pos := x.Ops[0], x.OpPos[0]
	switch {
	case op == "is" || op == "is not":
		if !left && !right {
			return nil
		}
		none, other := operands[1], operands[0]
		if left {
			none, other = operands[0], operands[1]
		}
		tok := syntax.EQL
		if op == "is not" {
			tok = syntax.NEQ
		}
		return binary(ident(abi.NoneAlias, syntax.Start(none)), tok, other, pos)
	case (op == "==" || op == "!=") && left && !right:
		return binary(operands[1], cmpTokens[op], operands[0], pos)
	}
	return nil
}

// isNoneLit reports whether x is the literal None, possibly in parens.
func isNoneLit(x pyast.Expr) bool {
	for p, ok := x.(*pyast.Paren); ok; p, ok = x.(*pyast.Paren) {
		x = p.X
	}
	id, ok := x.(*pyast.Ident)
	return ok && id.Name == "None"
}

// noneAlias binds, at the top of f, the module globals that f reads and
// that hold values the lowered code reads often: a global load is an
// index, where the name None is a lookup in the VM's Universe map and a
// helper one in the module's predeclared map. __sp_None is None, for
// noneCompare's x is None; __sp_Ra is __sp_R["test"], __sp_R_T is
// __sp_R["T"] and __sp_C_lt is __sp_R["<"], for acrossCompare. In an
// expression, which has no module of its own (eval), __sp_None is None
// itself: module is false (the others come from the typing pass, which
// only modules have).
func noneAlias(n syntax.Node, module bool) []syntax.Stmt {
	used := map[string]bool{}
	syntax.Walk(n, func(n syntax.Node) bool {
		if id, ok := n.(*syntax.Ident); ok && moduleAlias(id.Name) {
			used[id.Name] = true
			if !module && id.Name == abi.NoneAlias {
				id.Name = "None"
			}
		}
		return true
	})
	f, ok := n.(*syntax.File)
	if len(used) == 0 || !module || !ok || len(f.Stmts) == 0 {
		return nil
	}
	start, _ := f.Stmts[0].Span() // the compiler names the module's file after it
	names := make([]string, 0, len(used))
	for name := range used {
		names = append(names, name)
	}
	sort.Strings(names)
	var stmts []syntax.Stmt
	for _, name := range names {
		var value syntax.Expr
		switch {
		case name == abi.NoneAlias:
			value = ident("None", start)
		case name == abi.RichAlias:
			value = &syntax.IndexExpr{X: ident(abi.Rich, start), Lbrack: start, Y: strLit("test", start), Rbrack: start}
		case name == abi.ZeroAlias:
			value = &syntax.IndexExpr{X: ident(abi.Rich, start), Lbrack: start, Y: strLit("zero", start), Rbrack: start}
		case strings.HasPrefix(name, abi.CmpOp):
			key := strLit(cmpByAlias[strings.TrimPrefix(name, abi.CmpOp)], start)
			value = &syntax.IndexExpr{X: ident(abi.Rich, start), Lbrack: start, Y: key, Rbrack: start}
		default:
			key := strLit(strings.TrimPrefix(name, abi.RichOperand), start)
			value = &syntax.IndexExpr{X: ident(abi.Rich, start), Lbrack: start, Y: key, Rbrack: start}
		}
		stmts = append(stmts, assign(ident(name, start), value, start))
	}
	return stmts
}

// moduleAlias reports whether name is one of the globals noneAlias binds.
func moduleAlias(name string) bool {
	return name == abi.NoneAlias || name == abi.RichAlias || name == abi.ZeroAlias || strings.HasPrefix(name, abi.RichOperand) || strings.HasPrefix(name, abi.CmpOp)
}

// cmpByAlias maps the suffix of a __sp_C_ alias to its operator.
var cmpByAlias = map[string]string{"lt": "<", "le": "<=", "gt": ">", "ge": ">=", "eq": "==", "ne": "!="}

// comparison returns the single comparison x op y.
func comparison(x syntax.Expr, op string, y syntax.Expr, pos syntax.Position) syntax.Expr {
	switch op {
	case "is":
		return call(abi.Is, pos, x, y)
	case "is not":
		return &syntax.UnaryExpr{OpPos: pos, Op: syntax.NOT, X: call(abi.Is, pos, x, y)}
	}
	return binary(x, cmpTokens[op], y, pos)
}
