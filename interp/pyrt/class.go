package pyrt

// This file defines the helpers of class statements: abi.Class, which
// makes the class, and abi.Super, zero-argument super() in a method.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// spClass implements abi.Class(name, bases, dict, module, **kwargs):
// the class statement. Names the body never bound (Unset) are dropped;
// the keywords go to __init_subclass__, but metaclass=type, the only
// metaclass spindle knows.
func spClass(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name, module string
	var bases starlark.Tuple
	var body *starlark.Dict
	if err := starlark.UnpackPositionalArgs(b.Name(), args, nil, 3, &name, &bases, &body, &module); err != nil {
		return nil, err
	}
	if module == "" {
		module = "__main__"
	}
	kwargs, err := dropMetaclass(kwargs)
	if err != nil {
		return nil, err
	}
	return builtins.NewUserClass(thread, name, module, bases, body, isUnset, kwargs...)
}

// dropMetaclass returns kwargs without metaclass=type, and refuses any
// other metaclass.
func dropMetaclass(kwargs []starlark.Tuple) ([]starlark.Tuple, error) {
	for i, kv := range kwargs {
		if kv[0] != starlark.String("metaclass") {
			continue
		}
		if kv[1] != builtins.TypeType {
			return nil, py.Raisef(py.TypeError, "spindle does not support metaclasses (metaclass=%s)", py.Repr(kv[1]))
		}
		return append(kwargs[:i:i], kwargs[i+1:]...), nil
	}
	return kwargs, nil
}

// isUnset reports whether v is Unset, the value of a class-body name
// never bound.
func isUnset(v starlark.Value) bool { return v == unset }

// spSuper implements zero-argument super() inside a method of cls.
func spSuper(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var cls *py.Class
	var self starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &cls, &self); err != nil {
		return nil, err
	}
	return &py.Super{Cls: cls, Self: self}, nil
}
