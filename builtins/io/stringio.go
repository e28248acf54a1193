package io

// This file defines StringIO, an in-memory text file.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// StringIOClass is io.StringIO.
var StringIOClass = nativeClass("StringIO", newStringIO)

// StringIO is an io.StringIO: a buffer of code points. Its fields are
// guarded by the GIL.
type StringIO struct {
	buf membuf[rune]
	// newline is the constructor's newline argument; none means None
	// (universal newlines: \r and \r\n written are read as \n).
	newline string
	none    bool
	attrs   py.AttrDict // attributes set by scripts
}

var (
	_ starlark.HasAttrs = (*StringIO)(nil)
	_ starlark.Iterable = (*StringIO)(nil)
	_ memFile           = (*StringIO)(nil)
)

// nativeClass returns an io class whose instances fn makes. An instance
// of a user subclass holds one as its native object, made empty before
// __init__ runs and remade by the class's __init__ from its arguments.
func nativeClass(name string, fn newFunc) *py.Class {
	c := py.NewClass(name, "_io")
	c.Ext = &py.NativeClass{New: fn, Alloc: func(thread *starlark.Thread, self *py.Instance, _ starlark.Tuple, _ []starlark.Tuple) error {
		v, err := fn(thread, self.Class, nil, nil)
		self.Native = v
		return err
	}}
	c.Dict["__init__"] = starlark.NewBuiltin("__init__", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "descriptor '__init__' of '_io.%s' object needs an argument", name)
		}
		self, ok := args[0].(*py.Instance)
		if !ok {
			return starlark.None, nil // initialised when created
		}
		v, err := fn(thread, self.Class, args[1:], kwargs)
		if err == nil {
			self.Native = v
		}
		return starlark.None, err
	})
	return c
}

type newFunc = func(*starlark.Thread, *py.Class, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)

// newStringIO implements StringIO(initial_value=”, newline='\n').
// https://docs.python.org/3/library/io.html#io.StringIO
func newStringIO(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 2 {
		return nil, py.Raisef(py.TypeError, "StringIO() takes at most 2 arguments (%d given)", len(args))
	}
	var initial, newline starlark.Value = starlark.String(""), starlark.String("\n")
	if err := core.UnpackArgs("StringIO", args, kwargs, "initial_value?", &initial, "newline?", &newline); err != nil {
		return nil, err
	}
	s := &StringIO{}
	switch nl := newline.(type) {
	case starlark.NoneType:
		s.none = true
	case starlark.String:
		if nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n" {
			return nil, py.Raisef(py.ValueError, "illegal newline value: %s", py.Repr(nl))
		}
		s.newline = string(nl)
	default:
		return nil, py.Raisef(py.TypeError, "newline must be str or None, not %s", py.TypeName(newline))
	}
	switch v := initial.(type) {
	case starlark.NoneType:
	case starlark.String:
		s.buf.write(thread, s.translate(string(v))) // at 0: no gap, no error
		s.buf.pos = 0
	default:
		return nil, py.Raisef(py.TypeError, "initial_value must be str or None, not %s", py.TypeName(initial))
	}
	return s, nil
}

// translate applies the newline argument to text being written.
func (s *StringIO) translate(text string) []rune {
	switch {
	case s.none:
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	case s.newline == "\r" || s.newline == "\r\n":
		text = strings.ReplaceAll(text, "\n", s.newline)
	}
	return []rune(text)
}

// lineEnd reports the length of the line terminator at i, as readline
// sees them: \n, or with newline=” any of \r, \r\n and \n, or the
// newline given.
func (s *StringIO) lineEnd(data []rune, i int) int {
	switch {
	case s.newline == "" && !s.none:
		if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			return 2
		}
		if data[i] == '\r' || data[i] == '\n' {
			return 1
		}
		return 0
	case s.newline == "\r":
		if data[i] == '\r' {
			return 1
		}
		return 0
	case s.newline == "\r\n":
		if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			return 2
		}
		return 0
	}
	return newlineEnd(data, i)
}

func (s *StringIO) String() string        { return memRepr(s) }
func (s *StringIO) Type() string          { return "StringIO" }
func (s *StringIO) Freeze()               {}
func (s *StringIO) Truth() starlark.Bool  { return true }
func (s *StringIO) Hash() (uint32, error) { return uint32(py.Addr(s)), nil }

// PyClass returns io.StringIO.
func (s *StringIO) PyClass() *py.Class { return StringIOClass }

// Attr implements starlark.HasAttrs.
func (s *StringIO) Attr(name string) (starlark.Value, error) {
	if v, ok := s.attrs.Get(name); ok {
		return v, nil
	}
	switch name {
	case "encoding", "errors", "newlines":
		return starlark.None, nil
	case "line_buffering":
		return starlark.False, nil
	}
	return memAttr(s, name)
}

// AttrNames implements starlark.HasAttrs.
func (s *StringIO) AttrNames() []string {
	return append(memAttrNames("encoding", "errors", "line_buffering", "newlines"), s.attrs.Names()...)
}

// SetField sets an attribute: a StringIO has a __dict__.
func (s *StringIO) SetField(name string, v starlark.Value) error { return s.attrs.Set(name, v) }

// DelField deletes an attribute a script set.
func (s *StringIO) DelField(name string) error { return s.attrs.Delete(s, name) }

// Iterate yields the lines.
func (s *StringIO) Iterate() starlark.Iterator { return &memIter{f: s} }

func (s *StringIO) isClosed() bool { return s.buf.closed }
func (s *StringIO) close()         { s.buf.closed = true }
func (s *StringIO) closedError() error {
	return py.Raise(py.ValueError, "I/O operation on closed file")
}

func (s *StringIO) readValue(n int) starlark.Value {
	return starlark.String(string(s.buf.read(n)))
}

func (s *StringIO) readlineValue(limit int) starlark.Value {
	return starlark.String(string(s.buf.readline(limit, s.lineEnd)))
}

func (s *StringIO) writeValue(thread *starlark.Thread, v starlark.Value) (int, error) {
	text, ok := v.(starlark.String)
	if !ok {
		return 0, py.Raisef(py.TypeError, "string argument expected, got '%s'", py.TypeName(v))
	}
	return len([]rune(string(text))), s.buf.write(thread, s.translate(string(text)))
}

func (s *StringIO) seek(offset, whence int) (int, error) {
	switch {
	case whence < 0 || whence > 2:
		return 0, py.Raisef(py.ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence)
	case whence == 0 && offset < 0:
		return 0, py.Raisef(py.ValueError, "Negative seek position %d", offset)
	case whence != 0 && offset != 0:
		return 0, py.Raise(py.OSError, "Can't do nonzero cur-relative seeks")
	case whence == 1:
		offset = s.buf.pos
	case whence == 2:
		offset = len(s.buf.data)
	}
	s.buf.pos = offset
	return offset, nil
}

func (s *StringIO) tell() int             { return s.buf.pos }
func (s *StringIO) truncate(size int)     { s.buf.truncate(size) }
func (s *StringIO) value() starlark.Value { return starlark.String(string(s.buf.data)) }
