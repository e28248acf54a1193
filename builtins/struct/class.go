package pystruct

// This file defines the Struct class: a compiled format.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// StructClass is struct.Struct.
var StructClass = func() *py.Class {
	c := py.NewClass("Struct", "_struct")
	c.Ext = &py.NativeClass{New: newStruct}
	return c
}()

// Struct is a struct.Struct, immutable.
type Struct struct {
	l      *layout
	format string
}

var _ starlark.HasAttrs = (*Struct)(nil)

// newStruct implements Struct(format).
// https://docs.python.org/3/library/struct.html#struct.Struct
func newStruct(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var f starlark.Value
	if err := starlark.UnpackArgs("Struct", args, kwargs, "format", &f); err != nil {
		return nil, err
	}
	l, s, err := formatArg(f)
	if err != nil {
		return nil, err
	}
	return &Struct{l: l, format: s}, nil
}

func (s *Struct) String() string {
	return fmt.Sprintf("<_struct.Struct object at %#x>", py.Addr(s))
}
func (s *Struct) Type() string          { return "_struct.Struct" }
func (s *Struct) Freeze()               {}
func (s *Struct) Truth() starlark.Bool  { return true }
func (s *Struct) PyClass() *py.Class    { return StructClass }
func (s *Struct) Hash() (uint32, error) { return uint32(py.Addr(s) >> 4), nil }

type structMethod func(thread *starlark.Thread, s *Struct, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

var structMethods = map[string]structMethod{
	"pack": func(thread *starlark.Thread, s *Struct, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return s.l.packValues(thread, args, kwargs)
	},
	"unpack": func(thread *starlark.Thread, s *Struct, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var buf starlark.Value
		if err := starlark.UnpackPositionalArgs("unpack", args, kwargs, 1, &buf); err != nil {
			return nil, err
		}
		return s.l.unpackBuffer(buf)
	},
	"iter_unpack": func(thread *starlark.Thread, s *Struct, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var buf starlark.Value
		if err := starlark.UnpackPositionalArgs("iter_unpack", args, kwargs, 1, &buf); err != nil {
			return nil, err
		}
		return s.l.iterUnpack(buf)
	},
	"unpack_from": func(thread *starlark.Thread, s *Struct, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return s.l.unpackFrom(args, kwargs)
	},
}

// Attr implements starlark.HasAttrs: format, size and the methods.
func (s *Struct) Attr(name string) (starlark.Value, error) {
	switch name {
	case "format":
		return starlark.String(s.format), nil
	case "size":
		return starlark.MakeInt(s.l.size), nil
	}
	if m, ok := structMethods[name]; ok {
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return m(thread, s, args, kwargs)
		}), nil
	}
	return nil, py.Raisef(py.AttributeError, "'_struct.Struct' object has no attribute '%s'", name)
}

// AttrNames implements starlark.HasAttrs.
func (s *Struct) AttrNames() []string {
	return []string{"format", "iter_unpack", "pack", "size", "unpack", "unpack_from"}
}
