package builtins

// This file defines printf-style bytes formatting, Python's b"fmt" % args
// (and bytearray's): the conversions of str's, with %s and %b taking
// bytes-like objects (or __bytes__), %r and %a ascii(), and %c an int
// below 256 or one byte.
// https://docs.python.org/3/library/stdtypes.html#printf-style-bytes-formatting

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// percentBytes returns format % args for a bytes format, as a string
// of bytes.
func percentBytes(thread *starlark.Thread, format string, args starlark.Value) (string, error) {
	return (&percentState{thread: thread, bytes: true}).format(format, args)
}

// bytesText applies the text conversion c (s, b, r, a or c) to arg.
func (ps *percentState) bytesText(f *formatSpec, c byte, arg starlark.Value) (string, error) {
	var s string
	switch c {
	case 's', 'b':
		b, err := percentBytesArg(ps.thread, arg)
		if err != nil {
			return "", err
		}
		s = b
	case 'r', 'a':
		r, err := Repr(ps.thread, arg)
		if err != nil {
			return "", err
		}
		s = asciiEscape(r)
	case 'c':
		b, err := percentByte(arg)
		if err != nil {
			return "", err
		}
		s = b
	}
	if f.prec >= 0 && len(s) > f.prec && c != 'c' {
		s = s[:f.prec]
	}
	return padBytes(f, s), nil
}

// percentBytesArg returns the bytes of the argument of %s or %b: a
// bytes-like object's, or what its __bytes__ returns.
func percentBytesArg(thread *starlark.Thread, arg starlark.Value) (string, error) {
	if b, ok := BytesLike(py.Base(arg)); ok {
		return string(b), nil
	}
	if o, ok := arg.(*py.Instance); ok && o.Overrides("__bytes__") {
		v, err := instanceBytes(thread, o)
		if err != nil {
			return "", err
		}
		return string(py.Base(v).(starlark.Bytes)), nil
	}
	return "", py.Raisef(py.TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", py.QualifiedName(arg))
}

// percentByte returns the byte of %c: an int below 256, or bytes (or a
// bytearray) of one byte.
func percentByte(arg starlark.Value) (string, error) {
	if b, ok := BytesLike(py.Base(arg)); ok && len(b) == 1 {
		return string(b), nil
	}
	n, ok, err := py.Index(arg)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", py.Raise(py.TypeError, "%c requires an integer in range(256) or a single byte")
	}
	if v, exact := n.Int64(); !exact || v < 0 || v > 255 {
		return "", py.Raise(py.OverflowError, "%c arg not in range(256)")
	}
	v, _ := n.Int64()
	return string([]byte{byte(v)}), nil
}

// padBytes pads s to f's width, counting bytes.
func padBytes(f *formatSpec, s string) string {
	if len(s) >= f.width {
		return s
	}
	pad := strings.Repeat(" ", f.width-len(s))
	if f.align == '<' {
		return s + pad
	}
	return pad + s
}
