package builtins

// This file gives getattr and hasattr the methods of the builtin types
// that CallMethod defines beyond Starlark's (list.sort, str.center,
// dict.copy...), bound to their receiver.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// attrOrMethod is getAttrIn, falling back to a CallMethod method of x
// bound to it.
// A value of a builtin type has the attributes CPython's dir() lists
// (dunders.go) and no other: not Starlark's str.elems.
func attrOrMethod(thread *starlark.Thread, x starlark.Value, name string) (starlark.Value, error) {
	if names, ok := builtinDirNames(x); ok && !listsName(names, name) {
		if _, isClass := x.(*py.Class); !isClass {
			return nil, nil
		}
	}
	v, err := getAttrIn(thread, x, name)
	if v == nil && err == nil {
		if m := lookupMethod(x, name); m != nil {
			return boundMethod(x, name, m), nil
		}
		if d := BuiltinSpecial(x, name); d != nil {
			return d, nil
		}
	}
	if (v == nil || err != nil) && name == "__class__" {
		return TypeOf(x), nil // a native object whose Attr knows only its own
	}
	return v, err
}

// AttrOrMethod is getattr(x, name) without the default: the attribute,
// a method of a builtin value bound to it, or nil if x has none.
func AttrOrMethod(thread *starlark.Thread, x starlark.Value, name string) (starlark.Value, error) {
	return attrOrMethod(thread, x, name)
}

// unboundDunder returns c.name, a special method of a builtin type that
// dir(c) lists, as a function of the receiver and arguments, or nil.
func unboundDunder(c *py.Class, name string) starlark.Value {
	names, ok := builtinDirNames(c)
	if !ok || !listsName(names, name) {
		return nil
	}
	if len(name) < 5 || name[:2] != "__" { // int.real, range.start
		return &py.Property{Get: starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var x starlark.Value
			if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &x); err != nil {
				return nil, err
			}
			return GetAttr(x, name)
		})}
	}
	if name == "__class_getitem__" { // a class method
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if err := clinicArgs(c, name, args, kwargs, 1, 1); err != nil {
				return nil, err
			}
			return genericAlias(c, args[0]), nil
		})
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "descriptor '%s' of '%s' object needs an argument", name, c.ClassName)
		}
		recv := args[0]
		if _, inst := recv.(*py.Instance); inst || !IsInstance(recv, c) {
			return nil, py.Raisef(py.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, c.ClassName, py.TypeName(recv))
		}
		d, ok := builtinDunder(recv, name)
		if !ok {
			return nil, noAttr(recv, name)
		}
		return starlark.Call(thread, d, args[1:], kwargs)
	})
}

// boundMethod returns the method m of recv as a builtin bound to it.
func boundMethod(recv starlark.Value, name string, m method) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return m(thread, b.Receiver(), args, kwargs)
	}).BindReceiver(recv)
}
