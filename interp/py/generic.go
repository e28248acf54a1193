package py

// This file defines subscripting a class, C[X]: a user class's
// __class_getitem__, or for the builtin generic classes (list, dict,
// queue.Queue, ...) a GenericAlias, as annotations such as
// queue.Queue[int] and dict[str, int] evaluate to.

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

var (
	_ starlark.Mapping    = (*Class)(nil)
	_ starlark.Container  = (*Class)(nil)
	_ starlark.Callable   = (*GenericAlias)(nil)
	_ starlark.Comparable = (*GenericAlias)(nil)
	_ starlark.Mapping    = (*GenericAlias)(nil)
)

// Get implements C[k]: through the metaclass (Color['RED'], a user
// metaclass's __getitem__), a user class's __class_getitem__, or a
// generic alias.
func (c *Class) Get(k starlark.Value) (starlark.Value, bool, error) {
	if v, ok, err := c.metaCall("__getitem__", k); ok {
		return v, err == nil, err
	}
	if m := c.Meta(); m != nil {
		return m.Get(c, k)
	}
	if v, owner := c.Lookup("__class_getitem__"); v != nil {
		u, _ := owner.Ext.(*UserClass)
		if u == nil || u.rt == nil || u.rt.Active() == nil {
			return nil, false, Raise(RuntimeError, "__class_getitem__ called outside a script thread")
		}
		fn := v
		if cm, ok := v.(*ClassMethod); ok {
			fn = cm.Fn
		}
		r, err := starlark.Call(u.rt.Active(), fn, starlark.Tuple{c, k}, nil)
		return r, err == nil, err
	}
	if c.isGeneric() {
		args, ok := k.(starlark.Tuple)
		if !ok {
			args = starlark.Tuple{k}
		}
		if err := c.checkTypeParams(args); err != nil {
			return nil, false, err
		}
		if err := c.checkArgCount(args); err != nil {
			return nil, false, err
		}
		return &GenericAlias{Origin: c, Args: args}, true, nil
	}
	return nil, false, Raisef(TypeError, "type '%s' is not subscriptable", c.ClassName)
}

// checkTypeParams refuses typing.Generic[X] and typing.Protocol[X]
// unless X are type variables.
func (c *Class) checkTypeParams(args starlark.Tuple) error {
	if c.Module != "typing" || c.ClassName != "Generic" && c.ClassName != "Protocol" {
		return nil
	}
	if len(args) == 0 {
		return Raisef(TypeError, "Parameter list to %s[...] cannot be empty", c.ClassName)
	}
	for _, a := range args {
		switch a.Type() {
		case "TypeVar", "ParamSpec", "TypeVarTuple":
		default:
			return Raisef(TypeError, "Parameters to %s[...] must all be type variables or parameter specification variables.", c.ClassName)
		}
	}
	return nil
}

// checkArgCount refuses a subclass of typing.Generic given other than
// one argument for each of its __parameters__.
func (c *Class) checkArgCount(args starlark.Tuple) error {
	params, ok := c.Dict["__parameters__"].(starlark.Tuple)
	if !ok || c.Module == "typing" {
		return nil
	}
	if len(params) == 0 {
		return Raisef(TypeError, "%s is not a generic class", c)
	}
	if len(args) != len(params) {
		word := "many"
		if len(args) < len(params) {
			word = "few"
		}
		return Raisef(TypeError, "Too %s arguments for %s; actual %d, expected %d", word, c, len(args), len(params))
	}
	return nil
}

// isGeneric reports whether a class of c's MRO is generic, as the
// __class_getitem__ of CPython's is inherited (class Box(Generic[T])
// makes Box[int]).
func (c *Class) isGeneric() bool {
	for _, m := range c.MRO {
		if m.Generic {
			return true
		}
	}
	return false
}

// Has implements x in C: through the metaclass (Color.RED in Color, a
// user metaclass's __contains__ or __iter__), or CPython's TypeError.
func (c *Class) Has(x starlark.Value) (bool, error) {
	if v, ok, err := c.metaCall("__contains__", x); ok {
		return err == nil && bool(v.Truth()), err
	}
	if m := c.Meta(); m != nil {
		return m.Has(c, x)
	}
	if it := c.Iterate(); it != nil {
		return hasByIteration(it, x)
	}
	return false, Raisef(TypeError, "argument of type '%s' is not iterable", TypeName(c))
}

// GenericAlias is list[int]: a class with type arguments. Calling it
// calls the class.
type GenericAlias struct {
	Origin *Class
	Args   starlark.Tuple
}

func (g *GenericAlias) String() string {
	args := make([]string, len(g.Args))
	for i, a := range g.Args {
		args[i] = typeRepr(a)
	}
	if len(args) == 0 {
		return typeRepr(g.Origin) + "[()]" // tuple[()]
	}
	return typeRepr(g.Origin) + "[" + strings.Join(args, ", ") + "]"
}

// typeRepr is how a type argument prints inside a GenericAlias.
func typeRepr(v starlark.Value) string {
	switch v := v.(type) {
	case *Class:
		if v == NoneType {
			return "None"
		}
		return classPath(v)
	case starlark.NoneType:
		return "None"
	case *starlark.List: // Callable[[int], str]
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = typeRepr(v.Index(i))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	if v.Type() == "ellipsis" {
		return "..." // tuple[int, ...]
	}
	return Repr(v)
}

// OfTypingGeneric reports whether g subscripts a subclass of
// typing.Generic or typing.Protocol (class Box(Generic[T]): Box[int]),
// what CPython makes a typing._GenericAlias rather than a
// types.GenericAlias.
func (g *GenericAlias) OfTypingGeneric() bool {
	for _, m := range g.Origin.MRO {
		if m.Module == "typing" && (m.ClassName == "Generic" || m.ClassName == "Protocol") {
			return true
		}
	}
	return false
}

func (g *GenericAlias) Type() string          { return "types.GenericAlias" }
func (g *GenericAlias) Freeze()               {}
func (g *GenericAlias) Truth() starlark.Bool  { return true }
func (g *GenericAlias) Hash() (uint32, error) { return g.Origin.Hash() }

// CompareSameType reports whether two aliases have the same origin and
// arguments: list[int] == list[int].
func (g *GenericAlias) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	h := y.(*GenericAlias)
	switch op {
	case syntax.EQL, syntax.NEQ:
		eq := g.Origin == h.Origin
		if eq {
			var err error
			if eq, err = starlark.EqualDepth(g.Args, h.Args, depth-1); err != nil {
				return false, err
			}
		}
		return eq == (op == syntax.EQL), nil
	}
	return false, Raisef(TypeError, "'%s' not supported between instances of 'types.GenericAlias' and 'types.GenericAlias'", op)
}
func (g *GenericAlias) Name() string { return g.Origin.ClassName }

// CallInternal instantiates the origin class; an instance of a
// subclass of typing.Generic records the alias as its __orig_class__.
func (g *GenericAlias) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	v, err := starlark.Call(thread, g.Origin, args, kwargs)
	if err != nil {
		return nil, err
	}
	if _, ok := g.Origin.Dict["__parameters__"]; ok {
		if o, ok := v.(*Instance); ok {
			_ = o.SetField("__orig_class__", g) // as CPython, ignoring a refusal (__slots__)
		}
	}
	return v, nil
}

// Attr exposes __origin__ and __args__.
func (g *GenericAlias) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__origin__":
		return g.Origin, nil
	case "__args__":
		return g.Args, nil
	case "__parameters__":
		return Parameters(g.Args), nil
	}
	return nil, nil
}

// Get implements g[k]: the type variables of g replaced by k's items.
func (g *GenericAlias) Get(k starlark.Value) (starlark.Value, bool, error) {
	args, err := Substitute(g, g.Args, k)
	if err != nil {
		return nil, false, err
	}
	return &GenericAlias{Origin: g.Origin, Args: args}, true, nil
}

// Substitute is the arguments args of the generic alias or union x
// subscripted with k: each type variable among them replaced by its
// item of k, in the order of x's __parameters__, and each argument with
// type variables of its own subscripted with theirs (list[T] | None).
func Substitute(x starlark.Value, args starlark.Tuple, k starlark.Value) (starlark.Tuple, error) {
	subst, err := TypeVarMap(x, Parameters(args), k)
	if err != nil {
		return nil, err
	}
	out := make(starlark.Tuple, len(args))
	for i, a := range args {
		r, err := substituteArg(a, subst)
		if err != nil {
			return nil, err
		}
		out[i] = r
	}
	return out, nil
}

// TypeVarMap maps the type variables params of x, subscripted with k,
// to k's items, or reports CPython's TypeError for a wrong count.
func TypeVarMap(x starlark.Value, params starlark.Tuple, k starlark.Value) (map[starlark.Value]starlark.Value, error) {
	if len(params) == 0 {
		return nil, Raisef(TypeError, "%s is not a generic class", x)
	}
	items, ok := k.(starlark.Tuple)
	if !ok {
		items = starlark.Tuple{k}
	}
	if len(items) != len(params) {
		word := "many"
		if len(items) < len(params) {
			word = "few"
		}
		return nil, Raisef(TypeError, "Too %s arguments for %s; actual %d, expected %d", word, x, len(items), len(params))
	}
	subst := make(map[starlark.Value]starlark.Value, len(params))
	for i, p := range params {
		subst[p] = items[i]
	}
	return subst, nil
}

// substituteArg is a with the type variables of subst replaced.
func substituteArg(a starlark.Value, subst map[starlark.Value]starlark.Value) (starlark.Value, error) {
	if _, ok := a.(*Class); ok {
		return a, nil
	}
	if r, ok := subst[a]; ok {
		return r, nil
	}
	m, ok := a.(starlark.Mapping)
	if !ok {
		return a, nil
	}
	h, ok := a.(starlark.HasAttrs)
	if !ok {
		return a, nil
	}
	p, _ := h.Attr("__parameters__")
	params, _ := p.(starlark.Tuple)
	if len(params) == 0 {
		return a, nil
	}
	items := make(starlark.Tuple, len(params))
	for i, q := range params {
		items[i] = subst[q]
	}
	var key starlark.Value = items
	if len(items) == 1 {
		key = items[0]
	}
	r, _, err := m.Get(key)
	return r, err
}

// AttrNames implements starlark.HasAttrs.
func (g *GenericAlias) AttrNames() []string {
	return []string{"__args__", "__origin__", "__parameters__"}
}
