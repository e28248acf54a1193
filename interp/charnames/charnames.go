// Package charnames names Unicode characters as CPython 3.11's
// unicodedata does: Name (unicodedata.name) and Lookup
// (unicodedata.lookup, and the \N{...} escapes of string literals).
package charnames

import (
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// Name is the character name of r, "" if it has none.
func Name(r rune) string {
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

// Lookup finds the character named s: an algorithmic name, or a
// table name in any case.
func Lookup(s string) (rune, bool) {
	if h, ok := strings.CutPrefix(s, "CJK UNIFIED IDEOGRAPH-"); ok {
		r, err := strconv.ParseUint(h, 16, 32)
		if err == nil && (len(h) == 4 || len(h) == 5) && Name(rune(r)) == s {
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
