// Package string is spindle's string module: the character-class
// constants (ascii_letters, digits, punctuation, ...), capwords and
// Template, defined in Go (Native), and Formatter, in the module's Python
// source (string.py), which the Interpreter compiles on first import with
// Native as its helper _native.
package string

import (
	_ "embed"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

const (
	lower       = "abcdefghijklmnopqrstuvwxyz"
	upper       = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits      = "0123456789"
	punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	whitespace  = " \t\n\r\x0b\x0c"
)

// Source is the string module's Python source. Its members:
//
//	ascii_letters, ascii_lowercase, ascii_uppercase, digits, hexdigits,
//	octdigits, punctuation, whitespace, printable
//	capwords(s, sep=None)
//	Template(template): substitute, safe_substitute, is_valid, get_identifiers
//	Formatter(): format, vformat, parse, get_field, get_value,
//	    check_unused_args, format_field, convert_field
//
//go:embed string.py
var Source string

// File names Source's frames.
const File = "<frozen string>"

// Helpers are predeclared for Source only.
var Helpers = starlark.StringDict{"_native": Native}

// Native is the Go part of the module.
var Native = &core.Module{Name: "_string", Members: starlark.StringDict{
	"ascii_letters":   starlark.String(lower + upper),
	"ascii_lowercase": starlark.String(lower),
	"ascii_uppercase": starlark.String(upper),
	"digits":          starlark.String(digits),
	"hexdigits":       starlark.String(digits + "abcdef" + "ABCDEF"),
	"octdigits":       starlark.String("01234567"),
	"punctuation":     starlark.String(punctuation),
	"whitespace":      starlark.String(whitespace),
	"printable":       starlark.String(digits + lower + upper + punctuation + whitespace),
	"capwords":        starlark.NewBuiltin("capwords", capwords),
	"Template":        TemplateClass,
}}

// capwords implements capwords(s, sep=None): (sep or ' ').join(w.capitalize()
// for w in s.split(sep)).
// https://docs.python.org/3/library/string.html#string.capwords
func capwords(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var s, sep starlark.Value = nil, starlark.None
	if len(args) > 2 {
		return nil, py.Raisef(py.TypeError, "capwords() takes from 1 to 2 positional arguments but %d were given", len(args))
	}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "s", &s, "sep?", &sep); err != nil {
		return nil, py.ToException(err)
	}
	joiner := sep
	if !bool(sep.Truth()) {
		joiner = starlark.String(" ")
	} else if _, ok := sep.(starlark.String); !ok {
		return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute 'join'", py.TypeName(sep))
	}
	words, err := builtins.CallMethod(thread, s, "split", starlark.Tuple{sep}, nil)
	if err != nil {
		return nil, err
	}
	list, _ := words.(*starlark.List)
	caps := make([]starlark.Value, list.Len())
	for i := range caps {
		if caps[i], err = builtins.CallMethod(thread, list.Index(i), "capitalize", nil, nil); err != nil {
			return nil, err
		}
	}
	return builtins.CallMethod(thread, joiner, "join", starlark.Tuple{starlark.NewList(caps)}, nil)
}
