package textwrap

// This file defines the TextWrapper class: its attributes, which scripts
// may set, and its wrap and fill methods.

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// TextWrapperClass is textwrap.TextWrapper.
var TextWrapperClass = func() *py.Class {
	c := py.NewClass("TextWrapper", "textwrap")
	c.Ext = &py.NativeClass{New: func(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		w, err := newWrapper(args, kwargs)
		if err != nil {
			return nil, err
		}
		return w, nil
	}}
	return c
}()

// params are TextWrapper's parameters in order, with their defaults;
// the first ten may be given by position.
var params = []struct {
	name string
	def  starlark.Value
}{
	{"width", starlark.MakeInt(70)}, {"initial_indent", starlark.String("")}, {"subsequent_indent", starlark.String("")},
	{"expand_tabs", starlark.True}, {"replace_whitespace", starlark.True}, {"fix_sentence_endings", starlark.False},
	{"break_long_words", starlark.True}, {"drop_whitespace", starlark.True}, {"break_on_hyphens", starlark.True},
	{"tabsize", starlark.MakeInt(8)}, {"max_lines", starlark.None}, {"placeholder", starlark.String(" [...]")},
}

// TextWrapper is a textwrap.TextWrapper: its attribute values, read when
// it wraps. It is guarded by the GIL of the Interpreter that owns it.
type TextWrapper struct {
	attrs starlark.StringDict
	order []string // names of attributes added by scripts
}

var (
	_ starlark.HasAttrs    = (*TextWrapper)(nil)
	_ starlark.HasSetField = (*TextWrapper)(nil)
)

// newWrapper implements TextWrapper(...).
// https://docs.python.org/3/library/textwrap.html#textwrap.TextWrapper
func newWrapper(args starlark.Tuple, kwargs []starlark.Tuple) (*TextWrapper, error) {
	if len(args) > 10 {
		return nil, py.Raisef(py.TypeError, "TextWrapper.__init__() takes from 1 to 11 positional arguments but %d were given", len(args)+1)
	}
	w := &TextWrapper{attrs: starlark.StringDict{}}
	for i, p := range params {
		w.attrs[p.name] = p.def
		if i < len(args) {
			w.attrs[p.name] = args[i]
		}
	}
	for _, kv := range kwargs {
		k := string(kv[0].(starlark.String))
		i := paramPos(k)
		if i < 0 {
			return nil, py.Raisef(py.TypeError, "TextWrapper.__init__() got an unexpected keyword argument '%s'", k)
		}
		if i < len(args) {
			return nil, py.Raisef(py.TypeError, "TextWrapper.__init__() got multiple values for argument '%s'", k)
		}
		w.attrs[k] = kv[1]
	}
	return w, nil
}

func paramPos(name string) int {
	for i, p := range params {
		if p.name == name {
			return i
		}
	}
	return -1
}

func (w *TextWrapper) String() string {
	return fmt.Sprintf("<textwrap.TextWrapper object at %#x>", py.Addr(w))
}
func (w *TextWrapper) Type() string          { return "TextWrapper" }
func (w *TextWrapper) Freeze()               {}
func (w *TextWrapper) Truth() starlark.Bool  { return true }
func (w *TextWrapper) Hash() (uint32, error) { return uint32(py.Addr(w)), nil }
func (w *TextWrapper) PyClass() *py.Class    { return TextWrapperClass }

// Attr implements starlark.HasAttrs.
func (w *TextWrapper) Attr(name string) (starlark.Value, error) {
	switch name {
	case "wrap", "fill":
		return starlark.NewBuiltin(name, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var txt starlark.Value
			if err := starlark.UnpackArgs("TextWrapper."+name, args, kwargs, "text", &txt); err != nil {
				return nil, py.ToException(err)
			}
			return w.run(name, txt)
		}).BindReceiver(w), nil
	case "__dict__":
		d := starlark.NewDict(len(w.attrs))
		for _, k := range w.names() {
			d.SetKey(starlark.String(k), w.attrs[k])
		}
		return d, nil
	}
	if v, ok := w.attrs[name]; ok {
		return v, nil
	}
	return nil, py.Raisef(py.AttributeError, "'TextWrapper' object has no attribute '%s'", name)
}

func (w *TextWrapper) names() []string {
	var names []string
	for _, p := range params {
		names = append(names, p.name)
	}
	return append(names, w.order...)
}

// AttrNames implements starlark.HasAttrs.
func (w *TextWrapper) AttrNames() []string { return append(w.names(), "fill", "wrap") }

// SetField sets an attribute, as on any Python object.
func (w *TextWrapper) SetField(name string, v starlark.Value) error {
	if _, ok := w.attrs[name]; !ok {
		w.order = append(w.order, name)
	}
	w.attrs[name] = v
	return nil
}

// run wraps txt: "wrap" returns the list of lines, "fill" one string.
func (w *TextWrapper) run(method string, txt starlark.Value) (starlark.Value, error) {
	o, err := w.options()
	if err != nil {
		return nil, err
	}
	s, err := text(txt, "expandtabs")
	if err != nil {
		return nil, err
	}
	lines, err := o.wrap(s)
	if err != nil {
		return nil, err
	}
	if method == "fill" {
		return starlark.String(strings.Join(lines, "\n")), nil
	}
	list := make([]starlark.Value, len(lines))
	for i, l := range lines {
		list[i] = starlark.String(l)
	}
	return starlark.NewList(list), nil
}

// options converts the attributes for the algorithm.
func (w *TextWrapper) options() (*options, error) {
	o := defaultOptions()
	var err error
	intOf := func(name, op string) int {
		v := w.attrs[name]
		n, ok := v.(starlark.Int)
		i, exact := n.Int64()
		if err == nil && (!ok || !exact) {
			err = py.Raisef(py.TypeError, "'%s' not supported between instances of '%s' and 'int'", op, py.TypeName(v))
		}
		return int(i)
	}
	strOf := func(name string) []rune {
		v := w.attrs[name]
		s, ok := v.(starlark.String)
		if err == nil && !ok {
			err = py.Raisef(py.TypeError, "object of type '%s' has no len()", py.TypeName(v))
		}
		return []rune(string(s))
	}
	truth := func(name string) bool { return bool(w.attrs[name].Truth()) }
	o.width = intOf("width", "<=")
	o.tabsize = intOf("tabsize", "<=")
	if w.attrs["max_lines"] != starlark.None {
		o.maxLines = intOf("max_lines", ">")
	}
	o.initialIndent, o.subsequentIndent, o.placeholder = strOf("initial_indent"), strOf("subsequent_indent"), strOf("placeholder")
	o.expandTabs, o.replaceWhitespace, o.fixSentenceEndings = truth("expand_tabs"), truth("replace_whitespace"), truth("fix_sentence_endings")
	o.breakLongWords, o.dropWhitespace = truth("break_long_words"), truth("drop_whitespace")
	o.breakOnHyphens = w.attrs["break_on_hyphens"] == starlark.True // CPython tests "is True"
	return &o, err
}
