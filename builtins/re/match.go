package re

// This file defines Match.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// Match is the result of a successful search (re.Match). loc holds byte
// offsets into s, as regexp reports them.
type Match struct {
	p   *Pattern
	s   string
	loc []int
}

var (
	_ starlark.HasAttrs = (*Match)(nil)
	_ starlark.Mapping  = (*Match)(nil)
)

func (m *Match) String() string {
	start, end := m.span(0)
	return fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", start, end, py.Repr(m.group(0)))
}
func (m *Match) Type() string { return "Match" }

// PyClass is type(m): re.Match.
func (m *Match) PyClass() *py.Class   { return MatchClass }
func (m *Match) Freeze()              {}
func (m *Match) Truth() starlark.Bool { return true }
func (m *Match) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 're.Match'")
}

// Get implements m[g], g a group's number or name.
func (m *Match) Get(g starlark.Value) (starlark.Value, bool, error) {
	i, err := m.groupIndex(g)
	if err != nil {
		return nil, false, err
	}
	return m.group(i), true, nil
}

func (m *Match) group(i int) starlark.Value {
	if i < 0 || 2*i >= len(m.loc) || m.loc[2*i] < 0 {
		return starlark.None
	}
	return starlark.String(m.s[m.loc[2*i]:m.loc[2*i+1]])
}

// span returns group i's code point offsets, or (-1, -1).
func (m *Match) span(i int) (int, int) {
	if m.loc[2*i] < 0 {
		return -1, -1
	}
	return runeOffset(m.s, m.loc[2*i]), runeOffset(m.s, m.loc[2*i+1])
}

// groupIndex resolves a group number or name.
func (m *Match) groupIndex(v starlark.Value) (int, error) {
	switch v := v.(type) {
	case starlark.String:
		if i := m.p.groupNumber(string(v)); i >= 0 {
			return i, nil
		}
	case starlark.Int:
		if n, ok := v.Int64(); ok && n >= 0 && int(n) <= m.p.numGroups() {
			return int(n), nil
		}
	}
	return 0, py.Raise(py.IndexError, "no such group")
}

// Attr returns string, re, pos, endpos, lastindex or a method.
func (m *Match) Attr(name string) (starlark.Value, error) {
	switch name {
	case "string":
		return starlark.String(m.s), nil
	case "re":
		return m.p, nil
	case "pos":
		return starlark.MakeInt(0), nil
	case "endpos":
		return starlark.MakeInt(len([]rune(m.s))), nil
	}
	if fn, ok := matchMethods[name]; ok {
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return fn(m, args, kwargs)
		}), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (m *Match) AttrNames() []string {
	names := []string{"endpos", "pos", "re", "string"}
	for k := range matchMethods {
		names = append(names, k)
	}
	return names
}

var matchMethods = map[string]func(m *Match, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error){
	"group": func(m *Match, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return m.group(0), nil
		}
		out := make(starlark.Tuple, len(args))
		for i, a := range args {
			g, err := m.groupIndex(a)
			if err != nil {
				return nil, err
			}
			out[i] = m.group(g)
		}
		if len(out) == 1 {
			return out[0], nil
		}
		return out, nil
	},
	"groups": func(m *Match, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var def starlark.Value = starlark.None
		if err := starlark.UnpackArgs("groups", args, kwargs, "default?", &def); err != nil {
			return nil, err
		}
		out := make(starlark.Tuple, m.p.numGroups())
		for i := range out {
			if out[i] = m.group(i + 1); out[i] == starlark.None {
				out[i] = def
			}
		}
		return out, nil
	},
	"groupdict": func(m *Match, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		d := starlark.NewDict(4)
		for i, name := range m.p.groupNames() {
			if name != "" {
				d.SetKey(starlark.String(name), m.group(i))
			}
		}
		return d, nil
	},
	"start": func(m *Match, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		g, err := m.optGroup(args)
		start, _ := m.span(g)
		return starlark.MakeInt(start), err
	},
	"end": func(m *Match, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		g, err := m.optGroup(args)
		_, end := m.span(g)
		return starlark.MakeInt(end), err
	},
	"span": func(m *Match, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		g, err := m.optGroup(args)
		start, end := m.span(g)
		return starlark.Tuple{starlark.MakeInt(start), starlark.MakeInt(end)}, err
	},
}

// optGroup resolves an optional group argument (0 by default).
func (m *Match) optGroup(args starlark.Tuple) (int, error) {
	if len(args) == 0 {
		return 0, nil
	}
	return m.groupIndex(args[0])
}
