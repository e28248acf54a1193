package sys

// This file defines the members that state facts of the Python spindle
// implements (byteorder, maxunicode, hexversion, float_repr_style) and
// the small functions intern, is_finalizing and exception.

import (
	"encoding/binary"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	for k, v := range (starlark.StringDict{
		"byteorder":        starlark.String(byteOrder()),
		"maxunicode":       starlark.MakeInt(0x10ffff),
		"hexversion":       starlark.MakeInt(0x030b07f0), // 3.11.7 final, as version_info
		"float_repr_style": starlark.String("short"),
		"intern":           starlark.NewBuiltin("intern", intern),
		"is_finalizing":    starlark.NewBuiltin("is_finalizing", isFinalizing),
		"exception":        starlark.NewBuiltin("exception", exception),
	}) {
		Module.Members[k] = v
	}
}

// byteOrder is 'little' or 'big', the machine's.
func byteOrder() string {
	if binary.NativeEndian.Uint16([]byte{1, 0}) == 1 {
		return "little"
	}
	return "big"
}

// intern implements intern(string): strings are values in spindle, so
// it returns its argument.
func intern(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var s starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &s); err != nil {
		return nil, err
	}
	if _, ok := s.(starlark.String); !ok {
		return nil, py.Raisef(py.TypeError, "intern() argument must be str, not %s", py.TypeName(s))
	}
	return s, nil
}

// isFinalizing implements is_finalizing(): script code, atexit callbacks
// included, runs before the interpreter finalizes.
func isFinalizing(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("sys", b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	return starlark.False, nil
}

// exception implements exception(): the exception being handled, or None.
func exception(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("sys", b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	if e := builtins.Handling(thread); e != nil {
		return e.Value(), nil
	}
	return starlark.None, nil
}
