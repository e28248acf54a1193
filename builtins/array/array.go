// Package array is spindle's array module, written in Python
// (array.py): array(typecode, initializer) over the typecodes b, B, u,
// h, H, i, I, l, L, q, Q, f and d (64-bit Linux sizes, little-endian
// bytes), with CPython's reprs, overflow checks and error texts. Arrays
// hold Python values (not a C buffer): bytes(a) works through
// __bytes__, buffer_info's address is a stand-in, and memoryview(a) is
// not provided.
package array

// This file embeds the source.

import (
	_ "embed"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

//go:embed array.py
var source string

// Module is the array module. Members:
//
//	array(typecode[, initializer]) (ArrayType): append, extend, insert, pop, remove,
//	    index, count, reverse, tolist, fromlist, tobytes, frombytes, tounicode,
//	    fromunicode, byteswap, buffer_info, typecode, itemsize
//	typecodes
var Module = &core.Module{Name: "array", Source: source, Loaded: func(members starlark.StringDict) {
	if c, ok := members["array"].(*py.Class); ok {
		c.CName = "array.array"
	}
}}
