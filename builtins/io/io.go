// Package io is spindle's io module and the open builtin: file objects
// (TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom) over the
// Interpreter's file grant (core.FilesOf), with CPython 3.11's modes,
// encodings and errors, and the in-memory files StringIO and BytesIO.
package io

// This file defines the module, open and the parsing of its mode.

import (
	"os"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// UnsupportedOperation is io.UnsupportedOperation.
var UnsupportedOperation = py.NewClass("UnsupportedOperation", "io", py.OSError, py.ValueError)

// Open is the open builtin.
var Open = starlark.NewBuiltin("open", open)

// Module is the io module. Members:
//
//	open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)
//	StringIO(initial_value='', newline='\n'), BytesIO(initial_bytes=b'')
//	UnsupportedOperation
//	SEEK_SET, SEEK_CUR, SEEK_END
var Module = &core.Module{Name: "io", Members: starlark.StringDict{
	"open":                 Open,
	"StringIO":             StringIOClass,
	"BytesIO":              BytesIOClass,
	"UnsupportedOperation": UnsupportedOperation,
	"SEEK_SET":             starlark.MakeInt(0),
	"SEEK_CUR":             starlark.MakeInt(1),
	"SEEK_END":             starlark.MakeInt(2),
}}

// mode is a parsed open() mode.
type mode struct {
	text                 string // the mode as CPython shows it
	read, write, plus    bool
	binary               bool
	create, excl, append bool
	flag                 int
}

// parseMode parses an open() mode with CPython's checks.
func parseMode(s string) (mode, error) {
	var m mode
	var kinds int
	var text bool
	seen := map[rune]bool{}
	for _, c := range s {
		if seen[c] || !strings.ContainsRune("rwaxbt+", c) {
			return m, py.Raisef(py.ValueError, "invalid mode: '%s'", s)
		}
		seen[c] = true
		switch c {
		case 'r':
			m.read, kinds = true, kinds+1
		case 'w':
			m.write, m.create, kinds = true, true, kinds+1
		case 'a':
			m.write, m.append, m.create, kinds = true, true, true, kinds+1
		case 'x':
			m.write, m.excl, m.create, kinds = true, true, true, kinds+1
		case 'b':
			m.binary = true
		case 't':
			text = true
		case '+':
			m.plus = true
		}
	}
	if text && m.binary {
		return m, py.Raise(py.ValueError, "can't have text and binary mode at once")
	}
	if kinds != 1 && m.plus {
		return m, py.Raise(py.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	if kinds != 1 {
		return m, py.Raise(py.ValueError, "must have exactly one of create/read/write/append mode")
	}
	m.flag = m.osFlag()
	m.text = strings.ReplaceAll(s, "t", "")
	return m, nil
}

func (m *mode) osFlag() int {
	flag := os.O_RDONLY
	if m.write {
		flag = os.O_WRONLY
	}
	if m.plus {
		flag = os.O_RDWR
		m.read, m.write = true, true
	}
	switch {
	case m.append:
		flag |= os.O_CREATE | os.O_APPEND
	case m.excl:
		flag |= os.O_CREATE | os.O_EXCL
	case m.create:
		flag |= os.O_CREATE | os.O_TRUNC
	}
	return flag
}

// open implements open(file, mode='r', buffering=-1, encoding=None, ...).
// https://docs.python.org/3/library/functions.html#open
func open(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var file starlark.Value
	modeStr := "r"
	var buffering starlark.Value = starlark.MakeInt(-1)
	var encoding, errs, newline starlark.Value = starlark.None, starlark.None, starlark.None
	var closefd starlark.Value = starlark.True
	if err := core.UnpackArgs(b.Name(), args, kwargs, "file", &file, "mode?", &modeStr,
		"buffering?", &buffering, "encoding?", &encoding, "errors?", &errs, "newline?", &newline, "closefd?", &closefd); err != nil {
		return nil, err
	}
	name, err := py.FspathStr(thread, file)
	if err != nil {
		return nil, err
	}
	m, enc, err := modeEncoding(modeStr, encoding)
	if err != nil {
		return nil, err
	}
	nl, err := parseNewline(newline, m.binary)
	if err != nil {
		return nil, err
	}
	f, err := OpenFile(thread, string(name), m, enc)
	if err != nil {
		return nil, err
	}
	f.newline = nl
	return f, nil
}

// encodingFor checks open's encoding argument against the mode.
func encodingFor(m mode, encoding starlark.Value) (string, error) {
	if encoding == starlark.None {
		if m.binary {
			return "", nil
		}
		return "UTF-8", nil
	}
	s, ok := encoding.(starlark.String)
	if !ok {
		return "", py.Raisef(py.TypeError, "open() argument 'encoding' must be str or None, not %s", py.TypeName(encoding))
	}
	if m.binary {
		return "", py.Raise(py.ValueError, "binary mode doesn't take an encoding argument")
	}
	if _, err := builtins.Codec(string(s)); err != nil {
		return "", err
	}
	return string(s), nil
}

// modeEncoding parses open's mode and the encoding it implies.
func modeEncoding(modeStr string, encoding starlark.Value) (mode, string, error) {
	m, err := parseMode(modeStr)
	if err != nil {
		return mode{}, "", err
	}
	enc, err := encodingFor(m, encoding)
	return m, enc, err
}

// OpenExclusive opens a new file as open(name, modeStr, encoding=...)
// does, failing if it exists; onClose, if set, runs once it is closed.
// tempfile makes its files with it.
func OpenExclusive(thread *starlark.Thread, name, modeStr string, encoding starlark.Value, onClose func() error) (*File, error) {
	m, enc, err := modeEncoding(modeStr, encoding)
	if err != nil {
		return nil, err
	}
	m.flag |= os.O_CREATE | os.O_EXCL
	f, err := OpenFile(thread, name, m, enc)
	if err != nil {
		return nil, err
	}
	f.onClose = onClose
	return f, nil
}
