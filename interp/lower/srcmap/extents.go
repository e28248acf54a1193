package srcmap

// This file computes the extents of all the nodes of a tree in one walk
// (measuring each node's subtree on its own would take time quadratic in
// the depth of the tree: f()()()... two thousand deep). A node's extent
// is the union of the spans of the nodes under it, leaving out the names
// and calls the front-end made up, which sit at a keyword or operator,
// not where the text is.

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// span is an extent being accumulated.
type span struct{ start, end syntax.Position }

// add widens s to cover start..end.
func (s *span) add(start, end syntax.Position) {
	if !start.IsValid() {
		return
	}
	if !s.start.IsValid() || before(start, s.start) {
		s.start = start
	}
	if before(s.end, end) {
		s.end = end
	}
}

// extents maps each node of a tree to its extent.
type extents map[syntax.Node]span

// of returns the extent of e (nothing for nil).
func (ext extents) of(e syntax.Expr) (start, end syntax.Position) {
	if e == nil {
		return syntax.Position{}, syntax.Position{}
	}
	s := ext[e]
	return s.start, s.end
}

// treeExtents returns the extents of every node under f.
func treeExtents(f *syntax.File) extents {
	type frame struct {
		n   syntax.Node
		acc span
	}
	ext := extents{}
	var stack []frame
	syntax.Walk(f, func(n syntax.Node) bool {
		if n != nil {
			var acc span
			ownExtent(n, &acc)
			stack = append(stack, frame{n, acc})
			return true
		}
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c, ok := top.n.(*syntax.CallExpr); ok && fstringCall(c) {
			top.acc = span{} // its own span: the text of its literals is not where their positions say
			top.acc.add(spanOf(c))
		}
		if b, ok := top.n.(*syntax.BinaryExpr); ok {
			top.acc.add(noneOperand(b))
		}
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

// ownExtent adds n's own span to acc: none for the names and calls the
// front-end made up, but the user's name for a loop's substitute
// __sp_xN_name of it (see interp/parse/lower_index.go) and for the
// shared global __sp_g_name of a REPL or doctest input.
func ownExtent(n syntax.Node, acc *span) {
	switch n := n.(type) {
	case *syntax.Ident:
		if !madeUp(n.Name) {
			acc.add(spanOf(n))
		} else if name, ok := strings.CutPrefix(n.Name, abi.LoopAlias); ok {
			_, name, _ = strings.Cut(name, "_")
			acc.add(spanOf(&syntax.Ident{NamePos: n.NamePos, Name: name}))
		} else if name, ok := strings.CutPrefix(n.Name, abi.SharedVar); ok {
			acc.add(spanOf(&syntax.Ident{NamePos: n.NamePos, Name: name}))
		}
		return
	case *syntax.CallExpr:
		if _, synth := synthesized(n); synth {
			return
		}
	case *syntax.BinaryExpr:
		if isRichTest(n) {
			return // its tests' __sp_Ra sits at the comparison's operator
		}
	case *syntax.IndexExpr:
		if isRichOperand(n) || isRichTest(n) || isCmpOp(n) || isCmpLeft(n) {
			return // it stands for its operands
		}
	case *syntax.ForClause:
		return // its span ends at its iterable's, which may be a made-up name; its comprehension's covers it
	}
	acc.add(spanOf(n))
}

// noneOperand returns the span of the None that a comparison with None
// reads through its alias (x is None as __sp_None == x; see
// lower.noneCompare), or nothing.
func noneOperand(b *syntax.BinaryExpr) (start, end syntax.Position) {
	for _, x := range []syntax.Expr{b.X, b.Y} {
		if id, ok := x.(*syntax.Ident); ok && id.Name == abi.NoneAlias && (b.Op == syntax.EQL || b.Op == syntax.NEQ) {
			return spanOf(&syntax.Ident{NamePos: id.NamePos, Name: "None"})
		}
	}
	return syntax.Position{}, syntax.Position{}
}

// fstringCall reports whether c is the call an f-string literal is
// lowered to, which spans the literal (see lower.fstring).
func fstringCall(c *syntax.CallExpr) bool {
	fn, synth := synthesized(c)
	return fn == abi.FString && !synth
}

// omittedChild reports whether child is a bound left out of the lowered
// slice parent, or the operator of a lowered x op y, which extents
// leave out.
func omittedChild(parent, child syntax.Node) bool {
	c, ok := parent.(*syntax.CallExpr)
	if !ok {
		return false
	}
	arg, ok := child.(syntax.Expr)
	fn, _ := synthesized(c)
	if fn == abi.BinOp && len(c.Args) == 3 {
		return arg == c.Args[1] // __sp_binop(x, "/", y): the operator's text is not a string's
	}
	if abi.KindOf(fn) != abi.SliceOf || !ok {
		return false
	}
	return omittedBound(c, arg)
}

// spanOf is n.Span(), with the closing bracket that go.starlark.net
// leaves out of the spans of index and slice expressions and of
// parenthesized tuples.
func spanOf(n syntax.Node) (start, end syntax.Position) {
	start, end = n.Span()
	switch n := n.(type) {
	case *syntax.IndexExpr, *syntax.SliceExpr:
		end.Col++
	case *syntax.TupleExpr:
		if n.Lparen.IsValid() {
			end.Col++
		}
	}
	return start, end
}
