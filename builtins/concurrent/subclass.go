package concurrent

// This file lets a script subclass ThreadPoolExecutor: __init__ makes
// the pool the instance's native object, the methods sit in the class's
// dict for super(), and map, __enter__ and __exit__ go through the
// instance, as CPython's Executor does: map calls self.submit, __exit__
// self.shutdown, and __enter__ returns self.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	ExecutorClass.Dict["__init__"] = starlark.NewBuiltin("__init__", executorInit)
	builtins.UnboundMethods(ExecutorClass, "submit", "map", "shutdown", "__enter__", "__exit__")
}

// executorInit implements ThreadPoolExecutor.__init__(self, ...) for an
// instance of a subclass; for a pool itself, made whole by the class
// call, it does nothing.
func executorInit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "ThreadPoolExecutor.__init__() missing 1 required positional argument: 'self'")
	}
	inst, ok := args[0].(*py.Instance)
	if !ok {
		if _, isPool := args[0].(*Executor); isPool {
			return starlark.None, nil
		}
		return nil, py.Raisef(py.TypeError, "descriptor '__init__' requires a 'ThreadPoolExecutor' object but received a '%s'", py.TypeName(args[0]))
	}
	v, err := newExecutor(thread, inst.Class, args[1:], kwargs)
	if err != nil {
		return nil, err
	}
	v.(*Executor).self = inst
	inst.Native = v
	return starlark.None, nil
}

// subclassMap is map() on a subclass's instance: Executor.map, through
// the instance's submit.
func (e *Executor) subclassMap(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return baseMap(thread, b, append(starlark.Tuple{e.self}, args...), kwargs)
}

// subclassExit is __exit__ on a subclass's instance: Executor.__exit__,
// which calls the instance's shutdown(wait=True).
func (e *Executor) subclassExit(thread *starlark.Thread, b *starlark.Builtin) (starlark.Value, error) {
	return baseExit(thread, b, starlark.Tuple{e.self}, nil)
}
