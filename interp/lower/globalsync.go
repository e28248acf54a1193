package lower

// This file makes a store through globals() bind the module's variable
// at once. globals() returns the module's dict, which it refreshes from
// the variables at each call, writing back first what the script set in
// it (builtins/globals.go); the VM's variables have no hook for a store
// into that dict. So a statement that stores into globals() itself,
// globals()[k] = v, globals()[k] op= v or globals().update(...), is
// followed by a call of globals(), whose write-back binds the variable
// before the next statement reads it.

import "go.starlark.net/syntax"

// storesGlobals reports whether st, a statement of scope s, stores into
// the dict the builtin globals() returns.
func (t *typer) storesGlobals(st syntax.Stmt, s *scope) bool {
	var x syntax.Expr
	switch st := st.(type) {
	case *syntax.AssignStmt:
		ix, ok := st.LHS.(*syntax.IndexExpr)
		if !ok {
			return false
		}
		x = ix.X
	case *syntax.ExprStmt:
		c, ok := st.X.(*syntax.CallExpr)
		if !ok {
			return false
		}
		d, ok := c.Fn.(*syntax.DotExpr)
		if !ok || d.Name.Name != "update" && d.Name.Name != "setdefault" && d.Name.Name != "pop" {
			return false
		}
		x = d.X
	default:
		return false
	}
	c, ok := x.(*syntax.CallExpr)
	return ok && len(c.Args) == 0 && isIdentNamed(c.Fn, "globals") && t.builtin("globals", s)
}

// globalsCall returns the statement globals(), at st's position.
func globalsCall(st syntax.Stmt) syntax.Stmt {
	pos, _ := st.Span()
	return exprStmt(call("globals", pos))
}
