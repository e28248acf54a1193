package collections

// This file lets scripts subclass deque, Counter, OrderedDict and
// defaultdict, as the recipes of CPython's documentation do (class
// LRU(OrderedDict) overriding __getitem__ and __setitem__): an instance
// of such a subclass is a *py.Instance whose Native is the container
// its __init__ made; its class's dict gives the special methods that
// the instance protocols and super() reach, and __repr__ names the
// subclass.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	for _, c := range []*py.Class{DequeClass, CounterClass, OrderedDictClass, DefaultDictClass} {
		c.Dict["__init__"] = starlark.NewBuiltin("__init__", nativeInit(c))
		c.Dict["__repr__"] = starlark.NewBuiltin("__repr__", subclassRepr(c))
		c.Dict["__hash__"] = starlark.None
		builtins.NativeSlots(c, "__len__", "__iter__", "__contains__", "__getitem__", "__setitem__", "__delitem__")
	}
}

// nativeInit is c.__init__: for an instance of a subclass, it makes the
// container, from the arguments, that the instance's methods work on.
func nativeInit(c *py.Class) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "%s.__init__() missing 1 required positional argument: 'self'", c.ClassName)
		}
		self, ok := args[0].(*py.Instance)
		if !ok {
			return starlark.None, nil // a native object is initialised when made
		}
		v, err := c.Ext.(*py.NativeClass).New(thread, self.Class, args[1:], kwargs)
		if err != nil {
			return nil, err
		}
		self.Native = v
		return starlark.None, nil
	}
}

// subclassRepr is c.__repr__: the container's repr under the name of
// the receiver's class (LRU([('a', 1)]) for a subclass of OrderedDict).
func subclassRepr(c *py.Class) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 {
			return nil, py.Raisef(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		base, err := builtins.NativeOf(c, args[0], "__repr__")
		if err != nil {
			return nil, err
		}
		r, err := builtins.Repr(thread, base)
		if err != nil {
			return nil, err
		}
		return starlark.String(builtins.TypeOf(args[0]).ClassName + strings.TrimPrefix(r, c.ClassName)), nil
	}
}
