package logging

// This file defines Formatter: %-, {}- and $-style record formats and
// CPython's time format.

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	pytime "github.com/spindle-lang/spindle/builtins/time"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// FormatterClass is logging.Formatter.
var FormatterClass = newClass("Formatter", nil, newFormatterObject)

// defaultFormatter formats records for handlers without a formatter. It
// is never modified.
var defaultFormatter = &Formatter{fmt: "%(message)s", style: '%'}

// Formatter is a logging.Formatter. It is immutable after creation.
type Formatter struct {
	fmt     string
	datefmt string // "" means CPython's default
	style   byte   // '%', '{' or '$'
	// defaults are the values of fields a record lacks (the defaults
	// argument), or nil.
	defaults starlark.Value
	attrs    py.AttrDict // what scripts set
	// self is the instance of a script's subclass whose Native this
	// formatter is (see nativeInit), or nil: format calls the methods
	// it overrides (formatMessage, formatException...).
	self *py.Instance
}

var (
	_ starlark.HasAttrs    = (*Formatter)(nil)
	_ starlark.HasSetField = (*Formatter)(nil)
)

// newFormatterObject implements Formatter(fmt=None, datefmt=None,
// style='%', validate=True).
// https://docs.python.org/3/library/logging.html#formatter-objects
func newFormatterObject(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fmtv, datefmt starlark.Value = starlark.None, starlark.None
	style, validate := "%", true
	var defaults starlark.Value = starlark.None
	if err := core.UnpackArgs("Formatter", args, kwargs, "fmt?", &fmtv, "datefmt?", &datefmt, "style?", &style, "validate?", &validate, "defaults?", &defaults); err != nil {
		return nil, err
	}
	def, ok := map[string]string{"%": "%(message)s", "{": "{message}", "$": "${message}"}[style]
	if !ok {
		return nil, py.Raise(py.ValueError, "Style must be one of: %,{,$")
	}
	f := &Formatter{fmt: def, style: style[0]}
	if fmtv != starlark.None {
		f.fmt = py.Str(fmtv)
	}
	if datefmt != starlark.None {
		f.datefmt = py.Str(datefmt)
	}
	if defaults != starlark.None {
		f.defaults = defaults
	}
	if validate {
		if err := f.validate(); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// The fields of the three format styles, compiled on first use (a
// Formatter with an explicit style) rather than at package init, which
// every program pays for, the browser playground's start included.
var (
	percentField = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]`)
	})
	braceField  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\{[^{}]*\}`) })
	dollarField = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\$(\w+|\{\w+\})`) })
)

// validate checks that the format uses at least one field.
func (f *Formatter) validate() error {
	switch f.style {
	case '%':
		if !percentField().MatchString(f.fmt) {
			return py.Raisef(py.ValueError, "Invalid format '%s' for '%%' style", f.fmt)
		}
	case '{':
		if !braceField().MatchString(f.fmt) {
			return py.Raise(py.ValueError, "invalid format: no fields")
		}
	case '$':
		if !dollarField().MatchString(f.fmt) {
			return py.Raise(py.ValueError, "invalid format: no fields")
		}
	}
	return nil
}

func (f *Formatter) String() string {
	return fmt.Sprintf("<logging.Formatter object at %#x>", py.Addr(f))
}
func (f *Formatter) Type() string          { return "Formatter" }
func (f *Formatter) Freeze()               {}
func (f *Formatter) Truth() starlark.Bool  { return true }
func (f *Formatter) Hash() (uint32, error) { return uint32(py.Addr(f)), nil }

// PyClass returns logging.Formatter.
func (f *Formatter) PyClass() *py.Class { return FormatterClass }

// Attr implements starlark.HasAttrs.
func (f *Formatter) Attr(name string) (starlark.Value, error) {
	if v, ok := f.attrs.Get(name); ok {
		return v, nil
	}
	switch name {
	case "_fmt":
		return starlark.String(f.fmt), nil
	case "datefmt":
		if f.datefmt == "" {
			return starlark.None, nil
		}
		return starlark.String(f.datefmt), nil
	case "default_time_format":
		return starlark.String("%Y-%m-%d %H:%M:%S"), nil
	case "default_msec_format":
		return starlark.String("%s,%03d"), nil
	case "format", "formatTime", "formatMessage", "usesTime", "formatException", "formatStack":
		return starlark.NewBuiltin(name, f.method).BindReceiver(f), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (f *Formatter) AttrNames() []string {
	return append([]string{"_fmt", "datefmt", "default_msec_format", "default_time_format", "format",
		"formatException", "formatMessage", "formatStack", "formatTime", "usesTime"}, f.attrs.Names()...)
}

// SetField implements starlark.HasSetField: a script's attribute.
func (f *Formatter) SetField(name string, v starlark.Value) error { return f.attrs.Set(name, v) }

// DelField implements del f.name.
func (f *Formatter) DelField(name string) error { return f.attrs.Delete(f, name) }

// method implements the Formatter methods.
func (f *Formatter) method(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if b.Name() == "usesTime" {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		return starlark.Bool(f.usesTime()), nil
	}
	if b.Name() == "formatException" || b.Name() == "formatStack" {
		var arg starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &arg); err != nil {
			return nil, err
		}
		if b.Name() == "formatStack" {
			return arg, nil
		}
		return starlark.String(formatException(thread, arg)), nil
	}
	var rv, datefmt starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "record", &rv, "datefmt?", &datefmt); err != nil {
		return nil, err
	}
	r, err := asRecord(rv)
	if err != nil {
		return nil, err
	}
	var s string
	switch b.Name() {
	case "format":
		s, err = f.format(thread, r)
	case "formatMessage":
		s, err = f.formatMessage(thread, r)
	case "formatTime":
		df := f.datefmt
		if datefmt != starlark.None {
			df = py.Str(datefmt)
		}
		s = formatTime(r, df)
	}
	return starlark.String(s), err
}

func (f *Formatter) usesTime() bool {
	switch f.style {
	case '{':
		return strings.Contains(f.fmt, "{asctime")
	case '$':
		return strings.Contains(f.fmt, "$asctime") || strings.Contains(f.fmt, "${asctime}")
	}
	return strings.Contains(f.fmt, "%(asctime)")
}

// format is Formatter.format: the message, the time when the format
// uses it, the formatted fields, then any exception text and stack.
// The steps are the methods a script's subclass may override.
func (f *Formatter) format(thread *starlark.Thread, r *LogRecord) (string, error) {
	msg, err := r.message(thread)
	if err != nil {
		return "", err
	}
	r.set("message", starlark.String(msg))
	if uses, err := f.hookUsesTime(thread); err != nil {
		return "", err
	} else if uses {
		t, err := f.hook(thread, "formatTime", r, f.datefmtValue())
		if err != nil {
			return "", err
		}
		r.set("asctime", t)
	}
	v, err := f.hook(thread, "formatMessage", r)
	if err != nil {
		return "", err
	}
	s := py.Str(v)
	if exc := r.get("exc_info"); exc != nil && exc.Truth() && !r.get("exc_text").Truth() {
		text, err := f.hook(thread, "formatException", exc)
		if err != nil {
			return "", err
		}
		r.set("exc_text", text)
	}
	if text := r.get("exc_text"); text != nil && text.Truth() {
		s = endLine(s) + py.Str(text)
	}
	if sinfo := r.get("stack_info"); sinfo != nil && sinfo.Truth() {
		text, err := f.hook(thread, "formatStack", sinfo)
		if err != nil {
			return "", err
		}
		s = endLine(s) + py.Str(text)
	}
	return s, nil
}

// endLine returns s ending in a newline.
func endLine(s string) string {
	if strings.HasSuffix(s, "\n") {
		return s
	}
	return s + "\n"
}

// datefmtValue is the datefmt attribute: None for CPython's default.
func (f *Formatter) datefmtValue() starlark.Value {
	if f.datefmt == "" {
		return starlark.None
	}
	return starlark.String(f.datefmt)
}

// hook calls the method name of f with args: a script subclass's
// override if there is one, else Formatter's own.
func (f *Formatter) hook(thread *starlark.Thread, name string, args ...starlark.Value) (starlark.Value, error) {
	if f.overrides(name) {
		return builtins.CallMethod(thread, f.self, name, starlark.Tuple(args), nil)
	}
	return f.method(thread, formatterHooks[name], starlark.Tuple(args), nil)
}

// formatterHooks names Formatter's own methods for hook, which calls
// them directly.
var formatterHooks = map[string]*starlark.Builtin{}

func init() {
	for _, name := range []string{"formatTime", "formatMessage", "formatException", "formatStack"} {
		formatterHooks[name] = starlark.NewBuiltin(name, nil)
	}
}

// hookUsesTime is usesTime, a script subclass's override if there is one.
func (f *Formatter) hookUsesTime(thread *starlark.Thread) (bool, error) {
	if !f.overrides("usesTime") {
		return f.usesTime(), nil
	}
	v, err := builtins.CallMethod(thread, f.self, "usesTime", nil, nil)
	if err != nil {
		return false, err
	}
	return bool(v.Truth()), nil
}

// overrides reports whether f belongs to an instance of a script's
// subclass whose class defines name anew.
func (f *Formatter) overrides(name string) bool {
	if f.self == nil {
		return false
	}
	_, owner := f.self.Class.Lookup(name)
	return owner != nil && owner != FormatterClass
}

// formatMessage substitutes the record's attributes into the format.
// The defaults fill in the fields the record lacks.
func (f *Formatter) formatMessage(thread *starlark.Thread, r *LogRecord) (string, error) {
	values, err := f.withDefaults(r)
	if err != nil {
		return "", err
	}
	switch f.style {
	case '{':
		return builtins.FormatString(thread, f.fmt, nil, values.Items())
	case '$':
		return f.substitute(values)
	}
	s, err := builtins.Percent(thread, f.fmt, values)
	if e, ok := py.AsException(err); ok && e.Class == py.KeyError {
		return "", py.Raisef(py.ValueError, "Formatting field not found in record: %s", e.Message())
	}
	return s, err
}

// withDefaults returns the record's values over the defaults
// (defaults | record.__dict__).
func (f *Formatter) withDefaults(r *LogRecord) (*starlark.Dict, error) {
	if f.defaults == nil {
		return r.dict, nil
	}
	m, ok := f.defaults.(starlark.IterableMapping)
	if !ok {
		return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for |: '%s' and 'dict'", py.TypeName(f.defaults))
	}
	values := starlark.NewDict(r.dict.Len())
	for _, from := range []starlark.IterableMapping{m, r.dict} {
		for _, kv := range from.Items() {
			values.SetKey(kv[0], kv[1])
		}
	}
	return values, nil
}

// substitute is string.Template.substitute over the record's values.
func (f *Formatter) substitute(values *starlark.Dict) (string, error) {
	var err error
	s := dollarField().ReplaceAllStringFunc(f.fmt, func(m string) string {
		key := strings.Trim(m[1:], "{}")
		v, ok, _ := values.Get(starlark.String(key))
		if !ok {
			err = py.Raisef(py.ValueError, "Formatting field not found in record: '%s'", key)
			return m
		}
		return py.Str(v)
	})
	return strings.ReplaceAll(s, "$$", "$"), err
}

// formatTime is Formatter.formatTime: strftime of the local creation
// time, by default "%Y-%m-%d %H:%M:%S" plus ",msecs".
func formatTime(r *LogRecord, datefmt string) string {
	t := r.created.Local()
	if datefmt != "" {
		return pytime.Strftime(datefmt, t)
	}
	msecs, _ := starlark.AsFloat(r.get("msecs"))
	return fmt.Sprintf("%s,%03d", pytime.Strftime("%Y-%m-%d %H:%M:%S", t), int(msecs))
}

// formatException formats exc_info: an exception's traceback, or
// "NoneType: None" when no exception is at hand.
func formatException(thread *starlark.Thread, exc starlark.Value) string {
	if t, ok := exc.(starlark.Tuple); ok && len(t) == 3 {
		exc = t[1]
	}
	if exc == starlark.True {
		if cur := builtins.Handling(thread); cur != nil {
			exc = cur // exc_info=True: the exception being handled
		}
	}
	e, ok := exc.(*py.Exception)
	if !ok {
		return "NoneType: None"
	}
	if rt := core.RuntimeOf(thread); rt != nil {
		e.CaptureStr(thread) // a user __str__ runs here, as in CPython
		return strings.TrimSuffix(rt.Sources().FormatCaught(e), "\n")
	}
	return e.Error()
}
