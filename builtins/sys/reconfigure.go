package sys

// This file defines the stream methods that change or report nothing:
// sys.stdout.reconfigure and isatty, readable, writable.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// constMethod is a method of no arguments that returns v.
func constMethod(name string, v starlark.Value) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := py.NoArgsC("TextIOWrapper", b.Name(), args, kwargs); err != nil {
			return nil, err
		}
		return v, nil
	})
}

// reconfigure implements reconfigure(*, encoding=None, errors=None,
// newline=None, line_buffering=None, write_through=None), which scripts
// call to make sure their stream writes UTF-8 (sys.stdout.reconfigure(
// encoding="utf-8")): spindle's streams always do, unbuffered, so it
// checks its arguments and changes nothing. Another encoding is refused.
func reconfigure(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, py.Raise(py.TypeError, "reconfigure() takes no positional arguments")
	}
	for _, kv := range kwargs {
		name := string(kv[0].(starlark.String))
		switch name {
		case "encoding", "errors", "newline":
			if err := strOrNone(name, kv[1]); err != nil {
				return nil, err
			}
		case "line_buffering", "write_through":
		default:
			return nil, py.Raisef(py.TypeError, "'%s' is an invalid keyword argument for reconfigure()", name)
		}
		enc, ok := kv[1].(starlark.String)
		if name != "encoding" || !ok {
			continue
		}
		codec, err := builtins.Codec(string(enc))
		if err != nil {
			return nil, err
		}
		if codec != "utf-8" {
			return nil, py.Raisef(py.ValueError, "spindle's streams write UTF-8, not %s", string(enc))
		}
	}
	return starlark.None, nil
}

func strOrNone(name string, v starlark.Value) error {
	switch v.(type) {
	case starlark.String, starlark.NoneType:
		return nil
	}
	return py.Raisef(py.TypeError, "reconfigure() argument '%s' must be str or None, not %s", name, py.TypeName(v))
}
