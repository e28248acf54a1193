// Package copy is spindle's copy module: copy and deepcopy of lists,
// dicts, sets, tuples and user class instances, honouring __copy__,
// __deepcopy__, __getstate__ and __setstate__, with a memo that keeps
// shared references and cycles.
package copy

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the copy module. Members:
//
//	copy(x), deepcopy(x, memo=None)
//	Error
var Module = &core.Module{Name: "copy", Members: starlark.StringDict{
	"copy":     starlark.NewBuiltin("copy", shallow),
	"deepcopy": starlark.NewBuiltin("deepcopy", deep),
	"Error":    errorClass,
}}

var errorClass = py.NewClass("Error", "copy", py.ExceptionClass)

// shallow implements copy(x).
// https://docs.python.org/3/library/copy.html#copy.copy
func shallow(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "copy() takes 1 positional argument but %d were given", len(args))
	}
	var x starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "x", &x); err != nil {
		return nil, py.ToException(err)
	}
	return copyOf(thread, x)
}

// copyOf returns a shallow copy of x; immutable values are themselves.
func copyOf(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
	switch x := x.(type) {
	case *starlark.List:
		return starlark.NewList(listElems(x)), nil
	case *starlark.Dict:
		d := starlark.NewDict(x.Len())
		for _, kv := range x.Items() {
			d.SetKey(kv[0], kv[1])
		}
		return d, nil
	case *builtins.Set:
		return x.Copy(), nil
	case *py.Instance:
		if v, _ := x.Class.Lookup("__copy__"); v != nil {
			return builtins.CallMethod(thread, x, "__copy__", nil, nil)
		}
		if rv, ok, err := userReduce(thread, x); ok || err != nil { // reduce.go
			if err != nil {
				return nil, err
			}
			return fromReduce(thread, x, rv, nil, func(v starlark.Value) (starlark.Value, error) { return v, nil })
		}
		if hasUserState(x) && !py.IsData(x) { // state.go
			return reconstruct(thread, x, nil, func(v starlark.Value) (starlark.Value, error) { return v, nil })
		}
		return cloneData(thread, x)
	case *py.Exception:
		rv, err := exceptionReduce(x) // reduce.go
		if err != nil {
			return nil, err
		}
		return fromReduce(thread, x, rv, nil, func(v starlark.Value) (starlark.Value, error) { return v, nil })
	}
	return x, nil
}

// cloneData clones an instance; the value of a subclass of a builtin
// data type (class Stack(list)) is copied too, as CPython's __reduce_ex__
// rebuilds it.
func cloneData(thread *starlark.Thread, x *py.Instance) (starlark.Value, error) {
	y := x.Clone()
	if py.IsData(x) {
		v, err := copyOf(thread, x.Native)
		if err != nil {
			return nil, err
		}
		y.Native = v
	}
	return y, nil
}

func listElems(l *starlark.List) []starlark.Value {
	elems := make([]starlark.Value, l.Len())
	for i := range elems {
		elems[i] = l.Index(i)
	}
	return elems
}
