package io

// This file defines StringIO, an in-memory text stream: a buffer of code
// points with a position, written, read and seeked as CPython's
// _io.StringIO is.

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

// StringIOClass is io.StringIO.
var StringIOClass = newStringIOClass()

func newStringIOClass() *core.Class {
	c := core.NewClass("StringIO", "_io")
	c.Ext = &core.NativeClass{New: newStringIO}
	return c
}

// StringIO is an io.StringIO. Its fields are guarded by the GIL.
type StringIO struct {
	buf     []rune
	pos     int
	newline string // "\n" (the default), "" or "\r", "\r\n"; universal: None
	univ    bool   // newline=None: \r\n and \r are written as \n
	closed  bool
}

var (
	_ starlark.HasAttrs = (*StringIO)(nil)
	_ starlark.Iterable = (*StringIO)(nil)
)

// newStringIO implements StringIO(initial_value=”, newline='\n').
// https://docs.python.org/3/library/io.html#io.StringIO
func newStringIO(thread *starlark.Thread, cls *core.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var initial, newline starlark.Value = starlark.String(""), starlark.String("\n")
	if err := starlark.UnpackArgs("StringIO", args, kwargs, "initial_value?", &initial, "newline?", &newline); err != nil {
		return nil, err
	}
	s := &StringIO{}
	switch nl := newline.(type) {
	case starlark.NoneType:
		s.univ, s.newline = true, "\n"
	case starlark.String:
		switch string(nl) {
		case "", "\n", "\r", "\r\n":
			s.newline = string(nl)
		default:
			return nil, core.Raisef(core.ValueError, "illegal newline value: %s", core.Repr(nl))
		}
	default:
		return nil, core.Raisef(core.TypeError, "newline must be str or None, not %s", core.TypeName(newline))
	}
	switch v := initial.(type) {
	case starlark.NoneType:
	case starlark.String:
		s.write(string(v))
		s.pos = 0
	default:
		return nil, core.Raisef(core.TypeError, "initial_value must be str or None, not %s", core.TypeName(initial))
	}
	return s, nil
}

func (s *StringIO) String() string {
	return fmt.Sprintf("<_io.StringIO object at %#x>", core.Addr(s))
}
func (s *StringIO) Type() string          { return "StringIO" }
func (s *StringIO) Freeze()               {}
func (s *StringIO) Truth() starlark.Bool  { return true }
func (s *StringIO) Hash() (uint32, error) { return uint32(core.Addr(s)), nil }

// PyClass returns io.StringIO.
func (s *StringIO) PyClass() *core.Class { return StringIOClass }

// Attr returns a method or an attribute (closed, line_buffering, newlines).
func (s *StringIO) Attr(name string) (starlark.Value, error) {
	switch name {
	case "closed":
		return starlark.Bool(s.closed), nil
	case "line_buffering":
		return starlark.False, nil
	case "newlines":
		return starlark.None, nil
	case "__class__":
		return StringIOClass, nil
	}
	if m, ok := stringIOMethods[name]; ok {
		return m.BindReceiver(s), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (s *StringIO) AttrNames() []string {
	names := []string{"closed", "line_buffering", "newlines"}
	for k := range stringIOMethods {
		names = append(names, k)
	}
	return names
}

// Iterate yields the remaining lines.
func (s *StringIO) Iterate() starlark.Iterator { return &stringIOIter{s: s} }

type stringIOIter struct {
	s   *StringIO
	err error
}

func (it *stringIOIter) Next(p *starlark.Value) bool {
	if it.err = it.s.check(); it.err != nil {
		return false
	}
	line := it.s.readLine(-1)
	if line == "" {
		return false
	}
	*p = starlark.String(line)
	return true
}

func (it *stringIOIter) Done()      {}
func (it *stringIOIter) Err() error { return it.err }

// check fails once the stream is closed.
func (s *StringIO) check() error {
	if s.closed {
		return core.Raise(core.ValueError, "I/O operation on closed file")
	}
	return nil
}

// write writes text at the position, translating line ends as newline
// asks, padding with NULs past the end; it returns the text's length.
func (s *StringIO) write(text string) int {
	n := len([]rune(text))
	switch {
	case s.univ:
		text = universal(text)
	case s.newline == "\r" || s.newline == "\r\n":
		text = strings.ReplaceAll(text, "\n", s.newline)
	}
	r := []rune(text)
	for len(s.buf) < s.pos {
		s.buf = append(s.buf, 0)
	}
	end := s.pos + len(r)
	if end > len(s.buf) {
		s.buf = append(s.buf[:s.pos], r...)
	} else {
		copy(s.buf[s.pos:], r)
	}
	s.pos = end
	return n
}

// read returns up to n code points (all if n < 0) from the position.
func (s *StringIO) read(n int) string {
	if s.pos >= len(s.buf) {
		return ""
	}
	end := len(s.buf)
	if n >= 0 && s.pos+n < end {
		end = s.pos + n
	}
	out := string(s.buf[s.pos:end])
	s.pos = end
	return out
}

// readLine returns the next line, with its line end, of at most limit
// code points (no limit if limit < 0).
func (s *StringIO) readLine(limit int) string {
	if s.pos >= len(s.buf) {
		return ""
	}
	end := len(s.buf)
	if limit >= 0 && s.pos+limit < end {
		end = s.pos + limit
	}
	rest := s.buf[s.pos:end]
	i := s.lineEnd(rest)
	out := string(rest[:i])
	s.pos += i
	return out
}

// lineEnd returns the length of the first line of r, line end included.
func (s *StringIO) lineEnd(r []rune) int {
	for i, c := range r {
		switch {
		case s.newline == "" && c == '\r':
			if i+1 < len(r) && r[i+1] == '\n' {
				return i + 2
			}
			return i + 1
		case s.newline == "\r":
			if c == '\r' {
				return i + 1
			}
		case c == '\n':
			return i + 1
		}
	}
	return len(r)
}
