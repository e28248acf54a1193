package io

// This file defines BytesIO, an in-memory binary file.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// BytesIOClass is io.BytesIO.
var BytesIOClass = nativeClass("BytesIO", newBytesIO)

// BytesIO is an io.BytesIO: a buffer of bytes. Its fields are guarded
// by the GIL.
type BytesIO struct {
	buf membuf[byte]
}

var (
	_ starlark.HasAttrs = (*BytesIO)(nil)
	_ starlark.Iterable = (*BytesIO)(nil)
	_ memFile           = (*BytesIO)(nil)
)

// newBytesIO implements BytesIO(initial_bytes=b”).
// https://docs.python.org/3/library/io.html#io.BytesIO
func newBytesIO(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "BytesIO() takes at most 1 argument (%d given)", len(args))
	}
	var initial starlark.Value = starlark.None
	if err := starlark.UnpackArgs("BytesIO", args, kwargs, "initial_bytes?", &initial); err != nil {
		return nil, err
	}
	b := &BytesIO{}
	if initial != starlark.None {
		data, ok := builtins.BytesLike(initial)
		if !ok {
			return nil, py.Raisef(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(initial))
		}
		b.buf.data = append([]byte(nil), data...)
	}
	return b, nil
}

func (b *BytesIO) String() string        { return memRepr(b) }
func (b *BytesIO) Type() string          { return "BytesIO" }
func (b *BytesIO) Freeze()               {}
func (b *BytesIO) Truth() starlark.Bool  { return true }
func (b *BytesIO) Hash() (uint32, error) { return uint32(py.Addr(b)), nil }

// PyClass returns io.BytesIO.
func (b *BytesIO) PyClass() *py.Class { return BytesIOClass }

// Attr implements starlark.HasAttrs.
func (b *BytesIO) Attr(name string) (starlark.Value, error) {
	if name == "read1" {
		return memMethods["read"].BindReceiver(b), nil
	}
	return memAttr(b, name)
}

// AttrNames implements starlark.HasAttrs.
func (b *BytesIO) AttrNames() []string { return memAttrNames("read1") }

// Iterate yields the lines.
func (b *BytesIO) Iterate() starlark.Iterator { return &memIter{f: b} }

func (b *BytesIO) isClosed() bool { return b.buf.closed }
func (b *BytesIO) close()         { b.buf.closed = true }
func (b *BytesIO) closedError() error {
	return py.Raise(py.ValueError, "I/O operation on closed file.")
}

func (b *BytesIO) readValue(n int) starlark.Value { return starlark.Bytes(b.buf.read(n)) }

func (b *BytesIO) readlineValue(limit int) starlark.Value {
	return starlark.Bytes(b.buf.readline(limit, newlineEnd[byte]))
}

func (b *BytesIO) writeValue(thread *starlark.Thread, v starlark.Value) (int, error) {
	data, ok := builtins.BytesLike(v)
	if !ok {
		return 0, py.Raisef(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(v))
	}
	return len(data), b.buf.write(thread, data)
}

func (b *BytesIO) seek(offset, whence int) (int, error) {
	if whence == 0 && offset < 0 {
		return 0, py.Raisef(py.ValueError, "negative seek value %d", offset)
	}
	switch whence {
	case 0:
	case 1:
		offset += b.buf.pos
	case 2:
		offset += len(b.buf.data)
	default:
		return 0, py.Raisef(py.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	b.buf.pos = max(offset, 0)
	return b.buf.pos, nil
}

func (b *BytesIO) tell() int             { return b.buf.pos }
func (b *BytesIO) truncate(size int)     { b.buf.truncate(size) }
func (b *BytesIO) value() starlark.Value { return starlark.Bytes(b.buf.data) }
