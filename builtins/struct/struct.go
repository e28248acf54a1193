// Package pystruct is spindle's struct module: pack, unpack,
// calcsize, iter_unpack, unpack_from and the Struct class, for the
// byte orders @ (native sizes and alignment of a 64-bit Linux machine),
// =, <, > and !, and the codes x c b B ? h H i I l L q Q n N e f d s p
// P, with struct.error and CPython's messages. pack_into is not
// provided. A format's size is checked against memory before packing.
package pystruct

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the struct module. Members:
//
//	pack(format, *values), unpack(format, buffer), calcsize(format)
//	iter_unpack(format, buffer), unpack_from(format, /, buffer, offset=0)
//	Struct(format), error
var Module = &core.Module{Name: "struct", Members: starlark.StringDict{
	"pack":        starlark.NewBuiltin("pack", pack),
	"unpack":      starlark.NewBuiltin("unpack", unpack),
	"calcsize":    starlark.NewBuiltin("calcsize", calcsize),
	"iter_unpack": starlark.NewBuiltin("iter_unpack", iterUnpack),
	"unpack_from": starlark.NewBuiltin("unpack_from", unpackFrom),
	"Struct":      StructClass,
	"error":       Error,
}}

// Error is struct.error.
var Error = py.NewClass("error", "struct", py.ExceptionClass)

// formatArg parses a format given as str or bytes.
func formatArg(v starlark.Value) (*layout, string, error) {
	var s string
	switch v := v.(type) {
	case starlark.String:
		s = string(v)
	case starlark.Bytes:
		s = string(v)
	default:
		return nil, "", py.Raisef(py.TypeError, "Struct() argument 1 must be a str or bytes object, not %s", py.TypeName(v))
	}
	l, err := parse(s)
	return l, s, err
}

// bufferArg returns the bytes of a bytes-like buffer.
func bufferArg(v starlark.Value) ([]byte, error) {
	b, ok := builtins.BytesLike(v)
	if !ok {
		return nil, py.Raisef(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(v))
	}
	return b, nil
}

// firstArg splits off the format argument of a module function.
func firstArg(b *starlark.Builtin, args starlark.Tuple, want int) (*layout, starlark.Tuple, error) {
	if len(args) < want {
		return nil, nil, py.Raisef(py.TypeError, "%s expected %d arguments, got %d", b.Name(), want, len(args))
	}
	l, _, err := formatArg(args[0])
	return l, args[1:], err
}

// pack implements pack(format, *values).
// https://docs.python.org/3/library/struct.html#struct.pack
func pack(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "pack expected at least 1 argument, got 0")
	}
	l, rest, err := firstArg(b, args, 1)
	if err != nil {
		return nil, err
	}
	return l.packValues(thread, rest, kwargs)
}

// packValues is Struct.pack(*values).
func (l *layout) packValues(thread *starlark.Thread, vals starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "pack() takes no keyword arguments")
	}
	if len(vals) != l.items {
		return nil, structErrorf("pack expected %d items for packing (got %d)", l.items, len(vals))
	}
	if err := core.CheckAllocN(thread, l.size, 1); err != nil {
		return nil, err
	}
	buf, err := l.pack(vals)
	if err != nil {
		return nil, err
	}
	return starlark.Bytes(buf), nil
}

// unpack implements unpack(format, buffer).
// https://docs.python.org/3/library/struct.html#struct.unpack
func unpack(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noKwargs(b, kwargs); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, py.Raisef(py.TypeError, "unpack expected 2 arguments, got %d", len(args))
	}
	l, rest, err := firstArg(b, args, 2)
	if err != nil {
		return nil, err
	}
	return l.unpackBuffer(rest[0])
}

func noKwargs(b *starlark.Builtin, kwargs []starlark.Tuple) error {
	if len(kwargs) > 0 {
		return py.Raisef(py.TypeError, "%s() takes no keyword arguments", b.Name())
	}
	return nil
}

// unpackBuffer is Struct.unpack(buffer).
func (l *layout) unpackBuffer(v starlark.Value) (starlark.Value, error) {
	buf, err := bufferArg(v)
	if err != nil {
		return nil, err
	}
	if len(buf) != l.size {
		return nil, structErrorf("unpack requires a buffer of %d bytes", l.size)
	}
	return l.unpack(buf), nil
}

// calcsize implements calcsize(format).
func calcsize(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var f starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &f); err != nil {
		return nil, err
	}
	l, _, err := formatArg(f)
	if err != nil {
		return nil, err
	}
	return starlark.MakeInt(l.size), nil
}

// iterUnpack implements iter_unpack(format, buffer).
func iterUnpack(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noKwargs(b, kwargs); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, py.Raisef(py.TypeError, "iter_unpack expected 2 arguments, got %d", len(args))
	}
	l, rest, err := firstArg(b, args, 2)
	if err != nil {
		return nil, err
	}
	return l.iterUnpack(rest[0])
}

// iterUnpack is Struct.iter_unpack(buffer): an iterator of tuples.
func (l *layout) iterUnpack(v starlark.Value) (starlark.Value, error) {
	buf, err := bufferArg(v)
	if err != nil {
		return nil, err
	}
	if l.size == 0 {
		return nil, structError("cannot iteratively unpack with a struct of length 0")
	}
	if len(buf)%l.size != 0 {
		return nil, structErrorf("iterative unpacking requires a buffer of a multiple of %d bytes", l.size)
	}
	buf = append([]byte(nil), buf...)
	pos := 0
	it := builtins.NewIterator("unpack_iterator", func() (starlark.Value, bool, error) {
		if pos >= len(buf) {
			return nil, false, nil
		}
		t := l.unpack(buf[pos : pos+l.size])
		pos += l.size
		return t, true, nil
	})
	return it.WithRepr(func() string { return fmt.Sprintf("<_struct.unpack_iterator object at %#x>", py.Addr(it)) }), nil
}

// unpackFrom implements unpack_from(format, /, buffer, offset=0).
func unpackFrom(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "unpack_from() missing required argument 'format' (pos 1)")
	}
	l, rest, err := firstArg(b, args, 1)
	if err != nil {
		return nil, err
	}
	return l.unpackFrom(rest, kwargs)
}

// unpackFrom is Struct.unpack_from(buffer, offset=0).
func (l *layout) unpackFrom(args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	v, err := py.ClinicArgs("unpack_from", args, kwargs, 1, 2, "buffer", "offset")
	if err != nil {
		return nil, err
	}
	buf, err := bufferArg(v[0])
	if err != nil {
		return nil, err
	}
	off := 0
	if v[1] != nil {
		if off, err = py.AsSsize(v[1]); err != nil {
			return nil, err
		}
	}
	if off < 0 {
		if off+len(buf) < 0 {
			return nil, structErrorf("offset %d out of range for %d-byte buffer", off, len(buf))
		}
		if off+len(buf) < l.size {
			return nil, structErrorf("not enough data to unpack %d bytes at offset %d", l.size, off)
		}
		off += len(buf)
	}
	if len(buf)-off < l.size {
		return nil, structErrorf("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", l.size+off, l.size, off, len(buf))
	}
	return l.unpack(buf[off : off+l.size]), nil
}
