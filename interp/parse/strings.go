package parse

// This file defines the scanning and decoding of string and bytes
// literals, including the raw, bytes and f-string prefixes.

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/charnames"
)

// scanString scans a string literal whose prefix has n bytes.
func (sc *scanner) scanString(val *tokenValue, n int) syntax.Token {
	start, pos := sc.off, sc.pos
	prefix := strings.ToLower(string(sc.src[sc.off : sc.off+n]))
	for i := 0; i < n; i++ {
		sc.readRune()
	}
	st := &strToken{
		raw:   strings.Contains(prefix, "r"),
		bytes: strings.Contains(prefix, "b"),
		fmt:   strings.Contains(prefix, "f"),
		quote: sc.peekByte(0),
	}
	st.triple = sc.peekByte(1) == st.quote && sc.peekByte(2) == st.quote
	quotes := 1
	if st.triple {
		quotes = 3
	}
	for i := 0; i < quotes; i++ {
		sc.readRune()
	}
	st.bodyPos = sc.pos
	bodyStart := sc.off
	sc.scanStringBody(st, pos)
	st.body = runeString(sc.src[bodyStart : sc.off-quotes])
	val.raw = runeString(sc.src[start:sc.off])
	val.str = st
	if st.fmt {
		return tokFString
	}
	s, err := unquote(st.body, st.raw, st.bytes)
	if err != "" {
		sc.errorAt(pos, "%s", err)
	}
	val.string = s
	if st.bytes {
		return syntax.BYTES
	}
	return syntax.STRING
}

// scanStringBody consumes the body and the closing quotes.
func (sc *scanner) scanStringBody(st *strToken, pos syntax.Position) {
	run := 0
	for {
		if sc.eof() {
			sc.unterminated(st, pos, sc.pos.Line)
		}
		c := sc.readRune()
		switch {
		case c == rune(st.quote):
			run++
			if !st.triple || run == 3 {
				return
			}
			continue
		case c == '\n' && !st.triple:
			sc.unterminated(st, pos, sc.pos.Line-1)
		case c == '\\':
			if sc.eof() {
				sc.unterminated(st, pos, sc.pos.Line)
			}
			sc.readRune()
		}
		run = 0
	}
}

func (sc *scanner) unterminated(st *strToken, pos syntax.Position, detected int32) {
	if st.triple {
		sc.eofError(pos, "unterminated triple-quoted string literal (detected at line %d)", sc.pos.Line)
	}
	sc.errorAt(pos, "unterminated string literal (detected at line %d)", detected)
}

var unesc = [256]byte{
	'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
	'\\': '\\', '\'': '\'', '"': '"',
}

// unquote decodes the body of a string literal. It returns a non-empty
// message for an invalid literal. Unknown escapes keep their backslash,
// as in Python.
func unquote(body string, raw, isBytes bool) (string, string) {
	special := "\\\r"
	if raw {
		special = "\r"
	}
	if !strings.ContainsAny(body, special) {
		return body, ""
	}
	var buf strings.Builder
	for {
		i := strings.IndexAny(body, special)
		if i < 0 {
			buf.WriteString(body)
			return buf.String(), ""
		}
		buf.WriteString(body[:i])
		body = body[i:]
		if body[0] == '\r' {
			buf.WriteByte('\n')
			body = strings.TrimPrefix(body[1:], "\n")
			continue
		}
		var msg string
		body, msg = unescape(&buf, body, isBytes)
		if msg != "" {
			return "", msg
		}
	}
}

// unescape decodes the escape sequence at the start of s into buf and
// returns the rest of s.
func unescape(buf *strings.Builder, s string, isBytes bool) (string, string) {
	if len(s) == 1 {
		buf.WriteByte('\\')
		return "", ""
	}
	c := s[1]
	switch {
	case c == '\n':
		return s[2:], ""
	case c == '\r':
		return strings.TrimPrefix(s[2:], "\n"), ""
	case unesc[c] != 0:
		buf.WriteByte(unesc[c])
		return s[2:], ""
	case '0' <= c && c <= '7':
		n, i := 0, 1
		for ; i < 4 && i < len(s) && '0' <= s[i] && s[i] <= '7'; i++ {
			n = n*8 + int(s[i]-'0')
		}
		writeCode(buf, n&0x1ff, isBytes)
		return s[i:], ""
	case c == 'x':
		if len(s) < 4 {
			return "", "(unicode error) truncated \\xXX escape"
		}
		n, err := strconv.ParseUint(s[2:4], 16, 8)
		if err != nil {
			return "", "(unicode error) truncated \\xXX escape"
		}
		writeCode(buf, int(n), isBytes)
		return s[4:], ""
	case c == 'u' || c == 'U':
		return unescapeUnicode(buf, s)
	case c == 'N' && !isBytes:
		return unescapeName(buf, s)
	}
	buf.WriteByte('\\')
	return s[1:], ""
}

// writeCode writes a \x or octal escape: a byte in bytes literals, a code
// point in strings.
func writeCode(buf *strings.Builder, n int, isBytes bool) {
	if isBytes || n < utf8.RuneSelf {
		buf.WriteByte(byte(n))
	} else {
		buf.WriteRune(rune(n))
	}
}

func unescapeUnicode(buf *strings.Builder, s string) (string, string) {
	sz := 6
	if s[1] == 'U' {
		sz = 10
	}
	if len(s) < sz {
		return "", "(unicode error) truncated \\" + s[1:2] + "XXXX escape"
	}
	n, err := strconv.ParseUint(s[2:sz], 16, 32)
	if err != nil {
		return "", "(unicode error) truncated \\" + s[1:2] + "XXXX escape"
	}
	if n > utf8.MaxRune || 0xD800 <= n && n < 0xE000 {
		return "", "(unicode error) illegal Unicode character"
	}
	buf.WriteRune(rune(n))
	return s[sz:], ""
}

// unescapeName reads \N{name} at the start of s, the character of
// that Unicode name.
func unescapeName(buf *strings.Builder, s string) (string, string) {
	end := strings.IndexByte(s, '}')
	if len(s) < 3 || s[2] != '{' || end < 4 {
		return "", "(unicode error) malformed \\N character escape"
	}
	r, ok := charnames.Lookup(s[3:end])
	if !ok {
		return "", "(unicode error) unknown Unicode character name"
	}
	buf.WriteRune(r)
	return s[end+1:], ""
}

// runeString returns b as the scanner reads it: line endings become
// '\n' and each invalid byte becomes U+FFFD, as in go.starlark.net.
func runeString(b []byte) string {
	var buf strings.Builder
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		if r == '\r' {
			if len(b) > 0 && b[0] == '\n' {
				b = b[1:]
			}
			r = '\n'
		}
		buf.WriteRune(r)
	}
	return buf.String()
}
