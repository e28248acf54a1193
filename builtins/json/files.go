package json

// This file defines load and dump, loads and dumps on file objects.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// load implements load(fp, **kwargs): loads(fp.read(), **kwargs).
func load(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, fileArgError("load", "fp", 1, args)
	}
	text, err := builtins.CallMethod(thread, args[0], "read", nil, nil)
	if err != nil {
		return nil, err
	}
	return loads(thread, b, starlark.Tuple{text}, kwargs)
}

// dump implements dump(obj, fp, **kwargs): fp.write(dumps(obj, **kwargs)).
func dump(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, fileArgError("dump", "fp", 2, args)
	}
	s, err := dumps(thread, b, args[:1], kwargs)
	if err != nil {
		return nil, err
	}
	if _, err := builtins.CallMethod(thread, args[1], "write", starlark.Tuple{s}, nil); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

// fileArgError is CPython's TypeError for load and dump called with
// other than want (1 or 2) positional arguments, the last named fp.
func fileArgError(name, fp string, want int, args starlark.Tuple) error {
	switch {
	case len(args) == 0 && want == 2:
		return py.Raisef(py.TypeError, "%s() missing 2 required positional arguments: 'obj' and '%s'", name, fp)
	case len(args) < want:
		return py.Raisef(py.TypeError, "%s() missing 1 required positional argument: '%s'", name, fp)
	case want == 1:
		return py.Raisef(py.TypeError, "%s() takes 1 positional argument but %d were given", name, len(args))
	}
	return py.Raisef(py.TypeError, "%s() takes 2 positional arguments but %d were given", name, len(args))
}
