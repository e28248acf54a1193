package core

// This file computes the extents of all the nodes of a tree in one walk,
// for indexAnchors: measuring each node's subtree on its own would take
// time quadratic in the depth of the tree (f()()()... two thousand deep).

import (
	"strings"

	"go.starlark.net/syntax"
)

// extents maps each node of a tree to its extent, as extent computes it.
type extents map[syntax.Node]spanAcc

// of returns the extent of e.
func (ext extents) of(e syntax.Expr) (start, end syntax.Position) {
	if acc, ok := ext[e]; ok {
		return acc.start, acc.end
	}
	return extent(e)
}

// treeExtents returns the extents of every node under f.
func treeExtents(f *syntax.File) extents {
	type frame struct {
		n   syntax.Node
		acc spanAcc
	}
	ext := extents{}
	var stack []frame
	syntax.Walk(f, func(n syntax.Node) bool {
		if n != nil {
			var acc spanAcc
			if ownExtent(n) {
				acc.add(spanOf(n))
			} else if start, end, ok := sharedNameSpan(n); ok {
				acc.add(start, end)
			}
			stack = append(stack, frame{n, acc})
			return true
		}
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		ext[top.n] = top.acc
		if len(stack) > 0 {
			parent := &stack[len(stack)-1]
			if !omittedChild(parent.n, top.n) {
				parent.acc.add(top.acc.start, top.acc.end)
			}
		}
		return true
	})
	return ext
}

// ownExtent reports whether n's own span counts in extents: not for the
// names and calls the front-end made up (see spanAcc.visit).
func ownExtent(n syntax.Node) bool {
	switch n := n.(type) {
	case *syntax.Ident:
		return !strings.HasPrefix(n.Name, "__sp_")
	case *syntax.CallExpr:
		_, synth := synthesized(n)
		return !synth
	}
	return true
}

// sharedNameSpan returns the extent of the global name that n, the
// variable __sp_g_name of a shared cell (see interp/parse's
// ParseShared), stands for.
func sharedNameSpan(n syntax.Node) (start, end syntax.Position, ok bool) {
	id, isID := n.(*syntax.Ident)
	if !isID {
		return start, end, false
	}
	name, ok := strings.CutPrefix(id.Name, "__sp_g_")
	if !ok {
		return start, end, false
	}
	start, end = spanOf(&syntax.Ident{NamePos: id.NamePos, Name: name})
	return start, end, true
}

// omittedChild reports whether child is a bound left out of the lowered
// slice parent, which extents leave out.
func omittedChild(parent, child syntax.Node) bool {
	c, ok := parent.(*syntax.CallExpr)
	if !ok {
		return false
	}
	arg, ok := child.(syntax.Expr)
	if fn, _ := synthesized(c); fn != "__sp_slice" || !ok {
		return false
	}
	return omittedBound(c, arg)
}
