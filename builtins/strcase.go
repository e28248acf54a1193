package builtins

// This file defines Python's full case mappings where they differ from
// Go's one-rune ones (ß upper is SS, İ lower is i̇, ﬁ title is Fi), the
// Greek final sigma, and case folding.

import (
	"unicode"
	"unicode/utf8"
)

// upperSpecial and titleSpecial are SpecialCasing.txt's unconditional
// mappings to more than one code point.
var upperSpecial = map[rune]string{
	'ß': "SS", 'ŉ': "\u02bcN", 'ǰ': "J\u030c", 'ΐ': "\u0399\u0308\u0301", 'ΰ': "\u03a5\u0308\u0301", 'և': "\u0535\u0552",
	'ẖ': "H\u0331", 'ẗ': "T\u0308", 'ẘ': "W\u030a", 'ẙ': "Y\u030a", 'ẚ': "A\u02be", 'ﬀ': "FF",
	'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST",
}

var titleSpecial = map[rune]string{
	'ß': "Ss", 'ŉ': "\u02bcN", 'ǰ': "J\u030c", 'ΐ': "\u0399\u0308\u0301", 'ΰ': "\u03a5\u0308\u0301", 'և': "\u0535\u0582",
	'ẖ': "H\u0331", 'ẗ': "T\u0308", 'ẘ': "W\u030a", 'ẙ': "Y\u030a", 'ẚ': "A\u02be", 'ﬀ': "Ff",
	'ﬁ': "Fi", 'ﬂ': "Fl", 'ﬃ': "Ffi", 'ﬄ': "Ffl", 'ﬅ': "St", 'ﬆ': "St",
}

// foldSpecial is CaseFolding.txt where it differs from the lower case.
var foldSpecial = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'ς': "\u03c3", 'µ': "\u03bc", 'ſ': "s", 'ϐ': "\u03b2",
	'ϑ': "\u03b8", 'ϕ': "\u03c6", 'ϖ': "\u03c0", 'ϰ': "\u03ba", 'ϱ': "\u03c1", 'ϵ': "\u03b5",
	'ẛ': "\u1e61", 'ι': "\u03b9", 'ŉ': "\u02bcn", 'ǰ': "j\u030c", 'ΐ': "\u03b9\u0308\u0301", 'ΰ': "\u03c5\u0308\u0301",
	'և': "\u0565\u0582", 'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl",
	'ﬅ': "st", 'ﬆ': "st", 'İ': "i\u0307",
}

func upperFull(r rune) string {
	if u, ok := upperSpecial[r]; ok {
		return u
	}
	return string(unicode.ToUpper(r))
}

func titleFull(r rune) string {
	if u, ok := titleSpecial[r]; ok {
		return u
	}
	return string(unicode.ToTitle(r))
}

// lowerFull returns the lower case of r, found at byte i of s: a capital
// sigma that ends a word becomes ς.
func lowerFull(s string, i int, r rune) string {
	switch {
	case r == 'İ':
		return "i\u0307"
	case r == 'Σ' && finalSigma(s, i):
		return "ς"
	}
	return string(unicode.ToLower(r))
}

func foldFull(r rune) string {
	if f, ok := foldSpecial[r]; ok {
		return f
	}
	return string(unicode.ToLower(r))
}

// finalSigma reports whether the Σ at byte i of s is in the Final_Sigma
// context: a cased letter before it and none after it, skipping
// case-ignorable characters.
func finalSigma(s string, i int) bool {
	before := false
	for j := i; j > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		j -= size
		if !caseIgnorable(r) {
			before = isCased(r)
			break
		}
	}
	if !before {
		return false
	}
	for _, r := range s[i+len("Σ"):] {
		if !caseIgnorable(r) {
			return !isCased(r)
		}
	}
	return true
}

func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '·', '’', '\u00ad':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}
