// Package textwrap is spindle's textwrap module: wrap, fill, shorten,
// dedent, indent and the TextWrapper class, with CPython's algorithm
// (chunks split as its wordsep_re does, widths in code points).
package textwrap

import (
	"strings"
	"unicode"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the textwrap module. Members:
//
//	wrap(text, width=70, **kwargs), fill(text, width=70, **kwargs)
//	shorten(text, width, **kwargs)
//	dedent(text), indent(text, prefix, predicate=None)
//	TextWrapper(width=70, initial_indent='', subsequent_indent='',
//	    expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
//	    break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
//	    tabsize=8, *, max_lines=None, placeholder=' [...]')
var Module = &core.Module{Name: "textwrap", Members: starlark.StringDict{
	"wrap":        starlark.NewBuiltin("wrap", wrapFunc),
	"fill":        starlark.NewBuiltin("fill", wrapFunc),
	"shorten":     starlark.NewBuiltin("shorten", shorten),
	"dedent":      starlark.NewBuiltin("dedent", dedent),
	"indent":      starlark.NewBuiltin("indent", indent),
	"TextWrapper": TextWrapperClass,
}}

// text returns v as a string, or the AttributeError CPython raises when
// it calls method on a non-string.
func text(v starlark.Value, method string) (string, error) {
	s, ok := v.(starlark.String)
	if !ok {
		return "", py.Raisef(py.AttributeError, "'%s' object has no attribute '%s'", py.TypeName(v), method)
	}
	return string(s), nil
}

// wrapFunc implements wrap(text, width=70, **kwargs) and fill.
// https://docs.python.org/3/library/textwrap.html#textwrap.wrap
func wrapFunc(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 2 {
		return nil, py.Raisef(py.TypeError, "%s() takes from 1 to 2 positional arguments but %d were given", b.Name(), len(args))
	}
	if len(args) == 0 && !hasKw(kwargs, "text") {
		return nil, py.Raisef(py.TypeError, "%s() missing 1 required positional argument: 'text'", b.Name())
	}
	w, txt, err := wrapperFor(args, kwargs, -1)
	if err != nil {
		return nil, err
	}
	return w.run(b.Name(), txt)
}

// shorten implements shorten(text, width, **kwargs).
// https://docs.python.org/3/library/textwrap.html#textwrap.shorten
func shorten(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 2 {
		return nil, py.Raisef(py.TypeError, "shorten() takes 2 positional arguments but %d were given", len(args))
	}
	for i, name := range []string{"text", "width"} {
		if len(args) <= i && !hasKw(kwargs, name) {
			return nil, py.Raisef(py.TypeError, "shorten() missing 1 required positional argument: '%s'", name)
		}
	}
	w, txt, err := wrapperFor(args, kwargs, 1)
	if err != nil {
		return nil, err
	}
	s, err := text(txt, "strip")
	if err != nil {
		return nil, err
	}
	return w.run("fill", starlark.String(strings.Join(strings.Fields(s), " ")))
}

func hasKw(kwargs []starlark.Tuple, name string) bool {
	for _, kv := range kwargs {
		if string(kv[0].(starlark.String)) == name {
			return true
		}
	}
	return false
}

// wrapperFor builds the TextWrapper of a module function from its
// (text, width) arguments and keywords; maxLines >= 0 sets max_lines.
func wrapperFor(args starlark.Tuple, kwargs []starlark.Tuple, maxLines int) (*TextWrapper, starlark.Value, error) {
	var txt starlark.Value
	if len(args) > 0 {
		txt = args[0]
	}
	var rest []starlark.Tuple
	if len(args) > 1 {
		rest = append(rest, starlark.Tuple{starlark.String("width"), args[1]})
	}
	for _, kv := range kwargs {
		if string(kv[0].(starlark.String)) == "text" {
			txt = kv[1]
			continue
		}
		rest = append(rest, kv)
	}
	if maxLines >= 0 {
		if hasKw(rest, "max_lines") {
			return nil, nil, py.Raise(py.TypeError, "textwrap.TextWrapper() got multiple values for keyword argument 'max_lines'")
		}
		rest = append(rest, starlark.Tuple{starlark.String("max_lines"), starlark.MakeInt(maxLines)})
	}
	w, err := newWrapper(nil, rest)
	return w, txt, err
}

// dedent implements dedent(text): it removes the common leading blanks
// of the lines and empties the lines made only of blanks.
// https://docs.python.org/3/library/textwrap.html#textwrap.dedent
func dedent(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "text", &v); err != nil {
		return nil, py.ToException(err)
	}
	s, ok := v.(starlark.String)
	if !ok {
		return nil, py.Raisef(py.TypeError, "expected string or bytes-like object, got '%s'", py.TypeName(v))
	}
	lines := strings.Split(string(s), "\n")
	margin, found := "", false
	for i, l := range lines {
		body := strings.TrimLeft(l, " \t")
		if body == "" {
			lines[i] = ""
			continue
		}
		indent := l[:len(l)-len(body)]
		switch {
		case !found:
			margin, found = indent, true
		case strings.HasPrefix(indent, margin):
		case strings.HasPrefix(margin, indent):
			margin = indent
		default:
			k := 0
			for k < len(margin) && k < len(indent) && margin[k] == indent[k] {
				k++
			}
			margin = margin[:k]
		}
	}
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, margin)
	}
	return starlark.String(strings.Join(lines, "\n")), nil
}

// indent implements indent(text, prefix, predicate=None).
// https://docs.python.org/3/library/textwrap.html#textwrap.indent
func indent(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tv, pv, pred starlark.Value = nil, nil, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "text", &tv, "prefix", &pv, "predicate?", &pred); err != nil {
		return nil, py.ToException(err)
	}
	s, err := text(tv, "splitlines")
	if err != nil {
		return nil, err
	}
	lines, err := builtins.CallMethod(thread, starlark.String(s), "splitlines", starlark.Tuple{starlark.True}, nil)
	if err != nil {
		return nil, err
	}
	var out strings.Builder
	for i := 0; i < lines.(*starlark.List).Len(); i++ {
		line := string(lines.(*starlark.List).Index(i).(starlark.String))
		ok, err := selected(thread, pred, line)
		if err != nil {
			return nil, err
		}
		if ok {
			prefix, isStr := pv.(starlark.String)
			if !isStr {
				return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for +: '%s' and 'str'", py.TypeName(pv))
			}
			out.WriteString(string(prefix))
		}
		out.WriteString(line)
	}
	return starlark.String(out.String()), nil
}

// selected reports whether indent prefixes line: pred(line) is true, or
// with no predicate, line is not blank.
func selected(thread *starlark.Thread, pred starlark.Value, line string) (bool, error) {
	if pred == starlark.None {
		return strings.TrimFunc(line, unicode.IsSpace) != "", nil
	}
	v, err := starlark.Call(thread, pred, starlark.Tuple{starlark.String(line)}, nil)
	if err != nil {
		return false, err
	}
	return bool(v.Truth()), nil
}
