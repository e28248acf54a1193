package os

// This file defines strerror.

import (
	"syscall"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// strerror implements strerror(code).
// https://docs.python.org/3/library/os.html#os.strerror
func strerror(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var code starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &code); err != nil {
		return nil, err
	}
	n, err := py.AsCInt(code)
	if err != nil {
		return nil, err
	}
	return starlark.String(core.Strerror(syscall.Errno(n))), nil
}
