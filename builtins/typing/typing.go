// Package typing is spindle's typing module: the names used in
// annotations and at run time (Any, List[int], Optional[str], TypeVar,
// Generic, cast, TYPE_CHECKING). Subscripting gives aliases whose reprs
// are CPython's; they check nothing, as CPython's don't.
package typing

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/collections"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the typing module. Members:
//
//	Any, List, Dict, Tuple, Set, FrozenSet, Type, Optional, Union,
//	Callable, Iterable, Iterator, Sequence, Mapping, Generic, ClassVar,
//	Final, Deque, DefaultDict
//	Protocol, a base class: a protocol can't be instantiated, and
//	isinstance checks a runtime_checkable one's members (protocol.go)
//	NamedTuple, a base class making a namedtuple of the annotated names
//	TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False)
//	cast(typ, val), runtime_checkable(cls), overload(f), final(f), TYPE_CHECKING
var Module = &core.Module{Name: "typing", Members: starlark.StringDict{
	"Any":               &Alias{name: "Any", arity: 0},
	"List":              &Alias{name: "List", arity: 1, builtin: "list"},
	"Set":               &Alias{name: "Set", arity: 1, builtin: "set"},
	"FrozenSet":         &Alias{name: "FrozenSet", arity: 1, builtin: "frozenset"},
	"Type":              &Alias{name: "Type", arity: 1, builtin: "type"},
	"Iterable":          &Alias{name: "Iterable", arity: 1},
	"Iterator":          &Alias{name: "Iterator", arity: 1},
	"Sequence":          &Alias{name: "Sequence", arity: 1},
	"Dict":              &Alias{name: "Dict", arity: 2, builtin: "dict"},
	"Mapping":           &Alias{name: "Mapping", arity: 2},
	"Tuple":             &Alias{name: "Tuple", arity: variadic, builtin: "tuple"},
	"Callable":          &Alias{name: "Callable", arity: variadic},
	"Optional":          &Alias{name: "Optional", arity: optional},
	"Union":             &Alias{name: "Union", arity: union},
	"Generic":           &Alias{name: "Generic", arity: generic},
	"ClassVar":          &Alias{name: "ClassVar", arity: single},
	"Final":             &Alias{name: "Final", arity: single},
	"Deque":             &Alias{name: "Deque", arity: 1},
	"DefaultDict":       &Alias{name: "DefaultDict", arity: 2},
	"Protocol":          ProtocolClass,
	"NamedTuple":        collections.TypedNamedTuple,
	"runtime_checkable": starlark.NewBuiltin("runtime_checkable", runtimeCheckable),
	"overload":          starlark.NewBuiltin("overload", overload),
	"final":             starlark.NewBuiltin("final", identity),
	"TypeVar":           starlark.NewBuiltin("TypeVar", newTypeVar),
	"cast":              starlark.NewBuiltin("cast", cast),
	"TYPE_CHECKING":     starlark.False,
}}

// GenericClass is typing.Generic as a base class: Generic[T] returns it,
// and its subclasses are generic (Box[int]).
var GenericClass = func() *py.Class {
	c := py.NewClass("Generic", "typing")
	c.Generic = true
	return c
}()

// ProtocolClass is typing.Protocol, a base class that adds nothing.
var ProtocolClass = py.NewClass("Protocol", "typing", GenericClass)

// identity implements final(f), which returns its argument: it informs
// type checkers only.
func identity(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var f starlark.Value
	err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &f)
	return f, err
}

// cast implements cast(typ, val): it returns val.
// https://docs.python.org/3/library/typing.html#typing.cast
func cast(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var typ, val starlark.Value
	if len(args) > 2 {
		return nil, py.Raisef(py.TypeError, "cast() takes 2 positional arguments but %d were given", len(args))
	}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "typ", &typ, "val", &val); err != nil {
		return nil, py.ToException(err)
	}
	return val, nil
}

// TypeVar is a type variable; its repr is ~name.
type TypeVar struct{ name string }

// newTypeVar implements TypeVar(name, *constraints, bound=None, ...).
func newTypeVar(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "TypeVar.__init__() missing 1 required positional argument: 'name'")
	}
	for _, kv := range kwargs {
		switch k, _ := starlark.AsString(kv[0]); k {
		case "bound", "covariant", "contravariant":
		default:
			return nil, py.Raisef(py.TypeError, "TypeVar.__init__() got an unexpected keyword argument '%s'", k)
		}
	}
	if len(args) == 2 {
		return nil, py.Raise(py.TypeError, "A single constraint is not allowed")
	}
	return &TypeVar{name: py.Str(args[0])}, nil
}

func (t *TypeVar) String() string        { return "~" + t.name }
func (t *TypeVar) Type() string          { return "TypeVar" }
func (t *TypeVar) Freeze()               {}
func (t *TypeVar) Truth() starlark.Bool  { return true }
func (t *TypeVar) Hash() (uint32, error) { return uint32(py.Addr(t)), nil }

// Attr implements starlark.HasAttrs: __name__.
func (t *TypeVar) Attr(name string) (starlark.Value, error) {
	if name == "__name__" {
		return starlark.String(t.name), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (t *TypeVar) AttrNames() []string { return []string{"__name__"} }
