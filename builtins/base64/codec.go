package base64

// This file defines the codecs: binascii's base64 (b2a_base64 and the
// a2b_base64 state machine, with its strict mode), base32 and base16.

import (
	"encoding/base64"
	"encoding/hex"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// encode64 is b2a_base64: standard base64 with padding, and a newline
// after it with newline.
func encode64(thread *starlark.Thread, data []byte, newline bool) (starlark.Value, error) {
	if err := core.CheckAllocN(thread, len(data)/3+1, 4); err != nil {
		return nil, err
	}
	out := base64.StdEncoding.EncodeToString(data)
	if newline {
		out += "\n"
	}
	return starlark.Bytes(out), nil
}

// decode64 is a2b_base64: non-alphabet bytes are skipped, a pad ends
// the data once a quantum is complete; strict (validate=True) refuses
// anything but the alphabet and well-placed padding.
func decode64(data []byte, strict bool) (starlark.Value, error) {
	if strict && len(data) > 0 && data[0] == '=' {
		return nil, binError("Leading padding not allowed")
	}
	out := make([]byte, 0, len(data)/4*3+3)
	quad, pads := 0, 0
	var left byte
	padding := false
	for i, c := range data {
		if c == '=' {
			padding = true
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(data) {
						return nil, binError("Excess data after padding")
					}
					return starlark.Bytes(out), nil
				}
			}
			continue
		}
		v := strings.IndexByte(b64Alphabet, c)
		if v < 0 {
			if strict {
				return nil, binError("Only base64 data is allowed")
			}
			continue
		}
		if strict && padding {
			return nil, binError("Discontinuous padding not allowed")
		}
		pads = 0
		out, left, quad = step(out, left, quad, byte(v))
	}
	switch quad {
	case 0:
		return starlark.Bytes(out), nil
	case 1:
		return nil, py.Raisef(Error, "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(out)/3*4+1)
	}
	return nil, binError("Incorrect padding")
}

// step adds the 6 bits of v at position quad of a quantum.
func step(out []byte, left byte, quad int, v byte) ([]byte, byte, int) {
	switch quad {
	case 0:
		return out, v, 1
	case 1:
		return append(out, left<<2|v>>4), v & 0x0f, 2
	case 2:
		return append(out, left<<4|v>>2), v & 0x03, 3
	}
	return append(out, left<<6|v), 0, 0
}

// a2bBase64 implements binascii.a2b_base64(data, /, *, strict_mode=False).
func a2bBase64(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var s starlark.Value
	strict := false
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "data", &s, "strict_mode?", &strict); err != nil {
		return nil, err
	}
	data, err := decodeArg(s)
	if err != nil {
		return nil, err
	}
	return decode64(data, strict)
}

// b2aBase64 implements binascii.b2a_base64(data, /, *, newline=True).
func b2aBase64(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var s starlark.Value
	newline := true
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "data", &s, "newline?", &newline); err != nil {
		return nil, err
	}
	data, err := dataArg(s)
	if err != nil {
		return nil, err
	}
	return encode64(thread, data, newline)
}

const (
	b32Alphabet    = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b32HexAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
)

// b32encodeFn returns b32encode or b32hexencode.
func b32encodeFn(alphabet string) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		s, err := oneArg(b, args, kwargs)
		if err != nil {
			return nil, err
		}
		data, err := dataArg(s)
		if err != nil {
			return nil, err
		}
		if err := core.CheckAllocN(thread, len(data)/5+1, 8); err != nil {
			return nil, err
		}
		return starlark.Bytes(base32Encoding(alphabet).EncodeToString(data)), nil
	}
}

// b32decodeFn returns b32decode(s, casefold=False, map01=None) or
// b32hexdecode(s, casefold=False).
func b32decodeFn(alphabet string) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var s, map01 starlark.Value = nil, starlark.None
		casefold := false
		pairs := []any{"s", &s, "casefold?", &casefold}
		if alphabet == b32Alphabet {
			pairs = append(pairs, "map01?", &map01)
		}
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, pairs...); err != nil {
			return nil, err
		}
		data, err := decodeArg(s)
		if err != nil {
			return nil, err
		}
		text := string(data)
		if map01 != starlark.None {
			m, err := decodeArg(map01)
			if err != nil {
				return nil, err
			}
			if len(m) != 1 {
				return nil, py.NewException(py.AssertionError, starlark.String(py.Repr(map01)))
			}
			text = translate(text, "01", "O"+string(m))
		}
		if casefold {
			text = strings.ToUpper(text)
		}
		return decode32(text, alphabet)
	}
}

// decode32 is _b32decode.
func decode32(s, alphabet string) (starlark.Value, error) {
	if len(s)%8 != 0 {
		return nil, binError("Incorrect padding")
	}
	body := strings.TrimRight(s, "=")
	pads := len(s) - len(body)
	for i := 0; i < len(body); i++ {
		if strings.IndexByte(alphabet, body[i]) < 0 {
			return nil, binError("Non-base32 digit found")
		}
	}
	switch pads {
	case 0, 1, 3, 4, 6:
	default:
		return nil, binError("Incorrect padding")
	}
	out, err := base32Encoding(alphabet).DecodeString(s)
	if err != nil {
		return nil, binError("Incorrect padding")
	}
	return starlark.Bytes(out), nil
}

// b16encode implements b16encode(s): upper-case hex.
func b16encode(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	data, err := dataArg(s)
	if err != nil {
		return nil, err
	}
	if err := core.CheckAllocN(thread, len(data), 2); err != nil {
		return nil, err
	}
	return starlark.Bytes(strings.ToUpper(hex.EncodeToString(data))), nil
}

// b16decode implements b16decode(s, casefold=False).
func b16decode(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var s starlark.Value
	casefold := false
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "s", &s, "casefold?", &casefold); err != nil {
		return nil, err
	}
	data, err := decodeArg(s)
	if err != nil {
		return nil, err
	}
	text := string(data)
	if casefold {
		text = strings.ToUpper(text)
	}
	if strings.Trim(text, "0123456789ABCDEF") != "" {
		return nil, binError("Non-base16 digit found")
	}
	if len(text)%2 != 0 {
		return nil, binError("Odd-length string")
	}
	out, _ := hex.DecodeString(text)
	return starlark.Bytes(out), nil
}
