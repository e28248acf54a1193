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
	d["super"] = starlark.NewBuiltin("super", superCall)
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
	if module == "" {
		module = "__main__"
	}
	return newUserClass(thread, name, module, bases, body)
}

// newUserClass creates a class from a class statement or type(name,
// bases, dict), and runs the __init_subclass__ of its bases.
func newUserClass(thread *starlark.Thread, name, module string, bases starlark.Tuple, body *starlark.Dict) (starlark.Value, error) {
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
		k, ok := starlark.AsString(kv[0])
		if !ok {
			return nil, core.Raisef(core.TypeError, "type.__new__() argument 3 must be dict of str keys, not %s", core.TypeName(kv[0]))
		}
		if kv[1] != Unset {
			dict[k] = kv[1]
			names = append(names, k)
		}
	}
	c, err := core.NewUserClass(thread, name, module, classes, dict, ObjectType)
	if err != nil {
		return nil, err
	}
	if m := c.Meta(); m != nil {
		if err := m.Subclassed(thread, c, names); err != nil {
			return nil, err
		}
	}
	if init, err := (&core.Super{Cls: c, Self: c}).Attr("__init_subclass__"); err == nil {
		if _, err := starlark.Call(thread, init, nil, nil); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// superCall implements super(type, obj); the zero-argument form inside
// a method is lowered to __sp_super.
func superCall(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, core.Raise(core.TypeError, "super() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, core.Raise(core.RuntimeError, "super(): no arguments")
	case 2:
	default:
		return nil, core.Raisef(core.TypeError, "super() takes at most 2 arguments (%d given)", len(args))
	}
	cls, ok := args[0].(*core.Class)
	if !ok {
		return nil, core.Raisef(core.TypeError, "super() argument 1 must be a type, not %s", core.TypeName(args[0]))
	}
	if !isSubclass(TypeOf(args[1]), cls) && !isClassSub(args[1], cls) {
		return nil, core.Raise(core.TypeError, "super(type, obj): obj must be an instance or subtype of type")
	}
	return &core.Super{Cls: cls, Self: args[1]}, nil
}

func isClassSub(v starlark.Value, cls *core.Class) bool {
	c, ok := v.(*core.Class)
	return ok && c.IsSubclass(cls)
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
