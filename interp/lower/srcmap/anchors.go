package srcmap

// This file finds, for each instruction position of a lowered file, the
// user's expression that a failure there stands for, and how CPython
// 3.11 marks it.

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// anchor is an expression that a frame's position can point at: the
// position go.starlark.net's compiler gives its failing instruction.
type anchor struct {
	mark       abi.Mark
	start, end syntax.Position // the expression's extent in the source
	left       syntax.Expr     // binary: left operand; subscript: value
	right      syntax.Expr     // binary: right operand; subscript: index
	ambiguous  bool            // another node of the same extent shares the position
	weak       bool            // a name, which any other node at its position hides
	augmented  bool            // an x op= y statement
	class      bool            // a class statement, which no part of it hides
}

// export returns a as the SourceMap records it.
func (a *anchor) export(ext extents) *abi.Anchor {
	out := &abi.Anchor{Mark: a.mark, Start: pos(a.start), End: pos(a.end)}
	if a.mark == abi.Plain {
		return out
	}
	_, leftEnd := ext.of(a.left)
	rightStart, rightEnd := ext.of(a.right)
	if a.right == nil {
		rightStart, rightEnd = leftEnd, leftEnd
		out.NoRight = true
	}
	out.LeftEnd, out.RightStart, out.RightEnd = pos(leftEnd), pos(rightStart), pos(rightEnd)
	return out
}

// indexAnchors maps each instruction position in f to the smallest
// expression compiled there.
func indexAnchors(f *syntax.File, ext extents) map[abi.Pos]*anchor {
	idx := map[abi.Pos]*anchor{}
	assignOps := map[syntax.Position]bool{} // the = of each assignment seen
	syntax.Walk(f, func(n syntax.Node) bool {
		if n == nil {
			return false
		}
		if a, ok := n.(*syntax.AssignStmt); ok && a.Op == syntax.EQ {
			assignOps[a.OpPos] = true
		}
		if b, ok := n.(*syntax.BinaryExpr); ok && assignOps[b.OpPos] {
			// x op= y lowered as x = x op y (lower.boolAugAssign): the
			// statement, as CPython marks it
			start, end := ext.of(b)
			addAnchor(idx, pos(b.OpPos), &anchor{mark: abi.Plain, start: start, end: end, augmented: true})
			return true
		}
		if p, a := anchorOf(n, ext); a != nil {
			addAnchor(idx, pos(p), a)
		}
		return true
	})
	return idx
}

// addAnchor records a at k unless a smaller expression is there
// already; two expressions there of which neither contains the other
// make the position ambiguous.
func addAnchor(idx map[abi.Pos]*anchor, k abi.Pos, a *anchor) {
	old := idx[k]
	switch {
	case old != nil && old.class:
	case a.class || old == nil || old.weak && !a.weak:
		idx[k] = a
	case a.weak && !old.weak:
	case a.weak && old.weak && a.start == old.start && a.end == old.end:
		// one name read and written at one place (x += y lowered as
		// x = __sp_A[x] + y): it marks the same
	case a.start == old.start && a.end == old.end && a.mark == old.mark:
		// one expression emitted twice, on two paths (lower.zeroDivision)
	case a.start == old.start && a.end == old.end:
		old.ambiguous = true
	case inside(a, old):
		idx[k] = a
	case !inside(old, a):
		old.ambiguous = true
	}
}

// inside reports whether a's extent lies within b's.
func inside(a, b *anchor) bool {
	return !before(a.start, b.start) && !before(b.end, a.end)
}

// before reports whether p comes before q in a file.
func before(p, q syntax.Position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col
}

// madeUp reports whether name is one the front-end made up (a helper's
// or a synthesized variable's).
func madeUp(name string) bool { return strings.HasPrefix(name, abi.Prefix) }

// synthesized returns the name of e's function when it is one of the
// front-end's, and whether the front-end made up the call itself (it
// puts both parentheses of such a call at one position).
func synthesized(e *syntax.CallExpr) (fn string, ok bool) {
	id, isID := e.Fn.(*syntax.Ident)
	if !isID || !madeUp(id.Name) {
		return "", false
	}
	if id.Name == abi.Import || id.Name == abi.ImportFrom { // Rparen: the statement's end (lower.withEnd)
		return id.Name, true
	}
	return id.Name, e.Lparen == e.Rparen
}

// anchorOf returns the instruction position of n and how a failure
// there is marked, or nil when n is not an expression CPython marks.
func anchorOf(n syntax.Node, ext extents) (syntax.Position, *anchor) {
	switch n := n.(type) {
	case *syntax.CallExpr:
		return callAnchor(n, ext)
	case *syntax.BinaryExpr:
		if id, ok := n.X.(*syntax.Ident); ok && strings.HasPrefix(id.Name, abi.KeyAlias) {
			return syntax.Position{}, nil // (__sp_K + x)[i]: the + is not the user's
		}
		if isHelperIndex(n.X, abi.Unpacker) { // a, b = __sp_U[2] + x: the targets' anchor stands
			return syntax.Position{}, nil
		}
		if isHelperIndex(n.X, abi.ListAdd) { // x += y as x = __sp_A[x] + y: the statement, as CPython marks +=
			return n.OpPos, newAnchor(ext, abi.Plain, n, nil, nil)
		}
		if isRichTest(n) { // part of a lowered comparison
			return syntax.Position{}, nil
		}
		switch n.Op {
		case syntax.AND, syntax.OR:
		case syntax.EQL, syntax.NEQ, syntax.LT, syntax.GT, syntax.LE, syntax.GE, syntax.IN, syntax.NOT_IN:
			return n.OpPos, newAnchor(ext, abi.Plain, n, nil, nil)
		default:
			return n.OpPos, newAnchor(ext, abi.BinaryOp, n, n.X, n.Y)
		}
	case *syntax.IndexExpr:
		if isCmpOp(n) { // a < b as __sp_C_lt[a][b]
			return n.Lbrack, newAnchor(ext, abi.Plain, n, nil, nil)
		}
		if isHelperIndex(n, abi.ListAdd) || isHelperIndex(n, abi.Unpacker) || isRichOperand(n) || isRichTest(n) || isCmpLeft(n) {
			return syntax.Position{}, nil
		}
		return n.Lbrack, newAnchor(ext, abi.Subscr, n, n.X, n.Y)
	case *syntax.DotExpr:
		return n.Dot, newAnchor(ext, abi.Plain, n, nil, nil)
	case *syntax.Ident:
		if !madeUp(n.Name) {
			a := newAnchor(ext, abi.Plain, n, nil, nil)
			a.weak = true // the front-end puts names at other nodes' positions
			return n.NamePos, a
		}
	case *syntax.IfStmt:
		return assertAnchor(n, ext)
	case *syntax.AssignStmt:
		if n.Op != syntax.EQ { // x op= y: the statement, as CPython marks it
			start, _ := ext.of(n.LHS)
			_, end := ext.of(n.RHS)
			return n.OpPos, &anchor{mark: abi.Plain, start: start, end: end, augmented: true}
		}
		switch unparen(n.LHS).(type) {
		case *syntax.TupleExpr, *syntax.ListExpr:
			if n.Op == syntax.EQ { // the targets of an unpacking
				return n.OpPos, newAnchor(ext, abi.Plain, n.LHS, nil, nil)
			}
		}
	case *syntax.UnaryExpr:
		if n.Op != syntax.NOT {
			return n.OpPos, newAnchor(ext, abi.Plain, n, nil, nil)
		}
	}
	return syntax.Position{}, nil
}

// callAnchor is anchorOf for a call: the user's own, or a helper's that
// stands for the construct its SourceMap kind names.
func callAnchor(n *syntax.CallExpr, ext extents) (syntax.Position, *anchor) {
	fn, synth := synthesized(n)
	kind := abi.KindOf(fn)
	switch {
	case kind == abi.Subscript && len(n.Args) == 2:
		return n.Lparen, newAnchor(ext, abi.Subscr, n, n.Args[0], n.Args[1])
	case kind == abi.Subscript && len(n.Args) == 3: // x[k] = v marks the target
		start, _ := ext.of(n.Args[0])
		end := n.Rparen // the target's ]
		end.Col++
		return n.Lparen, &anchor{mark: abi.Subscr, start: start, end: end, left: unparen(n.Args[0]), right: unparen(n.Args[1])}
	case kind == abi.SliceOf && len(n.Args) == 4:
		return n.Lparen, newAnchor(ext, abi.Subscr, n, n.Args[0], lastBound(n))
	case kind == abi.SliceOf && len(n.Args) == 5: // x[lo:hi:step] = v marks the target
		target := *n
		target.Args = n.Args[:4]
		start, _ := ext.of(n.Args[0])
		end := n.Rparen // the target's ]
		end.Col++
		return n.Lparen, &anchor{mark: abi.Subscr, start: start, end: end, left: unparen(n.Args[0]), right: unparen(lastBound(&target))}
	case kind == abi.Name && len(n.Args) == 1:
		return n.Lparen, nameAnchor(n.Lparen, n.Args[0])
	case fn == abi.Raise && synth:
		return n.Lparen, raiseAnchor(n, ext)
	case (fn == abi.Import || fn == abi.ImportFrom) && n.Rparen != n.Lparen:
		end := n.Rparen
		end.Col++
		return n.Lparen, &anchor{mark: abi.Plain, start: n.Lparen, end: end}
	case isClassBody(fn) && synth: // CPython marks the whole class statement, which it never underlines
		return n.Lparen, classAnchor(n.Lparen)
	case fn == abi.Class && len(n.Args) > 2: // __init_subclass__, a metaclass: the statement too
		return n.Lparen, classAnchor(syntax.Start(n.Args[2])) // the body's call, at the 'class'

	case !synth:
		return n.Lparen, newAnchor(ext, abi.Plain, n, nil, nil)
	case kind == abi.Binary && len(n.Args) == 2:
		return n.Lparen, newAnchor(ext, abi.BinaryOp, n, n.Args[0], n.Args[1])
	case fn == abi.BinOp && len(n.Args) == 3:
		if op, ok := n.Args[1].(*syntax.Literal); ok && arithmetic[op.Value] {
			return n.Lparen, newAnchor(ext, abi.BinaryOp, n, n.Args[0], n.Args[2])
		}
		return n.Lparen, newAnchor(ext, abi.Plain, n, nil, nil) // a comparison, x op= y
	}
	return syntax.Position{}, nil
}

// classAnchor is the anchor of a class statement starting at start: it
// spans lines, so no carets show.
func classAnchor(start syntax.Position) *anchor {
	end := start
	end.Line, end.Col = end.Line+1, 1
	return &anchor{mark: abi.Plain, start: start, end: end, class: true}
}

// isClassBody reports whether fn is the function of a class body, which
// a class statement calls where it starts.
func isClassBody(fn string) bool {
	_, ok := abi.ClassName(fn)
	return ok
}

// arithmetic holds the binary operators CPython marks by operator (a
// comparison, or x op= y, is marked whole).
var arithmetic = map[any]bool{"+": true, "-": true, "*": true, "/": true, "//": true, "%": true, "@": true,
	"&": true, "|": true, "^": true, "<<": true, ">>": true, "**": true}

// lastBound returns the last bound written in the lowered slice
// __sp_slice(x, lo, hi, step), or nil: the front-end puts a None at the
// '[' for each one left out.
func lastBound(c *syntax.CallExpr) syntax.Expr {
	for i := len(c.Args) - 1; i > 0; i-- {
		if !omittedBound(c, c.Args[i]) {
			return c.Args[i]
		}
	}
	return nil
}

// omittedBound reports whether arg of the lowered slice c is the None
// the front-end puts for a bound left out.
func omittedBound(c *syntax.CallExpr, arg syntax.Expr) bool {
	id, ok := arg.(*syntax.Ident)
	return ok && id.Name == "None" && id.NamePos == c.Lparen
}

// raiseAnchor returns the anchor of raise E [from C], lowered to
// __sp_raise(E, C) at the 'raise': CPython 3.11 marks the statement, so
// carets show when it shares its line (def f(): raise E). A bare raise,
// and the raise of a lowered assert (see assertAnchor), get none.
func raiseAnchor(n *syntax.CallExpr, ext extents) *anchor {
	if len(n.Args) == 0 {
		return nil
	}
	if c, ok := n.Args[0].(*syntax.CallExpr); ok {
		if fn, _ := synthesized(c); abi.KindOf(fn) == abi.Assert {
			return nil
		}
	}
	_, end := ext.of(n.Args[len(n.Args)-1])
	return &anchor{mark: abi.Plain, start: n.Lparen, end: end}
}

// nameAnchor returns the anchor of an undefined name at pos, lowered to
// __sp_undefined(lit) with lit its name.
func nameAnchor(pos syntax.Position, lit syntax.Expr) *anchor {
	l, ok := lit.(*syntax.Literal)
	if !ok {
		return nil
	}
	name, ok := l.Value.(string)
	if !ok {
		return nil
	}
	end := pos
	end.Col += int32(len([]rune(name)))
	return &anchor{mark: abi.Plain, start: pos, end: end}
}

// assertAnchor returns the position and anchor of the raise of a lowered
// assert statement, if n is one (if not c: __sp_raise(__sp_assertion(m)),
// the raise at the 'not'): CPython marks the asserted expression.
func assertAnchor(n *syntax.IfStmt, ext extents) (syntax.Position, *anchor) {
	not, ok := n.Cond.(*syntax.UnaryExpr)
	if !ok || not.Op != syntax.NOT || len(n.True) != 1 || len(n.False) != 0 {
		return syntax.Position{}, nil
	}
	stmt, ok := n.True[0].(*syntax.ExprStmt)
	if !ok {
		return syntax.Position{}, nil
	}
	raise, ok := stmt.X.(*syntax.CallExpr)
	if !ok || len(raise.Args) != 1 || raise.Lparen != not.OpPos {
		return syntax.Position{}, nil
	}
	arg, ok := raise.Args[0].(*syntax.CallExpr)
	if fn, _ := synthesized(raise); fn != abi.Raise || !ok {
		return syntax.Position{}, nil
	}
	if fn, _ := synthesized(arg); abi.KindOf(fn) != abi.Assert {
		return syntax.Position{}, nil
	}
	if cmp := lastCompare(not.X); cmp != nil {
		return raise.Lparen, newAnchor(ext, abi.Plain, cmp, nil, nil)
	}
	last := not.X
	if len(arg.Args) == 1 {
		last = arg.Args[0] // the message
	}
	_, end := ext.of(last)
	return raise.Lparen, &anchor{mark: abi.Plain, start: n.If, end: end}
}

// lastCompare returns the comparison whose position CPython 3.11 leaves
// on a failed assert's raise: the last one its jump compiler reaches
// through not, and, or and if-else (a comparison sets the position and
// other expressions restore it), or nil, when the raise has the
// statement's position.
func lastCompare(e syntax.Expr) syntax.Expr {
	switch e := unparen(e).(type) {
	case *syntax.UnaryExpr:
		if e.Op != syntax.NOT {
			return nil
		}
		if isCall(e.X, abi.Is) && before(syntax.Start(e.X), e.OpPos) {
			return e // x is not y
		}
		return lastCompare(e.X)
	case *syntax.BinaryExpr:
		switch e.Op {
		case syntax.AND, syntax.OR:
			if e.Op == syntax.AND && chained(e) {
				return e
			}
			if cmp := lastCompare(e.Y); cmp != nil {
				return cmp
			}
			return lastCompare(e.X)
		case syntax.EQL, syntax.NEQ, syntax.LT, syntax.GT, syntax.LE, syntax.GE, syntax.IN, syntax.NOT_IN:
			return e
		}
	case *syntax.IndexExpr:
		if isCmpOp(e) {
			return e
		}
	case *syntax.CondExpr:
		for _, x := range []syntax.Expr{e.False, e.True, e.Cond} {
			if cmp := lastCompare(x); cmp != nil {
				return cmp
			}
		}
	case *syntax.CallExpr:
		if isCall(e, abi.Is) || isCall(e, abi.Compare) {
			return e
		}
	}
	return nil
}

// chained reports whether e is a comparison chain's and-form, (a < b)
// and (b < c), whose middle operand is one node.
func chained(e *syntax.BinaryExpr) bool {
	left, right := operand(e.X, false), operand(e.Y, true)
	return left != nil && left == right
}

// operand returns the rightmost comparison's right operand in e, or with
// leftmost the leftmost comparison's left operand.
func operand(e syntax.Expr, leftmost bool) syntax.Expr {
	switch e := unparen(e).(type) {
	case *syntax.UnaryExpr: // x is not y
		if e.Op == syntax.NOT && isCall(e.X, abi.Is) {
			return operand(e.X, leftmost)
		}
	case *syntax.CallExpr:
		if isCall(e, abi.Is) && len(e.Args) == 2 && leftmost {
			return e.Args[0]
		}
		if isCall(e, abi.Is) && len(e.Args) == 2 {
			return e.Args[1]
		}
	case *syntax.CondExpr:
		if isRichTest(unparen(e.Cond)) { // a comparison lowered across types (lower.acrossCompare)
			return operand(e.False, leftmost)
		}
	case *syntax.IndexExpr:
		if isCmpOp(e) {
			if leftmost {
				return e.X.(*syntax.IndexExpr).Y
			}
			return e.Y
		}
	case *syntax.BinaryExpr:
		if ix, ok := e.X.(*syntax.IndexExpr); ok && isRichOperand(ix) {
			left, right := ix.Y, e.Y
			if strings.HasSuffix(ix.X.(*syntax.Ident).Name, "_r") { // moved from the right
				left, right = right, left
			}
			if leftmost {
				return left
			}
			return right
		}
		switch e.Op {
		case syntax.AND:
			if leftmost {
				return operand(e.X, true)
			}
			return operand(e.Y, false)
		case syntax.OR:
			return nil
		}
		if leftmost {
			return e.X
		}
		return e.Y
	}
	return nil
}

// isCall reports whether e is a call of the helper fn.
func isCall(e syntax.Expr, fn string) bool {
	c, ok := e.(*syntax.CallExpr)
	if !ok {
		return false
	}
	name, synth := synthesized(c)
	return synth && name == fn
}

// newAnchor returns the anchor of expression n.
func newAnchor(ext extents, mark abi.Mark, n syntax.Expr, left, right syntax.Expr) *anchor {
	start, end := ext.of(n)
	return &anchor{mark: mark, start: start, end: end, left: unparen(left), right: unparen(right)}
}

// unparen strips the parentheses around e, which CPython's AST has no
// node for, and the __sp_R_T[u] that stands for an operand u.
func unparen(e syntax.Expr) syntax.Expr {
	for {
		switch x := e.(type) {
		case *syntax.ParenExpr:
			e = x.X
		case *syntax.IndexExpr:
			if !isRichOperand(x) {
				return e
			}
			e = x.Y
		default:
			return e
		}
	}
}

// isHelperIndex reports whether x is helper[t], the left operand of a
// sum the front-end made (see abi.ListAdd and abi.Unpacker).
func isHelperIndex(x syntax.Expr, helper string) bool {
	ix, ok := x.(*syntax.IndexExpr)
	if !ok {
		return false
	}
	id, ok := ix.X.(*syntax.Ident)
	return ok && id.Name == helper
}

// isRichTest reports whether e is the test of a comparison lowered
// across types (see lower.acrossCompare): __sp_Ra[x], or an or of such
// tests; or of a division lowered for its zero divisor, __sp_Rz[y]
// (lower.zeroDivision).
func isRichTest(e syntax.Expr) bool {
	switch e := unparen(e).(type) {
	case *syntax.BinaryExpr:
		return e.Op == syntax.OR && isRichTest(e.X) && isRichTest(e.Y)
	case *syntax.IndexExpr:
		return isHelperIndex(e, abi.RichAlias) || isHelperIndex(e, abi.ZeroAlias)
	}
	return false
}

// isCmpOp reports whether e is a comparison lowered across types as
// __sp_C_lt[a][b].
func isCmpOp(e *syntax.IndexExpr) bool {
	left, ok := e.X.(*syntax.IndexExpr)
	return ok && isCmpLeft(left)
}

// isCmpLeft reports whether e is __sp_C_lt[a], a comparison lowered
// across types without its right operand.
func isCmpLeft(e *syntax.IndexExpr) bool {
	id, ok := e.X.(*syntax.Ident)
	return ok && strings.HasPrefix(id.Name, abi.CmpOp)
}

// isRichOperand reports whether x is __sp_R_T[u], the operand u of a
// comparison lowered across types, which stands for u.
func isRichOperand(x *syntax.IndexExpr) bool {
	id, ok := x.X.(*syntax.Ident)
	return ok && strings.HasPrefix(id.Name, abi.RichOperand)
}
