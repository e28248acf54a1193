package typing

// This file defines Alias, the value of List, Dict[str, int],
// Optional[int] and the other special forms, and the reprs of their
// arguments.

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// The arities of the special forms that take other than a fixed count.
const (
	variadic = -1 - iota // Tuple, Callable
	optional             // Optional[X]
	union                // Union[X, Y, ...]
	generic              // Generic[T, ...]
	single               // ClassVar[X], Final[X]
)

// Alias is a typing special form, subscripted (args set) or not. It is
// immutable.
type Alias struct {
	name    string
	arity   int
	builtin string // the builtin a bare alias stands for, if any
	args    []starlark.Value
}

var (
	_ starlark.Mapping    = (*Alias)(nil)
	_ starlark.Comparable = (*Alias)(nil)
	_ starlark.Callable   = (*Alias)(nil)
)

// String returns CPython's repr: typing.Dict[str, typing.List[int]].
func (a *Alias) String() string {
	if a.args == nil {
		return "typing." + a.name
	}
	if a.arity == variadic && len(a.args) == 0 {
		return "typing." + a.name + "[()]"
	}
	parts := make([]string, len(a.args))
	for i, v := range a.args {
		parts[i] = argRepr(v)
	}
	return "typing." + a.name + "[" + strings.Join(parts, ", ") + "]"
}

// argRepr is typing._type_repr.
func argRepr(v starlark.Value) string {
	switch v := v.(type) {
	case *py.Class:
		if v.Module == "" || v.Module == "builtins" {
			return v.ClassName
		}
		return v.Module + "." + v.ClassName
	case starlark.NoneType:
		return "NoneType"
	case starlark.String:
		return "ForwardRef(" + py.Repr(v) + ")"
	case *starlark.List:
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = argRepr(v.Index(i))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	if v.Type() == "ellipsis" {
		return "..."
	}
	return py.Repr(v)
}

func (a *Alias) Type() string          { return "_GenericAlias" }
func (a *Alias) Freeze()               {}
func (a *Alias) Truth() starlark.Bool  { return true }
func (a *Alias) Hash() (uint32, error) { return starlark.String(a.String()).Hash() }

// CompareSameType compares aliases by their reprs.
func (a *Alias) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	switch op {
	case syntax.EQL:
		return a.String() == y.String(), nil
	case syntax.NEQ:
		return a.String() != y.String(), nil
	}
	return false, py.Raisef(py.TypeError, "'%s' not supported between instances of '_GenericAlias' and '_GenericAlias'", op)
}

// Name implements starlark.Callable.
func (a *Alias) Name() string { return a.name }

// CallInternal refuses, as CPython does.
func (a *Alias) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if a.builtin != "" && a.args == nil {
		return nil, py.Raisef(py.TypeError, "Type %s cannot be instantiated; use %s() instead", a.name, a.builtin)
	}
	return nil, py.Raisef(py.TypeError, "Cannot instantiate %s", a)
}

// Get implements subscription: List[int], Dict[str, int], Optional[int].
func (a *Alias) Get(k starlark.Value) (starlark.Value, bool, error) {
	if a.args != nil || a.arity == 0 {
		return nil, false, py.Raisef(py.TypeError, "%s is not a generic class", a)
	}
	args := []starlark.Value{k}
	if t, ok := k.(starlark.Tuple); ok {
		args = t
	}
	v, err := a.subscript(args)
	return v, err == nil, err
}

// subscript returns the alias applied to args.
func (a *Alias) subscript(args []starlark.Value) (starlark.Value, error) {
	switch a.arity {
	case variadic:
		return &Alias{name: a.name, arity: a.arity, args: append([]starlark.Value{}, args...)}, nil
	case optional:
		if len(args) != 1 {
			return nil, py.Raisef(py.TypeError, "typing.Optional requires a single type. Got %s.", py.Repr(starlark.Tuple(args)))
		}
		return makeUnion([]starlark.Value{args[0], starlark.None})
	case union:
		return makeUnion(args)
	case generic:
		return GenericClass, nil
	case single:
		if len(args) != 1 {
			return nil, py.Raisef(py.TypeError, "typing.%s accepts only single type. Got %s.", a.name, py.Repr(starlark.Tuple(args)))
		}
		return &Alias{name: a.name, arity: a.arity, args: args}, nil
	}
	if len(args) != a.arity {
		word := "many"
		if len(args) < a.arity {
			word = "few"
		}
		return nil, py.Raisef(py.TypeError, "Too %s arguments for typing.%s; actual %d, expected %d", word, a.name, len(args), a.arity)
	}
	return &Alias{name: a.name, arity: a.arity, args: args}, nil
}

// makeUnion flattens and deduplicates args: one type is itself, two
// with None an Optional.
func makeUnion(args []starlark.Value) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "Cannot take a Union of no types.")
	}
	var flat []starlark.Value
	seen := map[string]bool{}
	add := func(v starlark.Value) {
		if r := argRepr(v); !seen[r] {
			seen[r] = true
			flat = append(flat, v)
		}
	}
	for _, v := range args {
		if u, ok := v.(*Alias); ok && (u.arity == union || u.arity == optional) && u.args != nil {
			for _, w := range u.args {
				add(w)
			}
			if u.arity == optional {
				add(starlark.None)
			}
			continue
		}
		add(v)
	}
	if len(flat) == 1 {
		return flat[0], nil
	}
	if len(flat) == 2 && seen["NoneType"] {
		x := flat[0]
		if argRepr(x) == "NoneType" {
			x = flat[1]
		}
		return &Alias{name: "Optional", arity: optional, args: []starlark.Value{x}}, nil
	}
	return &Alias{name: "Union", arity: union, args: flat}, nil
}
