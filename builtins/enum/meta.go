package enum

// This file defines the metaclass of enum classes: calling a class by
// value (or to create one from names), its repr, len, iteration, in and
// lookup by name.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// members returns the canonical members of cls in definition order.
func members(cls *py.Class) []starlark.Value {
	names, _ := cls.Dict["_member_names_"].(*starlark.List)
	all, _ := cls.Dict["_member_map_"].(*starlark.Dict)
	if names == nil || all == nil {
		return nil
	}
	out := make([]starlark.Value, names.Len())
	for i := range out {
		out[i], _, _ = all.Get(names.Index(i))
	}
	return out
}

// Call implements cls(value), and cls(name, names) for the functional API.
func (enumMeta) Call(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args)+len(kwargs) >= 2 && len(members(cls)) == 0 {
		return functional(thread, cls, args, kwargs)
	}
	var value starlark.Value
	if err := starlark.UnpackArgs("EnumType.__call__", args, kwargs, "value", &value); err != nil {
		return nil, py.ToException(err)
	}
	if o, ok := value.(*py.Instance); ok && o.Class == cls {
		return o, nil
	}
	if len(members(cls)) == 0 {
		return nil, py.Raisef(py.TypeError, "%s has no members defined", meta.Repr(cls))
	}
	if i, ok := value.(starlark.Int); ok && isFlag(cls) {
		return flagMember(thread, cls, i.BigInt())
	}
	for _, m := range members(cls) {
		if eq, err := starlark.Equal(memberValue(m), value); err == nil && eq {
			return m, nil
		}
	}
	r, err := py.ReprOf(thread, value)
	if err != nil {
		return nil, err
	}
	return missing(thread, cls, value, py.Raisef(py.ValueError, "%s is not a valid %s", r, cls.ClassName))
}

// missing answers cls(value) for a value no member has, as Enum.__new__
// does: through cls._missing_(value) if a class defines one, whose
// member (or exception) is the answer; else, or if it returns None,
// notValid, the ValueError. An exception other than a ValueError from
// _missing_ has notValid as its context.
func missing(thread *starlark.Thread, cls *py.Class, value starlark.Value, notValid *py.Exception) (starlark.Value, error) {
	fn, err := cls.Attr("_missing_")
	if err != nil {
		return nil, notValid
	}
	res, err := starlark.Call(thread, fn, starlark.Tuple{value}, nil)
	if err != nil {
		if e, ok := py.AsException(err); ok && !e.Class.IsSubclass(py.ValueError) && e.Context == nil {
			e.Context = notValid
		}
		return nil, err
	}
	if o, ok := res.(*py.Instance); ok && o.Class.IsSubclass(cls) {
		return o, nil
	}
	if res == starlark.None {
		return nil, notValid
	}
	r, err := py.ReprOf(thread, res)
	if err != nil {
		return nil, err
	}
	e := py.Raisef(py.TypeError, "error in %s._missing_: returned %s instead of None or a valid member", cls.ClassName, r)
	e.Context = notValid
	return nil, e
}

// CheckSet implements py.MetaSetGuard: a member can't be reassigned.
func (enumMeta) CheckSet(cls *py.Class, name string) error {
	if all, ok := cls.Dict["_member_map_"].(*starlark.Dict); ok {
		if _, found, _ := all.Get(starlark.String(name)); found {
			return py.Raisef(py.AttributeError, "cannot reassign member '%s'", name)
		}
	}
	return nil
}

// Repr implements repr(cls): <enum 'Color'>.
func (enumMeta) Repr(cls *py.Class) string {
	if isFlag(cls) {
		return "<flag '" + cls.ClassName + "'>"
	}
	return "<enum '" + cls.ClassName + "'>"
}

// Len implements len(cls): the number of canonical members.
func (enumMeta) Len(cls *py.Class) int { return len(members(cls)) }

// Iterate iterates over the canonical members.
func (enumMeta) Iterate(cls *py.Class) starlark.Iterator {
	return starlark.NewList(members(cls)).Iterate()
}

// Has implements x in cls for members; other values raise, as in 3.11.
func (enumMeta) Has(cls *py.Class, x starlark.Value) (bool, error) {
	o, ok := x.(*py.Instance)
	if !ok || o.Class.Meta() == nil {
		return false, py.Raisef(py.TypeError, "unsupported operand type(s) for 'in': '%s' and 'EnumType'", py.TypeName(x))
	}
	return o.Class.IsSubclass(cls) && memberName(o) != "", nil
}

// Get implements cls[name], aliases included.
func (enumMeta) Get(cls *py.Class, k starlark.Value) (starlark.Value, bool, error) {
	if all, ok := cls.Dict["_member_map_"].(*starlark.Dict); ok {
		if v, found, err := all.Get(k); found || err != nil {
			return v, found, err
		}
	}
	return nil, false, py.NewException(py.KeyError, k)
}

// functional implements Enum(name, names, *, module=None, start=1): a new
// enum class whose names are a string of names separated by spaces or
// commas, a list of names, a list of (name, value) pairs or a dict.
func functional(thread *starlark.Thread, base *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var names, module starlark.Value = nil, starlark.None
	start := 1
	if err := core.UnpackArgs(base.ClassName, args, kwargs, "value", &name, "names", &names, "module?", &module, "start?", &start); err != nil {
		return nil, py.ToException(err)
	}
	pairs, err := namePairs(thread, names, start)
	if err != nil {
		return nil, err
	}
	dict := starlark.StringDict{}
	var order []string
	for _, p := range pairs {
		k := string(p[0].(starlark.String))
		dict[k] = p[1]
		order = append(order, k)
	}
	mod := "__main__"
	if s, ok := module.(starlark.String); ok {
		mod = string(s)
	}
	cls, err := py.NewUserClass(thread, name, mod, []*py.Class{base}, dict, nil)
	if err != nil {
		return nil, err
	}
	return cls, meta.Subclassed(thread, cls, order)
}
