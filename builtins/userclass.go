package builtins

// This file defines the internals behind class statements (__sp_class,
// __sp_super) and the decorators property, staticmethod and classmethod.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

func addUserClasses(d starlark.StringDict) {
	d["__sp_class"] = starlark.NewBuiltin("__sp_class", spClass)
	d["__sp_super"] = starlark.NewBuiltin("super", spSuper)
	d["property"] = starlark.NewBuiltin("property", newProperty)
	d["staticmethod"] = starlark.NewBuiltin("staticmethod", func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var fn starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &fn); err != nil {
			return nil, err
		}
		return &core.StaticMethod{Fn: fn}, nil
	})
	d["classmethod"] = starlark.NewBuiltin("classmethod", func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var fn starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &fn); err != nil {
			return nil, err
		}
		return &core.ClassMethod{Fn: fn}, nil
	})
}

// spClass implements __sp_class(name, bases, dict, module): the class
// statement. Names the body never bound (__sp_unset) are dropped.
func spClass(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name, module string
	var bases starlark.Tuple
	var body *starlark.Dict
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 3, &name, &bases, &body, &module); err != nil {
		return nil, err
	}
	var classes []*core.Class
	for _, v := range bases {
		c, ok := v.(*core.Class)
		if !ok {
			return nil, core.Raisef(core.TypeError, "bases must be types, not %s", core.TypeName(v))
		}
		classes = append(classes, c)
	}
	dict := starlark.StringDict{}
	var names []string
	for _, kv := range body.Items() {
		k, _ := starlark.AsString(kv[0])
		if kv[1] != Unset {
			dict[k] = kv[1]
			names = append(names, k)
		}
	}
	if module == "" {
		module = "__main__"
	}
	cls, err := core.NewUserClass(name, module, classes, dict, ObjectType)
	if err != nil {
		return nil, err
	}
	if m := cls.Meta(); m != nil {
		if err := m.Subclassed(thread, cls, names); err != nil {
			return nil, err
		}
	}
	return cls, nil
}

// spSuper implements zero-argument super() inside a method of cls.
func spSuper(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var cls *core.Class
	var self starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &cls, &self); err != nil {
		return nil, err
	}
	return &core.Super{Cls: cls, Self: self}, nil
}

// newProperty implements property(fget, fset=None).
func newProperty(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var get, set starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "fget", &get, "fset?", &set); err != nil {
		return nil, err
	}
	p := &core.Property{Get: get}
	if set != starlark.None {
		p.Set = set
	}
	return p, nil
}
