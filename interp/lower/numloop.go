package lower

// This file defines numeric loop variables. In for x in xs: t += x, an
// operand that may be a bool is read through __sp_R_num at every step
// (boolarith.go). When a function uses its loop variable x only in the
// loop's body and only as an operand of arithmetic, and that loop is x's
// only binding, the loop hands x a bool item as a value that does
// Python's arithmetic instead (__sp_iter(xs, "+"), see
// interp/pyrt/numindex.go), and the uses read x as it is.

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// numericOps are the operators whose operands a numeric loop variable
// may be: each does Python's arithmetic with a bool, through the VM
// (which asks the bool's stand-in) or __sp_binop. Division and % go
// through wrappers of their own (zerodiv.go, formats).
var numericOps = map[syntax.Token]bool{
	syntax.PLUS: true, syntax.MINUS: true, syntax.STAR: true, syntax.AMP: true,
	syntax.PIPE: true, syntax.CIRCUMFLEX: true, syntax.LTLT: true, syntax.GTGT: true,
}

// dynamicNames are the builtins that can see a function's variables as
// they are: a function that names one has no numeric loop variables.
var dynamicNames = map[string]bool{"locals": true, "vars": true, "eval": true, "exec": true, "dir": true, "globals": true}

// numLoops returns the for loops of a function, whose body is body,
// whose variable may be numeric: a name that the loop alone binds, that
// the function's own statements use nowhere but in the loop's body, and
// there only as an operand of numericOps. A name that a nested
// function, lambda or comprehension uses is left out.
func numLoops(body []syntax.Stmt) map[*syntax.ForStmt]bool {
	total, loops := map[string]int{}, map[string]*syntax.ForStmt{}
	nested := map[string]bool{}
	visit := func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.DefStmt, *syntax.LambdaExpr, *syntax.Comprehension:
			syntax.Walk(n, func(m syntax.Node) bool {
				if id, ok := m.(*syntax.Ident); ok {
					nested[id.Name] = true
				}
				return true
			})
			return false
		case *syntax.Ident:
			total[n.Name]++
		case *syntax.ForStmt:
			if id, ok := n.Vars.(*syntax.Ident); ok {
				if _, twice := loops[id.Name]; twice {
					nested[id.Name] = true
				}
				loops[id.Name] = n
			}
		}
		return true
	}
	for _, st := range body {
		syntax.Walk(st, visit)
	}
	for name := range total {
		if dynamicNames[name] {
			return nil
		}
	}
	out := map[*syntax.ForStmt]bool{}
	for name, loop := range loops {
		if !nested[name] && !strings.HasPrefix(name, abi.Prefix) && total[name] == 1+numericUses(loop.Body, name) {
			out[loop] = true
		}
	}
	return out
}

// numericUses counts the uses of name in body as an operand of
// numericOps.
func numericUses(body []syntax.Stmt, name string) int {
	n := 0
	operand := func(x syntax.Expr) {
		if id, ok := x.(*syntax.Ident); ok && id.Name == name {
			n++
		}
	}
	for _, st := range body {
		syntax.Walk(st, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.BinaryExpr:
				if numericOps[n.Op] {
					operand(n.X)
					operand(n.Y)
				}
			case *syntax.UnaryExpr:
				if n.Op == syntax.MINUS || n.Op == syntax.PLUS || n.Op == syntax.TILDE {
					operand(n.X)
				}
			case *syntax.AssignStmt:
				if numericOps[augOps[n.Op]] {
					operand(n.RHS)
				}
			}
			return true
		})
	}
	return n
}

// numLoop gives st, a for loop of scope s whose iterable is typed, the
// numeric shape when numLoops chose it and its variable may be a bool:
// the uses in its body, lowered next, then read the variable as it is.
func (t *typer) numLoop(st *syntax.ForStmt, s *scope) {
	id, ok := st.Vars.(*syntax.Ident)
	if !ok || !t.numCands[st] || !t.mayBeBool(id, t.typeOf(id, s), s) {
		return
	}
	c, ok := st.X.(*syntax.CallExpr)
	if x, isName := st.X.(*syntax.Ident); isName {
		c, ok = t.iterCalls[x.Name]
	}
	if ok && isInternal(c.Fn, abi.Iter) && len(c.Args) == 1 {
		c.Args = append(c.Args, strLit(abi.NumLoopShape, c.Rparen))
		t.numVars[t.key(id.Name, s)] = true
	}
}

// iterCall records, for an assignment st of the lowering's loop
// iterable __sp_lN = __sp_iter(x), once typed, its call for numLoop.
func (t *typer) iterCall(st *syntax.AssignStmt) {
	id, ok := st.LHS.(*syntax.Ident)
	if c, isCall := st.RHS.(*syntax.CallExpr); ok && isCall && strings.HasPrefix(id.Name, abi.LoopIter) && isInternal(c.Fn, abi.Iter) {
		t.iterCalls[id.Name] = c
	}
}

// numVar reports whether x, in scope s, is a numeric loop variable.
func (t *typer) numVar(x syntax.Expr, s *scope) bool {
	id, ok := x.(*syntax.Ident)
	return ok && t.numVars[t.key(id.Name, s)]
}
