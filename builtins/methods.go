package builtins

// This file defines CallMethod, the dispatcher for method calls that
// need Python semantics (str.format, list.sort(key=), dict.update(**kw),
// str.center and the other str methods that count code points; its
// dispatch table per type reaches bytesmethods.go, seqmethods.go and
// numconv.go too), and the unbound methods of the builtin types
// (str.lower, dict.fromkeys).

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

type method func(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

// CallMethod calls recv.name(*args, **kwargs) with Python semantics.
func CallMethod(thread *starlark.Thread, recv starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if m := lookupMethod(recv, name); m != nil {
		if _, ok := recv.(starlark.String); ok && name != "format" && name != "format_map" {
			args = strArgs(args)
		}
		return m(thread, recv, args, kwargs)
	}
	fn, err := getAttr(recv, name)
	if err != nil {
		return nil, err
	}
	if fn == nil {
		fn = BuiltinSpecial(recv, name) // dunders.go
	}
	if fn == nil {
		return nil, noAttr(recv, name)
	}
	return starlark.Call(thread, fn, args, kwargs)
}

// strArgs returns the arguments of a str method with each instance of a
// str subclass (or of another builtin type's subclass) replaced by its
// value, which the method takes as it takes the base type's; args is
// copied only if it holds one.
func strArgs(args starlark.Tuple) starlark.Tuple {
	for i, a := range args {
		if py.IsData(a) {
			out := append(starlark.Tuple(nil), args...)
			for j := i; j < len(out); j++ {
				out[j] = py.Base(out[j])
			}
			return out
		}
	}
	return args
}

func lookupMethod(recv starlark.Value, name string) method {
	switch recv := recv.(type) {
	case starlark.String:
		return strMethods[name]
	case *starlark.List:
		return listMethods[name]
	case *starlark.Dict:
		return dictMethods[name]
	case *Set:
		return recv.method(name)
	case starlark.Bytes:
		return bytesMethods[name]
	case *ByteArray:
		return byteArrayMethod(name)
	case starlark.Int, starlark.Bool:
		return intMethods[name]
	case starlark.Float:
		return floatMethods[name]
	case starlark.Tuple:
		return tupleMethods[name]
	case starlark.Indexable:
		if recv.Type() == "range" {
			return rangeMethods[name]
		}
	}
	return nil
}

var strMethods = map[string]method{
	"format":       strFormatMethod,
	"format_map":   strFormatMap,
	"encode":       strEncode,
	"count":        strCount,
	"zfill":        strZfill,
	"splitlines":   strSplitlines,
	"expandtabs":   strExpandtabs,
	"center":       bind("center", justify),
	"ljust":        bind("ljust", justify),
	"rjust":        bind("rjust", justify),
	"swapcase":     bind("swapcase", changeCase),
	"casefold":     bind("casefold", changeCase),
	"title":        bind("title", changeCase),
	"capitalize":   bind("capitalize", changeCase),
	"isdigit":      bind("isdigit", isClass),
	"isnumeric":    bind("isnumeric", isClass),
	"isdecimal":    bind("isdecimal", isClass),
	"isalnum":      bind("isalnum", isClass),
	"isalpha":      bind("isalpha", isClass),
	"isspace":      bind("isspace", isClass),
	"isupper":      bind("isupper", isClass),
	"islower":      bind("islower", isClass),
	"istitle":      bind("istitle", isClass),
	"find":         bind("find", find),
	"rfind":        bind("rfind", find),
	"index":        bind("index", find),
	"rindex":       bind("rindex", find),
	"split":        bind("split", split),
	"rsplit":       bind("rsplit", split),
	"partition":    bind("partition", partition),
	"rpartition":   bind("rpartition", partition),
	"removeprefix": bind("removeprefix", removeAffix),
	"removesuffix": bind("removesuffix", removeAffix),
}

// strFormatMap implements str.format_map(mapping): str.format whose
// named fields are looked up in mapping as they come.
func strFormatMap(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "str.format_map() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, py.Raisef(py.TypeError, "str.format_map() takes exactly one argument (%d given)", len(args))
	}
	s, err := FormatMap(thread, string(recv.(starlark.String)), args[0])
	return starlark.String(s), err
}

type namedMethod func(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

// bind gives an implementation shared by several methods its name.
func bind(name string, m namedMethod) method {
	return func(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return m(name, thread, recv, args, kwargs)
	}
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

func unpackIndex(fname string, v starlark.Value, def int) (int, error) {
	if v == nil || v == starlark.None {
		return def, nil
	}
	i, err := asIndex(v)
	if err != nil {
		return 0, py.Raise(py.TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	n, ok := i.Int64()
	if !ok {
		if i.Sign() < 0 {
			return -1 << 31, nil
		}
		return 1 << 31, nil
	}
	return int(n), nil
}

// runeRange clamps Python slice bounds [start:end] over n code points.
func runeRange(start, end, n int) (int, int) {
	clamp := func(i int) int {
		if i < 0 {
			i += n
		}
		return max(0, min(i, n))
	}
	return clamp(start), clamp(end)
}

func strFormatMethod(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := FormatString(thread, string(recv.(starlark.String)), args, kwargs)
	return starlark.String(s), err
}

func strCount(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, off, sub, err := subAndOffset(thread, "count", recv, args, kwargs)
	if err != nil || off < 0 {
		return starlark.MakeInt(0), err
	}
	return starlark.MakeInt(strings.Count(s, sub)), nil
}

// subAndOffset unpacks (sub[, start[, end]]) and returns the receiver
// sliced to [start:end], the slice's offset in code points (-1 if the
// slice is empty because start > end) and sub.
func subAndOffset(thread *starlark.Thread, name string, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (string, int, string, error) {
	subv, startv, endv, err := unpackSubRange(name, args, kwargs)
	if err != nil {
		return "", 0, "", err
	}
	sub, ok := subv.(starlark.String)
	if !ok {
		return "", 0, "", py.Raisef(py.TypeError, "must be str, not %s", py.TypeName(subv))
	}
	s := string(recv.(starlark.String))
	if startv == nil && endv == nil {
		return s, 0, string(sub), nil
	}
	sub2, off, err := runeSlice(thread, s, name, startv, endv)
	return sub2, off, string(sub), err
}

// unpackSubRange unpacks the arguments (sub[, start[, end]]) of find,
// count and index; start and end are nil when absent.
func unpackSubRange(name string, args starlark.Tuple, kwargs []starlark.Tuple) (subv, startv, endv starlark.Value, err error) {
	switch {
	case len(kwargs) > 0:
		return nil, nil, nil, py.Raisef(py.TypeError, "%s() takes no keyword arguments", name)
	case len(args) < 1:
		return nil, nil, nil, py.Raisef(py.TypeError, "%s() takes at least 1 argument (0 given)", name)
	case len(args) > 3:
		return nil, nil, nil, py.Raisef(py.TypeError, "%s expected at most 3 arguments, got %d", name, len(args))
	}
	subv = args[0]
	if len(args) > 1 {
		startv = args[1]
	}
	if len(args) > 2 {
		endv = args[2]
	}
	return subv, startv, endv, nil
}

// runeSlice returns s[start:end] in code points and the offset of the
// slice, or -1 when start is past the end of s or after end (where even
// "" is not found).
func runeSlice(thread *starlark.Thread, s, name string, startv, endv starlark.Value) (string, int, error) {
	c := strCacheFor(thread, s)
	start, err := unpackIndex(name, startv, 0)
	if err != nil {
		return "", 0, err
	}
	end, err := unpackIndex(name, endv, c.runes)
	if err != nil {
		return "", 0, err
	}
	if start > c.runes {
		return "", -1, nil
	}
	start, end = runeRange(start, end, c.runes)
	if start > end {
		return "", -1, nil
	}
	b := c.seek(start)
	return s[b:c.seek(end)], start, nil
}

func find(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, off, sub, err := subAndOffset(thread, name, recv, args, kwargs)
	if err != nil {
		return nil, err
	}
	i := -1
	if off >= 0 {
		if name[0] == 'r' {
			i = strings.LastIndex(s, sub)
		} else {
			i = strings.Index(s, sub)
		}
	}
	if i < 0 {
		if strings.HasSuffix(name, "index") {
			return nil, py.Raise(py.ValueError, "substring not found")
		}
		return starlark.MakeInt(-1), nil
	}
	return starlark.MakeInt(off + runeLen(s[:i])), nil
}

func justify(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var width int
	fill := " "
	if err := core.UnpackPositionalArgs(name, args, kwargs, 1, &width, &fill); err != nil {
		return nil, err
	}
	if runeLen(fill) != 1 {
		return nil, py.Raise(py.TypeError, "The fill character must be exactly one character long")
	}
	s := string(recv.(starlark.String))
	pad := width - runeLen(s)
	if pad <= 0 {
		return recv, nil
	}
	if err := core.CheckAllocN(thread, pad, len(fill)); err != nil {
		return nil, err
	}
	left := padLeft(name, pad, width)
	return starlark.String(strings.Repeat(fill, left) + s + strings.Repeat(fill, pad-left)), nil
}

// padLeft returns how much of pad, the padding that takes a string to
// width, center, ljust or rjust puts on its left.
func padLeft(name string, pad, width int) int {
	switch name {
	case "rjust":
		return pad
	case "center":
		return pad/2 + (pad & width & 1)
	}
	return 0
}

func strZfill(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var wv starlark.Value
	if err := starlark.UnpackPositionalArgs("zfill", args, kwargs, 1, &wv); err != nil {
		return nil, err
	}
	width, err := py.AsSsize(wv)
	if err != nil {
		return nil, err
	}
	s := string(recv.(starlark.String))
	pad := width - runeLen(s)
	if pad <= 0 {
		return recv, nil
	}
	if err := core.CheckAllocN(thread, pad, 1); err != nil {
		return nil, err
	}
	return starlark.String(zeroPad(s, pad)), nil
}

// zeroPad puts pad zeros in front of s, after its sign if it has one.
func zeroPad(s string, pad int) string {
	sign := ""
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign, s = s[:1], s[1:]
	}
	return sign + strings.Repeat("0", pad) + s
}

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

func changeCase(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	s := string(recv.(starlark.String))
	var b strings.Builder
	prevCased := false
	for i, r := range s {
		switch name {
		case "swapcase":
			b.WriteString(swapFull(s, i, r))
		case "casefold":
			b.WriteString(foldFull(r))
		case "title":
			if prevCased {
				b.WriteString(lowerFull(s, i, r))
			} else {
				b.WriteString(titleFull(r))
			}
			prevCased = isCased(r)
		case "capitalize":
			if i == 0 {
				b.WriteString(titleFull(r))
			} else {
				b.WriteString(lowerFull(s, i, r))
			}
		}
	}
	return starlark.String(b.String()), nil
}

// swapFull swaps the case of r, found at byte i of s.
func swapFull(s string, i int, r rune) string {
	switch {
	case pyUpper(r):
		return lowerFull(s, i, r)
	case pyLower(r):
		return upperFull(r)
	}
	return string(r)
}

func isClass(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	s := string(recv.(starlark.String))
	switch name {
	case "isupper", "islower":
		return starlark.Bool(hasCase(s, name == "isupper")), nil
	case "istitle":
		return starlark.Bool(isTitle(s)), nil
	}
	pred := map[string]func(rune) bool{
		"isdigit":   func(r rune) bool { return unicode.IsDigit(r) || unicode.Is(unicode.No, r) && isDigitLike(r) },
		"isdecimal": unicode.IsDigit,
		"isnumeric": func(r rune) bool { return unicode.IsNumber(r) || unicode.Is(unicode.Han, r) && isHanNumeral(r) },
		"isalnum":   func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) },
		"isalpha":   unicode.IsLetter,
		"isspace":   isSpace,
	}[name]
	if s == "" {
		return starlark.False, nil
	}
	for _, r := range s {
		if !pred(r) {
			return starlark.False, nil
		}
	}
	return starlark.True, nil
}

// isDigitLike reports the superscript and circled digits CPython's
// isdigit accepts.
func isDigitLike(r rune) bool {
	return r == '²' || r == '³' || r == '¹' || r >= 0x2070 && r <= 0x2089 || r >= 0x2460 && r <= 0x2468 || r >= 0x2780 && r <= 0x2792
}

func isHanNumeral(r rune) bool {
	return strings.ContainsRune("〇一二三四五六七八九十百千万億兆零", r)
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

// hasCase is str.isupper (upper) or str.islower: no character of the
// other case or titlecase, and at least one of the case asked, by the
// Uppercase and Lowercase properties CPython uses (Ⅻ and ª count).
func hasCase(s string, upper bool) bool {
	return hasCaseOf(s, upper, pyUpper, pyLower)
}

// hasCaseOf reports whether s has a cased character and none of the
// other case (lower case ones if upper) or titlecase, in the given
// classes.
func hasCaseOf(s string, upper bool, isUpper, isLower func(rune) bool) bool {
	cased := false
	for _, r := range s {
		same, other := isUpper(r), isLower(r)
		if !upper {
			same, other = other, same
		}
		if other || unicode.IsTitle(r) {
			return false
		}
		cased = cased || same
	}
	return cased
}

// pyUpper and pyLower are Unicode's Uppercase and Lowercase properties:
// the letters of categories Lu and Ll, and the other characters with
// case (Roman numerals, circled letters, ª, º...).
func pyUpper(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }
func pyLower(r rune) bool { return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r) }

func isTitle(s string) bool {
	return isTitleCase(s, func(r rune) bool { return pyUpper(r) || unicode.IsTitle(r) }, pyLower)
}

// isTitleCase reports whether s is titlecased with the given classes of
// upper (or title) and lower case characters.
func isTitleCase(s string, isUpper, isLower func(rune) bool) bool {
	cased, prev := false, false
	for _, r := range s {
		switch {
		case isUpper(r):
			if prev {
				return false
			}
			prev, cased = true, true
		case isLower(r):
			if !prev {
				return false
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return cased
}

func split(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sepv starlark.Value = starlark.None
	maxsplit := -1
	if err := core.UnpackArgs(name, args, kwargs, "sep?", &sepv, "maxsplit?", &maxsplit); err != nil {
		return nil, err
	}
	s := string(recv.(starlark.String))
	var parts []string
	switch sep := sepv.(type) {
	case starlark.NoneType:
		parts = splitSpace(s, maxsplit, name == "rsplit", isSpace)
	case starlark.String:
		if sep == "" {
			return nil, py.Raise(py.ValueError, "empty separator")
		}
		parts = splitSep(s, string(sep), maxsplit, name == "rsplit")
	default:
		return nil, py.Raisef(py.TypeError, "must be str or None, not %s", py.TypeName(sepv))
	}
	return stringList(parts), nil
}

func stringList(parts []string) *starlark.List {
	l := make([]starlark.Value, len(parts))
	for i, p := range parts {
		l[i] = starlark.String(p)
	}
	return starlark.NewList(l)
}

func splitSep(s, sep string, maxsplit int, right bool) []string {
	if !right {
		return strings.SplitN(s, sep, maxsplit+boolInt(maxsplit >= 0))
	}
	var parts []string
	for maxsplit != 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[i+len(sep):])
		s = s[:i]
		maxsplit--
	}
	parts = append(parts, s)
	reverseStrings(parts)
	return parts
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func reverseStrings(p []string) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}

// splitSpace splits on runs of the characters space reports (str.split()
// with no sep, and bytes.split()), from the right if right.
func splitSpace(s string, maxsplit int, right bool, space func(rune) bool) []string {
	var parts []string
	for {
		if right {
			s = strings.TrimRightFunc(s, space)
		} else {
			s = strings.TrimLeftFunc(s, space)
		}
		if s == "" {
			break
		}
		i := -1
		if maxsplit != 0 && right {
			i = strings.LastIndexFunc(s, space)
		} else if maxsplit != 0 {
			i = strings.IndexFunc(s, space)
		}
		if i < 0 {
			parts = append(parts, s)
			break
		}
		if right {
			_, n := utf8.DecodeRuneInString(s[i:])
			parts = append(parts, s[i+n:])
			s = s[:i]
		} else {
			parts = append(parts, s[:i])
			s = s[i:]
		}
		maxsplit--
	}
	if right {
		reverseStrings(parts)
	}
	return parts
}

func strSplitlines(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var keep bool
	if err := starlark.UnpackArgs("splitlines", args, kwargs, "keepends?", &keep); err != nil {
		return nil, err
	}
	return stringList(SplitLines(string(recv.(starlark.String)), keep)), nil
}

// SplitLines is str.splitlines(keepends): s split at Python's line
// boundaries.
func SplitLines(s string, keep bool) []string { return splitLines(s, keep, isLineBreak) }

// splitLines splits s at the line breaks isBreak reports (and at \r\n),
// keeping them if keep.
func splitLines(s string, keep bool, isBreak func(rune) bool) []string {
	var parts []string
	for s != "" {
		i := strings.IndexFunc(s, isBreak)
		if i < 0 {
			parts = append(parts, s)
			break
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		if strings.HasPrefix(s[i:], "\r\n") {
			n = 2
		}
		if keep {
			parts = append(parts, s[:i+n])
		} else {
			parts = append(parts, s[:i])
		}
		s = s[i+n:]
	}
	return parts
}

func isLineBreak(r rune) bool {
	return strings.ContainsRune("\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029", r)
}

func partition(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sep string
	if err := core.UnpackPositionalArgs(name, args, kwargs, 1, &sep); err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, py.Raise(py.ValueError, "empty separator")
	}
	p := partitionParts(name, string(recv.(starlark.String)), sep)
	return starlark.Tuple{starlark.String(p[0]), starlark.String(p[1]), starlark.String(p[2])}, nil
}

// partitionParts returns the three parts of s that partition (or
// rpartition) cuts at sep.
func partitionParts(name, s, sep string) [3]string {
	var i int
	if name == "partition" {
		i = strings.Index(s, sep)
	} else {
		i = strings.LastIndex(s, sep)
	}
	switch {
	case i >= 0:
		return [3]string{s[:i], sep, s[i+len(sep):]}
	case name == "partition":
		return [3]string{s, "", ""}
	}
	return [3]string{"", "", s}
}

func strExpandtabs(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tv starlark.Value = starlark.MakeInt(8)
	if err := starlark.UnpackArgs("expandtabs", args, kwargs, "tabsize?", &tv); err != nil {
		return nil, err
	}
	tab, err := py.AsCInt(tv)
	if err != nil {
		return nil, err
	}
	s := string(recv.(starlark.String))
	if !strings.Contains(s, "\t") {
		return recv, nil
	}
	if err := core.CheckAllocN(thread, expandTabs(s, tab, false, nil), 1); err != nil {
		return nil, err
	}
	var b strings.Builder
	expandTabs(s, tab, false, &b)
	return starlark.String(b.String()), nil
}

// expandTabs writes s with its tabs expanded to b, if b is not nil, and
// returns the length in bytes of the result. A column is a code point,
// or a byte if bytewise (bytes.expandtabs).
func expandTabs(s string, tab int, bytewise bool, b *strings.Builder) int {
	col, n := 0, 0
	for i := 0; i < len(s); {
		w := 1
		if !bytewise {
			_, w = utf8.DecodeRuneInString(s[i:])
		}
		switch s[i] {
		case '\t':
			if tab > 0 {
				k := tab - col%tab
				if b != nil {
					b.WriteString(strings.Repeat(" ", k))
				}
				col += k
				n += k
			}
			i++
			continue
		case '\n', '\r':
			col = -1
		}
		if b != nil {
			b.WriteString(s[i : i+w])
		}
		col++
		n += w
		i += w
	}
	return n
}

func removeAffix(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var affix string
	if err := core.UnpackPositionalArgs(name, args, kwargs, 1, &affix); err != nil {
		return nil, err
	}
	s := string(recv.(starlark.String))
	if name == "removeprefix" {
		return starlark.String(strings.TrimPrefix(s, affix)), nil
	}
	return starlark.String(strings.TrimSuffix(s, affix)), nil
}
