// Package unicodedata is spindle's unicodedata module: the Unicode
// Character Database. Names, bidirectional classes, East Asian widths,
// combining classes and normalization come from golang.org/x/text (its
// tables are generated from the UCD and kept up to date upstream, which
// hand-written tables would not be), categories from Go's unicode
// package, and numeric values, mirroring and decomposition mappings from
// tables.go and decomposition.txt (x/text and Go lack them, or have
// decompositions only fully applied and untagged; gen_tables.py writes
// them from python3's data).
//
// The data is Unicode 15.0.0 (x/text's and Go's tables for this Go
// version; numeric values, mirroring and decompositions are CPython
// 3.11's 14.0.0), so unidata_version is "15.0.0" where CPython 3.11
// says "14.0.0": the characters Unicode 15 added have names and
// properties here that CPython 3.11 does not know. Name aliases, named sequences and
// ucd_3_2_0 are not provided.
package unicodedata

// This file defines the module and its functions of names.

import (
	"go.starlark.net/starlark"
	"golang.org/x/text/unicode/norm"

	"github.com/spindle-lang/spindle/interp/charnames"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the unicodedata module. Members:
//
//	name(chr, default), lookup(name)
//	category(chr), bidirectional(chr), east_asian_width(chr), mirrored(chr), combining(chr),
//	decomposition(chr)
//	decimal(chr, default), digit(chr, default), numeric(chr, default)
//	normalize(form, unistr), is_normalized(form, unistr)
//	unidata_version
var Module = &core.Module{Name: "unicodedata", Members: starlark.StringDict{
	"name":             starlark.NewBuiltin("name", name),
	"lookup":           starlark.NewBuiltin("lookup", lookup),
	"category":         property("category", category),
	"bidirectional":    property("bidirectional", bidirectional),
	"east_asian_width": property("east_asian_width", eastAsianWidth),
	"mirrored":         property("mirrored", mirrored),
	"combining":        property("combining", combining),
	"decomposition":    property("decomposition", decomposition),
	"decimal":          numericFunc("decimal", decimalKind, "not a decimal"),
	"digit":            numericFunc("digit", digitKind, "not a digit"),
	"numeric":          numericFunc("numeric", numericOnly, "not a numeric character"),
	"normalize":        starlark.NewBuiltin("normalize", normalize),
	"is_normalized":    starlark.NewBuiltin("is_normalized", isNormalized),
	"unidata_version":  starlark.String(norm.Version),
}}

// char returns the one character of a function's argument, or CPython's
// TypeError (what says "argument" or "argument 1").
func char(fn, what string, v starlark.Value) (rune, error) {
	if s, ok := v.(starlark.String); ok {
		if r, ok := onlyRune(string(s)); ok {
			return r, nil
		}
	}
	return 0, py.Raisef(py.TypeError, "%s() %s must be a unicode character, not %s", fn, what, py.TypeName(v))
}

// onlyRune returns the rune of a one-character string.
func onlyRune(s string) (rune, bool) {
	rs := []rune(s)
	if len(rs) != 1 {
		return 0, false
	}
	return rs[0], true
}

// name implements unicodedata.name(chr, default=<raise>).
// https://docs.python.org/3/library/unicodedata.html#unicodedata.name
func name(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var c, dflt starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &c, &dflt); err != nil {
		return nil, err
	}
	r, err := char("name", "argument 1", c)
	if err != nil {
		return nil, err
	}
	if n := charnames.Name(r); n != "" {
		return starlark.String(n), nil
	}
	if dflt != nil {
		return dflt, nil
	}
	return nil, py.Raise(py.ValueError, "no such name")
}

// lookup implements unicodedata.lookup(name).
// https://docs.python.org/3/library/unicodedata.html#unicodedata.lookup
func lookup(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	var s string
	switch v := v.(type) {
	case starlark.String:
		s = string(v)
	case starlark.Bytes:
		s = string(v)
	default:
		return nil, py.Raisef(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(v))
	}
	if r, ok := charnames.Lookup(s); ok {
		return starlark.String(string(r)), nil
	}
	return nil, py.Raise(py.KeyError, "undefined character name '"+s+"'")
}

//go:generate sh -c "python3 gen_tables.py > tables.go"
