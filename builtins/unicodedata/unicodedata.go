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
	"strconv"
	"strings"
	"sync"

	"go.starlark.net/starlark"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/runenames"

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
	if n := runeName(r); n != "" {
		return starlark.String(n), nil
	}
	if dflt != nil {
		return dflt, nil
	}
	return nil, py.Raise(py.ValueError, "no such name")
}

// runeName is the character name of r, "" if it has none.
func runeName(r rune) string {
	n := runenames.Name(r)
	if !strings.HasPrefix(n, "<") {
		return n
	}
	switch {
	case strings.HasPrefix(n, "<CJK Ideograph"):
		return "CJK UNIFIED IDEOGRAPH-" + hex(r)
	case n == "<Hangul Syllable>":
		return hangulName(r)
	}
	return "" // controls, surrogates, private use; Tangut, as CPython 3.11
}

func hex(r rune) string { return strings.ToUpper(strconv.FormatInt(int64(r), 16)) }

// The jamo of Hangul syllable names (Unicode 3.12, "Conjoining Jamo
// Behavior").
var (
	jamoL = strings.Split("G GG N D DD R M B BB S SS  J JJ C K T P H", " ")
	jamoV = strings.Split("A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I", " ")
	jamoT = strings.Split(" G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H", " ")
)

const hangulBase, hangulCount = 0xAC00, 19 * 21 * 28

// hangulName is the name of a precomposed Hangul syllable.
func hangulName(r rune) string {
	i := int(r - hangulBase)
	return "HANGUL SYLLABLE " + jamoL[i/(21*28)] + jamoV[i%(21*28)/28] + jamoT[i%28]
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
	if r, ok := lookupRune(s); ok {
		return starlark.String(string(r)), nil
	}
	return nil, py.Raise(py.KeyError, "undefined character name '"+s+"'")
}

// lookupRune finds the character named s: an algorithmic name, or a
// table name in any case.
func lookupRune(s string) (rune, bool) {
	if h, ok := strings.CutPrefix(s, "CJK UNIFIED IDEOGRAPH-"); ok {
		r, err := strconv.ParseUint(h, 16, 32)
		if err == nil && (len(h) == 4 || len(h) == 5) && runeName(rune(r)) == s {
			return rune(r), true
		}
		return 0, false
	}
	if strings.HasPrefix(s, "HANGUL SYLLABLE ") {
		for r := rune(hangulBase); r < hangulBase+hangulCount; r++ {
			if hangulName(r) == s {
				return r, true
			}
		}
		return 0, false
	}
	r, ok := namedRunes()[strings.ToUpper(s)]
	return r, ok
}

var (
	namesOnce sync.Once
	names     map[string]rune
)

// namedRunes maps the names of the name table (the algorithmic ones
// aside) to their characters; it is made on the first lookup.
func namedRunes() map[string]rune {
	namesOnce.Do(func() {
		names = make(map[string]rune, 40000)
		for r := rune(0); r <= 0x10FFFF; r++ {
			if n := runenames.Name(r); n != "" && !strings.HasPrefix(n, "<") {
				names[n] = r
			}
		}
	})
	return names
}

//go:generate sh -c "python3 gen_tables.py > tables.go"
