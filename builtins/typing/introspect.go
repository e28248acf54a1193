package typing

// This file defines get_args and get_origin.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// getOrigin implements get_origin(tp).
// https://docs.python.org/3/library/typing.html#typing.get_origin
func getOrigin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tp starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "tp", &tp); err != nil {
		return nil, err
	}
	switch tp := tp.(type) {
	case *Alias:
		if tp.args != nil {
			if tp.arity == annotated {
				return annotatedClass, nil
			}
			return tp.originErr()
		}
	case *py.GenericAlias:
		return tp.Origin, nil
	case *py.Union:
		if tp.Typing {
			return tp.Origin, nil
		}
		return builtins.TypeOf(tp), nil
	case *py.Class:
		if tp == GenericClass {
			return tp, nil
		}
	}
	return starlark.None, nil
}

// getArgs implements get_args(tp).
// https://docs.python.org/3/library/typing.html#typing.get_args
func getArgs(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tp starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "tp", &tp); err != nil {
		return nil, err
	}
	switch tp := tp.(type) {
	case *Alias:
		if tp.args == nil {
			break
		}
		switch tp.arity {
		case callable, annotated:
			out := make(starlark.Tuple, len(tp.args))
			for i, v := range tp.args {
				out[i] = noneType(v)
			}
			if l, ok := out[0].(*starlark.List); ok && tp.arity == callable {
				out[0] = noneTypes(l)
			}
			return out, nil
		}
		return tp.argsTuple(), nil
	case *py.GenericAlias:
		return tp.Args, nil
	case *py.Union:
		return tp.Args, nil
	}
	return starlark.Tuple{}, nil
}

// noneTypes is l with None as NoneType.
func noneTypes(l *starlark.List) *starlark.List {
	out := make([]starlark.Value, l.Len())
	for i := range out {
		out[i] = noneType(l.Index(i))
	}
	return starlark.NewList(out)
}
