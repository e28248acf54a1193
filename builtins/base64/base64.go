// Package base64 is spindle's base64 module (b64encode/b64decode with
// altchars and validate, the standard_ and urlsafe_ variants,
// b32encode/b32decode with casefold and map01, b32hex, b16encode and
// b16decode, encodebytes and decodebytes) and the part of binascii it
// stands on (Error, a2b_base64, b2a_base64), with the decoding rules
// and binascii.Error messages of CPython 3.11.
package base64

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the base64 module. Members:
//
//	b64encode(s, altchars=None), b64decode(s, altchars=None, validate=False)
//	standard_b64encode(s), standard_b64decode(s)
//	urlsafe_b64encode(s), urlsafe_b64decode(s)
//	b32encode(s), b32decode(s, casefold=False, map01=None)
//	b32hexencode(s), b32hexdecode(s, casefold=False)
//	b16encode(s), b16decode(s, casefold=False)
//	encodebytes(s), decodebytes(s)
var Module = &core.Module{Name: "base64", Members: starlark.StringDict{
	"b64encode":          starlark.NewBuiltin("b64encode", b64encode),
	"b64decode":          starlark.NewBuiltin("b64decode", b64decode),
	"standard_b64encode": starlark.NewBuiltin("standard_b64encode", variantEncode("+/")),
	"standard_b64decode": starlark.NewBuiltin("standard_b64decode", variantDecode("+/")),
	"urlsafe_b64encode":  starlark.NewBuiltin("urlsafe_b64encode", variantEncode("-_")),
	"urlsafe_b64decode":  starlark.NewBuiltin("urlsafe_b64decode", variantDecode("-_")),
	"b32encode":          starlark.NewBuiltin("b32encode", b32encodeFn(b32Alphabet)),
	"b32decode":          starlark.NewBuiltin("b32decode", b32decodeFn(b32Alphabet)),
	"b32hexencode":       starlark.NewBuiltin("b32hexencode", b32encodeFn(b32HexAlphabet)),
	"b32hexdecode":       starlark.NewBuiltin("b32hexdecode", b32decodeFn(b32HexAlphabet)),
	"b16encode":          starlark.NewBuiltin("b16encode", b16encode),
	"b16decode":          starlark.NewBuiltin("b16decode", b16decode),
	"encodebytes":        starlark.NewBuiltin("encodebytes", encodebytes),
	"decodebytes":        starlark.NewBuiltin("decodebytes", decodebytes),
	"binascii":           Binascii,
}}

// Binascii is the binascii module, as far as base64 needs it. Members:
//
//	Error
//	a2b_base64(data, /, *, strict_mode=False), b2a_base64(data, /, *, newline=True)
var Binascii = &core.Module{Name: "binascii", Members: starlark.StringDict{
	"Error":      Error,
	"a2b_base64": starlark.NewBuiltin("a2b_base64", a2bBase64),
	"b2a_base64": starlark.NewBuiltin("b2a_base64", b2aBase64),
}}

// Error is binascii.Error, a ValueError.
var Error = py.NewClass("Error", "binascii", py.ValueError)

func binError(msg string) error { return py.Raise(Error, msg) }

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// dataArg returns the bytes of a bytes-like argument to encode.
func dataArg(v starlark.Value) ([]byte, error) {
	b, ok := builtins.BytesLike(v)
	if !ok {
		return nil, py.Raisef(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(v))
	}
	return b, nil
}

// decodeArg is _bytes_from_decode_data: bytes-like or an ASCII str.
func decodeArg(v starlark.Value) ([]byte, error) {
	if s, ok := v.(starlark.String); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return nil, py.Raise(py.ValueError, "string argument should contain only ASCII characters")
			}
		}
		return []byte(s), nil
	}
	if b, ok := builtins.BytesLike(v); ok {
		return b, nil
	}
	return nil, py.Raisef(py.TypeError, "argument should be a bytes-like object or ASCII string, not '%s'", py.TypeName(v))
}

// oneArg binds the one argument s of an encoder or decoder.
func oneArg(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var s starlark.Value
	err := starlark.UnpackArgs(b.Name(), args, kwargs, "s", &s)
	return s, err
}

// b64encode implements b64encode(s, altchars=None).
// https://docs.python.org/3/library/base64.html#base64.b64encode
func b64encode(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var s, alt starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "s", &s, "altchars?", &alt); err != nil {
		return nil, err
	}
	data, err := dataArg(s)
	if err != nil {
		return nil, err
	}
	out, err := encode64(thread, data, false)
	if err != nil || alt == starlark.None {
		return out, err
	}
	a, err := altArg(alt)
	if err != nil {
		return nil, err
	}
	return starlark.Bytes(translate(string(out.(starlark.Bytes)), "+/", a)), nil
}

// altArg checks altchars: two bytes.
func altArg(alt starlark.Value) (string, error) {
	a, err := decodeArg(alt)
	if err != nil {
		return "", err
	}
	if len(a) != 2 {
		return "", py.NewException(py.AssertionError, starlark.String(py.Repr(alt)))
	}
	return string(a), nil
}

// translate maps the characters of from in s to those of to.
func translate(s, from, to string) string {
	return strings.Map(func(r rune) rune {
		if i := strings.IndexRune(from, r); i >= 0 {
			return rune(to[i])
		}
		return r
	}, s)
}

// b64decode implements b64decode(s, altchars=None, validate=False).
// https://docs.python.org/3/library/base64.html#base64.b64decode
func b64decode(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var s, alt starlark.Value = nil, starlark.None
	validate := false
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "s", &s, "altchars?", &alt, "validate?", &validate); err != nil {
		return nil, err
	}
	data, err := decodeArg(s)
	if err != nil {
		return nil, err
	}
	if alt != starlark.None {
		a, err := altArg(alt)
		if err != nil {
			return nil, err
		}
		data = []byte(translate(string(data), a, "+/"))
	}
	return decode64(data, validate)
}

// variantEncode returns standard_b64encode ("+/") or urlsafe_b64encode.
func variantEncode(alt string) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		s, err := oneArg(b, args, kwargs)
		if err != nil {
			return nil, err
		}
		data, err := dataArg(s)
		if err != nil {
			return nil, err
		}
		out, err := encode64(thread, data, false)
		if err != nil {
			return nil, err
		}
		return starlark.Bytes(translate(string(out.(starlark.Bytes)), "+/", alt)), nil
	}
}

// variantDecode returns standard_b64decode ("+/") or urlsafe_b64decode.
func variantDecode(alt string) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		s, err := oneArg(b, args, kwargs)
		if err != nil {
			return nil, err
		}
		data, err := decodeArg(s)
		if err != nil {
			return nil, err
		}
		return decode64([]byte(translate(string(data), alt, "+/")), false)
	}
}

// encodebytes implements encodebytes(s): lines of 76 characters, each
// ending in a newline.
func encodebytes(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	data, ok := builtins.BytesLike(s)
	if !ok {
		return nil, py.Raisef(py.TypeError, "expected bytes-like object, not %s", py.TypeName(s))
	}
	var out []byte
	for i := 0; i < len(data); i += 57 {
		line, e := encode64(thread, data[i:min(i+57, len(data))], true)
		if e != nil {
			return nil, e
		}
		out = append(out, line.(starlark.Bytes)...)
	}
	return starlark.Bytes(out), nil
}

// decodebytes implements decodebytes(s).
func decodebytes(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	data, ok := builtins.BytesLike(s)
	if !ok {
		return nil, py.Raisef(py.TypeError, "expected bytes-like object, not %s", py.TypeName(s))
	}
	return decode64(data, false)
}
