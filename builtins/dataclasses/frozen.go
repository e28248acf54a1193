package dataclasses

// This file defines what frozen=True adds: __setattr__ and __delattr__
// that refuse the fields, and the way __init__ sets them regardless.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// setField sets a field from __init__: as object.__setattr__ does for a
// frozen class, whose own __setattr__ refuses it.
func (c *class) setField(thread *starlark.Thread, self starlark.HasSetField, name string, v starlark.Value) error {
	if !c.frozen {
		return self.SetField(name, v)
	}
	_, err := starlark.Call(thread, py.Object.Dict["__setattr__"], starlark.Tuple{self, starlark.String(name), v}, nil)
	return err
}

// frozenSetattr is a frozen class's __setattr__(self, name, value).
func (c *class) frozenSetattr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var self, name, v starlark.Value
	if err := starlark.UnpackPositionalArgs("__setattr__", args, kwargs, 3, &self, &name, &v); err != nil {
		return nil, err
	}
	if err := c.refuse(self, name, "assign to"); err != nil {
		return nil, err
	}
	return starlark.Call(thread, py.Object.Dict["__setattr__"], args, nil)
}

// frozenDelattr is a frozen class's __delattr__(self, name).
func (c *class) frozenDelattr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var self, name starlark.Value
	if err := starlark.UnpackPositionalArgs("__delattr__", args, kwargs, 2, &self, &name); err != nil {
		return nil, err
	}
	if err := c.refuse(self, name, "delete"); err != nil {
		return nil, err
	}
	return starlark.Call(thread, py.Object.Dict["__delattr__"], args, nil)
}

// refuse is CPython's FrozenInstanceError for self.name, raised when
// self's class is the frozen class itself or name is one of its fields.
func (c *class) refuse(self, name starlark.Value, what string) error {
	n, _ := starlark.AsString(name)
	if o, ok := self.(*py.Instance); ok && o.Class == c.cls || c.isField(n) {
		return py.Raisef(frozenInstanceError, "cannot %s field %s", what, py.Repr(name))
	}
	return nil
}

func (c *class) isField(name string) bool {
	for _, f := range c.fields {
		if f.name == name {
			return true
		}
	}
	return false
}
