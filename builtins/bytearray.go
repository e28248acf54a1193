package builtins

// This file defines bytearray, the mutable bytes.

import (
	"go.starlark.net/starlark"
)

// BytesLike returns the bytes of a bytes-like object (bytes or
// bytearray), or false.
func BytesLike(v starlark.Value) ([]byte, bool) {
	switch v := v.(type) {
	case starlark.Bytes:
		return []byte(v), true
	}
	return nil, false
}
