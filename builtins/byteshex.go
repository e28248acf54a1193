package builtins

// This file defines bytes.hex and bytes.fromhex.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() { bytesMethods["hex"] = bytesHexSep }

// bytesHexSep implements bytes.hex(sep=None, bytes_per_sep=1): sep goes
// between groups of bytes_per_sep bytes, counted from the right (from
// the left if bytes_per_sep is negative).
// https://docs.python.org/3/library/stdtypes.html#bytes.hex
func bytesHexSep(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sep starlark.Value = starlark.None
	per := 1
	if err := keywordArgs("hex", args, kwargs, "sep", "bytes_per_sep"); err != nil {
		return nil, err
	}
	if err := core.UnpackArgs("hex", args, kwargs, "sep?", &sep, "bytes_per_sep?", &per); err != nil {
		return nil, err
	}
	const digits = "0123456789abcdef"
	b := bytesText(recv)
	s := ""
	switch sep := sep.(type) {
	case starlark.NoneType:
	case starlark.String:
		s = string(sep)
	case starlark.Bytes:
		s = string(sep)
	default:
		return nil, py.Raisef(py.TypeError, "sep must be str or bytes.")
	}
	if sep != starlark.None && len([]rune(s)) != 1 {
		return nil, py.Raise(py.ValueError, "sep must be length 1.")
	}
	if s != "" && s[0] >= 0x80 {
		return nil, py.Raise(py.ValueError, "sep must be ASCII.")
	}
	var out strings.Builder
	for i := 0; i < len(b); i++ {
		if s != "" && per != 0 && i > 0 && groupStarts(i, len(b), per) {
			out.WriteString(s)
		}
		out.WriteByte(digits[b[i]>>4])
		out.WriteByte(digits[b[i]&15])
	}
	return starlark.String(out.String()), nil
}

// groupStarts reports whether byte i of n starts a group of per bytes
// (counted from the right if per > 0, from the left if per < 0).
func groupStarts(i, n, per int) bool {
	if per > 0 {
		return (n-i)%per == 0
	}
	return i%(-per) == 0
}

// bytesFromhex implements bytes.fromhex(string): pairs of hex digits,
// with ASCII whitespace allowed between pairs.
// https://docs.python.org/3/library/stdtypes.html#bytes.fromhex
func bytesFromhex(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := clinicArgs(starlark.Bytes(""), "fromhex", args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	v := args[0]
	str, ok := v.(starlark.String)
	if !ok {
		return nil, py.Raisef(py.TypeError, "fromhex() argument must be str, not %s", py.TypeName(v))
	}
	s := []rune(string(str))
	var out []byte
	for i := 0; i < len(s); {
		if strings.ContainsRune(" \t\n\r\v\f", s[i]) {
			i++
			continue
		}
		hi, lo := hexDigit(s, i), hexDigit(s, i+1)
		if hi < 0 {
			return nil, fromhexError(i)
		}
		if lo < 0 {
			return nil, fromhexError(i + 1)
		}
		out = append(out, byte(hi<<4|lo))
		i += 2
	}
	return starlark.Bytes(out), nil
}

func fromhexError(pos int) error {
	return py.Raisef(py.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos)
}

// hexDigit is the value of the hex digit s[i], or -1.
func hexDigit(s []rune, i int) int {
	if i >= len(s) {
		return -1
	}
	switch c := s[i]; {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
