package io

// This file defines open's newline argument: how a text file's reads
// translate and split line ends, and how its writes translate \n.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// newlineMode is a text file's newline argument. The zero value is
// newline=None: universal newlines, \r\n and \r read as \n.
type newlineMode struct {
	raw bool   // newline given: reads keep line ends as they are
	nl  string // with raw, the line end ("" for any of \n, \r, \r\n)
}

// parseNewline checks open's newline argument.
func parseNewline(v starlark.Value, binary bool) (newlineMode, error) {
	if v == starlark.None {
		return newlineMode{}, nil
	}
	s, ok := v.(starlark.String)
	if !ok {
		return newlineMode{}, py.Raisef(py.TypeError, "open() argument 'newline' must be str or None, not %s", py.TypeName(v))
	}
	switch string(s) {
	case "", "\n", "\r", "\r\n":
	default:
		return newlineMode{}, py.Raisef(py.ValueError, "illegal newline value: %s", string(s))
	}
	if binary {
		return newlineMode{}, py.Raise(py.ValueError, "binary mode doesn't take a newline argument")
	}
	return newlineMode{raw: true, nl: string(s)}, nil
}

// translate returns text read, with universal newlines translated.
func (m newlineMode) translate(s string) string {
	if m.raw {
		return s
	}
	return universal(s)
}

// written returns text to write, \n translated to a newline of \r or \r\n.
func (m newlineMode) written(s string) string {
	if m.raw && (m.nl == "\r" || m.nl == "\r\n") {
		return strings.ReplaceAll(s, "\n", m.nl)
	}
	return s
}

// lineEnd returns the length of the line that ends first in buf, or -1
// if none does yet; at the end of the file (eof) a final \r ends one.
func (m newlineMode) lineEnd(buf []byte, eof bool) int {
	if m.raw && m.nl != "" {
		if i := strings.Index(string(buf), m.nl); i >= 0 {
			return i + len(m.nl)
		}
		return -1
	}
	for i, c := range buf {
		switch {
		case c == '\n':
			return i + 1
		case c != '\r':
		case i+1 < len(buf):
			if buf[i+1] == '\n' {
				return i + 2
			}
			return i + 1
		case eof:
			return i + 1
		default:
			return -1 // a \n may follow
		}
	}
	return -1
}
