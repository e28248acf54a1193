package pyrt

// This file defines abi.SetConst, the set display of constants.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
)

// spSetConst implements abi.SetConst(items), a set display {1, 2, 3}
// of more than two constants, with the table CPython gives it.
func spSetConst(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return builtins.ConstSet(args[0].(*starlark.List))
}
