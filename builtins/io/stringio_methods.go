package io

// This file defines the methods of StringIO.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
)

type stringIOMethod func(s *StringIO, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

var stringIOMethods = map[string]*starlark.Builtin{}

func init() {
	for name, m := range map[string]stringIOMethod{
		"getvalue": sioGetvalue, "read": sioRead, "readline": sioReadline,
		"readlines": sioReadlines, "write": sioWrite, "writelines": sioWritelines,
		"seek": sioSeek, "tell": sioTell, "truncate": sioTruncate,
		"close": sioClose, "flush": sioNoArgs, "isatty": sioNoArgs,
		"readable": sioNoArgs, "writable": sioNoArgs, "seekable": sioNoArgs,
		"__enter__": sioEnter, "__exit__": sioExit, "__iter__": sioEnter, "__next__": sioNext,
	} {
		m := m
		stringIOMethods[name] = starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return m(b.Receiver().(*StringIO), thread, b.Name(), args, kwargs)
		})
	}
}

func sioGetvalue(s *StringIO, _ *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	return starlark.String(string(s.buf)), nil
}

func sioRead(s *StringIO, _ *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n, err := sioSize(name, args, kwargs)
	if err != nil {
		return nil, err
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	return starlark.String(s.read(n)), nil
}

func sioReadline(s *StringIO, _ *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n, err := sioSize(name, args, kwargs)
	if err != nil {
		return nil, err
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	return starlark.String(s.readLine(n)), nil
}

func sioReadlines(s *StringIO, _ *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	hint, err := sioSize(name, args, kwargs)
	if err != nil {
		return nil, err
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	var lines []starlark.Value
	total := 0
	for {
		line := s.readLine(-1)
		if line == "" {
			break
		}
		lines = append(lines, starlark.String(line))
		if total += len([]rune(line)); hint > 0 && total >= hint {
			break
		}
	}
	return starlark.NewList(lines), nil
}

// sioSize unpacks an optional size (None or negative: all).
func sioSize(name string, args starlark.Tuple, kwargs []starlark.Tuple) (int, error) {
	var v starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0, &v); err != nil {
		return 0, err
	}
	if v == starlark.None {
		return -1, nil
	}
	n, err := starlark.AsInt32(v)
	if err != nil {
		return 0, core.Raisef(core.TypeError, "argument should be integer or None, not '%s'", core.TypeName(v))
	}
	return n, nil
}

func sioWrite(s *StringIO, _ *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	text, ok := v.(starlark.String)
	if !ok {
		return nil, core.Raisef(core.TypeError, "string argument expected, got '%s'", core.TypeName(v))
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	return starlark.MakeInt(s.write(string(text))), nil
}

func sioWritelines(s *StringIO, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	lines, err := builtins.Elements(thread, v)
	if err != nil {
		return nil, err
	}
	for _, line := range lines {
		if _, err := sioWrite(s, thread, "write", starlark.Tuple{line}, nil); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

// sioSeek implements seek(pos, whence=0): only seeks to the start, the
// position or the end are allowed relative to the position or the end.
func sioSeek(s *StringIO, _ *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var pos, whence int
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &pos, &whence); err != nil {
		return nil, err
	}
	if whence < 0 || whence > 2 {
		return nil, core.Raisef(core.ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if pos < 0 && whence == 0 {
		return nil, core.Raisef(core.ValueError, "Negative seek position %d", pos)
	}
	if whence != 0 && pos != 0 {
		return nil, core.Raise(core.OSError, "Can't do nonzero cur-relative seeks")
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	switch whence {
	case 0:
		s.pos = pos
	case 2:
		s.pos = len(s.buf)
	}
	return starlark.MakeInt(s.pos), nil
}

func sioTell(s *StringIO, _ *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	return starlark.MakeInt(s.pos), nil
}

// sioTruncate implements truncate(size=None): the position stays.
func sioTruncate(s *StringIO, _ *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0, &v); err != nil {
		return nil, err
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	size := s.pos
	if v != starlark.None {
		var err error
		if size, err = starlark.AsInt32(v); err != nil {
			return nil, core.Raisef(core.TypeError, "'%s' object cannot be interpreted as an integer", core.TypeName(v))
		}
		if size < 0 {
			return nil, core.Raisef(core.ValueError, "Negative size value %d", size)
		}
	}
	if size < len(s.buf) {
		s.buf = s.buf[:size]
	}
	return starlark.MakeInt(size), nil
}

func sioClose(s *StringIO, _ *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	s.closed, s.buf = true, nil
	return starlark.None, nil
}

// sioNoArgs implements flush (None) and isatty, readable, writable and
// seekable (False for isatty, else True), which fail once closed.
func sioNoArgs(s *StringIO, _ *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	switch name {
	case "flush":
		return starlark.None, nil
	case "isatty":
		return starlark.False, nil
	}
	return starlark.True, nil
}

func sioEnter(s *StringIO, _ *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	return s, nil
}

func sioExit(s *StringIO, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s.closed, s.buf = true, nil
	return starlark.None, nil
}

func sioNext(s *StringIO, _ *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	line := s.readLine(-1)
	if line == "" {
		return nil, core.NewException(core.StopIteration)
	}
	return starlark.String(line), nil
}
