package builtins

// This file defines the str methods whose Starlark versions count bytes,
// know only ASCII or lack Python's forms: strip, lstrip and rstrip
// (Python's whitespace, None), startswith and endswith (start and end in
// code points, tuples), join (any iterable, CPython's errors), upper and
// lower (full case mappings and the final sigma), translate, maketrans,
// isidentifier, isprintable and isascii.

import (
	"strings"
	"unicode"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	for name, m := range map[string]method{
		"strip":      bind("strip", strStrip),
		"lstrip":     bind("lstrip", strStrip),
		"rstrip":     bind("rstrip", strStrip),
		"startswith": bind("startswith", strAffix),
		"endswith":   bind("endswith", strAffix),
		"join":       strJoin,
		"replace":    strReplace,
		"upper":      bind("upper", strUpperLower),
		"lower":      bind("lower", strUpperLower),
		"translate":  strTranslate,
		"maketrans": func(thread *starlark.Thread, _ starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return strMaketrans(thread, nil, args, kwargs)
		},
		"isidentifier": bind("isidentifier", strIsKind),
		"isprintable":  bind("isprintable", strIsKind),
		"isascii":      bind("isascii", strIsKind),
	} {
		strMethods[name] = m
	}
}

// strStrip implements str.strip, lstrip and rstrip(chars=None).
func strStrip(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var chars starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0, &chars); err != nil {
		return nil, err
	}
	cut := isSpace
	switch c := chars.(type) {
	case starlark.NoneType:
	case starlark.String:
		cut = func(r rune) bool { return strings.ContainsRune(string(c), r) }
	default:
		return nil, py.Raisef(py.TypeError, "%s arg must be None or str", name)
	}
	s := string(recv.(starlark.String))
	if name != "rstrip" {
		s = strings.TrimLeftFunc(s, cut)
	}
	if name != "lstrip" {
		s = strings.TrimRightFunc(s, cut)
	}
	return starlark.String(s), nil
}

// strAffix implements str.startswith and endswith(affix[, start[, end]]).
func strAffix(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var affix, startv, endv starlark.Value = nil, starlark.None, starlark.None
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &affix, &startv, &endv); err != nil {
		return nil, err
	}
	var affixes []string
	switch a := affix.(type) {
	case starlark.String:
		affixes = []string{string(a)}
	case starlark.Tuple:
		for _, x := range a {
			s, ok := x.(starlark.String)
			if !ok {
				return nil, py.Raisef(py.TypeError, "tuple for %s must only contain str, not %s", name, py.TypeName(x))
			}
			affixes = append(affixes, string(s))
		}
	default:
		return nil, py.Raisef(py.TypeError, "%s first arg must be str or a tuple of str, not %s", name, py.TypeName(affix))
	}
	s := string(recv.(starlark.String))
	if startv != starlark.None || endv != starlark.None {
		sub, ok, err := affixRange(thread, s, startv, endv)
		if err != nil {
			return nil, err
		}
		if !ok {
			return starlark.False, nil
		}
		s = sub
	}
	return affixMatch(name, s, affixes), nil
}

// affixRange returns s[start:end] for startswith and endswith, and false
// when start lies past the end of s (where even "" does not match).
func affixRange(thread *starlark.Thread, s string, startv, endv starlark.Value) (string, bool, error) {
	c := strCacheFor(thread, s)
	start, err := unpackIndex("", startv, 0)
	if err != nil {
		return "", false, err
	}
	end, err := unpackIndex("", endv, c.runes)
	if err != nil {
		return "", false, err
	}
	start, end, ok := affixBounds(start, end, c.runes)
	if !ok {
		return "", false, nil
	}
	b := c.seek(start)
	return s[b:c.seek(end)], true, nil
}

// affixBounds clamps the bounds [start:end] of startswith and endswith
// over n characters, false when start lies past the end (where even ""
// does not match) or after end.
func affixBounds(start, end, n int) (int, int, bool) {
	if start < 0 {
		start = max(0, start+n)
	}
	if start > n {
		return 0, 0, false
	}
	_, end = runeRange(0, end, n)
	return start, end, end >= start
}

func affixMatch(name, s string, affixes []string) starlark.Bool {
	for _, a := range affixes {
		if name == "startswith" && strings.HasPrefix(s, a) || name == "endswith" && strings.HasSuffix(s, a) {
			return true
		}
	}
	return false
}

// strJoin implements str.join(iterable).
func strJoin(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var it starlark.Value
	if err := starlark.UnpackPositionalArgs("join", args, kwargs, 1, &it); err != nil {
		return nil, err
	}
	sep := string(recv.(starlark.String))
	var b strings.Builder
	if s, ok := it.(starlark.String); ok {
		for i, r := range string(s) {
			if i > 0 {
				b.WriteString(sep)
			}
			b.WriteRune(r)
		}
		return starlark.String(b.String()), nil
	}
	// CPython takes every item before it checks one, so an error of the
	// iteration wins over a wrong item's TypeError.
	items, err := ElementsNoHint(thread, it)
	if err != nil {
		return nil, joinIterError(it, err)
	}
	for i, v := range items {
		s, ok := py.Base(v).(starlark.String)
		if !ok {
			return nil, py.Raisef(py.TypeError, "sequence item %d: expected str instance, %s found", i, py.TypeName(v))
		}
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(string(s))
	}
	return starlark.String(b.String()), nil
}

// joinIterError words the error of joining a non-iterable as CPython.
func joinIterError(it starlark.Value, err error) error {
	if o, ok := it.(*py.Instance); ok && o.Iterable() {
		return err
	}
	if _, ok := it.(starlark.Iterable); ok {
		if _, inst := it.(*py.Instance); !inst {
			return err
		}
	}
	return py.Raise(py.TypeError, "can only join an iterable")
}

// strUpperLower implements str.upper and str.lower with the full case
// mappings (ß upper is SS) and Greek final sigma.
func strUpperLower(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	s := string(recv.(starlark.String))
	if isASCII(s) {
		if name == "upper" {
			return starlark.String(strings.ToUpper(s)), nil
		}
		return starlark.String(strings.ToLower(s)), nil
	}
	var b strings.Builder
	for i, r := range s {
		if name == "upper" {
			b.WriteString(upperFull(r))
		} else {
			b.WriteString(lowerFull(s, i, r))
		}
	}
	return starlark.String(b.String()), nil
}

// strIsKind implements isidentifier, isprintable and isascii.
func strIsKind(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	s := string(recv.(starlark.String))
	switch name {
	case "isascii":
		return starlark.Bool(isASCII(s)), nil
	case "isprintable":
		return starlark.Bool(strings.IndexFunc(s, func(r rune) bool { return !unicode.IsPrint(r) }) < 0), nil
	}
	for i, r := range s {
		start := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)
		if !start && (i == 0 || !unicode.In(r, unicode.Nd, unicode.Mn, unicode.Mc, unicode.Pc)) {
			return starlark.False, nil
		}
	}
	return starlark.Bool(s != ""), nil
}

// strReplace implements str.replace(old, new, count=-1), asking the
// memory limit about a result that grows first.
// https://docs.python.org/3/library/stdtypes.html#str.replace
func strReplace(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var old, repl string
	count := -1
	if err := core.UnpackPositionalArgs("replace", args, kwargs, 2, &old, &repl, &count); err != nil {
		return nil, err
	}
	s := string(recv.(starlark.String))
	if err := checkReplace(thread, s, old, repl, count, strings.Count); err != nil {
		return nil, err
	}
	return starlark.String(strings.Replace(s, old, repl, count)), nil
}

// checkReplace asks the memory limit about replacing the occurrences of
// old in s, as occurs counts them, by repl (count of them at most, if
// not negative).
func checkReplace(thread *starlark.Thread, s, old, repl string, count int, occurs func(s, old string) int) error {
	if len(repl) <= len(old) || count == 0 {
		return nil
	}
	n := occurs(s, old)
	if count > 0 {
		n = min(n, count)
	}
	return core.CheckAllocN(thread, n, len(repl)-len(old))
}
