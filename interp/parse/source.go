package parse

// This file defines how source bytes become text: the UTF-8 byte order
// mark, PEP 263's encoding declaration, invalid UTF-8 and NUL bytes, with
// CPython's messages.

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/spindle-lang/spindle/interp/charmap"
)

// DecodeSource returns src as UTF-8 text, as CPython reads a source file:
// a UTF-8 byte order mark is dropped, an encoding declared in a comment on
// the first or second line (PEP 263: utf-8, latin-1 alias iso-8859-1,
// cp1251 alias windows-1251, ascii) is decoded, and source without a
// declaration must be valid UTF-8. Source text may not contain NUL bytes.
// Errors are *Error values with CPython's messages. File decodes its
// input this way unless Options.Decoded is set.
func DecodeSource(filename string, src []byte) ([]byte, error) {
	bom := bytes.HasPrefix(src, utf8BOM)
	if bom {
		src = src[len(utf8BOM):]
	}
	enc, declared := declaredEncoding(src)
	if declared && bom && enc != "utf-8" {
		return nil, &Error{Filename: filename, Msg: "encoding problem: " + enc + " with BOM"}
	}
	var text []byte
	switch enc {
	case "utf-8":
		if err := checkUTF8(filename, src, declared); err != nil {
			return nil, err
		}
		text = src
	case "iso-8859-1":
		text = decodeTable(src, nil)
	case "cp1251", "windows-1251":
		if bytes.IndexByte(src, 0x98) >= 0 {
			return nil, &Error{Filename: filename, Msg: "encoding problem: " + enc}
		}
		text = decodeTable(src, charmap.CP1251[:])
	case "ascii", "us-ascii":
		for _, b := range src {
			if b >= utf8.RuneSelf {
				return nil, &Error{Filename: filename, Msg: "encoding problem: " + enc}
			}
		}
		text = src
	default:
		return nil, &Error{Filename: filename, Msg: "encoding problem: " + enc}
	}
	if i := bytes.IndexByte(text, 0); i >= 0 {
		return nil, nulError(filename, text, i)
	}
	return text, nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

// codingRE is PEP 263's declaration; CPython looks for it on the first
// line, then on the second if the first is blank or a comment.
var codingRE = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// declaredEncoding returns the normalized declared encoding, or utf-8.
func declaredEncoding(src []byte) (string, bool) {
	rest := src
	for i := 0; i < 2 && len(rest) > 0; i++ {
		line := rest
		if j := bytes.IndexAny(rest, "\r\n"); j >= 0 {
			line, rest = rest[:j], rest[j+1:]
		} else {
			rest = nil
		}
		if m := codingRE.FindSubmatch(line); m != nil {
			return normalEncoding(string(m[1])), true
		}
		if t := bytes.TrimLeft(line, " \t\f"); len(t) > 0 && t[0] != '#' {
			break
		}
	}
	return "utf-8", false
}

// normalEncoding is CPython's get_normal_name, plus the aliases spindle
// decodes.
func normalEncoding(name string) string {
	lower := strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	for _, prefix := range []string{"latin-1", "iso-8859-1", "iso-latin-1"} {
		if lower == prefix || strings.HasPrefix(lower, prefix+"-") {
			return "iso-8859-1"
		}
	}
	switch {
	case lower == "utf-8" || strings.HasPrefix(lower, "utf-8-") || lower == "utf8":
		return "utf-8"
	case lower == "latin1":
		return "iso-8859-1"
	case lower == "cp1251" || lower == "windows-1251", lower == "ascii", lower == "us-ascii":
		return lower
	}
	return name
}

// checkUTF8 reports the first invalid UTF-8 sequence as CPython does: a
// file without a declaration gets the PEP 263 hint; one declared UTF-8
// gets the codec's error at the offending line.
func checkUTF8(filename string, src []byte, declared bool) error {
	if utf8.Valid(src) {
		return nil
	}
	off := 0
	for off < len(src) {
		r, size := utf8.DecodeRune(src[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	line := 1 + bytes.Count(src[:off], []byte("\n"))
	if !declared {
		return &Error{Filename: filename, Msg: fmt.Sprintf(
			"Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
			src[off], filename, line)}
	}
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	reason := "invalid start byte"
	if src[off] >= 0xc2 && src[off] <= 0xf4 {
		reason = "invalid continuation byte"
	}
	text := strings.ToValidUTF8(lineText(src, line), "\ufffd")
	return &Error{Filename: filename, Line: line, Col: utf8.RuneCount(src[start:off]) + 1, Text: text,
		Msg: fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position 0: %s", src[off], reason)}
}

// nulError is CPython's error for a NUL byte at offset i: the line up to
// the NUL is quoted, without a caret.
func nulError(filename string, text []byte, i int) *Error {
	line := 1 + bytes.Count(text[:i], []byte("\n"))
	start := bytes.LastIndexByte(text[:i], '\n') + 1
	return &Error{Filename: filename, Line: line, Text: string(text[start:i]),
		Msg: "source code cannot contain null bytes"}
}

// decodeTable decodes a single-byte encoding: bytes below 0x80 are ASCII,
// the others index high (latin-1, where the byte is the code point, when
// high is nil).
func decodeTable(src []byte, high []rune) []byte {
	out := make([]byte, 0, len(src)+len(src)/4)
	for _, b := range src {
		r := rune(b)
		if b >= utf8.RuneSelf && high != nil {
			r = high[b-0x80]
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}
