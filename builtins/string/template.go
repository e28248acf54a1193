package string

// This file defines string.Template: $-substitution with CPython's
// pattern, class attributes (delimiter, idpattern, braceidpattern) that
// subclasses may override, and its KeyError and ValueError.

import (
	"fmt"
	"regexp"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

const defaultIDPattern = `(?a:[_a-z][_a-z0-9]*)`

// TemplateClass is string.Template. Its methods live in its dict, so
// that instances of user subclasses reach them with their own class
// attributes.
var TemplateClass = func() *py.Class {
	c := py.NewClass("Template", "string")
	c.Ext = &py.NativeClass{New: newTemplate}
	c.Dict["__init__"] = starlark.NewBuiltin("__init__", templateInit)
	c.Dict["delimiter"] = starlark.String("$")
	c.Dict["idpattern"] = starlark.String(defaultIDPattern)
	c.Dict["braceidpattern"] = starlark.None
	for name, fn := range templateMethods {
		c.Dict[name] = starlark.NewBuiltin(name, fn)
	}
	return c
}()

// Template is a string.Template. It is guarded by the GIL of the
// Interpreter that owns it.
type Template struct {
	cls      *py.Class
	template starlark.Value
	attrs    py.AttrDict // attributes set by scripts
}

var (
	_ starlark.HasAttrs    = (*Template)(nil)
	_ starlark.HasSetField = (*Template)(nil)
)

// newTemplate implements Template(template).
// https://docs.python.org/3/library/string.html#string.Template
func newTemplate(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tmpl starlark.Value
	if err := starlark.UnpackArgs("Template.__init__", args, kwargs, "template", &tmpl); err != nil {
		return nil, py.ToException(err)
	}
	return &Template{cls: cls, template: tmpl}, nil
}

// templateInit is Template.__init__(self, template), for subclasses.
func templateInit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var self, tmpl starlark.Value
	if err := starlark.UnpackArgs("Template.__init__", args, kwargs, "self", &self, "template", &tmpl); err != nil {
		return nil, py.ToException(err)
	}
	if err := self.(starlark.HasSetField).SetField("template", tmpl); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

func (t *Template) String() string {
	return fmt.Sprintf("<string.Template object at %#x>", py.Addr(t))
}
func (t *Template) Type() string          { return "Template" }
func (t *Template) Freeze()               {}
func (t *Template) Truth() starlark.Bool  { return true }
func (t *Template) Hash() (uint32, error) { return uint32(py.Addr(t)), nil }
func (t *Template) PyClass() *py.Class    { return t.cls }

// Attr implements starlark.HasAttrs: template, then the class's attributes.
func (t *Template) Attr(name string) (starlark.Value, error) {
	if name == "template" {
		return t.template, nil
	}
	if v, ok := t.attrs.Get(name); ok {
		return v, nil
	}
	v, ok := t.cls.Dict[name]
	if !ok || name == "__init__" {
		return nil, py.Raisef(py.AttributeError, "'Template' object has no attribute '%s'", name)
	}
	if b, isMethod := v.(*starlark.Builtin); isMethod {
		return &py.BoundMethod{Self: t, Fn: b, Class: t.cls}, nil
	}
	return v, nil
}

// AttrNames implements starlark.HasAttrs.
func (t *Template) AttrNames() []string {
	names := []string{"braceidpattern", "delimiter", "get_identifiers", "idpattern", "is_valid", "safe_substitute", "substitute", "template"}
	return append(names, t.attrs.Names()...)
}

// SetField sets the template or another attribute: a Template has a
// __dict__.
func (t *Template) SetField(name string, v starlark.Value) error {
	if name != "template" {
		return t.attrs.Set(name, v)
	}
	t.template = v
	return nil
}

// DelField deletes an attribute a script set.
func (t *Template) DelField(name string) error { return t.attrs.Delete(t, name) }

// classAttr returns attribute name of self's class.
func classAttr(self starlark.Value, name string) starlark.Value {
	var cls *py.Class
	switch self := self.(type) {
	case *py.Instance:
		cls = self.Class
	case *Template:
		cls = self.cls
	default:
		return nil
	}
	v, _ := cls.Lookup(name)
	return v
}

// pattern compiles the pattern of self's class, as Template's
// __init_subclass__ does.
func pattern(self starlark.Value) (*regexp.Regexp, string, error) {
	delim, _ := classAttr(self, "delimiter").(starlark.String)
	id, _ := classAttr(self, "idpattern").(starlark.String)
	bid, ok := classAttr(self, "braceidpattern").(starlark.String)
	if !ok || bid == "" {
		bid = id
	}
	goID := func(p starlark.String) string { return strings.ReplaceAll(string(p), "(?a:", "(?:") }
	d := regexp.QuoteMeta(string(delim))
	re, err := regexp.Compile(`(?i)` + d + `(?:(?P<escaped>` + d + `)|(?P<named>` + goID(id) +
		`)|\{(?P<braced>` + goID(bid) + `)\}|(?P<invalid>))`)
	if err != nil {
		return nil, "", py.Raisef(py.ValueError, "%v", err)
	}
	return re, string(delim), nil
}

// templateText returns self.template as a string.
func templateText(self starlark.Value) (string, error) {
	v, err := self.(starlark.HasAttrs).Attr("template")
	if err != nil {
		return "", err
	}
	s, ok := v.(starlark.String)
	if !ok {
		return "", py.Raisef(py.TypeError, "expected string or bytes-like object, got '%s'", py.TypeName(v))
	}
	return string(s), nil
}
