package logging

// This file defines basicConfig.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// basicConfig implements basicConfig(**kwargs).
// https://docs.python.org/3/library/logging.html#logging.basicConfig
func basicConfig(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, py.Raisef(py.TypeError, "basicConfig() takes 0 positional arguments but %d were given", len(args))
	}
	return starlark.None, stateOf(thread).configure(thread, kwargs)
}

// configure does basicConfig's work: with force, it first removes the
// root handlers; when root has none, it adds one and sets the level.
func (s *state) configure(thread *starlark.Thread, kwargs []starlark.Tuple) error {
	kw := map[string]starlark.Value{}
	var order []string
	for _, kv := range kwargs {
		k := string(kv[0].(starlark.String))
		kw[k] = kv[1]
		order = append(order, k)
	}
	pop := func(k string) (starlark.Value, bool) {
		v, ok := kw[k]
		delete(kw, k)
		return v, ok
	}
	if force, ok := pop("force"); ok && bool(force.Truth()) {
		s.root.handlers.Clear()
	}
	encoding, _ := pop("encoding")
	pop("errors")
	if s.root.handlers.Len() != 0 {
		return nil
	}
	handlers, err := s.configHandlers(thread, kw, pop, encoding)
	if err != nil {
		return err
	}
	fmt, err := configFormatter(pop)
	if err != nil {
		return err
	}
	err = builtins.ForEach(thread, handlers, func(h starlark.Value) error {
		if hh, ok := h.(*Handler); ok && hh.formatter == nil {
			hh.formatter = fmt
		}
		s.root.addHandler(h)
		return nil
	})
	if err != nil {
		return err
	}
	if level, ok := pop("level"); ok && level != starlark.None {
		n, err := s.checkLevel(level)
		if err != nil {
			return err
		}
		s.root.level = n
	}
	var left []string
	for _, k := range order {
		if _, ok := kw[k]; ok {
			left = append(left, k)
		}
	}
	if len(left) > 0 {
		return py.Raisef(py.ValueError, "Unrecognised argument(s): %s", strings.Join(left, ", "))
	}
	return nil
}

// configHandlers returns the handlers basicConfig installs, an iterable
// that basicConfig iterates as it installs them (as CPython's does, an
// error midway leaves the handlers before it installed).
func (s *state) configHandlers(thread *starlark.Thread, kw map[string]starlark.Value, pop func(string) (starlark.Value, bool), encoding starlark.Value) (starlark.Value, error) {
	_, hasStream := kw["stream"]
	_, hasFile := kw["filename"]
	hv, ok := pop("handlers")
	if ok && hv != starlark.None {
		if hasStream || hasFile {
			return nil, py.Raise(py.ValueError, "'stream' or 'filename' should not be specified together with 'handlers'")
		}
		return hv, nil
	}
	if hasStream && hasFile {
		return nil, py.Raise(py.ValueError, "'stream' and 'filename' should not be specified together")
	}
	mode, _ := pop("filemode")
	if f, _ := pop("filename"); f != nil && bool(f.Truth()) {
		if mode == nil {
			mode = starlark.String("a")
		}
		if encoding == nil {
			encoding = starlark.None
		}
		h, err := newFileHandler(thread, FileHandlerClass, starlark.Tuple{f, mode}, []starlark.Tuple{{starlark.String("encoding"), encoding}})
		return starlark.Tuple{h}, err
	}
	stream, _ := pop("stream")
	return starlark.Tuple{newStreamHandler(thread, stream)}, nil
}

// configFormatter returns the Formatter for basicConfig's format,
// datefmt and style arguments.
func configFormatter(pop func(string) (starlark.Value, bool)) (*Formatter, error) {
	style := "%"
	if v, ok := pop("style"); ok {
		s, _ := starlark.AsString(v)
		style = s
	}
	def, ok := defaultFormats[style]
	if !ok {
		return nil, py.Raise(py.ValueError, "Style must be one of: %,{,$")
	}
	f := &Formatter{fmt: def, style: style[0]}
	if v, ok := pop("format"); ok && v != starlark.None {
		f.fmt = py.Str(v)
	}
	if v, ok := pop("datefmt"); ok && v != starlark.None {
		f.datefmt = py.Str(v)
	}
	return f, f.validate()
}

var defaultFormats = map[string]string{"%": BasicFormat, "{": "{levelname}:{name}:{message}", "$": "${levelname}:${name}:${message}"}
