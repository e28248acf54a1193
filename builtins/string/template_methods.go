package string

// This file defines Template's methods.

import (
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

type templateMethod = func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)

var templateMethods = map[string]templateMethod{
	"substitute": func(th *starlark.Thread, b *starlark.Builtin, a starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return substitute(th, a, kw, false)
	},
	"safe_substitute": func(th *starlark.Thread, b *starlark.Builtin, a starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return substitute(th, a, kw, true)
	},
	"is_valid":        templateIsValid,
	"get_identifiers": templateIdentifiers,
}

// match is one placeholder found in a template.
type match struct {
	start, end int    // byte offsets of the whole placeholder
	kind       string // escaped, named, braced or invalid
	name       string
}

// scan finds the placeholders of self's template.
func scan(self starlark.Value) (string, []match, string, error) {
	s, err := templateText(self)
	if err != nil {
		return "", nil, "", err
	}
	re, delim, err := pattern(self)
	if err != nil {
		return "", nil, "", err
	}
	var out []match
	for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
		m := match{start: loc[0], end: loc[1]}
		for i, name := range re.SubexpNames() {
			if i > 0 && loc[2*i] >= 0 {
				m.kind, m.name = name, s[loc[2*i]:loc[2*i+1]]
				break
			}
		}
		out = append(out, m)
	}
	return s, out, delim, nil
}

// selfArg splits a method's arguments into self and the rest.
func selfArg(name string, args starlark.Tuple) (starlark.Value, starlark.Tuple, error) {
	if len(args) == 0 {
		return nil, nil, py.Raisef(py.TypeError, "Template.%s() missing 1 required positional argument: 'self'", name)
	}
	if classAttr(args[0], "delimiter") == nil {
		return nil, nil, py.Raisef(py.AttributeError, "'%s' object has no attribute 'pattern'", py.TypeName(args[0]))
	}
	return args[0], args[1:], nil
}

// substitute implements substitute(mapping={}, /, **kws) and, with
// safe, safe_substitute.
// https://docs.python.org/3/library/string.html#string.Template.substitute
func substitute(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple, safe bool) (starlark.Value, error) {
	name := "substitute"
	if safe {
		name = "safe_substitute"
	}
	self, rest, err := selfArg(name, args)
	if err != nil {
		return nil, err
	}
	if len(rest) > 1 {
		return nil, py.Raisef(py.TypeError, "Template.%s() takes from 1 to 2 positional arguments but %d were given", name, len(args))
	}
	s, matches, delim, err := scan(self)
	if err != nil {
		return nil, err
	}
	lookup := func(key string) (starlark.Value, error) {
		for _, kv := range kwargs {
			if string(kv[0].(starlark.String)) == key {
				return kv[1], nil
			}
		}
		if len(rest) == 0 {
			return nil, py.NewException(py.KeyError, starlark.String(key))
		}
		return builtins.GetItem(rest[0], starlark.String(key))
	}
	var b strings.Builder
	last := 0
	for _, m := range matches {
		b.WriteString(s[last:m.start])
		last = m.end
		switch m.kind {
		case "escaped":
			b.WriteString(delim)
		case "invalid":
			if !safe {
				return nil, invalidPlaceholder(s, m.end)
			}
			b.WriteString(s[m.start:m.end])
		default:
			v, err := lookup(m.name)
			if e, ok := py.AsException(err); ok && safe && e.Class == py.KeyError {
				b.WriteString(s[m.start:m.end])
				continue
			}
			if err != nil {
				return nil, err
			}
			str, err := builtins.Str(thread, v)
			if err != nil {
				return nil, err
			}
			b.WriteString(str)
		}
	}
	b.WriteString(s[last:])
	return starlark.String(b.String()), nil
}

// invalidPlaceholder is the ValueError for an ill-formed placeholder
// whose delimiter ends at byte i: its line and column in code points.
func invalidPlaceholder(s string, i int) error {
	lines := splitLines(s[:i])
	return py.Raisef(py.ValueError, "Invalid placeholder in string: line %d, col %d", len(lines), utf8.RuneCountInString(lines[len(lines)-1]))
}

// splitLines splits s after each line break, "\r\n" counting as one.
func splitLines(s string) []string {
	var lines []string
	for s != "" {
		k := strings.IndexAny(s, "\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029")
		if k < 0 {
			return append(lines, s)
		}
		_, n := utf8.DecodeRuneInString(s[k:])
		if strings.HasPrefix(s[k:], "\r\n") {
			n = 2
		}
		lines = append(lines, s[:k+n])
		s = s[k+n:]
	}
	return lines
}

// templateIsValid implements is_valid().
func templateIsValid(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	self, _, err := selfArg("is_valid", args)
	if err != nil {
		return nil, err
	}
	_, matches, _, err := scan(self)
	if err != nil {
		return nil, err
	}
	for _, m := range matches {
		if m.kind == "invalid" {
			return starlark.False, nil
		}
	}
	return starlark.True, nil
}

// templateIdentifiers implements get_identifiers().
func templateIdentifiers(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	self, _, err := selfArg("get_identifiers", args)
	if err != nil {
		return nil, err
	}
	_, matches, _, err := scan(self)
	if err != nil {
		return nil, err
	}
	var ids []starlark.Value
	seen := map[string]bool{}
	for _, m := range matches {
		if (m.kind == "named" || m.kind == "braced") && !seen[m.name] {
			seen[m.name] = true
			ids = append(ids, starlark.String(m.name))
		}
	}
	return starlark.NewList(ids), nil
}
