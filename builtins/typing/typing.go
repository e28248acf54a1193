// Package typing is spindle's typing module: the names used in
// annotations and at run time (Any, List[int], Optional[str], TypeVar,
// Generic, Protocol, TypedDict, get_type_hints...). Subscripting gives
// aliases whose reprs are CPython's; like CPython's they check nothing,
// except isinstance with a runtime_checkable Protocol, which checks the
// protocol's members. The forms that stand for classes of other modules
// (Iterable, Counter, Pattern) and the classes (Protocol, IO,
// SupportsInt) are made by typing.py, the module's Python part, in
// each Interpreter.
package typing

import (
	_ "embed"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/collections"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

//go:embed typing.py
var source string

// Module is the typing module. Members:
//
//	Any, NoReturn, Never, Self, LiteralString, TypeAlias
//	List, Dict, Set, FrozenSet, Tuple, Type, Optional, Union, Generic,
//	ClassVar, Final, Literal, Annotated, Concatenate, Required,
//	NotRequired, TypeGuard, Unpack
//	Iterable, Iterator, Generator, Sequence, MutableSequence, Mapping,
//	MutableMapping, AbstractSet, MutableSet, Collection, Container,
//	Reversible, Hashable, Sized, Callable, ByteString, KeysView,
//	ItemsView, ValuesView, MappingView, Awaitable, Coroutine,
//	AsyncIterable, AsyncIterator, AsyncGenerator, ContextManager,
//	Deque, DefaultDict, Counter, OrderedDict, ChainMap, Pattern, Match
//	Protocol, runtime_checkable(cls), SupportsInt, SupportsFloat,
//	SupportsComplex, SupportsBytes, SupportsIndex, SupportsAbs,
//	SupportsRound, IO, TextIO, BinaryIO, NamedTuple, TypedDict
//	TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False)
//	ParamSpec(name), TypeVarTuple(name), NewType(name, tp), AnyStr, Text
//	cast(typ, val), assert_type(val, typ), reveal_type(obj),
//	assert_never(arg), overload, final, no_type_check,
//	dataclass_transform(**kwargs), get_type_hints(obj, globalns=None,
//	localns=None, include_extras=False), get_args(tp), get_origin(tp),
//	is_typeddict(tp), get_overloads(func), clear_overloads(),
//	no_type_check_decorator(decorator), ForwardRef(arg), ParamSpecArgs,
//	ParamSpecKwargs, TYPE_CHECKING, __all__ (CPython 3.11's)
var Module = &core.Module{Name: "typing", Source: source, Helpers: natives, Loaded: func(members starlark.StringDict) {
	for k, v := range natives {
		if _, ok := members[k]; !ok && k[0] != '_' {
			members[k] = v
		}
	}
}}

// natives are the members made in Go, which typing.py sees too.
var natives = starlark.StringDict{
	"Any":              &Alias{name: "Any", arity: bare},
	"NoReturn":         &Alias{name: "NoReturn", arity: bare},
	"Never":            &Alias{name: "Never", arity: bare},
	"Self":             &Alias{name: "Self", arity: bare},
	"LiteralString":    &Alias{name: "LiteralString", arity: bare},
	"TypeAlias":        &Alias{name: "TypeAlias", arity: bare},
	"List":             &Alias{name: "List", arity: 1, builtin: "list", origin: builtins.ListType},
	"Set":              &Alias{name: "Set", arity: 1, builtin: "set", origin: builtins.SetType},
	"FrozenSet":        &Alias{name: "FrozenSet", arity: 1, builtin: "frozenset", origin: builtins.FrozenSetType},
	"Type":             &Alias{name: "Type", arity: 1, builtin: "type", origin: builtins.TypeType},
	"Dict":             &Alias{name: "Dict", arity: 2, builtin: "dict", origin: builtins.DictType},
	"Tuple":            &Alias{name: "Tuple", arity: variadic, builtin: "tuple", origin: builtins.TupleType},
	"Optional":         &Alias{name: "Optional", arity: optional},
	"Union":            unionForm,
	"Generic":          GenericClass,
	"ClassVar":         &Alias{name: "ClassVar", arity: single},
	"Final":            &Alias{name: "Final", arity: single},
	"Required":         &Alias{name: "Required", arity: single},
	"NotRequired":      &Alias{name: "NotRequired", arity: single},
	"TypeGuard":        &Alias{name: "TypeGuard", arity: single},
	"Literal":          &Alias{name: "Literal", arity: literal},
	"Annotated":        annotatedClass,
	"Concatenate":      &Alias{name: "Concatenate", arity: variadic},
	"Unpack":           &Alias{name: "Unpack", arity: unpack},
	"NamedTuple":       collections.TypedNamedTuple,
	"TypeVar":          starlark.NewBuiltin("TypeVar", newTypeVar),
	"ParamSpec":        starlark.NewBuiltin("ParamSpec", newParamSpec),
	"TypeVarTuple":     starlark.NewBuiltin("TypeVarTuple", newParamSpec),
	"NewType":          starlark.NewBuiltin("NewType", newNewType),
	"cast":             starlark.NewBuiltin("cast", cast),
	"assert_type":      starlark.NewBuiltin("assert_type", assertType),
	"reveal_type":      starlark.NewBuiltin("reveal_type", revealType),
	"assert_never":     starlark.NewBuiltin("assert_never", assertNever),
	"get_args":         starlark.NewBuiltin("get_args", getArgs),
	"get_origin":       starlark.NewBuiltin("get_origin", getOrigin),
	"TYPE_CHECKING":    starlark.False,
	"Text":             builtins.StrType,
	"AnyStr":           &TypeVar{name: "AnyStr", constraints: starlark.Tuple{builtins.BytesType, builtins.StrType}, bound: starlark.None},
	"_alias":           starlark.NewBuiltin("_alias", makeAlias),
	"_eval_refs":       starlark.NewBuiltin("_eval_refs", evalRefs),
	"_strip_annotated": starlark.NewBuiltin("_strip_annotated", stripAnnotated),
}

// unionForm is typing.Union.
var unionForm = &Alias{name: "Union", arity: union}

// GenericClass is typing.Generic as a base class: its subclasses are
// generic (Box[int]).
var GenericClass = func() *py.Class {
	c := py.NewClass("Generic", "typing")
	c.Generic = true
	return c
}()

// makeAlias implements _alias(name, origin, kind), which typing.py
// calls to make the forms standing for classes of other modules: origin
// is the class, or a function returning it on first use, or None; kind
// is the count of type arguments, or "callable".
func makeAlias(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var origin, kind starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 3, &name, &origin, &kind); err != nil {
		return nil, err
	}
	a := &Alias{name: name}
	switch origin.(type) {
	case starlark.NoneType:
	case *starlark.Function: // made on first use (see lazy.go)
		a.lazy = &lazyOrigin{rt: core.RuntimeOf(thread), get: origin}
	default:
		a.origin = origin
	}
	switch kind {
	case starlark.String("callable"):
		a.arity = callable
	default:
		n, err := starlark.AsInt32(kind)
		if err != nil {
			return nil, err
		}
		a.arity = n
	}
	return a, nil
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

// assertType implements assert_type(val, typ): it returns val.
// https://docs.python.org/3/library/typing.html#typing.assert_type
func assertType(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var typ, val starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &val, &typ); err != nil {
		return nil, err
	}
	return val, nil
}

// revealType implements reveal_type(obj): it writes the type to stderr
// and returns obj.
// https://docs.python.org/3/library/typing.html#typing.reveal_type
func revealType(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var val starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &val); err != nil {
		return nil, err
	}
	builtins.WriteStderr(thread, "Runtime type is '"+py.TypeName(val)+"'\n")
	return val, nil
}

// assertNever implements assert_never(arg): it raises AssertionError.
// https://docs.python.org/3/library/typing.html#typing.assert_never
func assertNever(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var val starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &val); err != nil {
		return nil, err
	}
	r := py.Repr(val)
	if len(r) > 100 {
		r = r[:100] + "..."
	}
	return nil, py.Raisef(py.AssertionError, "Expected code to be unreachable, but got: %s", r)
}
