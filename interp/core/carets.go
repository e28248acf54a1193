package core

// This file computes the caret lines of CPython 3.11 tracebacks: the
// marks under the part of a frame's source line that failed, found from
// the frame's position in the syntax tree the file was compiled from.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"go.starlark.net/syntax"
)

// anchorKind says how a failing expression is marked.
type anchorKind int

const (
	plainAnchor  anchorKind = iota // ^ under the whole expression
	binopAnchor                    // ~ under the operands, ^ under the operator
	subscrAnchor                   // ~ under the value, ^ under [index]
)

// anchor is an expression that a frame's position can point at: the
// position go.starlark.net's compiler gives its failing instruction.
type anchor struct {
	kind       anchorKind
	start, end syntax.Position // the expression's extent in the source
	left       syntax.Expr     // binop: left operand; subscript: value
	right      syntax.Expr     // binop: right operand; subscript: index
	ambiguous  bool            // another node of the same extent shares the position
	weak       bool            // a name, which any other node at its position hides
}

// posKey identifies a position within a file.
type posKey struct{ line, col int32 }

// AddSyntax records the tree filename was compiled from, so tracebacks
// can mark the failing expression of each frame. It does no work until
// a traceback needs it.
func (rt *Runtime) AddSyntax(filename string, f *syntax.File) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if rt.trees == nil {
		rt.trees = map[string]*syntax.File{}
		rt.anchors = map[string]map[posKey]*anchor{}
	}
	rt.trees[filename] = f
	delete(rt.anchors, filename)
}

// anchorAt returns the expression whose instruction is at pos, indexing
// the file's tree on first use.
func (rt *Runtime) anchorAt(pos syntax.Position) *anchor {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	name := pos.Filename()
	idx, ok := rt.anchors[name]
	if !ok {
		f := rt.trees[name]
		if f == nil {
			return nil
		}
		idx = indexAnchors(f)
		rt.anchors[name] = idx
	}
	a := idx[posKey{pos.Line, pos.Col}]
	if a == nil || a.ambiguous {
		return nil
	}
	return a
}

// indexAnchors maps each instruction position in f to the smallest
// expression compiled there.
func indexAnchors(f *syntax.File) map[posKey]*anchor {
	idx := map[posKey]*anchor{}
	ext := treeExtents(f)
	syntax.Walk(f, func(n syntax.Node) bool {
		if n == nil {
			return false
		}
		if pos, a := anchorOf(n, ext); a != nil {
			addAnchor(idx, posKey{pos.Line, pos.Col}, a)
		}
		return true
	})
	return idx
}

// addAnchor records a at k unless a smaller expression is there
// already; two expressions there of which neither contains the other
// make the position ambiguous.
func addAnchor(idx map[posKey]*anchor, k posKey, a *anchor) {
	old := idx[k]
	switch {
	case old == nil || old.weak && !a.weak:
		idx[k] = a
	case a.weak && !old.weak:
	case a.start == old.start && a.end == old.end:
		old.ambiguous = true
	case within(a, old):
		idx[k] = a
	case !within(old, a):
		old.ambiguous = true
	}
}

// within reports whether a's extent lies within b's.
func within(a, b *anchor) bool {
	return !before(a.start, b.start) && !before(b.end, a.end)
}

// before reports whether p comes before q in a file.
func before(p, q syntax.Position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col
}

// synthesized returns the name of e's function when it is one of the
// front-end's (__sp_*), and whether the front-end made up the call
// itself (both parentheses at one position).
func synthesized(e *syntax.CallExpr) (fn string, ok bool) {
	id, isID := e.Fn.(*syntax.Ident)
	if !isID || !strings.HasPrefix(id.Name, "__sp_") {
		return "", false
	}
	return id.Name, e.Lparen == e.Rparen
}

// anchorOf returns the instruction position of n and how a failure
// there is marked, or nil when n is not an expression CPython marks.
func anchorOf(n syntax.Node, ext extents) (syntax.Position, *anchor) {
	switch n := n.(type) {
	case *syntax.CallExpr:
		fn, synth := synthesized(n)
		switch {
		case fn == "__sp_index" && len(n.Args) == 2:
			return n.Lparen, newAnchor(ext, subscrAnchor, n, n.Args[0], n.Args[1])
		case fn == "__sp_slice" && len(n.Args) == 4:
			return n.Lparen, newAnchor(ext, subscrAnchor, n, n.Args[0], lastBound(n))
		case fn == "__sp_undefined" && len(n.Args) == 1:
			return n.Lparen, nameAnchor(n.Lparen, n.Args[0])
		case !synth:
			return n.Lparen, newAnchor(ext, plainAnchor, n, nil, nil)
		case (fn == "__sp_pow" || fn == "__sp_percent") && len(n.Args) == 2:
			return n.Lparen, newAnchor(ext, binopAnchor, n, n.Args[0], n.Args[1])
		}
	case *syntax.BinaryExpr:
		if id, ok := n.X.(*syntax.Ident); ok && strings.HasPrefix(id.Name, "__sp_K") {
			return syntax.Position{}, nil // (__sp_K + x)[i]: see interp/parse/lower_index.go
		}
		switch n.Op {
		case syntax.AND, syntax.OR:
		case syntax.EQL, syntax.NEQ, syntax.LT, syntax.GT, syntax.LE, syntax.GE, syntax.IN, syntax.NOT_IN:
			return n.OpPos, newAnchor(ext, plainAnchor, n, nil, nil)
		default:
			return n.OpPos, newAnchor(ext, binopAnchor, n, n.X, n.Y)
		}
	case *syntax.IndexExpr:
		return n.Lbrack, newAnchor(ext, subscrAnchor, n, n.X, n.Y)
	case *syntax.DotExpr:
		return n.Dot, newAnchor(ext, plainAnchor, n, nil, nil)
	case *syntax.Ident:
		if !strings.HasPrefix(n.Name, "__sp_") {
			a := newAnchor(ext, plainAnchor, n, nil, nil)
			a.weak = true // the front-end puts names at other nodes' positions
			return n.NamePos, a
		}
	case *syntax.IfStmt:
		return assertAnchor(n, ext)
	case *syntax.AssignStmt:
		switch unparen(n.LHS).(type) {
		case *syntax.TupleExpr, *syntax.ListExpr:
			if n.Op == syntax.EQ { // the targets of an unpacking
				return n.OpPos, newAnchor(ext, plainAnchor, n.LHS, nil, nil)
			}
		}
	case *syntax.UnaryExpr:
		if n.Op != syntax.NOT {
			return n.OpPos, newAnchor(ext, plainAnchor, n, nil, nil)
		}
	}
	return syntax.Position{}, nil
}

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
	return &anchor{kind: plainAnchor, start: pos, end: end}
}

// assertAnchor returns the position and anchor of the raise of a lowered
// assert statement, if n is one (see parseAssert): CPython marks the
// asserted expression.
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
	if fn, _ := synthesized(raise); fn != "__sp_raise" || !ok {
		return syntax.Position{}, nil
	}
	if fn, _ := synthesized(arg); fn != "__sp_assertion" {
		return syntax.Position{}, nil
	}
	if constant(not.X) {
		return syntax.Position{}, nil // CPython compiles no test: the raise is the statement
	}
	return raise.Lparen, newAnchor(ext, plainAnchor, not.X, nil, nil)
}

// constant reports whether e is a literal or True, False or None.
func constant(e syntax.Expr) bool {
	switch e := unparen(e).(type) {
	case *syntax.Literal:
		return true
	case *syntax.Ident:
		return e.Name == "True" || e.Name == "False" || e.Name == "None"
	}
	return false
}

// newAnchor returns the anchor of expression n.
func newAnchor(ext extents, kind anchorKind, n syntax.Expr, left, right syntax.Expr) *anchor {
	start, end := ext.of(n)
	return &anchor{kind: kind, start: start, end: end, left: unparen(left), right: unparen(right)}
}

// unparen strips the parentheses around e, which CPython's AST has no
// node for.
func unparen(e syntax.Expr) syntax.Expr {
	for {
		p, ok := e.(*syntax.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// extent returns the source extent of e: the union of the extents of
// its nodes, leaving out the names and parentheses the front-end made up
// (which sit at a keyword or operator, not where the text is).
func extent(e syntax.Expr) (start, end syntax.Position) {
	var acc spanAcc
	if e != nil {
		syntax.Walk(e, acc.visit)
	}
	return acc.start, acc.end
}

// spanAcc accumulates the extent of the nodes extent visits.
type spanAcc struct{ start, end syntax.Position }

// visit adds n's extent unless the front-end made n up, and says
// whether to visit its children.
func (acc *spanAcc) visit(n syntax.Node) bool {
	if n == nil {
		return false
	}
	if id, ok := n.(*syntax.Ident); ok && strings.HasPrefix(id.Name, "__sp_") {
		if name, ok := strings.CutPrefix(id.Name, "__sp_x"); ok {
			// __sp_xN_name, a loop's substitute for name (see interp/parse/lower_index.go)
			_, name, _ = strings.Cut(name, "_")
			acc.add(spanOf(&syntax.Ident{NamePos: id.NamePos, Name: name}))
		} else if start, end, ok := sharedNameSpan(id); ok {
			acc.add(start, end)
		}
		return true
	}
	c, isCall := n.(*syntax.CallExpr)
	fn, synth := "", false
	if isCall {
		fn, synth = synthesized(c)
	}
	if !synth {
		acc.add(spanOf(n))
	}
	if fn != "__sp_slice" {
		return true
	}
	for _, arg := range c.Args {
		if !omittedBound(c, arg) {
			syntax.Walk(arg, acc.visit)
		}
	}
	return false
}

// add widens the extent to cover start..end.
func (acc *spanAcc) add(start, end syntax.Position) {
	if !start.IsValid() {
		return
	}
	if !acc.start.IsValid() || before(start, acc.start) {
		acc.start = start
	}
	if before(acc.end, end) {
		acc.end = end
	}
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

// caretLine returns the line CPython 3.11 prints under the source line
// of a frame whose failing expression is a (nil if unknown), after the
// indentation of the stripped source line and without a newline, or ""
// when it prints none. line is the source line, unstripped.
func caretLine(a *anchor, line string) string {
	if a == nil {
		return ""
	}
	runes := []rune(strings.TrimRightFunc(line, unicode.IsSpace))
	lead := len(runes) - len([]rune(strings.TrimLeftFunc(string(runes), unicode.IsSpace)))
	start, end := int(a.start.Col)-1, int(a.end.Col)-1
	multiline := a.end.Line != a.start.Line
	if multiline {
		end = len(runes)
	}
	if start < lead || end > len(runes) || start >= end {
		return ""
	}
	var marks string
	if !multiline && a.kind != plainAnchor {
		marks = anchorMarks(a, runes, start, end)
	}
	if marks == "" {
		if end-start == len(runes)-lead {
			return "" // the expression is the whole line
		}
		marks = strings.Repeat("^", end-start)
	}
	return strings.Repeat(" ", start-lead) + marks
}

// anchorMarks returns the ~ and ^ marks of a binary operation or a
// subscript spanning runes[start:end], as CPython 3.11's
// _extract_caret_anchors_from_line_segment places them, or "".
func anchorMarks(a *anchor, runes []rune, start, end int) string {
	_, leftEnd := extent(a.left)
	rightStart, rightEnd := extent(a.right)
	if a.right == nil {
		rightStart, rightEnd = leftEnd, leftEnd
	}
	if leftEnd.Line != a.start.Line || rightEnd.Line != a.start.Line {
		return ""
	}
	seg := runes[start:end]
	l, r := int(leftEnd.Col)-1-start, 0
	if l < 0 || l > len(seg) {
		return ""
	}
	if a.kind == subscrAnchor {
		l, r = skipUntil(seg, l, '['), int(rightEnd.Col)-start
		if a.right == nil { // a[:]
			r = l + 1
		}
		if r = skipUntil(seg, r, ']'); r < len(seg) {
			r++
		}
	} else {
		rs := int(rightStart.Col) - 1 - start
		if rs < l || rs > len(seg) {
			return ""
		}
		l, r = operatorAnchors(seg, l, rs)
	}
	if l >= r || r > len(seg) {
		return ""
	}
	return strings.Repeat("~", l) + strings.Repeat("^", r-l) + strings.Repeat("~", len(seg)-r)
}

// operatorAnchors returns where the ^ under the operator between
// seg[:l] and seg[rs:] starts and ends, as CPython 3.11 computes them:
// it adds character counts to the byte offset of the left operand's end
// and indexes the characters with the sum, which is off after non-ASCII
// text; the result is kept, as CPython prints it.
func operatorAnchors(seg []rune, l, rs int) (left, right int) {
	op := seg[l:rs]
	off := 0
	for off < len(op) && unicode.IsSpace(op[off]) {
		off++
	}
	left = len(string(seg[:l])) + off
	right = left + 1
	if off+1 < len(op) && !unicode.IsSpace(op[off+1]) {
		right++
	}
	for left < len(seg) && (unicode.IsSpace(seg[left]) || seg[left] == ')' || seg[left] == '#') {
		left, right = left+1, right+1
	}
	return charsIn(seg, left), charsIn(seg, right)
}

// charsIn returns the number of characters in the first n bytes of the
// UTF-8 encoding of seg.
func charsIn(seg []rune, n int) int {
	b := []byte(string(seg))
	return utf8.RuneCount(b[:min(n, len(b))])
}

// skipUntil returns the index of the first c in seg at or after i, or
// len(seg).
func skipUntil(seg []rune, i int, c rune) int {
	for i < len(seg) && seg[i] != c {
		i++
	}
	return i
}
