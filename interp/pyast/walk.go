package pyast

// This file defines Walk, a traversal of the tree.

// Walk calls f for n and, while f returns true, for each node under n
// in source order; after a node's children it calls f(nil).
func Walk(n Node, f func(Node) bool) {
	if n == nil || isNilNode(n) || !f(n) {
		return
	}
	for _, c := range Children(n) {
		Walk(c, f)
	}
	f(nil)
}

// isNilNode reports whether n is a typed nil pointer.
func isNilNode(n Node) bool {
	switch n := n.(type) {
	case *Ident:
		return n == nil
	case *Param:
		return n == nil
	}
	return false
}

// Children returns the direct children of n in source order.
func Children(n Node) []Node {
	var c children
	if !c.stmt(n) && !c.pattern(n) {
		c.expr(n)
	}
	return c.out
}

// children collects the children of a node, leaving out absent ones.
type children struct{ out []Node }

func (c *children) add(xs ...Node) {
	for _, x := range xs {
		if x != nil && !isNilNode(x) && !isNilExpr(x) {
			c.out = append(c.out, x)
		}
	}
}

func (c *children) addStmts(list []Stmt) {
	for _, s := range list {
		c.add(s)
	}
}

func (c *children) addExprs(list []Expr) {
	for _, x := range list {
		c.add(x)
	}
}

func (c *children) addParams(list []*Param) {
	for _, p := range list {
		c.add(p)
	}
}

// stmt collects the children of a statement (or file, parameter or
// handler) and reports whether n is one.
func (c *children) stmt(n Node) bool {
	switch n := n.(type) {
	case *File:
		c.addStmts(n.Stmts)
	case *Def:
		c.addExprs(n.Decorators)
		c.add(n.Name)
		c.addParams(n.Params)
		c.add(n.Returns)
		c.addStmts(n.Body)
	case *Param:
		c.add(n.Name, n.Annotation, n.Default)
	case *Class:
		c.addExprs(n.Decorators)
		c.add(n.Name)
		c.addExprs(n.Bases)
		c.addStmts(n.Body)
	case *If:
		c.add(n.Cond)
		c.addStmts(n.Body)
		c.addStmts(n.Else)
	case *For:
		c.add(n.Target, n.Iter)
		c.addStmts(n.Body)
		c.addStmts(n.Else)
	case *While:
		c.add(n.Cond)
		c.addStmts(n.Body)
		c.addStmts(n.Else)
	case *Try:
		c.addStmts(n.Body)
		for _, h := range n.Handlers {
			c.add(h)
		}
		c.addStmts(n.Else)
		c.addStmts(n.Finally)
	case *Handler:
		c.add(n.Type, n.Name)
		c.addStmts(n.Body)
	case *With:
		for _, it := range n.Items {
			c.add(it.X, it.Target)
		}
		c.addStmts(n.Body)
	case *Assign:
		c.addExprs(n.Targets)
		c.add(n.Value)
	case *AugAssign:
		c.add(n.Target, n.Value)
	case *AnnAssign:
		c.add(n.Target, n.Annotation, n.Value)
	case *ExprStmt:
		c.add(n.X)
	case *Return:
		c.add(n.Value)
	case *Import:
		for _, a := range n.Names {
			c.add(a.AsName)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			c.add(a.Name, a.AsName)
		}
	case *Global:
		for _, id := range n.Names {
			c.add(id)
		}
	case *Nonlocal:
		for _, id := range n.Names {
			c.add(id)
		}
	case *Raise:
		c.add(n.Exc, n.Cause)
	case *Assert:
		c.add(n.Test, n.Msg)
	case *Del:
		c.addExprs(n.Targets)
	case *Load:
		c.add(n.Module)
		for i := range n.To {
			c.add(n.To[i], n.From[i])
		}
	default:
		return false
	}
	return true
}

// expr collects the children of an expression.
func (c *children) expr(n Node) {
	switch n := n.(type) {
	case *FString:
		c.addExprs(n.Parts)
	case *FormattedValue:
		c.add(n.X, n.Spec)
	case *Attr:
		c.add(n.X, n.Name)
	case *Index:
		c.add(n.X, n.Index)
	case *Slice:
		c.add(n.X, n.Lo, n.Hi, n.Step)
	case *Call:
		c.add(n.Fn)
		c.addExprs(n.Args)
	case *Keyword:
		c.add(n.Name, n.Value)
	case *Starred:
		c.add(n.X)
	case *Unary:
		c.add(n.X)
	case *Binary:
		c.add(n.X, n.Y)
	case *BoolOp:
		c.addExprs(n.Values)
	case *Compare:
		c.addExprs(n.Operands)
	case *IfExp:
		c.add(n.True, n.Cond, n.False)
	case *Lambda:
		c.addParams(n.Params)
		c.add(n.Body)
	case *Paren:
		c.add(n.X)
	case *Tuple:
		c.addExprs(n.List)
	case *List:
		c.addExprs(n.List)
	case *Dict:
		c.addExprs(n.Items)
	case *DictEntry:
		c.add(n.Key, n.Value)
	case *Set:
		c.addExprs(n.List)
	case *Comprehension:
		c.add(n.Body)
		c.add(n.Clauses...)
	case *ForClause:
		c.add(n.Vars, n.X)
	case *IfClause:
		c.add(n.Cond)
	case *Walrus:
		c.add(n.Target, n.Value)
	case *Yield:
		c.add(n.Value)
	case *YieldFrom:
		c.add(n.Value)
	case *Await:
		c.add(n.Value)
	}
}

// isNilExpr reports whether n is an Expr interface holding a nil pointer
// of one of the kinds that optional fields hold.
func isNilExpr(n Node) bool {
	switch n := n.(type) {
	case *Literal:
		return n == nil
	case *Handler:
		return n == nil
	}
	return false
}
