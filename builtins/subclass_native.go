package builtins

// This file gives the native container classes of other modules
// (collections' deque, Counter, OrderedDict, defaultdict) the special
// methods that a script's subclass reaches through the instance
// protocols and super(): class LRU(OrderedDict) whose __setitem__ calls
// super().__setitem__(key, value).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// NativeSlots puts in c's dict the special methods names (among
// __len__, __iter__, __contains__, __getitem__, __setitem__,
// __delitem__), each working on the native object of its receiver: the
// object itself, or the Native of an instance of a subclass of c; and
// marks c so that the instance protocols call its dict's special
// methods (py.NativeClass.Slots).
func NativeSlots(c *py.Class, names ...string) {
	c.Ext.(*py.NativeClass).Slots = true
	for _, name := range names {
		c.Dict[name] = starlark.NewBuiltin(name, nativeSlot(c, name, slots[name]))
	}
}

// nativeSlot is the special method name of c that NativeSlots makes.
func nativeSlot(c *py.Class, name string, fn slotFunc) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "descriptor '%s' of '%s' object needs an argument", name, c.ClassName)
		}
		base, err := NativeOf(c, args[0], name)
		if err != nil {
			return nil, err
		}
		return fn(thread, args[0], base, args[1:], kwargs)
	}
}

// NativeOf returns the native object of x for a method name of c: x
// itself, or the Native of x, an instance of a subclass of c; an error
// if x is neither, or its __init__ never made its native object.
func NativeOf(c *py.Class, x starlark.Value, name string) (starlark.Value, error) {
	base := x
	if inst, ok := x.(*py.Instance); ok {
		if inst.Native == nil {
			return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute '%s'", py.TypeName(x), name)
		}
		base = inst.Native
	}
	if cls, ok := base.(interface{ PyClass() *py.Class }); !ok || !cls.PyClass().IsSubclass(c) {
		return nil, py.Raisef(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, c.Module+"."+c.ClassName, py.TypeName(x))
	}
	return base, nil
}
