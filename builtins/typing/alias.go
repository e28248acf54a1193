package typing

// This file defines Alias, the value of List, Dict[str, int],
// Literal['a'], ClassVar[int] and typing's other special forms.

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// The kinds of alias that take other than a fixed count of arguments.
const (
	variadic  = -1 - iota // Tuple, Concatenate
	optional              // Optional[X]
	union                 // Union[X, Y, ...]
	single                // ClassVar[X], Final[X], Required[X]...
	literal               // Literal[1, 'a']
	annotated             // Annotated[int, 'meta']
	callable              // Callable[[int], str]
	unpack                // Unpack[Ts]
	bare                  // Any, NoReturn, Self: never subscripted
)

// Alias is a typing special form, subscripted (args set) or not. It is
// immutable but for the resolution of a lazy origin, and safe to share
// between Interpreters unless its origin is a class of one
// (typing.Iterable's, made by typing.py).
type Alias struct {
	name    string
	arity   int
	builtin string         // the builtin a bare alias stands for, if any
	origin  starlark.Value // __origin__: the class, or the bare form
	lazy    *lazyOrigin    // or the class, made on first use
	args    []starlark.Value
}

var (
	_ starlark.Mapping    = (*Alias)(nil)
	_ starlark.Comparable = (*Alias)(nil)
	_ starlark.Callable   = (*Alias)(nil)
	_ starlark.HasAttrs   = (*Alias)(nil)
	_ starlark.HasBinary  = (*Alias)(nil)
	_ builtins.ClassInfo  = (*Alias)(nil)
	_ builtins.MROEntry   = (*Alias)(nil)
)

// String returns CPython's repr: typing.Dict[str, typing.List[int]].
func (a *Alias) String() string {
	if a.args == nil {
		return "typing." + a.name
	}
	if len(a.args) == 0 {
		return "typing." + a.name + "[()]"
	}
	if a.arity == unpack {
		return "*" + py.Repr(a.args[0])
	}
	parts := make([]string, len(a.args))
	for i, v := range a.args {
		if a.arity == literal || a.arity == annotated && i > 0 {
			parts[i] = py.Repr(v)
		} else {
			parts[i] = py.TypingRepr(v)
		}
	}
	return "typing." + a.name + "[" + strings.Join(parts, ", ") + "]"
}

// Type is the name of the alias's class in CPython's typing.
func (a *Alias) Type() string {
	if a.args != nil {
		switch a.arity {
		case literal:
			return "typing._LiteralGenericAlias"
		case callable:
			return "typing._CallableGenericAlias"
		case annotated:
			return "typing._AnnotatedAlias"
		case unpack:
			return "typing._UnpackGenericAlias"
		}
		if a.name == "Concatenate" {
			return "typing._ConcatenateGenericAlias"
		}
		return "typing._GenericAlias"
	}
	switch {
	case a.name == "Any":
		return "typing._AnyMeta"
	case a.arity == literal:
		return "typing._LiteralSpecialForm"
	case a.arity == callable:
		return "typing._CallableType"
	case a.name == "Tuple":
		return "typing._TupleType"
	case a.hasOrigin():
		return "typing._SpecialGenericAlias"
	}
	return "typing._SpecialForm"
}

func (a *Alias) Freeze()              {}
func (a *Alias) Truth() starlark.Bool { return true }

// Hash is consistent with CompareSameType: a Literal's arguments in any
// order hash alike.
func (a *Alias) Hash() (uint32, error) {
	if a.arity == literal && a.args != nil {
		return (&py.Union{Args: a.args}).Hash()
	}
	return starlark.String(a.String()).Hash()
}

// CompareSameType compares aliases by their reprs; Literal's arguments
// in any order.
func (a *Alias) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	switch op {
	case syntax.EQL, syntax.NEQ:
		eq := a.String() == y.String()
		if b := y.(*Alias); !eq && a.arity == literal && b.arity == literal && a.args != nil && b.args != nil {
			x, y := &py.Union{Args: a.args}, &py.Union{Args: b.args}
			eq, _ = starlark.Equal(x, y)
		}
		return eq == (op == syntax.EQL), nil
	}
	return false, py.Raisef(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", op, shortType(a), shortType(y))
}

// shortType is the name of v's class without its module.
func shortType(v starlark.Value) string {
	t := v.Type()
	return t[strings.LastIndexByte(t, '.')+1:]
}

// Name implements starlark.Callable.
func (a *Alias) Name() string { return a.name }

// CallInternal instantiates the origin class (typing.Counter() is a
// Counter), or refuses as CPython does.
func (a *Alias) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if a.builtin != "" {
		return nil, py.Raisef(py.TypeError, "Type %s cannot be instantiated; use %s() instead", a.name, a.builtin)
	}
	origin, err := a.originErr()
	if err != nil {
		return nil, err
	}
	if c, ok := origin.(*py.Class); ok && a.arity >= 0 {
		return starlark.Call(thread, c, args, kwargs)
	}
	return nil, py.Raisef(py.TypeError, "Cannot instantiate %s", a)
}

// Attr implements starlark.HasAttrs: __origin__, __args__,
// __parameters__; an Annotated's __metadata__.
func (a *Alias) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__origin__":
		if a.arity == annotated && a.args != nil {
			return a.args[0], nil
		}
		if a.hasOrigin() {
			return a.originErr()
		}
	case "__args__":
		if a.args != nil {
			return a.argsTuple(), nil
		}
	case "__parameters__":
		return py.Parameters(a.args), nil
	case "__metadata__":
		if a.arity == annotated && a.args != nil {
			return starlark.Tuple(a.args[1:]), nil
		}
	case "__name__":
		return starlark.String(a.name), nil
	}
	return nil, nil
}

// argsTuple is __args__: Callable's flattened, Annotated's type alone.
func (a *Alias) argsTuple() starlark.Tuple {
	switch a.arity {
	case annotated:
		return starlark.Tuple{a.args[0]}
	case callable:
		var out starlark.Tuple
		if l, ok := a.args[0].(*starlark.List); ok {
			for i := 0; i < l.Len(); i++ {
				out = append(out, l.Index(i))
			}
		} else {
			out = append(out, a.args[0])
		}
		return append(out, noneType(a.args[1]))
	}
	out := make(starlark.Tuple, len(a.args))
	for i, v := range a.args {
		out[i] = noneType(v)
	}
	return out
}

func noneType(v starlark.Value) starlark.Value {
	if v == starlark.None {
		return py.NoneType
	}
	return v
}

// AttrNames implements starlark.HasAttrs.
func (a *Alias) AttrNames() []string {
	return []string{"__args__", "__origin__", "__parameters__"}
}

// ClassInfo implements builtins.ClassInfo: isinstance([], List) checks
// list.
func (a *Alias) ClassInfo() (starlark.Value, error) {
	origin, err := a.originErr()
	if err != nil {
		return nil, err
	}
	if c, ok := origin.(*py.Class); ok && a.args == nil {
		return c, nil
	}
	if a.args != nil && a.arity >= 0 || a.arity == callable {
		return nil, py.Raise(py.TypeError, "Subscripted generics cannot be used with class and instance checks")
	}
	return nil, py.Raisef(py.TypeError, "%s cannot be used with isinstance()", a)
}

// MROEntry implements builtins.MROEntry: class C(Generic[T]) derives
// from Generic, class D(List[int]) from list.
func (a *Alias) MROEntry() (*py.Class, bool) {
	c, ok := a.originValue().(*py.Class)
	return c, ok
}

// Binary implements starlark.HasBinary: List[int] | None is a
// typing.Optional.
func (a *Alias) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	return typingOr(op, a, y, side), nil
}

// typingOr is x | y for a typing form x: a typing.Union when y may be a
// member of one.
func typingOr(op syntax.Token, x, y starlark.Value, side starlark.Side) starlark.Value {
	if op != syntax.PIPE || !isTypeLike(y) {
		return nil
	}
	if side == starlark.Right {
		x, y = y, x
	}
	return py.NewUnion([]starlark.Value{x, y}, unionForm)
}

// isTypeLike reports whether v may be a member of a typing.Union.
func isTypeLike(v starlark.Value) bool {
	switch v.(type) {
	case starlark.NoneType, starlark.String, *py.Class, *py.GenericAlias, *py.Union, *Alias, *TypeVar, *NewType:
		return true
	}
	return false
}

// Get implements subscription: List[int], Dict[str, int], Optional[int].
func (a *Alias) Get(k starlark.Value) (starlark.Value, bool, error) {
	if a.arity == bare {
		if a.name == "Any" { // a class in CPython
			return nil, false, py.Raise(py.TypeError, "type 'Any' is not subscriptable")
		}
		return nil, false, py.Raisef(py.TypeError, "%s is not subscriptable", a)
	}
	args := []starlark.Value{k}
	if t, ok := k.(starlark.Tuple); ok {
		if a.arity == optional {
			return nil, false, py.Raisef(py.TypeError, "typing.Optional requires a single type. Got %s.", py.Repr(t))
		}
		args = t
	}
	if a.args != nil {
		v, err := a.substitute(k)
		return v, err == nil, err
	}
	v, err := a.subscript(args)
	return v, err == nil, err
}

// with returns the alias a applied to args.
func (a *Alias) with(args []starlark.Value) *Alias {
	origin := a.origin
	if !a.hasOrigin() {
		origin = a
	}
	return &Alias{name: a.name, arity: a.arity, builtin: a.builtin, origin: origin, lazy: a.lazy, args: append([]starlark.Value{}, args...)}
}
