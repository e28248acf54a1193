package builtins

// This file defines user classes as type(name, bases, dict) and class
// statements make them (NewUserClass), super, and the decorators
// property, staticmethod and classmethod.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// The types of the decorators property, staticmethod and classmethod,
// which isinstance and type() see.
var (
	PropertyType     = newType("property", ObjectType, newProperty)
	StaticMethodType = newType("staticmethod", ObjectType, newStaticMethod)
	ClassMethodType  = newType("classmethod", ObjectType, newClassMethod)
)

func addUserClasses(d starlark.StringDict) {
	d["super"] = starlark.NewBuiltin("super", superCall)
	d["property"] = PropertyType
	d["staticmethod"] = StaticMethodType
	d["classmethod"] = ClassMethodType
}

// newStaticMethod implements staticmethod(fn).
func newStaticMethod(_ *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Value
	if err := starlark.UnpackPositionalArgs(cls.ClassName, args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return &py.StaticMethod{Fn: fn}, nil
}

// newClassMethod implements classmethod(fn).
func newClassMethod(_ *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Value
	if err := starlark.UnpackPositionalArgs(cls.ClassName, args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return &py.ClassMethod{Fn: fn}, nil
}

// ClassBuilder is a value that a class statement may name as its only
// base, which makes the class itself from the statement's name and body
// (typing.NamedTuple makes a namedtuple that the class derives from).
type ClassBuilder interface {
	BuildClass(thread *starlark.Thread, name, module string, body *starlark.Dict, skip func(starlark.Value) bool, kwargs []starlark.Tuple) (starlark.Value, error)
}

// NewUserClass creates a class from a class statement or type(name,
// bases, dict), and runs the __init_subclass__ of its bases with kwargs
// (the keywords of the class statement). The names of body for which
// skip is true are left out (nil skips none).
func NewUserClass(thread *starlark.Thread, name, module string, bases starlark.Tuple, body *starlark.Dict, skip func(starlark.Value) bool, kwargs ...starlark.Tuple) (starlark.Value, error) {
	if len(bases) == 1 {
		if b, ok := bases[0].(ClassBuilder); ok {
			return b.BuildClass(thread, name, module, body, skip, kwargs)
		}
	}
	classes, orig, err := baseClasses(thread, bases)
	if err != nil {
		return nil, err
	}
	dict := starlark.StringDict{}
	var names []string
	for _, kv := range body.Items() {
		k, ok := starlark.AsString(kv[0])
		if !ok {
			return nil, py.Raisef(py.TypeError, "type.__new__() argument 3 must be dict of str keys, not %s", py.TypeName(kv[0]))
		}
		if skip == nil || !skip(kv[1]) {
			dict[k] = kv[1]
			names = append(names, k)
		}
	}
	qualname := name
	if q, ok := dict["__qualname__"].(starlark.String); ok {
		qualname = string(q)
		delete(dict, "__qualname__")
		names = removeName(names, "__qualname__")
	}
	if m, ok := dict["__module__"].(starlark.String); ok { // class K: __module__ = "pkg.mod"
		module = string(m)
		delete(dict, "__module__")
		names = removeName(names, "__module__")
	}
	setGenericAttrs(dict, classes, orig)
	_, hasDoc := dict["__doc__"]
	if !hasDoc {
		dict["__doc__"] = starlark.None
	}
	order := classOrder(names, hasDoc, rootBases(classes))
	c, err := py.NewUserClass(thread, name, module, classes, dict, ObjectType)
	if err != nil {
		return nil, err
	}
	if qualname != name {
		c.QualName = qualname
	}
	c.Order = order
	if thread.CallStackDepth() > 1 {
		qualifyMethods(thread.CallFrame(1).Pos, qualname, dict)
	}
	if err := py.SetNames(thread, c, names); err != nil {
		return nil, err
	}
	if m := c.Meta(); m != nil {
		if err := m.Subclassed(thread, c, names); err != nil {
			return nil, err
		}
	}
	if init, err := (&py.Super{Cls: c, Self: c}).Attr("__init_subclass__"); err == nil {
		if _, err := starlark.Call(thread, init, nil, kwargs); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// rootBases reports whether a class with these bases adds __dict__ and
// __weakref__ to its namespace: whether they are object alone.
func rootBases(bases []*py.Class) bool {
	return len(bases) == 0 || len(bases) == 1 && bases[0] == ObjectType
}

// removeName returns names without name.
func removeName(names []string, name string) []string {
	out := names[:0:0]
	for _, n := range names {
		if n != name {
			out = append(out, n)
		}
	}
	return out
}

// superCall implements super(type, obj); the zero-argument form inside
// a method is lowered to a helper (abi.Super in interp/pyrt).
func superCall(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "super() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, py.Raise(py.RuntimeError, "super(): no arguments")
	case 2:
	default:
		return nil, py.Raisef(py.TypeError, "super() takes at most 2 arguments (%d given)", len(args))
	}
	cls, ok := args[0].(*py.Class)
	if !ok {
		return nil, py.Raisef(py.TypeError, "super() argument 1 must be a type, not %s", py.TypeName(args[0]))
	}
	if !isSubclass(TypeOf(args[1]), cls) && !isClassSub(args[1], cls) {
		return nil, py.Raise(py.TypeError, "super(type, obj): obj must be an instance or subtype of type")
	}
	return &py.Super{Cls: cls, Self: args[1]}, nil
}

func isClassSub(v starlark.Value, cls *py.Class) bool {
	c, ok := v.(*py.Class)
	return ok && c.IsSubclass(cls)
}

// newProperty implements property(fget, fset=None, fdel=None).
func newProperty(_ *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	p, err := PropertyOf(cls.ClassName, args, kwargs)
	if err != nil {
		return nil, err
	}
	return p, nil
}

// PropertyOf makes the property of a call name(fget, fset=None,
// fdel=None, doc=None): property's, or abc.abstractproperty's.
func PropertyOf(name string, args starlark.Tuple, kwargs []starlark.Tuple) (*py.Property, error) {
	var get, set, del, doc starlark.Value = nil, starlark.None, starlark.None, starlark.None
	if err := starlark.UnpackArgs(name, args, kwargs, "fget", &get, "fset?", &set, "fdel?", &del, "doc?", &doc); err != nil {
		return nil, err
	}
	p := &py.Property{Get: get}
	if doc != starlark.None {
		p.Doc = doc
	}
	if set != starlark.None {
		p.Set = set
	}
	if del != starlark.None {
		p.Del = del
	}
	return p, nil
}
