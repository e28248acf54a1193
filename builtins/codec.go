package builtins

// This file defines str.encode and bytes.decode for the codecs scripts
// name: utf-8, ascii, latin-1, cp1251 (Windows Cyrillic) and koi8-r,
// with the errors "strict", "ignore" and "replace" (and, to encode,
// "xmlcharrefreplace" and "backslashreplace").

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/charmap"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

var bytesMethods = map[string]method{
	"decode": bytesDecode,
}

// codec is a normalized encoding name: "utf-8", "ascii", "latin-1",
// "cp1251" or "koi8-r".
type codec string

// lookupCodec normalizes an encoding name as Python's codec registry
// does (case, "_" for "-", aliases), or raises LookupError.
func lookupCodec(name string) (codec, error) {
	switch strings.ReplaceAll(strings.ToLower(name), "_", "-") {
	case "utf-8", "utf8", "u8", "utf":
		return "utf-8", nil
	case "ascii", "us-ascii", "646":
		return "ascii", nil
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "l1", "latin":
		return "latin-1", nil
	case "cp1251", "windows-1251":
		return "cp1251", nil
	case "koi8-r", "koi8r", "cskoi8r":
		return "koi8-r", nil
	}
	return "", py.Raisef(py.LookupError, "unknown encoding: %s", name)
}

// limit is the largest code point the codec encodes.
func (c codec) limit() rune {
	switch c {
	case "ascii":
		return 0x7f
	case "latin-1":
		return 0xff
	}
	return utf8.MaxRune
}

func unpackCodec(fname string, args starlark.Tuple, kwargs []starlark.Tuple) (codec, string, error) {
	encoding, errors := "utf-8", "strict"
	if err := core.UnpackArgs(fname, args, kwargs, "encoding?", &encoding, "errors?", &errors); err != nil {
		return "", "", err
	}
	c, err := lookupCodec(encoding)
	return c, errors, err
}

// strEncode implements str.encode(encoding="utf-8", errors="strict").
func strEncode(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, errors, err := unpackCodec("encode", args, kwargs)
	if err != nil {
		return nil, err
	}
	s := string(recv.(starlark.String))
	if c == "utf-8" {
		return starlark.Bytes(s), nil
	}
	var out []byte
	runes := []rune(s)
	for i, r := range runes {
		b, ok := c.encodeRune(r)
		switch {
		case ok:
			out = append(out, b)
		case errors == "ignore":
		case errors == "replace":
			out = append(out, '?')
		case errors == "xmlcharrefreplace":
			out = append(out, fmt.Sprintf("&#%d;", r)...)
		case errors == "backslashreplace":
			out = append(out, escapeRune(r)...)
		default:
			return nil, c.encodeError(runes, i)
		}
	}
	return starlark.Bytes(out), nil
}

// encodeError is the UnicodeEncodeError for runes[i] and the
// unencodable runes right after it, which CPython reports together.
func (c codec) encodeError(runes []rune, i int) error {
	j := i + 1
	for j < len(runes) {
		if _, ok := c.encodeRune(runes[j]); ok {
			break
		}
		j++
	}
	name, reason := string(c), fmt.Sprintf("ordinal not in range(%d)", c.limit()+1)
	if charmap.Tables[string(c)] != nil {
		name, reason = "charmap", "character maps to <undefined>"
	}
	if j-i == 1 {
		return py.Raisef(py.UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %d: %s", name, escapeRune(runes[i]), i, reason)
	}
	return py.Raisef(py.UnicodeEncodeError, "'%s' codec can't encode characters in position %d-%d: %s", name, i, j-1, reason)
}

// encodeRune returns the byte of r in a single-byte codec, if any.
func (c codec) encodeRune(r rune) (byte, bool) {
	if t := charmap.Tables[string(c)]; t != nil {
		return t.Encode(r)
	}
	return byte(r), r <= c.limit()
}

// decodeByte returns the code point of b in a single-byte codec, if any.
func (c codec) decodeByte(b byte) (rune, bool) {
	if t := charmap.Tables[string(c)]; t != nil {
		return t.Decode(b)
	}
	return rune(b), rune(b) <= c.limit()
}

// escapeRune writes r as a Python string escape: \xe9, \u20ac, \U0001f600.
func escapeRune(r rune) string {
	switch {
	case r <= 0xff:
		return fmt.Sprintf("\\x%02x", r)
	case r <= 0xffff:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

// bytesDecode implements bytes.decode(encoding="utf-8", errors="strict").
func bytesDecode(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := keywordArgs("decode", args, kwargs, "encoding", "errors"); err != nil {
		return nil, err
	}
	c, errors, err := unpackCodec("decode", args, kwargs)
	if err != nil {
		return nil, err
	}
	b := string(recv.(starlark.Bytes))
	var sb strings.Builder
	for i := 0; i < len(b); {
		var r rune
		n, ok := 1, true
		if c == "utf-8" {
			r, n = utf8.DecodeRuneInString(b[i:])
			ok = r != utf8.RuneError || n > 1
		} else {
			r, ok = c.decodeByte(b[i])
		}
		if !ok {
			switch errors {
			case "ignore":
			case "replace":
				sb.WriteRune(utf8.RuneError)
			default:
				return nil, decodeError(c, b, i)
			}
			i++
			continue
		}
		sb.WriteRune(r)
		i += n
	}
	return starlark.String(sb.String()), nil
}

// decodeError is the UnicodeDecodeError for the byte at pos of b.
func decodeError(c codec, b string, pos int) error {
	reason := "invalid start byte"
	switch {
	case charmap.Tables[string(c)] != nil:
		return py.Raisef(py.UnicodeDecodeError, "'charmap' codec can't decode byte %#02x in position %d: character maps to <undefined>", b[pos], pos)
	case c == "ascii":
		reason = "ordinal not in range(128)"
	case b[pos] >= 0xc2 && b[pos] < 0xf5 && pos+1 == len(b):
		reason = "unexpected end of data"
	case b[pos] >= 0xc2 && b[pos] < 0xf5:
		reason = "invalid continuation byte"
	}
	return py.Raisef(py.UnicodeDecodeError, "'%s' codec can't decode byte %#02x in position %d: %s", c, b[pos], pos, reason)
}

// Codec returns the normalized name of an encoding, or a LookupError.
func Codec(name string) (string, error) {
	c, err := lookupCodec(name)
	return string(c), err
}

// Encode encodes s strictly with the encoding Codec named.
func Encode(s, encoding string) ([]byte, error) {
	v, err := strEncode(nil, starlark.String(s), starlark.Tuple{starlark.String(encoding)}, nil)
	if err != nil {
		return nil, err
	}
	return []byte(v.(starlark.Bytes)), nil
}

// Decode decodes b strictly with the encoding Codec named.
func Decode(b []byte, encoding string) (string, error) {
	v, err := bytesDecode(nil, starlark.Bytes(b), starlark.Tuple{starlark.String(encoding)}, nil)
	if err != nil {
		return "", err
	}
	return string(v.(starlark.String)), nil
}
