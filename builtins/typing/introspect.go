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

// evalRefs implements _eval_refs(tp, evaluate), get_type_hints's
// resolution of forward references: tp with each str among its
// arguments (Optional['Node'], list['Node']) replaced by evaluate(str).
func evalRefs(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tp, evaluate starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &tp, &evaluate); err != nil {
		return nil, err
	}
	return resolveRefs(thread, tp, evaluate)
}

func resolveRefs(thread *starlark.Thread, tp, evaluate starlark.Value) (starlark.Value, error) {
	each := func(in []starlark.Value) ([]starlark.Value, error) {
		out := make([]starlark.Value, len(in))
		for i, v := range in {
			r, err := resolveRefs(thread, v, evaluate)
			if err != nil {
				return nil, err
			}
			out[i] = r
		}
		return out, nil
	}
	switch v := tp.(type) {
	case starlark.String:
		return starlark.Call(thread, evaluate, starlark.Tuple{v}, nil)
	case *Alias:
		if v.args == nil || v.arity == literal {
			return v, nil
		}
		if v.arity == annotated {
			first, err := resolveRefs(thread, v.args[0], evaluate)
			return v.with(append([]starlark.Value{first}, v.args[1:]...)), err
		}
		out, err := each(v.args)
		if err != nil {
			return nil, err
		}
		return v.with(out), nil
	case *py.Union:
		out, err := each(v.Args)
		if err != nil {
			return nil, err
		}
		return py.NewUnion(out, v.Origin), nil
	case *py.GenericAlias:
		out, err := each(v.Args)
		if err != nil {
			return nil, err
		}
		return &py.GenericAlias{Origin: v.Origin, Args: out}, nil
	case *starlark.List:
		out, err := each(listValues(v))
		if err != nil {
			return nil, err
		}
		return starlark.NewList(out), nil
	}
	return tp, nil
}

func listValues(l *starlark.List) []starlark.Value {
	out := make([]starlark.Value, l.Len())
	for i := range out {
		out[i] = l.Index(i)
	}
	return out
}
