package py

// This file defines Union, the value of int | None (types.UnionType) and
// of typing.Union[int, str] and typing.Optional[int], and the | of
// classes and generic aliases that makes it (PEP 604).

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// NoneType is type(None). builtins gives it its constructor.
var NoneType = NewClass("NoneType", "")

// Union is a union of types, int | str or typing.Union[int, str]: the two
// compare equal when their members are the same, in any order. It is
// immutable.
type Union struct {
	// Args are the members, flattened and without duplicates; None is
	// NoneType.
	Args starlark.Tuple
	// Typing marks typing.Union[...] and typing.Optional[...], whose
	// repr and type are typing's, and whose __origin__ is Origin
	// (typing.Union).
	Typing bool
	Origin starlark.Value
}

var (
	_ starlark.HasBinary  = (*Union)(nil)
	_ starlark.Comparable = (*Union)(nil)
	_ starlark.HasAttrs   = (*Union)(nil)
	_ starlark.Mapping    = (*Union)(nil)
	_ starlark.HasBinary  = (*Class)(nil)
	_ starlark.HasBinary  = (*GenericAlias)(nil)
)

// NewUnion returns the union of args, flattening the unions among them
// and dropping duplicates: one type left is that type. A non-nil origin
// makes a typing.Union whose __origin__ it is (see Union.Typing).
func NewUnion(args []starlark.Value, origin starlark.Value) starlark.Value {
	var flat starlark.Tuple
	add := func(v starlark.Value) {
		if v == starlark.None {
			v = NoneType
		}
		for _, w := range flat {
			if eq, err := starlark.Equal(v, w); eq && err == nil {
				return
			}
		}
		flat = append(flat, v)
	}
	for _, v := range args {
		if u, ok := v.(*Union); ok {
			for _, w := range u.Args {
				add(w)
			}
			continue
		}
		add(v)
	}
	if len(flat) == 1 {
		return flat[0]
	}
	return &Union{Args: flat, Typing: origin != nil, Origin: origin}
}

// unionable reports whether v may be an operand of a types.UnionType's
// |: None, a class, a generic alias (list[int]) or a union of those.
func unionable(v starlark.Value) bool {
	switch v := v.(type) {
	case starlark.NoneType, *Class, *GenericAlias:
		return true
	case *Union:
		return !v.Typing
	}
	return false
}

func isUnion(v starlark.Value) bool {
	_, ok := v.(*Union)
	return ok
}

// unionOr is x | y for a class, a generic alias or a union x: a
// types.UnionType when both sides may be members, else unhandled.
func unionOr(op syntax.Token, x, y starlark.Value, side starlark.Side) starlark.Value {
	if op != syntax.PIPE || !unionable(y) {
		return nil
	}
	if side == starlark.Right {
		x, y = y, x
	}
	return NewUnion([]starlark.Value{x, y}, nil)
}

// Binary implements starlark.HasBinary: a class's |, and the other
// operators of its metaclass's special methods.
func (c *Class) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	if m := c.Metaclass; m != nil {
		if v, err := c.metaBinary(m, op, y, side); v != nil || err != nil {
			return v, err
		}
	}
	return unionOr(op, c, y, side), nil
}

// metaBinary calls the special method of c's metaclass m for op, or
// reports nil when it has none or it returned NotImplemented.
func (c *Class) metaBinary(m *Class, op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	name, ok := binaryNames[op]
	if !ok {
		return nil, nil
	}
	if side == starlark.Right {
		name = "r" + name
	}
	fn, owner := m.Lookup("__" + name + "__")
	if fn == nil || !owner.IsUser() {
		return nil, nil
	}
	u, _ := owner.Ext.(*UserClass)
	if u == nil || u.rt == nil || u.rt.Active() == nil {
		return nil, Raise(RuntimeError, "special method called outside a script thread")
	}
	v, err := starlark.Call(u.rt.Active(), bind(c, fn, owner), starlark.Tuple{y}, nil)
	if err != nil || notImpl(v) {
		return nil, err
	}
	return v, nil
}

// Binary implements starlark.HasBinary: list[int] | None.
func (g *GenericAlias) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	return unionOr(op, g, y, side), nil
}

// Binary implements starlark.HasBinary: int | str | None, and the |
// of a typing.Union, another typing.Union.
func (u *Union) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	if !u.Typing {
		return unionOr(op, u, y, side), nil
	}
	_, str := y.(starlark.String)
	if op != syntax.PIPE || !str && !unionable(y) && !isUnion(y) {
		return nil, nil // typing's own forms answer for themselves
	}
	if side == starlark.Right {
		return NewUnion([]starlark.Value{y, u}, u.Origin), nil
	}
	return NewUnion([]starlark.Value{u, y}, u.Origin), nil
}

// String returns CPython's repr: int | None, or typing.Optional[int] and
// typing.Union[int, str] for typing's.
func (u *Union) String() string {
	parts := make([]string, len(u.Args))
	for i, a := range u.Args {
		if u.Typing {
			parts[i] = TypingRepr(a)
		} else {
			parts[i] = typeRepr(a)
		}
	}
	if !u.Typing {
		return strings.Join(parts, " | ")
	}
	if len(parts) == 2 && (u.Args[0] == NoneType || u.Args[1] == NoneType) {
		x := parts[0]
		if u.Args[0] == NoneType {
			x = parts[1]
		}
		return "typing.Optional[" + x + "]"
	}
	return "typing.Union[" + strings.Join(parts, ", ") + "]"
}

// TypingRepr is how typing's aliases print a type argument
// (typing._type_repr): int, NoneType, __main__.Node, ForwardRef('Node').
func TypingRepr(v starlark.Value) string {
	switch v := v.(type) {
	case *Class:
		if v == NoneType {
			return "NoneType"
		}
		return classPath(v)
	case starlark.NoneType:
		return "NoneType"
	case starlark.String:
		return "ForwardRef(" + Repr(v) + ")"
	case *starlark.List:
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = TypingRepr(v.Index(i))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	if v.Type() == "ellipsis" {
		return "..."
	}
	return Repr(v)
}

// classPath is a class as a type argument: its qualified name, after
// its module's unless that is builtins.
func classPath(c *Class) string {
	if c.Module == "" || c.Module == "builtins" {
		return c.qualName()
	}
	return c.Module + "." + c.qualName()
}

func (u *Union) Type() string {
	if u.Typing {
		return "typing._UnionGenericAlias"
	}
	return "types.UnionType"
}
func (u *Union) Freeze()              {}
func (u *Union) Truth() starlark.Bool { return true }

// Hash is the same for the same members in any order.
func (u *Union) Hash() (uint32, error) {
	var h uint32
	for _, a := range u.Args {
		x, err := a.Hash()
		if err != nil {
			return 0, err
		}
		h ^= x
	}
	return h, nil
}

// CompareSameType reports whether two unions have the same members.
func (u *Union) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	v := y.(*Union)
	switch op {
	case syntax.EQL:
		return u.sameArgs(v, depth)
	case syntax.NEQ:
		eq, err := u.sameArgs(v, depth)
		return !eq, err
	}
	return false, Raisef(TypeError, "'%s' not supported between instances of '%s' and '%s'", op, TypeName(u), TypeName(y))
}

func (u *Union) sameArgs(v *Union, depth int) (bool, error) {
	if len(u.Args) != len(v.Args) {
		return false, nil
	}
	for _, a := range u.Args {
		found := false
		for _, b := range v.Args {
			if eq, err := starlark.EqualDepth(a, b, depth-1); err != nil {
				return false, err
			} else if eq {
				found = true
				break
			}
		}
		if !found {
			return false, nil
		}
	}
	return true, nil
}

// Attr implements starlark.HasAttrs: __args__, __parameters__, and a
// typing.Union's __origin__.
func (u *Union) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__args__":
		return u.Args, nil
	case "__parameters__":
		return Parameters(u.Args), nil
	case "__origin__":
		if u.Typing {
			return u.Origin, nil
		}
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (u *Union) AttrNames() []string { return []string{"__args__", "__parameters__"} }

// Get implements u[k]: its type variables replaced (Optional[T][int]).
func (u *Union) Get(k starlark.Value) (starlark.Value, bool, error) {
	args, err := Substitute(u, u.Args, k)
	if err != nil {
		return nil, false, err
	}
	return NewUnion(args, u.Origin), true, nil
}

// Parameters is the __parameters__ of a generic alias or a union with
// args: the type variables among them and their own parameters, each
// once, in order.
func Parameters(args starlark.Tuple) starlark.Tuple {
	var out starlark.Tuple
	var walk func(starlark.Tuple)
	walk = func(args starlark.Tuple) {
		for _, a := range args {
			if _, ok := a.(*Class); ok {
				continue // not a bare class's __parameters__
			}
			switch a.Type() {
			case "TypeVar", "ParamSpec", "TypeVarTuple":
				if !containsValue(out, a) {
					out = append(out, a)
				}
				continue
			}
			if h, ok := a.(starlark.HasAttrs); ok {
				if p, _ := h.Attr("__parameters__"); p != nil {
					if t, ok := p.(starlark.Tuple); ok {
						walk(t)
					}
				}
			}
			if l, ok := a.(*starlark.List); ok { // Callable[[T], int]
				walk(starlark.Tuple(ListValues(l)))
			}
		}
	}
	walk(args)
	if out == nil {
		return starlark.Tuple{}
	}
	return out
}

func containsValue(t starlark.Tuple, v starlark.Value) bool {
	for _, w := range t {
		if w == v {
			return true
		}
	}
	return false
}

// ListValues returns the elements of l.
func ListValues(l *starlark.List) []starlark.Value {
	out := make([]starlark.Value, l.Len())
	for i := range out {
		out[i] = l.Index(i)
	}
	return out
}
