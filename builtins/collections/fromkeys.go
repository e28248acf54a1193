package collections

// This file defines fromkeys, the class method that OrderedDict and
// defaultdict inherit from dict, and Counter's refusal of it.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	for _, c := range []*py.Class{OrderedDictClass, DefaultDictClass} {
		c.Dict["fromkeys"] = &py.ClassMethod{Fn: starlark.NewBuiltin("fromkeys", fromkeys)}
	}
	CounterClass.Dict["fromkeys"] = &py.ClassMethod{Fn: starlark.NewBuiltin("fromkeys", counterFromkeys)}
	dictMethods["fromkeys"] = instanceFromkeys
	counterMethods["fromkeys"] = func(thread *starlark.Thread, b *starlark.Builtin, _ starlark.Value, _ *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return counterFromkeys(thread, b, args, kwargs)
	}
}

// instanceFromkeys is fromkeys called on an instance (od.fromkeys(...)):
// the class method of the instance's class.
func instanceFromkeys(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, _ *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return fromkeys(thread, b, append(starlark.Tuple{builtins.TypeOf(self)}, args...), kwargs)
}

// fromkeys implements cls.fromkeys(iterable, value=None): cls() with
// each key of iterable set to value (a defaultdict's factory is None).
func fromkeys(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var cls, it starlark.Value
	var v starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs("fromkeys", args, kwargs, 2, &cls, &it, &v); err != nil {
		return nil, err
	}
	d, err := starlark.Call(thread, cls, nil, nil)
	if err != nil {
		return nil, err
	}
	m, ok := d.(starlark.HasSetKey)
	if !ok {
		return nil, py.Raisef(py.TypeError, "'%s' object does not support item assignment", py.TypeName(d))
	}
	return d, builtins.ForEach(thread, it, func(k starlark.Value) error { return m.SetKey(k, v) })
}

// counterFromkeys is Counter.fromkeys, which CPython leaves undefined.
func counterFromkeys(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return nil, py.Raise(py.NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
}
