package typing

// This file defines the rewriting of type expressions: the substitution
// of type variables (List[T][int]), and get_type_hints's evaluation of
// forward references and stripping of Annotated.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// visitFunc answers for a node of a type expression: its replacement
// and true, or false to rewrite its arguments instead.
type visitFunc func(v starlark.Value) (starlark.Value, bool, error)

// mapType rewrites the type expression tp through visit, rebuilding the
// aliases, unions and lists whose arguments changed. A Literal's
// arguments and an Annotated's metadata are values, left alone.
func mapType(tp starlark.Value, visit visitFunc) (starlark.Value, error) {
	if r, ok, err := visit(tp); ok || err != nil {
		return r, err
	}
	switch v := tp.(type) {
	case *Alias:
		if v.args == nil || v.arity == literal {
			return v, nil
		}
		n := len(v.args)
		if v.arity == annotated {
			n = 1
		}
		out, err := mapTypes(v.args[:n], visit)
		if err != nil {
			return nil, err
		}
		return v.with(append(out, v.args[n:]...)), nil
	case *py.Union:
		out, err := mapTypes(v.Args, visit)
		if err != nil {
			return nil, err
		}
		return py.NewUnion(out, v.Origin), nil
	case *py.GenericAlias:
		out, err := mapTypes(v.Args, visit)
		if err != nil {
			return nil, err
		}
		return &py.GenericAlias{Origin: v.Origin, Args: out}, nil
	case *starlark.List: // Callable[[T], int]
		out, err := mapTypes(py.ListValues(v), visit)
		if err != nil {
			return nil, err
		}
		return starlark.NewList(out), nil
	}
	return tp, nil
}

func mapTypes(in []starlark.Value, visit visitFunc) ([]starlark.Value, error) {
	out := make([]starlark.Value, len(in))
	for i, v := range in {
		r, err := mapType(v, visit)
		if err != nil {
			return nil, err
		}
		out[i] = r
	}
	return out, nil
}

// evalRefs implements _eval_refs(tp, evaluate), get_type_hints's
// resolution of forward references: tp with each str among its
// arguments (Optional['Node'], list['Node']) replaced by evaluate(str).
func evalRefs(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tp, evaluate starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &tp, &evaluate); err != nil {
		return nil, err
	}
	return mapType(tp, func(v starlark.Value) (starlark.Value, bool, error) {
		if s, ok := v.(starlark.String); ok {
			r, err := starlark.Call(thread, evaluate, starlark.Tuple{s}, nil)
			return r, true, err
		}
		return nil, false, nil
	})
}

// stripAnnotated implements _strip_annotated(tp): tp without its
// Annotated, Required and NotRequired wrappers, as get_type_hints
// returns hints unless include_extras.
func stripAnnotated(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tp starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &tp); err != nil {
		return nil, err
	}
	var strip visitFunc
	strip = func(v starlark.Value) (starlark.Value, bool, error) {
		a, ok := v.(*Alias)
		if !ok || a.args == nil {
			return nil, false, nil
		}
		switch {
		case a.arity == annotated, a.name == "Required", a.name == "NotRequired":
			r, err := mapType(a.args[0], strip)
			return r, true, err
		}
		return nil, false, nil
	}
	return mapType(tp, strip)
}
