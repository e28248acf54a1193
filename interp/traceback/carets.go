package traceback

// This file computes the caret lines of CPython 3.11 tracebacks: the
// marks under the part of a frame's source line that failed, from the
// expression the front-end's SourceMap says the frame's position stands
// for.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// AddSourceMap records what the instructions of the file filename was
// compiled from stand for, so tracebacks can mark the failing expression
// of each frame and name the defs of bad calls.
func (s *Sources) AddSourceMap(filename string, m *abi.SourceMap) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sourceMaps == nil {
		s.sourceMaps = map[string]*abi.SourceMap{}
	}
	s.sourceMaps[filename] = m
}

// SourceMap returns the SourceMap of filename, or nil (for a nil s
// too). It is safe for concurrent use.
func (s *Sources) SourceMap(filename string) *abi.SourceMap { return s.sourceMap(filename) }

// sourceMap returns the SourceMap of filename, or nil.
func (s *Sources) sourceMap(filename string) *abi.SourceMap {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sourceMaps[filename]
}

// anchorAt returns the expression whose instruction is at pos, or nil.
func (s *Sources) anchorAt(pos syntax.Position) *abi.Anchor {
	return s.sourceMap(pos.Filename()).AnchorAt(abi.Pos{Line: pos.Line, Col: pos.Col})
}

// caretStyle says whether and how a traceback marks the failing
// expression: as the traceback module does, or as the interpreter's own
// printing of an uncaught exception does (they differ on an operator
// after a parenthesis).
type caretStyle int

const (
	noCarets caretStyle = iota
	pyCarets
	cCarets
)

// caretLine returns the line CPython 3.11 prints under the source line
// of a frame whose failing expression is a (nil if unknown), after the
// indentation of the stripped source line and without a newline, or ""
// when it prints none. line is the source line, unstripped.
func caretLine(a *abi.Anchor, line string, style caretStyle) string {
	if a == nil {
		return ""
	}
	runes := []rune(strings.TrimRightFunc(line, unicode.IsSpace))
	lead := len(runes) - len([]rune(strings.TrimLeftFunc(string(runes), unicode.IsSpace)))
	start, end := int(a.Start.Col)-1, int(a.End.Col)-1
	multiline := a.End.Line != a.Start.Line
	if multiline {
		end = len(runes)
	}
	if start < lead || end > len(runes) || start >= end {
		return ""
	}
	var marks string
	if !multiline && a.Mark != abi.Plain {
		marks = anchorMarks(a, runes, start, end, style)
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
func anchorMarks(a *abi.Anchor, runes []rune, start, end int, style caretStyle) string {
	leftEnd, rightStart, rightEnd := a.LeftEnd, a.RightStart, a.RightEnd
	if leftEnd.Line != a.Start.Line || rightEnd.Line != a.Start.Line {
		return ""
	}
	seg := runes[start:end]
	l, r := int(leftEnd.Col)-1-start, 0
	if l < 0 || l > len(seg) {
		return ""
	}
	if a.Mark == abi.Subscr {
		l, r = skipUntil(seg, l, '['), int(rightEnd.Col)-start
		if a.NoRight { // a[:]
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
		if style == cCarets {
			l, r = operatorAnchorsC(seg, l, rs)
		} else {
			l, r = operatorAnchors(seg, l, rs)
		}
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

// operatorAnchorsC is operatorAnchors as the interpreter's own
// traceback printing (the default sys.excepthook and
// threading.excepthook) computes them: it passes the closing
// parentheses after the left operand before it measures the operator,
// so (a + 1) // b marks both slashes, where the traceback module marks
// one.
func operatorAnchorsC(seg []rune, l, rs int) (left, right int) {
	left, right = l, l
	for i := l; i < rs; i++ {
		if unicode.IsSpace(seg[i]) {
			continue
		}
		left, right = i, i+1
		if i+1 < rs && !unicode.IsSpace(seg[i+1]) {
			right++
		}
		if seg[i] != ')' || i+1 >= rs {
			break
		}
	}
	return left, right
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
