package builtins

// This file puts the methods of a native class's objects in the class's
// dict, as CPython's classes have them: queue.Queue.put(q, x),
// threading.Event.set(ev), logging.Formatter.format(self, record) in a
// subclass's override, map(collections.deque.popleft, queues).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// UnboundMethods puts in c's dict, for each name it doesn't hold yet, a
// function that calls method name of the native object of its first
// argument (the object itself, or the native object of an instance of a
// subclass of c).
func UnboundMethods(c *py.Class, names ...string) {
	for _, name := range names {
		if _, ok := c.Dict[name]; !ok {
			c.Dict[name] = starlark.NewBuiltin(name, unboundNative(c, name))
		}
	}
}

// unboundNative is the function UnboundMethods puts in c's dict as name.
func unboundNative(c *py.Class, name string) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "unbound method %s.%s() needs an argument", c.ClassName, name)
		}
		self, err := NativeOf(c, args[0], name)
		if err != nil {
			return nil, err
		}
		m, err := self.(starlark.HasAttrs).Attr(name)
		if err != nil || m == nil {
			return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute '%s'", py.TypeName(args[0]), name)
		}
		return starlark.Call(thread, m, args[1:], kwargs)
	}
}
