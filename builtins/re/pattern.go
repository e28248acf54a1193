package re

// This file defines Pattern and Match.

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Pattern is a compiled regular expression (re.Pattern).
type Pattern struct {
	pattern string
	flags   int
	re      *regexp.Regexp // nil if bt runs the pattern
	bt      *backtrack
}

var _ starlark.HasAttrs = (*Pattern)(nil)

// String is CPython's repr: the pattern, then the flags other than the
// default UNICODE, by name.
func (p *Pattern) String() string {
	var names []string
	for _, f := range flagNames {
		if p.flags&f.flag != 0 && f.flag != UNICODE {
			names = append(names, "re."+f.name)
		}
	}
	if len(names) == 0 {
		return fmt.Sprintf("re.compile(%s)", py.Repr(starlark.String(p.pattern)))
	}
	return fmt.Sprintf("re.compile(%s, %s)", py.Repr(starlark.String(p.pattern)), strings.Join(names, "|"))
}

// flagNames are the flags in the order a Pattern's repr names them.
var flagNames = []struct {
	flag int
	name string
}{{IGNORECASE, "IGNORECASE"}, {MULTILINE, "MULTILINE"}, {DOTALL, "DOTALL"}, {UNICODE, "UNICODE"}, {VERBOSE, "VERBOSE"}, {ASCII, "ASCII"}}

func (p *Pattern) Type() string { return "Pattern" }

// PyClass is type(p): re.Pattern.
func (p *Pattern) PyClass() *py.Class    { return PatternClass }
func (p *Pattern) Freeze()               {}
func (p *Pattern) Truth() starlark.Bool  { return true }
func (p *Pattern) Hash() (uint32, error) { return starlark.String(p.pattern).Hash() }

// Attr returns pattern, flags, groups, groupindex or a method.
func (p *Pattern) Attr(name string) (starlark.Value, error) {
	switch name {
	case "pattern":
		return starlark.String(p.pattern), nil
	case "flags":
		return starlark.MakeInt(p.flags | 32), nil // re.UNICODE, as CPython reports for str patterns
	case "groups":
		return starlark.MakeInt(p.numGroups()), nil
	case "groupindex":
		return p.groupIndex(), nil
	}
	if m, ok := patternMethods[name]; ok {
		return m.BindReceiver(p), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (p *Pattern) AttrNames() []string {
	names := []string{"flags", "groupindex", "groups", "pattern"}
	for k := range patternMethods {
		names = append(names, k)
	}
	return names
}

var patternMethods = map[string]*starlark.Builtin{
	"search":    starlark.NewBuiltin("search", patternFind("search")),
	"match":     starlark.NewBuiltin("match", patternFind("match")),
	"fullmatch": starlark.NewBuiltin("fullmatch", patternFind("fullmatch")),
	"findall":   starlark.NewBuiltin("findall", patternFindall),
	"finditer":  starlark.NewBuiltin("finditer", patternFinditer),
	"sub":       starlark.NewBuiltin("sub", patternSub),
	"subn":      starlark.NewBuiltin("subn", patternSub),
	"split":     starlark.NewBuiltin("split", patternSplit),
}

// runeOffset converts a byte offset of s to a code point offset.
func runeOffset(s string, i int) int { return utf8.RuneCountInString(s[:i]) }

// byteOffset converts a code point offset of s to a byte offset.
func byteOffset(s string, n int) int {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// patternFind implements search, match and fullmatch(string, pos=0, endpos=None).
func patternFind(mode string) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		p := b.Receiver().(*Pattern)
		var s string
		pos := 0
		var endpos starlark.Value = starlark.None
		if err := core.UnpackArgs(b.Name(), args, kwargs, "string", &s, "pos?", &pos, "endpos?", &endpos); err != nil {
			return nil, err
		}
		text := s
		if e, ok := endpos.(starlark.Int); ok {
			n, _ := e.Int64()
			text = s[:byteOffset(s, int(n))]
		}
		start := byteOffset(text, pos)
		loc, err := p.locate(thread, text, start, mode)
		if err != nil || loc == nil {
			if err != nil {
				return nil, err
			}
			return starlark.None, nil
		}
		return &Match{p: p, s: s, loc: loc}, nil
	}
}

// locate finds the first match in text from byte start; mode "match"
// anchors it at start, "fullmatch" at both ends.
func (p *Pattern) locate(thread *starlark.Thread, text string, start int, mode string) ([]int, error) {
	if p.bt != nil {
		return p.bt.locate(thread, text, start, mode)
	}
	re := p.re
	if mode != "search" {
		src := `\A(?:` + re.String() + `)`
		if mode == "fullmatch" {
			src += `\z`
		}
		re = regexp.MustCompile(src)
	}
	loc := re.FindStringSubmatchIndex(text[start:])
	if loc == nil {
		return nil, nil
	}
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += start
		}
	}
	return loc, nil
}

// findAll returns the byte offsets of all the matches in s.
func (p *Pattern) findAll(thread *starlark.Thread, s string) ([][]int, error) {
	if p.bt != nil {
		return p.bt.findAll(thread, s)
	}
	return p.re.FindAllStringSubmatchIndex(s, -1), nil
}

// numGroups is the number of capturing groups.
func (p *Pattern) numGroups() int {
	if p.bt != nil {
		return len(p.bt.names) - 1
	}
	return p.re.NumSubexp()
}

// groupNames returns the Python name of each group by number, "" for
// one without a name.
func (p *Pattern) groupNames() []string {
	if p.bt != nil {
		return p.bt.names
	}
	names := p.re.SubexpNames()
	out := make([]string, len(names))
	for i, n := range names {
		if n != "" {
			out[i] = groupName(n)
		}
	}
	return out
}

// groupIndex is Pattern.groupindex: each group name's number. It is a
// new dict, where CPython's is a read-only mappingproxy.
func (p *Pattern) groupIndex() *starlark.Dict {
	d := starlark.NewDict(4)
	for i, name := range p.groupNames() {
		if name != "" {
			d.SetKey(starlark.String(name), starlark.MakeInt(i))
		}
	}
	return d
}

// groupNumber returns the number of the group called name, or -1.
func (p *Pattern) groupNumber(name string) int {
	if p.bt == nil {
		return p.re.SubexpIndex(groupKey(name))
	}
	for i, n := range p.bt.names {
		if n == name && n != "" {
			return i
		}
	}
	return -1
}

func stringArg(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (*Pattern, string, error) {
	var s string
	err := core.UnpackArgs(b.Name(), args, kwargs, "string", &s)
	return b.Receiver().(*Pattern), s, err
}

// groupsValue is what findall yields for one match.
func (p *Pattern) groupsValue(s string, loc []int) starlark.Value {
	n := p.numGroups()
	group := func(i int) starlark.Value {
		if loc[2*i] < 0 {
			return starlark.String("")
		}
		return starlark.String(s[loc[2*i]:loc[2*i+1]])
	}
	switch n {
	case 0:
		return group(0)
	case 1:
		return group(1)
	}
	t := make(starlark.Tuple, n)
	for i := range t {
		t[i] = group(i + 1)
	}
	return t
}

func patternFindall(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	p, s, err := stringArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	var out []starlark.Value
	locs, err := p.findAll(thread, s)
	if err != nil {
		return nil, err
	}
	for _, loc := range locs {
		out = append(out, p.groupsValue(s, loc))
	}
	return starlark.NewList(out), nil
}

func patternFinditer(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	p, s, err := stringArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	var out []starlark.Value
	locs, err := p.findAll(thread, s)
	if err != nil {
		return nil, err
	}
	for _, loc := range locs {
		out = append(out, &Match{p: p, s: s, loc: loc})
	}
	return starlark.NewList(out), nil // iterable, as the iterator CPython returns is
}

// expand returns the replacement of Python template repl for a match.
func (p *Pattern) expand(repl, s string, loc []int) (string, error) {
	var out strings.Builder
	for i := 0; i < len(repl); i++ {
		c := repl[i]
		if c != '\\' || i+1 == len(repl) {
			out.WriteByte(c)
			continue
		}
		i++
		n := repl[i]
		var idx int
		switch {
		case n >= '0' && n <= '9':
			idx = int(n - '0')
			if i+1 < len(repl) && repl[i+1] >= '0' && repl[i+1] <= '9' {
				idx = idx*10 + int(repl[i+1]-'0')
				i++
			}
		case n == 'g' && i+1 < len(repl) && repl[i+1] == '<':
			end := strings.IndexByte(repl[i:], '>')
			if end < 0 {
				return "", py.Raise(Error, "missing >, unterminated name")
			}
			name := repl[i+2 : i+end]
			i += end
			if idx = p.groupNumber(name); idx < 0 {
				if _, err := fmt.Sscanf(name, "%d", &idx); err != nil {
					return "", py.Raisef(py.IndexError, "unknown group name '%s'", name)
				}
			}
		case n == 'n':
			out.WriteByte('\n')
			continue
		case n == 't':
			out.WriteByte('\t')
			continue
		case n == '\\':
			out.WriteByte('\\')
			continue
		default:
			out.WriteByte('\\')
			out.WriteByte(n)
			continue
		}
		if idx > p.numGroups() {
			return "", py.Raisef(Error, "invalid group reference %d", idx)
		}
		if loc[2*idx] >= 0 {
			out.WriteString(s[loc[2*idx]:loc[2*idx+1]])
		}
	}
	return out.String(), nil
}

// patternSub is Pattern.sub and, with the count of replacements made,
// Pattern.subn.
func patternSub(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	p := b.Receiver().(*Pattern)
	var repl starlark.Value
	var s string
	count := 0
	if err := core.UnpackArgs(b.Name(), args, kwargs, "repl", &repl, "string", &s, "count?", &count); err != nil {
		return nil, err
	}
	var out strings.Builder
	last, made := 0, 0
	locs, err := p.findAll(thread, s)
	if err != nil {
		return nil, err
	}
	for n, loc := range locs {
		if count > 0 && n >= count {
			break
		}
		made++
		out.WriteString(s[last:loc[0]])
		var text string
		if r, ok := py.Base(repl).(starlark.String); ok {
			var err error
			if text, err = p.expand(string(r), s, loc); err != nil {
				return nil, err
			}
		} else {
			v, err := starlark.Call(thread, repl, starlark.Tuple{&Match{p: p, s: s, loc: loc}}, nil)
			if err != nil {
				return nil, err
			}
			str, ok := py.Base(v).(starlark.String)
			if !ok {
				return nil, py.Raisef(py.TypeError, "expected str instance, %s found", py.TypeName(v))
			}
			text = string(str)
		}
		out.WriteString(text)
		last = loc[1]
	}
	out.WriteString(s[last:])
	if b.Name() == "subn" {
		return starlark.Tuple{starlark.String(out.String()), starlark.MakeInt(made)}, nil
	}
	return starlark.String(out.String()), nil
}

func patternSplit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	p := b.Receiver().(*Pattern)
	var s string
	maxsplit := 0
	if err := core.UnpackArgs(b.Name(), args, kwargs, "string", &s, "maxsplit?", &maxsplit); err != nil {
		return nil, err
	}
	var out []starlark.Value
	last := 0
	locs, err := p.findAll(thread, s)
	if err != nil {
		return nil, err
	}
	for n, loc := range locs {
		if maxsplit > 0 && n >= maxsplit {
			break
		}
		out = append(out, starlark.String(s[last:loc[0]]))
		for g := 1; g <= p.numGroups(); g++ {
			if loc[2*g] < 0 {
				out = append(out, starlark.None)
			} else {
				out = append(out, starlark.String(s[loc[2*g]:loc[2*g+1]]))
			}
		}
		last = loc[1]
	}
	out = append(out, starlark.String(s[last:]))
	return starlark.NewList(out), nil
}
