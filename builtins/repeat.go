package builtins

// This file defines CheckRepeat, the one check of a sequence repeat
// (seq * n, n * seq, seq *= n) against the memory limit, made before
// the VM or a builtin allocates the result, and the repeat of a
// bytearray.

import (
	"bytes"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// CheckRepeat returns the error CPython raises for x * y when one
// operand is a str, bytes, bytearray, list or tuple and the other an
// int: OverflowError for a count past 64 bits, MemoryError for a result
// past the memory limit. Otherwise it returns nil. It looks at the
// sizes only, once per operation.
func CheckRepeat(thread *starlark.Thread, x, y starlark.Value) error {
	if _, ok := x.(starlark.Int); ok {
		x, y = y, x
	}
	n, size := repeatUnit(x)
	k, ok := y.(starlark.Int)
	if !ok || n == 0 {
		return nil
	}
	c, err := py.AsIndexSize(k)
	if err != nil {
		return err
	}
	return core.CheckAllocN(thread, c, n*size)
}

// repeatUnit returns the length of a repeatable sequence x and the
// bytes of one of its items; 0 if x is not one.
func repeatUnit(x starlark.Value) (n, size int) {
	switch seq := x.(type) {
	case *starlark.List:
		return seq.Len(), valueSize
	case starlark.Tuple:
		return len(seq), valueSize
	case starlark.String:
		return len(seq), 1
	case starlark.Bytes:
		return len(seq), 1
	case *ByteArray:
		return len(seq.b), 1
	}
	return 0, 0
}

// maxBareRepeat is the most bytes a bytearray repeat makes when the
// VM calls it with no thread to ask the memory limit (the VM's own cap
// for str and list repeats).
const maxBareRepeat = 1 << 30

// repeat returns a's bytes k times, or MemoryError past maxBareRepeat
// bytes (CheckRepeat has asked the memory limit where the front-end saw
// the repeat).
func (a *ByteArray) repeat(k starlark.Int) (starlark.Value, error) {
	c, err := py.AsIndexSize(k)
	if err != nil {
		return nil, err
	}
	if c <= 0 || len(a.b) == 0 {
		return &ByteArray{b: []byte{}}, nil
	}
	if c > maxBareRepeat/len(a.b) {
		return nil, py.NewException(py.MemoryError)
	}
	return &ByteArray{b: bytes.Repeat(a.b, c)}, nil
}
