package typing

// This file gives typing.Protocol its run-time behaviour: a protocol
// class (one that lists Protocol among its bases) can't be called, and
// runtime_checkable makes isinstance(x, P) true for any x that has all of
// P's members, as CPython's _ProtocolMeta does.

import (
	"sort"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	ProtocolClass.Dict["__init__"] = starlark.NewBuiltin("__init__", protocolInit)
}

// protocolInit is Protocol's __init__: a protocol class can't be
// instantiated; a concrete class deriving from one gets object's
// __init__.
func protocolInit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 && isProtocol(builtins.TypeOf(args[0])) {
		return nil, py.Raise(py.TypeError, "Protocols cannot be instantiated")
	}
	if len(args) > 1 || len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "%s() takes no arguments", builtins.TypeOf(args[0]).ClassName)
	}
	return starlark.None, nil
}

// overloadDummy is what overload returns: a function that refuses to be
// called, since the implementation defined last replaces it.
var overloadDummy = starlark.NewBuiltin("_overload_dummy", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return nil, py.Raise(py.NotImplementedError, "You should not call an overloaded function. "+
		"A series of @typing.overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed.")
})

// overload implements overload(func): it returns overloadDummy.
func overload(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var f starlark.Value
	err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &f)
	return overloadDummy, err
}

// isProtocol reports whether c is a protocol class: Protocol is one of
// its bases.
func isProtocol(c *py.Class) bool {
	for _, b := range c.Bases {
		if b == ProtocolClass {
			return true
		}
	}
	return false
}

// notMembers are the names of a protocol's dict that are not members
// (CPython's typing._SPECIAL_NAMES and the like).
var notMembers = map[string]bool{
	"__abstractmethods__": true, "__annotations__": true, "__dict__": true, "__doc__": true,
	"__init__": true, "__module__": true, "__new__": true, "__slots__": true,
	"__subclasshook__": true, "__weakref__": true, "__class_getitem__": true,
	"__parameters__": true, "__orig_bases__": true, "__qualname__": true,
	"__instancecheck__": true, "_is_protocol": true, "_is_runtime_protocol": true,
}

// protocolMembers returns the sorted names of c's members and those of
// the protocols it derives from: what its body binds or annotates.
func protocolMembers(c *py.Class) []string {
	seen := map[string]bool{}
	for _, b := range c.MRO {
		if !isProtocol(b) {
			continue
		}
		for name := range b.Dict {
			seen[name] = true
		}
		if ann, ok := b.Dict["__annotations__"].(*starlark.Dict); ok {
			for _, k := range ann.Keys() {
				if s, ok := k.(starlark.String); ok {
					seen[string(s)] = true
				}
			}
		}
	}
	var names []string
	for name := range seen {
		if !notMembers[name] && !strings.HasPrefix(name, "_abc_") {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// runtimeCheckable implements runtime_checkable(cls): cls's
// __instancecheck__, which isinstance asks, checks that an object has
// every member of the protocol (a method not None).
func runtimeCheckable(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	cls, ok := v.(*py.Class)
	if !ok || !isProtocol(cls) {
		return nil, py.Raisef(py.TypeError, "@runtime_checkable can be only applied to protocol classes, got %s", py.Repr(v))
	}
	members := protocolMembers(cls)
	cls.Dict["__instancecheck__"] = starlark.NewBuiltin("__instancecheck__", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var obj starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &obj); err != nil {
			return nil, err
		}
		for _, name := range members {
			m, err := builtins.GetAttrIn(thread, obj, name)
			if err != nil || m == starlark.None && isMethod(cls, name) {
				return starlark.False, nil
			}
		}
		return starlark.True, nil
	})
	cls.Changed()
	return cls, nil
}

// isMethod reports whether the protocol c's member name is a method
// (bound in a class body to something callable).
func isMethod(c *py.Class, name string) bool {
	v, _ := c.Lookup(name)
	_, callable := v.(starlark.Callable)
	return callable
}
