package builtins

// This file defines the special methods every builtin value inherits
// from object (__getattribute__, __setattr__, __dir__, __init__,
// __new__, __getstate__...) and the few of single types
// (__getnewargs__, __class_getitem__, __alloc__, __getformat__), for
// getattr (dunders.go).

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

var objectDunders = map[string]dunderFunc{
	"__getattribute__": oneArgDunder("__getattribute__", func(thread *starlark.Thread, x, name starlark.Value) (starlark.Value, error) {
		s, ok := name.(starlark.String)
		if !ok {
			return nil, py.Raisef(py.TypeError, "attribute name must be string, not '%s'", py.TypeName(name))
		}
		return getattr(thread, nil, starlark.Tuple{x, s}, nil)
	}),
	"__setattr__": func(thread *starlark.Thread, x starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := clinicArgs(x, "__setattr__", args, kwargs, 2, 2); err != nil {
			return nil, err
		}
		return nil, readOnly(x, args[0])
	},
	"__delattr__": oneArgDunder("__delattr__", func(thread *starlark.Thread, x, name starlark.Value) (starlark.Value, error) {
		return nil, readOnly(x, name)
	}),
	"__dir__": unary("__dir__", func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return stringList(dirOf(x)), nil
	}),
	"__init__": func(thread *starlark.Thread, x starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return starlark.None, nil // the value is made whole by __new__
	},
	"__new__": func(thread *starlark.Thread, x starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		c := TypeOf(x)
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "%s.__new__(): not enough arguments", c.ClassName)
		}
		cls, ok := args[0].(*py.Class)
		if !ok {
			return nil, py.Raisef(py.TypeError, "%s.__new__(X): X is not a type object (%s)", c.ClassName, py.TypeName(args[0]))
		}
		return starlark.Call(thread, cls, args[1:], kwargs)
	},
	"__init_subclass__": unary("__init_subclass__", func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return starlark.None, nil
	}),
	"__subclasshook__": func(thread *starlark.Thread, x starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return py.NotImplemented, nil
	},
	"__getstate__": unary("__getstate__", func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return starlark.None, nil // no __dict__, no slots
	}),
	"__reduce__":    notImplementedDunder("__reduce__"),
	"__reduce_ex__": notImplementedDunder("__reduce_ex__"),
	"__sizeof__":    notImplementedDunder("__sizeof__"),
	"__getnewargs__": unary("__getnewargs__", func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return starlark.Tuple{boolToInt(x)}, nil
	}),
	"__class_getitem__": oneArgDunder("__class_getitem__", func(thread *starlark.Thread, x, item starlark.Value) (starlark.Value, error) {
		return genericAlias(TypeOf(x), item), nil
	}),
	"__alloc__": unary("__alloc__", func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		n := len(x.(*ByteArray).b)
		if n > 0 {
			n++ // CPython keeps a trailing NUL
		}
		return starlark.MakeInt(n), nil
	}),
	"__getformat__": oneArgDunder("__getformat__", func(thread *starlark.Thread, x, kind starlark.Value) (starlark.Value, error) {
		s, ok := kind.(starlark.String)
		if !ok {
			return nil, py.Raisef(py.TypeError, "__getformat__() argument must be str, not %s", py.TypeName(kind))
		}
		if s != "double" && s != "float" {
			return nil, py.Raise(py.ValueError, "__getformat__() argument 1 must be 'double' or 'float'")
		}
		return starlark.String("IEEE, little-endian"), nil
	}),
}

// readOnly is the AttributeError of setting or deleting an attribute of
// a builtin value.
func readOnly(x, name starlark.Value) error {
	s, ok := name.(starlark.String)
	if !ok {
		return py.Raisef(py.TypeError, "attribute name must be string, not '%s'", py.TypeName(name))
	}
	names, _ := builtinDirNames(x)
	switch {
	case !listsName(names, string(s)):
	case strings.HasPrefix(string(s), "__") || lookupMethod(x, string(s)) != nil:
		return py.Raisef(py.AttributeError, "'%s' object attribute '%s' is read-only", py.TypeName(x), string(s))
	default: // a data attribute: int.real, range.start
		return py.Raisef(py.AttributeError, "attribute '%s' of '%s' objects is not writable", string(s), py.TypeName(x))
	}
	return noAttr(x, string(s))
}

// notImplementedDunder is a special method spindle lacks (pickling,
// sizes): calling it raises NotImplementedError.
func notImplementedDunder(name string) dunderFunc {
	return func(thread *starlark.Thread, x starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return nil, py.Raisef(py.NotImplementedError, "spindle does not implement %s.%s()", py.TypeName(x), name)
	}
}

// genericAlias is c[item], as c.__class_getitem__(item) makes it.
func genericAlias(c *py.Class, item starlark.Value) *py.GenericAlias {
	args, ok := item.(starlark.Tuple)
	if !ok {
		args = starlark.Tuple{item}
	}
	return &py.GenericAlias{Origin: c, Args: args}
}
