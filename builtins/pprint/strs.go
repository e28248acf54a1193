package pprint

// This file defines the layouts of str, bytes and bytearray: a long
// string is split after its whitespace into pieces that fit, a bytes
// object into runs of four bytes, as CPython's pprint does.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// str is _pprint_str.
func (p *printer) str(x starlark.Value, indent, allowance int, ctx context, level int) error {
	s := string(x.(starlark.String))
	if s == "" {
		p.write(py.Repr(x))
		return nil
	}
	lines := builtins.SplitLines(s, true)
	if level == 1 {
		indent++
		allowance++
	}
	maxWidth := p.width - indent
	maxWidth1 := maxWidth
	var chunks []string
	var rep string
	for i, line := range lines {
		lastLine := i == len(lines)-1
		rep = strRepr(line)
		if lastLine {
			maxWidth1 -= allowance
		}
		if width(rep) <= maxWidth1 {
			chunks = append(chunks, rep)
			continue
		}
		chunks = appendWords(chunks, words(line), maxWidth, allowance, lastLine)
	}
	if len(chunks) == 1 {
		p.write(rep)
		return nil
	}
	p.writeChunks(chunks, indent, level == 1)
	return nil
}

// appendWords appends the reprs of the longest runs of words of one
// line that fit in maxWidth (less allowance after the last word of the
// last line).
func appendWords(chunks, parts []string, maxWidth, allowance int, lastLine bool) []string {
	current := ""
	for j, part := range parts {
		candidate := current + part
		if j == len(parts)-1 && lastLine {
			maxWidth -= allowance
		}
		if width(strRepr(candidate)) > maxWidth {
			if current != "" {
				chunks = append(chunks, strRepr(current))
			}
			current = part
		} else {
			current = candidate
		}
	}
	if current != "" {
		chunks = append(chunks, strRepr(current))
	}
	return chunks
}

// writeChunks writes the pieces of a split string or bytes object, one
// a line, in parentheses at the top level.
func (p *printer) writeChunks(chunks []string, indent int, parens bool) {
	if parens {
		p.write("(")
	}
	for i, c := range chunks {
		if i > 0 {
			p.write("\n" + strings.Repeat(" ", indent))
		}
		p.write(c)
	}
	if parens {
		p.write(")")
	}
}

func strRepr(s string) string { return py.Repr(starlark.String(s)) }

// isSpace is Python's str.isspace for one character, which regular
// expressions' \s follows.
func isSpace(r rune) bool { return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f }

// words is re.findall(r'\S*\s*', s) without the empty last match: runs
// of non-space characters, each with the whitespace after it.
func words(s string) []string {
	var parts []string
	for s != "" {
		i := spanOf(s, 0, false)
		i = spanOf(s, i, true)
		parts = append(parts, s[:i])
		s = s[i:]
	}
	return parts
}

// spanOf returns the end of the run of space (or non-space) characters
// of s from byte i.
func spanOf(s string, i int, space bool) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) != space {
			break
		}
		i += n
	}
	return i
}

// bytes is _pprint_bytes.
func (p *printer) bytes(x starlark.Value, indent, allowance int, ctx context, level int) error {
	b, _ := builtins.BytesLike(x)
	if len(b) <= 4 {
		p.write(py.Repr(starlark.Bytes(b)))
		return nil
	}
	parens := level == 1
	if parens {
		indent++
		allowance++
	}
	p.writeChunks(wrapBytes(b, p.width-indent, allowance), indent, parens)
	return nil
}

// wrapBytes is _wrap_bytes_repr: the reprs of runs of four bytes that
// fit in w.
func wrapBytes(b []byte, w, allowance int) []string {
	var chunks []string
	var current []byte
	last := len(b) / 4 * 4
	for i := 0; i < len(b); i += 4 {
		part := b[i:min(i+4, len(b))]
		candidate := append(append([]byte{}, current...), part...)
		if i == last {
			w -= allowance
		}
		if len(bytesRepr(candidate)) > w {
			if len(current) > 0 {
				chunks = append(chunks, bytesRepr(current))
			}
			current = append([]byte{}, part...)
		} else {
			current = candidate
		}
	}
	if len(current) > 0 {
		chunks = append(chunks, bytesRepr(current))
	}
	return chunks
}

func bytesRepr(b []byte) string { return py.Repr(starlark.Bytes(b)) }

// bytearray is _pprint_bytearray.
func (p *printer) bytearray(x starlark.Value, indent, allowance int, ctx context, level int) error {
	b, _ := builtins.BytesLike(x)
	p.write("bytearray(")
	if err := p.bytes(starlark.Bytes(b), indent+10, allowance+1, ctx, level+1); err != nil {
		return err
	}
	p.write(")")
	return nil
}
