package unicodedata

// This file defines the functions of one character's properties, and
// normalization.

import (
	"sort"
	"unicode"

	"go.starlark.net/starlark"
	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/spindle-lang/spindle/interp/py"
)

// property makes the builtin fn(chr) returning prop(chr).
func property(fn string, prop func(rune) starlark.Value) *starlark.Builtin {
	return starlark.NewBuiltin(fn, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var c starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &c); err != nil {
			return nil, err
		}
		r, err := char(fn, "argument", c)
		if err != nil {
			return nil, err
		}
		return prop(r), nil
	})
}

// categories are the two-letter general categories, the commonest first.
var categories = []string{
	"Ll", "Lu", "Lo", "Nd", "Zs", "Po", "Mn", "So", "Sm", "Cc", "Ps", "Pe", "Pd",
	"Lt", "Lm", "Mc", "Me", "Nl", "No", "Zl", "Zp", "Cf", "Cs", "Co",
	"Pc", "Pi", "Pf", "Sc", "Sk",
}

// category implements unicodedata.category(chr): "Cn" if unassigned.
// https://docs.python.org/3/library/unicodedata.html#unicodedata.category
func category(r rune) starlark.Value {
	return starlark.String(categoryOf(r))
}

func categoryOf(r rune) string {
	for _, c := range categories {
		if unicode.Is(unicode.Categories[c], r) {
			return c
		}
	}
	return "Cn"
}

// bidiNames are the names of x/text's bidi classes, in their order.
var bidiNames = [...]string{
	bidi.L: "L", bidi.R: "R", bidi.EN: "EN", bidi.ES: "ES", bidi.ET: "ET", bidi.AN: "AN",
	bidi.CS: "CS", bidi.B: "B", bidi.S: "S", bidi.WS: "WS", bidi.ON: "ON", bidi.BN: "BN",
	bidi.NSM: "NSM", bidi.AL: "AL", bidi.LRO: "LRO", bidi.RLO: "RLO", bidi.LRE: "LRE",
	bidi.RLE: "RLE", bidi.PDF: "PDF", bidi.LRI: "LRI", bidi.RLI: "RLI", bidi.FSI: "FSI",
	bidi.PDI: "PDI",
}

// bidirectional implements unicodedata.bidirectional(chr): "" if
// unassigned.
func bidirectional(r rune) starlark.Value {
	if categoryOf(r) == "Cn" {
		return starlark.String("")
	}
	p, _ := bidi.LookupRune(r)
	if c := int(p.Class()); c < len(bidiNames) {
		return starlark.String(bidiNames[c])
	}
	return starlark.String("")
}

// eastAsianWidth implements unicodedata.east_asian_width(chr). An
// unassigned character is "F", as in CPython, whose record for
// unassigned characters holds the first width.
func eastAsianWidth(r rune) starlark.Value {
	if categoryOf(r) == "Cn" {
		return starlark.String("F")
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianAmbiguous:
		return starlark.String("A")
	case width.EastAsianWide:
		return starlark.String("W")
	case width.EastAsianNarrow:
		return starlark.String("Na")
	case width.EastAsianFullwidth:
		return starlark.String("F")
	case width.EastAsianHalfwidth:
		return starlark.String("H")
	}
	return starlark.String("N")
}

// mirrored implements unicodedata.mirrored(chr): 1 or 0.
func mirrored(r rune) starlark.Value {
	i := sort.Search(len(mirroredRanges), func(i int) bool { return mirroredRanges[i][1] >= r })
	if i < len(mirroredRanges) && mirroredRanges[i][0] <= r {
		return starlark.MakeInt(1)
	}
	return starlark.MakeInt(0)
}

// combining implements unicodedata.combining(chr): the canonical
// combining class.
func combining(r rune) starlark.Value {
	return starlark.MakeInt(int(norm.NFD.PropertiesString(string(r)).CCC()))
}

// forms are the normalization forms by name.
var forms = map[string]norm.Form{"NFC": norm.NFC, "NFD": norm.NFD, "NFKC": norm.NFKC, "NFKD": norm.NFKD}

// formArgs unpacks (form, unistr).
func formArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (norm.Form, string, error) {
	var f, s starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &f, &s); err != nil {
		return 0, "", err
	}
	for i, v := range []starlark.Value{f, s} {
		if _, ok := v.(starlark.String); !ok {
			return 0, "", py.Raisef(py.TypeError, "%s() argument %d must be str, not %s", b.Name(), i+1, py.TypeName(v))
		}
	}
	form, ok := forms[string(f.(starlark.String))]
	if !ok {
		return 0, "", py.Raise(py.ValueError, "invalid normalization form")
	}
	return form, string(s.(starlark.String)), nil
}

// normalize implements unicodedata.normalize(form, unistr).
// https://docs.python.org/3/library/unicodedata.html#unicodedata.normalize
func normalize(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	form, s, err := formArgs(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.String(form.String(s)), nil
}

// isNormalized implements unicodedata.is_normalized(form, unistr).
func isNormalized(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	form, s, err := formArgs(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.Bool(form.IsNormalString(s)), nil
}
