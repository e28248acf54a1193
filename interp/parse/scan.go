package parse

// This file defines the scanner: it turns Python source into tokens,
// with indentation, implicit line joining inside brackets and backslash
// continuation. Positions follow go.starlark.net's scanner exactly
// (1-based lines, columns counted in runes, CR LF is one newline).

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"
)

// tokenValue holds the text and decoded value of the current token.
type tokenValue struct {
	raw    string          // source text of the token
	int    int64           // decoded int
	bigInt *big.Int        // decoded int too big for int64
	float  float64         // decoded float
	string string          // decoded string or bytes
	pos    syntax.Position // start of the token
	str    *strToken       // string details, for STRING, BYTES and f-strings
}

// strToken describes a string literal token.
type strToken struct {
	raw, bytes, fmt, triple bool
	body                    string          // text between the quotes
	bodyPos                 syntax.Position // position of body[0]
	quote                   byte
}

// bracket records an open bracket, for error messages.
type bracket struct {
	c   rune
	pos syntax.Position
}

type scanner struct {
	filename  *string
	src       []byte // the whole input
	off       int    // offset of the next unread byte
	pos       syntax.Position
	brackets  []bracket
	indentstk []int
	altstk    []int // indentstk with tabs counted as one column
	dents     int
	lineStart bool
	text      []byte // the whole file, for error lines
	fstring   bool   // scanning an f-string field: newlines are spaces

	ctx    context.Context // Options.Context, or nil
	ntoken int             // tokens scanned, to check ctx now and then
}

// cancelled is the panic value of a parse whose context is done.
type cancelled struct{ err error }

// checkContext stops the parse when the context is done; it looks every
// 1024 tokens.
func (sc *scanner) checkContext() {
	if sc.ntoken++; sc.ntoken%1024 != 0 || sc.ctx == nil || sc.ctx.Err() == nil {
		return
	}
	panic(cancelled{fmt.Errorf("parsing %s: %w", *sc.filename, context.Cause(sc.ctx))})
}

func newScanner(filename string, src []byte, line, col int32) *scanner {
	return &scanner{
		filename:  &filename,
		src:       src,
		text:      src,
		pos:       syntax.MakePosition(&filename, line, col),
		indentstk: []int{0},
		altstk:    []int{0},
		lineStart: true,
	}
}

// clone returns a copy of sc that scans on independently.
func (sc *scanner) clone() *scanner {
	c := *sc
	c.brackets = append([]bracket(nil), sc.brackets...)
	c.indentstk = append([]int(nil), sc.indentstk...)
	c.altstk = append([]int(nil), sc.altstk...)
	return &c
}

// errorAt aborts scanning or parsing with a syntax error at pos.
func (sc *scanner) errorAt(pos syntax.Position, format string, args ...any) {
	panic(sc.newError(pos, "SyntaxError", fmt.Sprintf(format, args...)))
}

func (sc *scanner) newError(pos syntax.Position, kind, msg string) *Error {
	return &Error{
		Filename: *sc.filename,
		Line:     int(pos.Line),
		Col:      int(pos.Col),
		Msg:      msg,
		Kind:     kind,
		Text:     lineText(sc.text, int(pos.Line)),
	}
}

// eofError aborts with an error that means "the input ended too early".
func (sc *scanner) eofError(pos syntax.Position, format string, args ...any) {
	e := sc.newError(pos, "SyntaxError", fmt.Sprintf(format, args...))
	e.EOF = true
	panic(e)
}

// lineText returns line n (1-based) of src without its line ending.
func lineText(src []byte, n int) string { return pyast.LineText(src, n) }

func (sc *scanner) eof() bool { return sc.off >= len(sc.src) }

// peekRune returns the next rune without consuming it (0 at EOF, '\n'
// for a carriage return).
func (sc *scanner) peekRune() rune {
	if sc.eof() {
		return 0
	}
	b := sc.src[sc.off]
	if b < utf8.RuneSelf {
		if b == '\r' {
			return '\n'
		}
		return rune(b)
	}
	r, _ := utf8.DecodeRune(sc.src[sc.off:])
	return r
}

// peekByte returns the byte i places ahead, or 0.
func (sc *scanner) peekByte(i int) byte {
	if sc.off+i < len(sc.src) {
		return sc.src[sc.off+i]
	}
	return 0
}

// readRune consumes and returns the next rune, updating the position.
func (sc *scanner) readRune() rune {
	if sc.eof() {
		return 0
	}
	b := sc.src[sc.off]
	if b < utf8.RuneSelf {
		sc.off++
		r := rune(b)
		if r == '\r' {
			if sc.peekByte(0) == '\n' {
				sc.off++
			}
			r = '\n'
		}
		if r == '\n' {
			sc.pos.Line++
			sc.pos.Col = 1
		} else {
			sc.pos.Col++
		}
		return r
	}
	r, size := utf8.DecodeRune(sc.src[sc.off:])
	sc.off += size
	sc.pos.Col++
	return r
}

// nextToken scans the next token into val.
func (sc *scanner) nextToken(val *tokenValue) syntax.Token {
	sc.checkContext()
	for {
		tok, again := sc.scan(val)
		if !again {
			return tok
		}
	}
}

// scan scans one token; again reports that only blank input was consumed.
func (sc *scanner) scan(val *tokenValue) (tok syntax.Token, again bool) {
	val.str = nil
	blank, atLineStart := false, sc.lineStart
	if sc.lineStart {
		blank = sc.indentation()
	}
	if sc.dents != 0 {
		val.pos, val.raw = sc.pos, ""
		if sc.dents < 0 {
			sc.dents++
			return syntax.OUTDENT, false
		}
		sc.dents--
		return syntax.INDENT, false
	}
	c := sc.skipSpaceAndComment()
	switch {
	case c == '\n':
		return sc.newline(val, blank)
	case c == 0:
		return sc.end(val, atLineStart)
	case c == '\\':
		sc.continuation()
		return 0, true
	}
	val.pos = sc.pos
	start := sc.off
	tok = sc.scanToken(val, c)
	if val.raw == "" {
		val.raw = string(sc.src[start:sc.off])
	}
	return tok, false
}

// indentation measures the indentation at the start of a line, pushing
// INDENT or OUTDENT tokens, and reports whether the line is blank.
func (sc *scanner) indentation() bool {
	sc.lineStart = false
	col, altcol := 0, 0 // altcol counts a tab as one column, as CPython's
	var c rune
	for {
		c = sc.peekRune()
		if c == ' ' {
			col++
			altcol++
		} else if c == '\t' {
			const tab = 8
			col += int(tab - (sc.pos.Col-1)%tab)
			altcol++
		} else if c == '\f' {
			col, altcol = 0, 0
		} else {
			break
		}
		sc.readRune()
	}
	if c == '#' || c == '\n' || c == 0 || c == '\\' && sc.isContinuation() {
		return true
	}
	if len(sc.brackets) > 0 {
		return false
	}
	sc.indent(col, altcol)
	return false
}

// indent compares a line's indentation with the enclosing blocks', as
// CPython's tokenizer does: col counts tabs to multiples of 8, altcol
// counts them as 1, and when the two disagree on whether the line is
// indented more, less or the same, the line mixes tabs and spaces
// inconsistently (TabError).
func (sc *scanner) indent(col, altcol int) {
	n := len(sc.indentstk) - 1
	cur, altcur := sc.indentstk[n], sc.altstk[n]
	switch {
	case col == cur:
		if altcol != altcur {
			sc.indentError("TabError", "inconsistent use of tabs and spaces in indentation")
		}
	case col > cur:
		if len(sc.indentstk) >= maxIndent {
			sc.indentError("IndentationError", "too many levels of indentation")
		}
		if altcol <= altcur {
			sc.indentError("TabError", "inconsistent use of tabs and spaces in indentation")
		}
		sc.dents++
		sc.indentstk = append(sc.indentstk, col)
		sc.altstk = append(sc.altstk, altcol)
	default:
		for len(sc.indentstk) > 1 && col < sc.indentstk[len(sc.indentstk)-1] {
			sc.dents--
			sc.indentstk = sc.indentstk[:len(sc.indentstk)-1]
			sc.altstk = sc.altstk[:len(sc.altstk)-1]
		}
		n = len(sc.indentstk) - 1
		if col != sc.indentstk[n] {
			panic(sc.newError(sc.pos, "IndentationError", "unindent does not match any outer indentation level"))
		}
		if altcol != sc.altstk[n] {
			sc.indentError("TabError", "inconsistent use of tabs and spaces in indentation")
		}
	}
}

// indentError reports an error in the indentation of the current line,
// without a caret.
func (sc *scanner) indentError(kind, msg string) {
	e := sc.newError(sc.pos, kind, msg)
	e.Col = 0
	panic(e)
}

// isContinuation reports whether a backslash at the cursor ends the line.
func (sc *scanner) isContinuation() bool {
	b := sc.peekByte(1)
	return b == '\n' || b == '\r'
}

func (sc *scanner) skipSpaceAndComment() rune {
	c := sc.peekRune()
	for c == ' ' || c == '\t' || c == '\f' {
		sc.readRune()
		c = sc.peekRune()
	}
	if c == '#' {
		for c != 0 && c != '\n' {
			sc.readRune()
			c = sc.peekRune()
		}
	}
	return c
}

// newline handles a line ending.
func (sc *scanner) newline(val *tokenValue, blank bool) (syntax.Token, bool) {
	sc.lineStart = true
	if len(sc.brackets) > 0 || blank || sc.fstring {
		sc.readRune()
		return 0, true
	}
	val.pos, val.raw = sc.pos, "\n"
	sc.readRune()
	return syntax.NEWLINE, false
}

// end handles the end of input: a final NEWLINE, OUTDENTs, then EOF.
func (sc *scanner) end(val *tokenValue, atLineStart bool) (syntax.Token, bool) {
	if sc.fstring {
		val.pos, val.raw = sc.pos, ""
		return syntax.EOF, false
	}
	if n := len(sc.brackets); n > 0 {
		b := sc.brackets[n-1]
		sc.eofError(b.pos, "'%c' was never closed", b.c)
	}
	if len(sc.indentstk) > 1 {
		if atLineStart {
			sc.dents = 1 - len(sc.indentstk)
			sc.indentstk, sc.altstk = sc.indentstk[:1], sc.altstk[:1]
			return 0, true
		}
		sc.lineStart = true
		val.pos, val.raw = sc.pos, "\n"
		return syntax.NEWLINE, false
	}
	val.pos, val.raw = sc.pos, ""
	return syntax.EOF, false
}

// continuation consumes a backslash that joins two lines.
func (sc *scanner) continuation() {
	pos := sc.pos
	sc.readRune()
	if sc.eof() {
		sc.eofError(pos, "unexpected EOF while parsing")
	}
	if sc.peekRune() != '\n' {
		sc.errorAt(sc.pos, "unexpected character after line continuation character")
	}
	sc.readRune()
	if sc.eof() {
		sc.eofError(pos, "unexpected EOF while parsing")
	}
}

// scanToken scans a token that starts with c at the cursor.
func (sc *scanner) scanToken(val *tokenValue, c rune) syntax.Token {
	if c == '"' || c == '\'' {
		return sc.scanString(val, 0)
	}
	if isIdentStart(c) {
		if n := sc.stringPrefix(); n > 0 {
			return sc.scanString(val, n)
		}
		return sc.scanIdent(val)
	}
	if isdigit(c) || c == '.' && isdigit(rune(sc.peekByte(1))) {
		return sc.scanNumber(val)
	}
	return sc.scanOperator(c)
}

func (sc *scanner) scanIdent(val *tokenValue) syntax.Token {
	start := sc.off
	for isIdent(sc.peekRune()) {
		sc.readRune()
	}
	val.raw = string(sc.src[start:sc.off])
	if k, ok := keywords[val.raw]; ok {
		return k
	}
	return syntax.IDENT
}

// stringPrefix returns the length of a string prefix (r, b, u, f and
// their valid combinations) directly followed by a quote, or 0.
func (sc *scanner) stringPrefix() int {
	n := 0
	for n < 3 && strings.IndexByte("rRbBuUfF", sc.peekByte(n)) >= 0 {
		n++
	}
	for ; n > 0; n-- {
		q := sc.peekByte(n)
		if (q == '"' || q == '\'') && validPrefix(strings.ToLower(string(sc.src[sc.off:sc.off+n]))) {
			return n
		}
	}
	return 0
}

func validPrefix(p string) bool {
	switch p {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

func isIdent(c rune) bool { return isdigit(c) || isIdentStart(c) }

func isIdentStart(c rune) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || unicode.IsLetter(c)
}

func isdigit(c rune) bool { return '0' <= c && c <= '9' }

// scanOperator scans punctuation.
func (sc *scanner) scanOperator(c rune) syntax.Token {
	pos := sc.pos
	switch c {
	case '(', '[', '{':
		sc.readRune()
		sc.brackets = append(sc.brackets, bracket{c, pos})
		if len(sc.brackets) > maxBrackets {
			sc.errorAt(pos, "too many nested parentheses")
		}
		return map[rune]syntax.Token{'(': syntax.LPAREN, '[': syntax.LBRACK, '{': syntax.LBRACE}[c]
	case ')', ']', '}':
		sc.closeBracket(c, pos)
		sc.readRune()
		return map[rune]syntax.Token{')': syntax.RPAREN, ']': syntax.RBRACK, '}': syntax.RBRACE}[c]
	}
	for _, op := range operators {
		if strings.HasPrefix(string(sc.src[sc.off:min(sc.off+3, len(sc.src))]), op.text) {
			for range op.text {
				sc.readRune()
			}
			return op.tok
		}
	}
	if c == '!' {
		sc.readRune()
		return tokBang
	}
	sc.errorAt(pos, "invalid character '%c' (U+%04X)", c, c)
	panic("unreachable")
}

func (sc *scanner) closeBracket(c rune, pos syntax.Position) {
	n := len(sc.brackets)
	if n == 0 {
		sc.errorAt(pos, "unmatched '%c'", c)
	}
	open := sc.brackets[n-1]
	if pair := map[rune]rune{')': '(', ']': '[', '}': '{'}[c]; pair != open.c {
		if open.pos.Line != pos.Line {
			sc.errorAt(pos, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.c, open.pos.Line)
		}
		sc.errorAt(pos, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.c)
	}
	sc.brackets = sc.brackets[:n-1]
}

// operators lists punctuation, longest first.
var operators = []struct {
	text string
	tok  syntax.Token
}{
	{"**=", tokStarStarEq}, {"//=", syntax.SLASHSLASH_EQ}, {"<<=", syntax.LTLT_EQ},
	{">>=", syntax.GTGT_EQ}, {"...", tokEllipsis},
	{"**", syntax.STARSTAR}, {"//", syntax.SLASHSLASH}, {"<<", syntax.LTLT},
	{">>", syntax.GTGT}, {"<=", syntax.LE}, {">=", syntax.GE}, {"==", syntax.EQL},
	{"!=", syntax.NEQ}, {"+=", syntax.PLUS_EQ}, {"-=", syntax.MINUS_EQ},
	{"*=", syntax.STAR_EQ}, {"/=", syntax.SLASH_EQ}, {"%=", syntax.PERCENT_EQ},
	{"&=", syntax.AMP_EQ}, {"|=", syntax.PIPE_EQ}, {"^=", syntax.CIRCUMFLEX_EQ},
	{"->", tokArrow}, {":=", tokWalrus}, {"@=", tokAtEq},
	{"+", syntax.PLUS}, {"-", syntax.MINUS}, {"*", syntax.STAR}, {"/", syntax.SLASH},
	{"%", syntax.PERCENT}, {"&", syntax.AMP}, {"|", syntax.PIPE}, {"^", syntax.CIRCUMFLEX},
	{"~", syntax.TILDE}, {".", syntax.DOT}, {",", syntax.COMMA}, {"=", syntax.EQ},
	{";", syntax.SEMI}, {":", syntax.COLON}, {"<", syntax.LT}, {">", syntax.GT},
	{"@", tokAt},
}

// keywordFollows reports whether a keyword that CPython accepts right
// after a number ("1if x else 2", "0or 1") starts at the cursor.
func (sc *scanner) keywordFollows() bool {
	rest := sc.src[sc.off:]
	for _, kw := range []string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if bytes.HasPrefix(rest, []byte(kw)) {
			return true
		}
	}
	return false
}

// scanNumber scans an int or float literal.
func (sc *scanner) scanNumber(val *tokenValue) syntax.Token {
	pos, start := sc.pos, sc.off
	isFloat := false
	if sc.peekByte(0) == '0' && strings.IndexByte("xXoObB", sc.peekByte(1)) >= 0 {
		sc.readRune()
		sc.readRune()
		sc.readDigits()
	} else {
		isFloat = sc.scanDecimal()
	}
	imaginary := false
	if c := sc.peekRune(); c == 'j' || c == 'J' {
		imaginary = true
		sc.readRune()
		if c := sc.peekRune(); isIdent(c) && !sc.keywordFollows() {
			sc.errorAt(sc.lastCharPos(pos, start), "invalid imaginary literal")
		}
	} else if isIdent(c) && !sc.keywordFollows() {
		kind := map[byte]string{'x': "hexadecimal", 'o': "octal", 'b': "binary"}[sc.src[start+1]|0x20]
		if sc.src[start] != '0' || kind == "" {
			kind = "decimal"
		}
		sc.errorAt(sc.lastCharPos(pos, start), "invalid %s literal", kind)
	}
	val.raw = string(sc.src[start:sc.off])
	text := strings.ReplaceAll(val.raw, "_", "")
	if imaginary {
		text = text[:len(text)-1]
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && f == 0 {
			sc.errorAt(pos, "invalid imaginary literal")
		}
		val.float = f
		return tokImag
	}
	if strings.Contains(val.raw, "__") || strings.HasSuffix(val.raw, "_") {
		sc.errorAt(pos, "invalid decimal literal")
	}
	if isFloat {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && f == 0 {
			sc.errorAt(pos, "invalid float literal")
		}
		val.float = f
		return syntax.FLOAT
	}
	sc.decodeInt(val, text, pos)
	return syntax.INT
}

// lastCharPos is the position of the last character of the number
// that starts at pos (offset start), where CPython's caret points when a
// letter follows it.
func (sc *scanner) lastCharPos(pos syntax.Position, start int) syntax.Position {
	pos.Col += int32(sc.off - start - 1)
	return pos
}

// readDigits consumes letters, digits and underscores (a number's body).
func (sc *scanner) readDigits() {
	for c := sc.peekRune(); isdigit(c) || c == '_' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'; c = sc.peekRune() {
		sc.readRune()
	}
}

// scanDecimal scans a decimal int or float and reports whether it is a float.
func (sc *scanner) scanDecimal() bool {
	isFloat := false
	sc.decimalDigits()
	if sc.peekRune() == '.' {
		isFloat = true
		sc.readRune()
		sc.decimalDigits()
	}
	if c := sc.peekRune(); c == 'e' || c == 'E' {
		b := sc.peekByte(1)
		if isdigit(rune(b)) || (b == '+' || b == '-') && isdigit(rune(sc.peekByte(2))) {
			isFloat = true
			sc.readRune()
			if b == '+' || b == '-' {
				sc.readRune()
			}
			sc.decimalDigits()
		}
	}
	return isFloat
}

func (sc *scanner) decimalDigits() {
	for c := sc.peekRune(); isdigit(c) || c == '_'; c = sc.peekRune() {
		sc.readRune()
	}
}

// decodeInt sets val.int or val.bigInt from the literal text s.
func (sc *scanner) decodeInt(val *tokenValue, s string, pos syntax.Position) {
	val.bigInt = nil
	base, digits := 10, s
	if len(s) > 1 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base, digits = 16, s[2:]
		case 'o', 'O':
			base, digits = 8, s[2:]
		case 'b', 'B':
			base, digits = 2, s[2:]
		default:
			if strings.Trim(s, "0") != "" {
				sc.errorAt(pos, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
			}
		}
	}
	n, err := strconv.ParseInt(digits, base, 64)
	if err == nil {
		val.int = n
		return
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		sc.errorAt(pos, "invalid %s literal", map[int]string{16: "hexadecimal", 8: "octal", 2: "binary", 10: "decimal"}[base])
	}
	val.bigInt = b
}
