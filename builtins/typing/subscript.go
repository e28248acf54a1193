package typing

// This file defines the subscription of typing's forms: the arguments
// each accepts, with CPython's errors, and the substitution of type
// variables (List[T][int]).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// subscript returns the bare alias a applied to args.
func (a *Alias) subscript(args []starlark.Value) (starlark.Value, error) {
	switch a.arity {
	case variadic, literal, unpack:
		return a.with(args), nil
	case optional:
		return py.NewUnion([]starlark.Value{args[0], starlark.None}, unionForm), nil
	case union:
		if len(args) == 0 {
			return nil, py.Raise(py.TypeError, "Cannot take a Union of no types.")
		}
		for _, v := range args {
			if t, ok := v.(starlark.Tuple); ok {
				return nil, py.Raisef(py.TypeError, "Union[arg, ...]: each arg must be a type. Got %s.", py.Repr(t))
			}
		}
		return py.NewUnion(args, unionForm), nil
	case single:
		if len(args) != 1 {
			return nil, py.Raisef(py.TypeError, "%s. Got %s.", a.singleError(), py.Repr(starlark.Tuple(args)))
		}
		return a.with(args), nil
	case annotated:
		if len(args) < 2 {
			return nil, py.Raise(py.TypeError, "Annotated[...] should be used with at least two arguments (a type and an annotation).")
		}
		return a.with(args), nil
	case callable:
		return a.callableOf(args)
	}
	if len(args) != a.arity {
		word := "many"
		if len(args) < a.arity {
			word = "few"
		}
		return nil, py.Raisef(py.TypeError, "Too %s arguments for typing.%s; actual %d, expected %d", word, a.name, len(args), a.arity)
	}
	return a.with(args), nil
}

// singleError is the error of a single-type form given several.
func (a *Alias) singleError() string {
	switch a.name {
	case "Required", "NotRequired":
		return a.name + " accepts only a single type"
	}
	return "typing." + a.name + " accepts only single type"
}

// callableOf is Callable[[args], result] and Callable[..., result].
func (a *Alias) callableOf(args []starlark.Value) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, py.Raise(py.TypeError, "Callable must be used as Callable[[arg, ...], result].")
	}
	switch p := args[0].(type) {
	case *starlark.List, *TypeVar, *Alias:
	default:
		if p.Type() != "ellipsis" {
			return nil, py.Raisef(py.TypeError, "Callable[args, result]: args must be a list. Got %s", py.Repr(p))
		}
	}
	return a.with(args), nil
}

// substitute is a subscripted alias subscripted again with k: its type
// variables replaced by k's items, in the order of __parameters__.
func (a *Alias) substitute(k starlark.Value) (starlark.Value, error) {
	subst, err := py.TypeVarMap(a, py.Parameters(a.args), k)
	if err != nil {
		return nil, err
	}
	return mapType(a, func(v starlark.Value) (starlark.Value, bool, error) {
		r, ok := subst[v]
		return r, ok, nil
	})
}
