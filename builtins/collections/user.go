package collections

// This file defines how the module reads UserDict, UserList and
// UserString: its __getattr__ (PEP 562) imports _collections_user, their
// Python source (builtins/stdlib/collections_user.py), when a script
// first asks for one, so that importing collections runs no Python.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// userClass implements the module's __getattr__(name).
func userClass(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name); err != nil {
		return nil, err
	}
	switch name {
	case "UserDict", "UserList", "UserString":
		c, err := core.RuntimeOf(thread).Compiler()
		if err != nil {
			return nil, err
		}
		m, err := starlark.Call(thread, c.Builtins().Members["__import__"], starlark.Tuple{starlark.String("_collections_user")}, nil)
		if err != nil {
			return nil, err
		}
		return m.(starlark.HasAttrs).Attr(name)
	}
	return nil, py.Raisef(py.AttributeError, "module 'collections' has no attribute '%s'", name)
}
