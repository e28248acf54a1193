package sys

// This file defines sys.stdin: the Interpreter's standard input as a
// text stream, read a line at a time (core.ReadStdinLine) with the GIL
// released while it waits; read(n) keeps what it read past n for the
// next read.

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// stdinValue is the placeholder member replaced per Interpreter by its
// *Stdin.
type stdinValue struct{}

func (stdinValue) String() string {
	return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"
}
func (stdinValue) Type() string          { return "TextIOWrapper" }
func (stdinValue) Freeze()               {}
func (stdinValue) Truth() starlark.Bool  { return true }
func (stdinValue) Hash() (uint32, error) { return 0, nil }

type stdinKey struct{}

// ForRuntime implements core.RuntimeBound.
func (stdinValue) ForRuntime(rt *core.Runtime) starlark.Value {
	return rt.ModuleState(stdinKey{}, func() any { return &Stdin{rt: rt} }).(*Stdin)
}

// Stdin is sys.stdin of one Interpreter; its fields are guarded by the
// GIL.
type Stdin struct {
	rt     *core.Runtime
	buf    string // read from the input, not yet returned
	closed bool
}

var (
	_ starlark.HasAttrs = (*Stdin)(nil)
	_ starlark.Iterable = (*Stdin)(nil)
)

func (s *Stdin) String() string        { return stdinValue{}.String() }
func (s *Stdin) Type() string          { return "TextIOWrapper" }
func (s *Stdin) Freeze()               {}
func (s *Stdin) Truth() starlark.Bool  { return true }
func (s *Stdin) Hash() (uint32, error) { return uint32(py.Addr(s)), nil }

// AttrNames implements starlark.HasAttrs.
func (s *Stdin) AttrNames() []string {
	return []string{"close", "closed", "encoding", "fileno", "isatty", "mode", "name", "read", "readable",
		"readline", "readlines", "writable"}
}

// Attr implements starlark.HasAttrs.
func (s *Stdin) Attr(name string) (starlark.Value, error) {
	switch name {
	case "read", "readline", "readlines":
		return starlark.NewBuiltin(name, s.readMethod), nil
	case "close":
		return starlark.NewBuiltin(name, func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			s.closed = true
			return starlark.None, nil
		}), nil
	case "fileno":
		return constMethod(name, starlark.MakeInt(0)), nil
	case "isatty", "readable", "writable":
		return constMethod(name, starlark.Bool(name == "readable")), nil // a pipe's answers
	case "closed":
		return starlark.Bool(s.closed), nil
	case "name":
		return starlark.String("<stdin>"), nil
	case "mode":
		return starlark.String("r"), nil
	case "encoding":
		return starlark.String("utf-8"), nil
	}
	return nil, nil
}

// readMethod implements read(size=-1), readline(size=-1) and
// readlines(hint=-1).
func (s *Stdin) readMethod(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var size starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &size); err != nil {
		return nil, err
	}
	n := -1
	if size != starlark.None {
		if err := starlark.AsInt(size, &n); err != nil {
			return nil, py.Raisef(py.TypeError, "argument should be integer or None, not '%s'", py.TypeName(size))
		}
	}
	if s.closed {
		return nil, py.Raise(py.ValueError, "I/O operation on closed file.")
	}
	switch b.Name() {
	case "read":
		text, err := s.read(thread, n)
		return starlark.String(text), err
	case "readline":
		text, err := s.readline(thread, n)
		return starlark.String(text), err
	}
	var lines []starlark.Value
	total := 0
	for n <= 0 || total < n {
		line, err := s.readline(thread, -1)
		if err != nil || line == "" {
			return starlark.NewList(lines), err
		}
		lines = append(lines, starlark.String(line))
		total += utf8.RuneCountInString(line)
	}
	return starlark.NewList(lines), nil
}

// fill reads a line into the buffer, reporting whether there was one.
func (s *Stdin) fill(thread *starlark.Thread) (bool, error) {
	line, err := core.ReadStdinLine(thread)
	s.buf += line
	return line != "", err
}

// read returns n characters of the input (all of it if n < 0), fewer
// at its end.
func (s *Stdin) read(thread *starlark.Thread, n int) (string, error) {
	for n < 0 || utf8.RuneCountInString(s.buf) < n {
		if more, err := s.fill(thread); err != nil || !more {
			if err != nil {
				return "", err
			}
			break
		}
	}
	return s.take(n), nil
}

// readline returns the next line with its "\n", or its first n
// characters if n >= 0; "" at the end of the input.
func (s *Stdin) readline(thread *starlark.Thread, n int) (string, error) {
	if !strings.Contains(s.buf, "\n") {
		if _, err := s.fill(thread); err != nil {
			return "", err
		}
	}
	end := len(s.buf)
	if i := strings.IndexByte(s.buf, '\n'); i >= 0 {
		end = i + 1
	}
	line := s.buf[:end]
	if n >= 0 && utf8.RuneCountInString(line) > n {
		return s.take(n), nil
	}
	s.buf = s.buf[end:]
	return line, nil
}

// take removes and returns the first n characters of the buffer (all
// of it if n < 0).
func (s *Stdin) take(n int) string {
	if n < 0 || n >= utf8.RuneCountInString(s.buf) {
		out := s.buf
		s.buf = ""
		return out
	}
	i := 0
	for ; n > 0; n-- {
		_, size := utf8.DecodeRuneInString(s.buf[i:])
		i += size
	}
	out := s.buf[:i]
	s.buf = s.buf[i:]
	return out
}

// Iterate implements starlark.Iterable: the lines of the input, read by
// the thread that holds the GIL.
func (s *Stdin) Iterate() starlark.Iterator { return &stdinLines{s: s} }

type stdinLines struct {
	s   *Stdin
	err error
}

// Next reads the next line; a failed read ends the iteration, and
// Err reports it.
func (it *stdinLines) Next(p *starlark.Value) bool {
	if it.err != nil {
		return false
	}
	if it.s.closed {
		it.err = py.Raise(py.ValueError, "I/O operation on closed file.")
		return false
	}
	cur := it.s.rt.Current()
	if cur == nil || cur.ST == nil {
		it.err = fmt.Errorf("sys.stdin: no thread holds the GIL")
		return false
	}
	line, err := it.s.readline(cur.ST, -1)
	if err != nil || line == "" {
		it.err = err
		return false
	}
	*p = starlark.String(line)
	return true
}

func (it *stdinLines) Done()      {}
func (it *stdinLines) Err() error { return it.err }
