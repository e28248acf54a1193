package operator

// This file defines operator.length_hint.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// lengthHint is operator.length_hint(obj, default=0), CPython's
// PyObject_LengthHint: len(obj) if it has a length (a TypeError of a
// user __len__ counting as none), else what its __length_hint__ says
// (NotImplemented meaning nothing), else default.
func lengthHint(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj starlark.Value
	var def starlark.Int = starlark.MakeInt(0)
	if err := core.UnpackPositionalArgs("length_hint", args, kwargs, 1, &obj, &def); err != nil {
		return nil, py.ToException(err)
	}
	o, ok := obj.(*py.Instance)
	if !ok {
		if it, ok := obj.(*builtins.Iterator); ok {
			if n, ok := it.LengthHint(); ok {
				return starlark.MakeInt(n), nil
			}
		} else if starlark.Len(obj) >= 0 {
			n, err := builtins.Len(thread, obj) // code points of a str
			return starlark.MakeInt(n), err
		}
		return def, nil
	}
	n, has, err := o.LenErr()
	if err != nil {
		if e := py.ToException(err); e.Class != py.TypeError {
			return nil, err
		}
	} else if has {
		return starlark.MakeInt(n), nil
	}
	if m, _ := o.Class.Lookup("__length_hint__"); m == nil {
		return def, nil
	}
	v, err := builtins.CallMethod(thread, o, "__length_hint__", nil, nil)
	if err != nil {
		return nil, err
	}
	return hintResult(v, def)
}

// hintResult checks v, a result of __length_hint__, as CPython does.
func hintResult(v starlark.Value, def starlark.Int) (starlark.Value, error) {
	if v == py.NotImplemented {
		return def, nil
	}
	i, ok := v.(starlark.Int)
	if !ok {
		return nil, py.Raisef(py.TypeError, "__length_hint__ must be an integer, not %s", py.TypeName(v))
	}
	if i.Sign() < 0 {
		return nil, py.Raise(py.ValueError, "__length_hint__() should return >= 0")
	}
	return i, nil
}
