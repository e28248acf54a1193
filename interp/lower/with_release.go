package lower

// This file finds the with bodies that release their own lock, which
// take the full form only (see LOWERING.md): the fast form's exit runs
// in the loop iterator's Done when the body leaves by break, return or
// an exception, where an error (release unlocked lock) can't be raised.

import "go.starlark.net/syntax"

// releasesManager reports whether body calls x.release() on the with
// item's expression x, a name or a chain of attributes of one (with
// lock: ... lock.release()).
func releasesManager(x syntax.Expr, body []syntax.Stmt) bool {
	if !isNameChain(x) {
		return false
	}
	found := false
	for _, st := range body {
		syntax.Walk(st, func(n syntax.Node) bool {
			if c, ok := n.(*syntax.CallExpr); ok {
				if d, ok := c.Fn.(*syntax.DotExpr); ok && d.Name.Name == "release" && sameNameChain(d.X, x) {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// isNameChain reports whether x is a name or a.b.c.
func isNameChain(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.Ident:
		return true
	case *syntax.DotExpr:
		return isNameChain(x.X)
	}
	return false
}

// sameNameChain reports whether a and b are the same name or a.b.c.
func sameNameChain(a, b syntax.Expr) bool {
	switch a := a.(type) {
	case *syntax.Ident:
		b, ok := b.(*syntax.Ident)
		return ok && a.Name == b.Name
	case *syntax.DotExpr:
		b, ok := b.(*syntax.DotExpr)
		return ok && a.Name.Name == b.Name.Name && sameNameChain(a.X, b.X)
	}
	return false
}
