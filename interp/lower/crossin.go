package lower

// This file defines the lowering of x in y where the VM would compare
// x with y's items wrongly: go.starlark.net's lists, tuples and dicts
// compare items of different Go types without asking either (20 in
// [Level.HIGH], True in {1: "a"}, an instance whose __eq__ takes an
// int). See interp/pyrt/contains.go for the containers the form reads.

import "go.starlark.net/syntax"

// crossIn lowers x in y (also not in; its operands lowered already) to
// x in __sp_R_in[y], unless the VM answers it right: y is a str or a
// set, or a display of literals searched for a plain x. In a str, an x
// that may be a str subclass's instance is searched for as
// __sp_R_strx[x], its str. plainX is plainType of x, kx and ky the
// kinds of x and y, and literals whether y was a list or tuple display
// of literals before it was lowered.
func crossIn(x *syntax.BinaryExpr, plainX string, kx, ky kind, literals bool) syntax.Expr {
	switch {
	case isStr(ky) && !isStr(kx) && plainX == "" && !madeUpRoot(x.X):
		x.X = richIndex("strx", false, x.X, x.OpPos) // a str subclass's instance, as its str
		return x
	case isStr(ky) || ky == kSet || ky == kFrozen:
		return x
	case plainX != "" && literals:
		return x
	case madeUpRoot(x.Y):
		return x // the lowering's own containers
	}
	x.Y = richIndex("in", false, x.Y, x.OpPos)
	return x
}

// literalDisplay reports whether y is a list or tuple display whose
// items are all literals.
func literalDisplay(y syntax.Expr) bool {
	var items []syntax.Expr
	switch y := unparen(y).(type) {
	case *syntax.ListExpr:
		items = y.List
	case *syntax.TupleExpr:
		items = y.List
	default:
		return false
	}
	for _, item := range items {
		if _, ok := unparen(item).(*syntax.Literal); !ok {
			return false
		}
	}
	return true
}
