package logging

// This file defines captureWarnings, which routes the warnings module's
// output to the logger "py.warnings" by replacing warnings.showwarning.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

// captured is the warnings.showwarning that captureWarnings(True)
// replaced (nil when warnings are not captured), per Interpreter and
// guarded by its GIL.
type captured struct{ orig starlark.Value }

type captureKey struct{}

// captureWarnings implements logging.captureWarnings(capture).
// https://docs.python.org/3/library/logging.html#logging.captureWarnings
func captureWarnings(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var capture starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "capture", &capture); err != nil {
		return nil, err
	}
	w, err := importWarnings(thread)
	if err != nil {
		return nil, err
	}
	c := core.RuntimeOf(thread).ModuleState(captureKey{}, func() any { return &captured{} }).(*captured)
	switch {
	case bool(capture.Truth()) && c.orig == nil:
		if c.orig, err = w.Attr("showwarning"); err != nil {
			return nil, err
		}
		err = w.SetField("showwarning", starlark.NewBuiltin("_showwarning", showWarning))
	case !bool(capture.Truth()) && c.orig != nil:
		err, c.orig = w.SetField("showwarning", c.orig), nil
	}
	return starlark.None, err
}

// importWarnings imports the warnings module.
func importWarnings(thread *starlark.Thread) (starlark.HasSetField, error) {
	c, err := core.RuntimeOf(thread).Compiler()
	if err != nil {
		return nil, err
	}
	m, err := starlark.Call(thread, c.Builtins().Members["__import__"], starlark.Tuple{starlark.String("warnings")}, nil)
	if err != nil {
		return nil, err
	}
	return m.(starlark.HasSetField), nil
}

// showWarning is the warnings.showwarning of captureWarnings(True): a
// warning for a file goes to the replaced showwarning; any other is
// formatted by warnings.formatwarning and logged at WARNING level to
// "py.warnings", which is given a NullHandler if it has no handler.
func showWarning(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var message, category, filename, lineno starlark.Value
	var file, line starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs("_showwarning", args, kwargs, "message", &message, "category", &category,
		"filename", &filename, "lineno", &lineno, "file?", &file, "line?", &line); err != nil {
		return nil, err
	}
	if file != starlark.None {
		c := core.RuntimeOf(thread).ModuleState(captureKey{}, func() any { return &captured{} }).(*captured)
		if c.orig == nil {
			return starlark.None, nil
		}
		return starlark.Call(thread, c.orig, starlark.Tuple{message, category, filename, lineno, file, line}, nil)
	}
	w, err := importWarnings(thread)
	if err != nil {
		return nil, err
	}
	format, err := w.Attr("formatwarning")
	if err != nil {
		return nil, err
	}
	s, err := starlark.Call(thread, format, starlark.Tuple{message, category, filename, lineno, line}, nil)
	if err != nil {
		return nil, err
	}
	l := stateOf(thread).logger("py.warnings")
	if l.handlers.Len() == 0 {
		h, err := starlark.Call(thread, NullHandlerClass, nil, nil)
		if err != nil {
			return nil, err
		}
		l.addHandler(h)
	}
	warning, err := l.Attr("warning")
	if err != nil {
		return nil, err
	}
	return starlark.Call(thread, warning, starlark.Tuple{starlark.String("%s"), s}, nil)
}
