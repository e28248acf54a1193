package builtins

// This file defines bytearray, the mutable bytes: its constructor, its
// indexing (ints), slicing (bytearrays), item assignment, iteration,
// membership, + and *, comparison, and slice assignment and deletion
// (SetSlice, DelSlice). Its methods are in bytearray_methods.go and
// bytesmethods.go.

import (
	"bytes"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// ByteArrayType is bytearray.
var ByteArrayType = newType("bytearray", ObjectType, newByteArray)

// ByteArray is a bytearray. Its bytes are guarded by the GIL of the
// Interpreter that owns it.
type ByteArray struct {
	b []byte
}

var (
	_ starlark.Mapping                 = (*ByteArray)(nil)
	_ starlark.HasSetKey               = (*ByteArray)(nil)
	_ starlark.Sliceable               = (*ByteArray)(nil)
	_ starlark.Container               = (*ByteArray)(nil)
	_ starlark.HasBinary               = (*ByteArray)(nil)
	_ starlark.Comparable              = (*ByteArray)(nil)
	_ starlark.HasAttrs                = (*ByteArray)(nil)
	_ interface{ PyClass() *py.Class } = (*ByteArray)(nil)
)

// NewByteArray returns a bytearray holding a copy of b.
func NewByteArray(b []byte) *ByteArray { return &ByteArray{b: append([]byte{}, b...)} }

// BytesLike returns the bytes of a bytes-like object (bytes, bytearray
// or a memoryview that is not released), or false. The caller must not
// keep or change them.
func BytesLike(v starlark.Value) ([]byte, bool) {
	switch v := v.(type) {
	case starlark.Bytes:
		return []byte(v), true
	case *ByteArray:
		return v.b, true
	case *MemoryView:
		return v.bytes(), !v.released
	}
	return nil, false
}

// newByteArray implements bytearray(source=b”, encoding, errors).
// https://docs.python.org/3/library/stdtypes.html#bytearray
func newByteArray(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, enc, errs starlark.Value
	if err := starlark.UnpackArgs("bytearray", args, kwargs, "source?", &x, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	if s, ok := x.(starlark.String); ok {
		if enc == nil {
			return nil, py.Raise(py.TypeError, "string argument without an encoding")
		}
		var encArgs starlark.Tuple
		if errs != nil {
			encArgs = starlark.Tuple{enc, errs}
		} else {
			encArgs = starlark.Tuple{enc}
		}
		b, err := strEncode(thread, s, encArgs, nil)
		if err != nil {
			return nil, err
		}
		return NewByteArray([]byte(b.(starlark.Bytes))), nil
	}
	if enc != nil || errs != nil {
		if x == nil {
			return nil, py.Raise(py.TypeError, "encoding or errors without sequence argument")
		}
		return nil, py.Raise(py.TypeError, "encoding without a string argument")
	}
	b, err := bytesSource(thread, "bytearray", x)
	if err != nil {
		return nil, err
	}
	return &ByteArray{b: b}, nil
}

// bytesSource returns a new copy of the bytes that bytes(x) or
// bytearray(x) makes of x: nothing, a count of zeros, a bytes-like
// object's bytes, or an iterable's ints.
func bytesSource(thread *starlark.Thread, typ string, x starlark.Value) ([]byte, error) {
	switch v := x.(type) {
	case nil:
		return []byte{}, nil
	case starlark.Int:
		return zeroBytes(thread, v)
	case starlark.Float, starlark.NoneType:
		return nil, py.Raisef(py.TypeError, "cannot convert '%s' object to %s", py.TypeName(x), typ)
	}
	if b, ok := BytesLike(x); ok {
		return append([]byte{}, b...), nil
	}
	if _, ok := x.(starlark.Iterable); !ok {
		return nil, py.Raisef(py.TypeError, "cannot convert '%s' object to %s", py.TypeName(x), typ)
	}
	out := []byte{}
	err := ForEach(thread, x, func(v starlark.Value) error {
		c, err := byteValue(v)
		out = append(out, c)
		return err
	})
	return out, err
}

// zeroBytes returns the n zero bytes of bytes(n) or bytearray(n).
func zeroBytes(thread *starlark.Thread, n starlark.Int) ([]byte, error) {
	k, err := py.AsIndexSize(n)
	if err != nil {
		return nil, err
	}
	if k < 0 {
		return nil, py.Raise(py.ValueError, "negative count")
	}
	if err := core.CheckAllocN(thread, k, 1); err != nil {
		return nil, err
	}
	return make([]byte, k), nil
}

// byteValue converts an int in range(0, 256) to a byte, with CPython's
// errors.
func byteValue(v starlark.Value) (byte, error) {
	i, ok := boolToInt(v).(starlark.Int)
	if !ok {
		return 0, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(v))
	}
	n, ok := i.Int64()
	if !ok || n < 0 || n > 255 {
		return 0, py.Raise(py.ValueError, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

func (a *ByteArray) String() string       { return "bytearray(" + py.QuoteBytes(string(a.b)) + ")" }
func (a *ByteArray) Type() string         { return "bytearray" }
func (a *ByteArray) Freeze()              {}
func (a *ByteArray) Truth() starlark.Bool { return len(a.b) > 0 }
func (a *ByteArray) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'bytearray'")
}
func (a *ByteArray) Len() int { return len(a.b) }

// Bytes returns the live contents, which the caller must not keep.
func (a *ByteArray) Bytes() []byte      { return a.b }
func (a *ByteArray) PyClass() *py.Class { return ByteArrayType }

// index converts a subscript to a position in a, with CPython's errors.
func (a *ByteArray) index(k starlark.Value) (int, error) {
	i, ok, err := itemIndex(k)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, py.Raisef(py.TypeError, "bytearray indices must be integers or slices, not %s", py.TypeName(k))
	}
	n, ok := i.Int64()
	if ok && n < 0 {
		n += int64(len(a.b))
	}
	if !ok || n < 0 || n >= int64(len(a.b)) {
		return 0, py.Raise(py.IndexError, "bytearray index out of range")
	}
	return int(n), nil
}

// Get implements a[i], an int.
func (a *ByteArray) Get(k starlark.Value) (starlark.Value, bool, error) {
	i, err := a.index(k)
	if err != nil {
		return nil, false, err
	}
	return starlark.MakeInt(int(a.b[i])), true, nil
}

// SetKey implements a[i] = v.
func (a *ByteArray) SetKey(k, v starlark.Value) error {
	i, err := a.index(k)
	if err != nil {
		return err
	}
	c, err := byteValue(v)
	if err != nil {
		return err
	}
	a.b[i] = c
	return nil
}

// Index returns a[i] as an int.
func (a *ByteArray) Index(i int) starlark.Value { return starlark.MakeInt(int(a.b[i])) }

// Slice implements a[start:end:step], a new bytearray.
func (a *ByteArray) Slice(start, end, step int) starlark.Value {
	out := []byte{}
	for i := start; step > 0 && i < end || step < 0 && i > end; i += step {
		out = append(out, a.b[i])
	}
	return &ByteArray{b: out}
}

// Iterate yields the ints of a, rereading its length.
func (a *ByteArray) Iterate() starlark.Iterator { return &indexIter{seq: a} }

// Has implements x in a: an int's byte, or a bytes-like subsequence.
func (a *ByteArray) Has(x starlark.Value) (bool, error) {
	if sub, ok := BytesLike(x); ok {
		return bytes.Contains(a.b, sub), nil
	}
	if _, ok := boolToInt(x).(starlark.Int); !ok {
		return false, py.Raisef(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(x))
	}
	c, err := byteValue(x)
	if err != nil {
		return false, err
	}
	return bytes.IndexByte(a.b, c) >= 0, nil
}

// Binary implements + with a bytes-like object (a bytearray, unless the
// left operand is bytes) and * by an int.
func (a *ByteArray) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	switch op {
	case syntax.PLUS:
		other, ok := BytesLike(y)
		if !ok {
			return nil, nil
		}
		if side == starlark.Right {
			out := append(append([]byte{}, other...), a.b...)
			if _, isBytes := y.(starlark.Bytes); isBytes {
				return starlark.Bytes(out), nil
			}
			return &ByteArray{b: out}, nil
		}
		return &ByteArray{b: append(append([]byte{}, a.b...), other...)}, nil
	case syntax.STAR:
		n, ok := boolToInt(y).(starlark.Int)
		if !ok {
			return nil, nil
		}
		return a.repeat(n)
	}
	return nil, nil
}

// CompareSameType compares two bytearrays byte by byte.
func (a *ByteArray) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return starlark.Bytes(a.b).CompareSameType(op, starlark.Bytes(y.(*ByteArray).b), depth)
}

// SetSlice implements a[lo:hi:step] = v (None for absent bounds), where v
// is bytes-like or an iterable of ints in range(0, 256).
func (a *ByteArray) SetSlice(thread *starlark.Thread, lo, hi, step, v starlark.Value) error {
	src, err := byteArraySource(thread, v)
	if err != nil {
		return err
	}
	start, end, st, err := SliceRange(len(a.b), lo, hi, step)
	if err != nil {
		return err
	}
	if st == 1 {
		end = max(end, start)
		a.b = append(append(append([]byte{}, a.b[:start]...), src...), a.b[end:]...)
		return nil
	}
	var idx []int
	for i := start; st > 0 && i < end || st < 0 && i > end; i += st {
		idx = append(idx, i)
	}
	if len(idx) != len(src) {
		return py.Raisef(py.ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), len(idx))
	}
	for k, i := range idx {
		a.b[i] = src[k]
	}
	return nil
}

// byteArraySource returns the bytes a slice assignment gives a bytearray.
func byteArraySource(thread *starlark.Thread, v starlark.Value) ([]byte, error) {
	if b, ok := BytesLike(v); ok {
		return append([]byte(nil), b...), nil
	}
	_, iterable := v.(starlark.Iterable)
	if _, isStr := v.(starlark.String); isStr || !iterable {
		return nil, py.Raise(py.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	elems, err := Elements(thread, v)
	if err != nil {
		return nil, err
	}
	src := make([]byte, len(elems))
	for i, e := range elems {
		if src[i], err = byteValue(e); err != nil {
			return nil, err
		}
	}
	return src, nil
}

// DelSlice implements del a[lo:hi:step] (None for absent bounds).
func (a *ByteArray) DelSlice(lo, hi, step starlark.Value) error {
	start, end, st, err := SliceRange(len(a.b), lo, hi, step)
	if err != nil {
		return err
	}
	drop := make([]bool, len(a.b))
	for i := start; st > 0 && i < end || st < 0 && i > end; i += st {
		drop[i] = true
	}
	keep := a.b[:0]
	for i, c := range a.b {
		if !drop[i] {
			keep = append(keep, c)
		}
	}
	a.b = keep
	return nil
}
