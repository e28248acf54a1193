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
	var out []Node
	add := func(xs ...Node) {
		for _, x := range xs {
			if x != nil && !isNilNode(x) && !isNilExpr(x) {
				out = append(out, x)
			}
		}
	}
	addStmts := func(list []Stmt) {
		for _, s := range list {
			add(s)
		}
	}
	addExprs := func(list []Expr) {
		for _, x := range list {
			add(x)
		}
	}
	addParams := func(list []*Param) {
		for _, p := range list {
			add(p)
		}
	}
	switch n := n.(type) {
	case *File:
		addStmts(n.Stmts)
	case *Def:
		addExprs(n.Decorators)
		add(n.Name)
		addParams(n.Params)
		add(n.Returns)
		addStmts(n.Body)
	case *Param:
		add(n.Name, n.Annotation, n.Default)
	case *Class:
		addExprs(n.Decorators)
		add(n.Name)
		addExprs(n.Bases)
		addStmts(n.Body)
	case *If:
		add(n.Cond)
		addStmts(n.Body)
		addStmts(n.Else)
	case *For:
		add(n.Target, n.Iter)
		addStmts(n.Body)
		addStmts(n.Else)
	case *While:
		add(n.Cond)
		addStmts(n.Body)
		addStmts(n.Else)
	case *Try:
		addStmts(n.Body)
		for _, h := range n.Handlers {
			add(h)
		}
		addStmts(n.Else)
		addStmts(n.Finally)
	case *Handler:
		add(n.Type, n.Name)
		addStmts(n.Body)
	case *With:
		for _, it := range n.Items {
			add(it.X, it.Target)
		}
		addStmts(n.Body)
	case *Assign:
		addExprs(n.Targets)
		add(n.Value)
	case *AugAssign:
		add(n.Target, n.Value)
	case *AnnAssign:
		add(n.Target, n.Annotation, n.Value)
	case *ExprStmt:
		add(n.X)
	case *Return:
		add(n.Value)
	case *Import:
		for _, a := range n.Names {
			add(a.AsName)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			add(a.Name, a.AsName)
		}
	case *Global:
		for _, id := range n.Names {
			add(id)
		}
	case *Nonlocal:
		for _, id := range n.Names {
			add(id)
		}
	case *Raise:
		add(n.Exc, n.Cause)
	case *Assert:
		add(n.Test, n.Msg)
	case *Del:
		addExprs(n.Targets)
	case *Load:
		add(n.Module)
		for i := range n.To {
			add(n.To[i], n.From[i])
		}
	case *FString:
		addExprs(n.Parts)
	case *FormattedValue:
		add(n.X, n.Spec)
	case *Attr:
		add(n.X, n.Name)
	case *Index:
		add(n.X, n.Index)
	case *Slice:
		add(n.X, n.Lo, n.Hi, n.Step)
	case *Call:
		add(n.Fn)
		addExprs(n.Args)
	case *Keyword:
		add(n.Name, n.Value)
	case *Starred:
		add(n.X)
	case *Unary:
		add(n.X)
	case *Binary:
		add(n.X, n.Y)
	case *BoolOp:
		addExprs(n.Values)
	case *Compare:
		addExprs(n.Operands)
	case *IfExp:
		add(n.True, n.Cond, n.False)
	case *Lambda:
		addParams(n.Params)
		add(n.Body)
	case *Paren:
		add(n.X)
	case *Tuple:
		addExprs(n.List)
	case *List:
		addExprs(n.List)
	case *Dict:
		addExprs(n.Items)
	case *DictEntry:
		add(n.Key, n.Value)
	case *Set:
		addExprs(n.List)
	case *Comprehension:
		add(n.Body)
		add(n.Clauses...)
	case *ForClause:
		add(n.Vars, n.X)
	case *IfClause:
		add(n.Cond)
	case *Walrus:
		add(n.Target, n.Value)
	case *Yield:
		add(n.Value)
	case *YieldFrom:
		add(n.Value)
	}
	return out
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
