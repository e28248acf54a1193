package parse

// This file defines the parsing of string literals: adjacent literal
// concatenation and f-strings.

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"
)

// strPiece is one string token of an implicit concatenation.
type strPiece struct {
	tok syntax.Token
	val tokenValue
}

// parseStrings parses one or more adjacent string literals.
func (p *parser) parseStrings() pyast.Expr {
	var pieces []strPiece
	for p.tok == syntax.STRING || p.tok == syntax.BYTES || p.tok == tokFString {
		pieces = append(pieces, strPiece{p.tok, p.tokval})
		p.nextToken()
	}
	first := pieces[0]
	if len(pieces) == 1 && first.tok != tokFString {
		return &pyast.Literal{Token: first.tok, TokenPos: first.val.pos, Raw: first.val.raw, Value: first.val.string}
	}
	var parts []pyast.Expr
	var raws []string
	for _, pc := range pieces {
		if (pc.tok == syntax.BYTES) != (first.tok == syntax.BYTES) {
			p.errorf(first.val.pos, "cannot mix bytes and nonbytes literals")
		}
		raws = append(raws, pc.val.raw)
		if pc.tok == tokFString {
			fp := &fstringParser{p: p, st: pc.val.str, pos: pc.val.str.bodyPos}
			parts = append(parts, fp.parts(false)...)
		} else {
			parts = append(parts, strLit(pc.val.string, pc.val.pos))
		}
	}
	x := joinParts(parts, first.tok, first.val.pos, strings.Join(raws, " "))
	if fs, ok := x.(*pyast.FString); ok {
		last := pieces[len(pieces)-1].val
		fs.End = endOf(last.pos, last.raw)
	}
	return x
}

// endOf returns the position just after raw, source text at pos.
func endOf(pos syntax.Position, raw string) syntax.Position {
	if i := strings.LastIndexByte(raw, '\n'); i >= 0 {
		pos.Line += int32(strings.Count(raw, "\n"))
		pos.Col = 1
		raw = raw[i+1:]
	}
	pos.Col += int32(utf8.RuneCountInString(raw))
	return pos
}

// joinParts merges adjacent literal parts; without fields it returns a
// single literal with the given raw text, else an f-string.
func joinParts(parts []pyast.Expr, tok syntax.Token, pos syntax.Position, raw string) pyast.Expr {
	var merged []pyast.Expr
	var run strings.Builder // the literal text of a run of literal parts
	var runPos *syntax.Position
	flush := func() {
		if runPos != nil {
			merged = append(merged, strLit(run.String(), *runPos))
			run.Reset()
			runPos = nil
		}
	}
	for _, x := range parts {
		lit, ok := x.(*pyast.Literal)
		if !ok {
			flush()
			merged = append(merged, x)
			continue
		}
		if runPos == nil {
			runPos = &lit.TokenPos
		}
		run.WriteString(lit.Value.(string))
	}
	flush()
	if len(merged) == 0 {
		return &pyast.Literal{Token: syntax.STRING, TokenPos: pos, Raw: raw, Value: ""}
	}
	if lit, ok := merged[0].(*pyast.Literal); ok && len(merged) == 1 {
		return &pyast.Literal{Token: tok, TokenPos: pos, Raw: raw, Value: lit.Value}
	}
	return &pyast.FString{Pos: pos, Parts: merged}
}

// strLit returns a str literal with value s.
func strLit(s string, pos syntax.Position) *pyast.Literal {
	return &pyast.Literal{Token: syntax.STRING, TokenPos: pos, Raw: strconv.Quote(s), Value: s}
}

// fstringParser walks the body of one f-string.
type fstringParser struct {
	p   *parser
	st  *strToken
	i   int             // offset in st.body
	pos syntax.Position // position of st.body[i]
}

func (f *fstringParser) peek(k int) byte {
	if f.i+k < len(f.st.body) {
		return f.st.body[f.i+k]
	}
	return 0
}

// advance moves the cursor n bytes forward, tracking the position the
// way the scanner does.
func (f *fstringParser) advance(n int) {
	end := f.i + n
	for f.i < end {
		r, size := utf8.DecodeRuneInString(f.st.body[f.i:])
		f.i += size
		if r == '\r' && f.peek(0) == '\n' {
			f.i++
		}
		if r == '\r' || r == '\n' {
			f.pos.Line++
			f.pos.Col = 1
		} else {
			f.pos.Col++
		}
	}
}

// parts parses literal text and replacement fields up to the end of the
// body or, in a format spec, up to the closing brace.
func (f *fstringParser) parts(inSpec bool) []pyast.Expr {
	var parts []pyast.Expr
	var lit strings.Builder
	litPos := f.pos
	flush := func() {
		if lit.Len() > 0 {
			s, msg := unquote(lit.String(), f.st.raw, false)
			if msg != "" {
				f.p.errorf(litPos, "%s", msg)
			}
			parts = append(parts, strLit(s, litPos))
			lit.Reset()
		}
		litPos = f.pos
	}
	for f.i < len(f.st.body) {
		c := f.st.body[f.i]
		switch {
		case (c == '{' || c == '}') && f.peek(1) == c && !inSpec:
			lit.WriteByte(c)
			f.advance(2)
		case c == '{':
			flush()
			parts = append(parts, f.field()...)
			litPos = f.pos
		case c == '}' && inSpec:
			flush()
			return parts
		case c == '}':
			f.p.errorf(f.pos, "f-string: single '}' is not allowed")
		case c == '\\' && !f.st.raw && f.peek(1) == 'N' && f.peek(2) == '{':
			// \N{NAME}: its braces are not a replacement field's
			n := strings.IndexByte(f.st.body[f.i:], '}') + 1
			if n == 0 {
				n = len(f.st.body) - f.i
			}
			lit.WriteString(f.st.body[f.i : f.i+n])
			f.advance(n)
		case c == '\\' && !f.st.raw && f.peek(1) != '{' && f.peek(1) != '}' && f.peek(1) != 0:
			_, size := utf8.DecodeRuneInString(f.st.body[f.i+1:])
			lit.WriteString(f.st.body[f.i : f.i+1+size])
			f.advance(1 + size)
		default:
			_, size := utf8.DecodeRuneInString(f.st.body[f.i:])
			lit.WriteString(f.st.body[f.i : f.i+size])
			f.advance(size)
		}
	}
	if inSpec {
		f.p.errorf(f.pos, "f-string: expecting '}'")
	}
	flush()
	return parts
}

// field parses {expr[=][!c][:spec]} and returns its parts: the debug
// text, if any, then the formatted value.
func (f *fstringParser) field() []pyast.Expr {
	open := f.pos
	f.advance(1)
	start, startPos := f.i, f.pos
	end := f.exprEnd()
	text := f.st.body[start:end]
	if strings.TrimSpace(text) == "" {
		f.p.errorf(f.pos, "f-string: empty expression not allowed")
	}
	x := f.p.subExpr(text, startPos)
	f.advance(end - f.i)
	var out []pyast.Expr
	debug := f.peek(0) == '='
	if debug {
		f.advance(1)
		for f.peek(0) == ' ' {
			f.advance(1)
		}
		out = append(out, strLit(f.st.body[start:f.i], startPos))
	}
	conv := f.conversion()
	spec := pyast.Expr(strLit("", f.pos))
	hasSpec := f.peek(0) == ':'
	if hasSpec {
		f.advance(1)
		spec = joinParts(f.parts(true), syntax.STRING, f.pos, `""`)
	}
	if f.peek(0) != '}' {
		f.p.errorf(f.pos, "f-string: expecting '}'")
	}
	f.advance(1)
	if debug && conv == "" && !hasSpec {
		conv = "r"
	}
	return append(out, &pyast.FormattedValue{Open: open, X: x, Conv: conv, Spec: spec})
}

// conversion parses an optional !s, !r or !a.
func (f *fstringParser) conversion() string {
	if f.peek(0) != '!' {
		return ""
	}
	f.advance(1)
	c := f.peek(0)
	if c != 's' && c != 'r' && c != 'a' || f.peek(1) != ':' && f.peek(1) != '}' {
		f.p.errorf(f.pos, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
	}
	f.advance(1)
	return string(c)
}

// exprEnd returns the offset where the field's expression ends: a '}',
// '!', ':' or debugging '=' outside brackets and strings.
func (f *fstringParser) exprEnd() int {
	body, depth := f.st.body, 0
	for j := f.i; j < len(body); j++ {
		c := body[j]
		next, prev := byte(0), byte(0)
		if j+1 < len(body) {
			next = body[j+1]
		}
		if j > f.i {
			prev = body[j-1]
		}
		switch {
		case c == '\'' || c == '"':
			j = skipQuoted(body, j)
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			if depth == 0 {
				return j
			}
			depth--
		case depth > 0:
		case c == '!' && next != '=', c == ':':
			return j
		case c == '=' && next != '=' && strings.IndexByte("=!<>", prev) < 0:
			return j
		case c == '#':
			f.p.errorf(f.pos, "f-string expression part cannot include '#'")
		case c == '\\':
			f.p.errorf(f.pos, "f-string expression part cannot include a backslash")
		}
	}
	f.p.errorf(f.pos, "f-string: expecting '}'")
	return 0
}

// skipQuoted returns the offset of the last quote of the string literal
// starting at body[j].
func skipQuoted(body string, j int) int {
	q := body[j]
	if strings.HasPrefix(body[j:], strings.Repeat(string(q), 3)) {
		k := strings.Index(body[j+3:], strings.Repeat(string(q), 3))
		if k < 0 {
			return len(body) - 1
		}
		return j + 3 + k + 2
	}
	for k := j + 1; k < len(body); k++ {
		if body[k] == '\\' {
			k++
		} else if body[k] == q {
			return k
		}
	}
	return len(body) - 1
}

// subExpr parses the expression of an f-string field, at its position
// in the file.
func (p *parser) subExpr(text string, pos syntax.Position) pyast.Expr {
	sc := newScanner("", []byte(text), pos.Line, pos.Col)
	sc.filename = p.in.filename
	sc.pos = syntax.MakePosition(p.in.filename, pos.Line, pos.Col)
	sc.text, sc.fstring, sc.lineStart = p.src, true, false
	sub := &parser{in: sc, src: p.src}
	sub.nextToken()
	x := sub.parseExpr()
	if sub.tok != syntax.EOF {
		sub.errorf(sub.tokval.pos, "f-string: invalid syntax")
	}
	return x
}
