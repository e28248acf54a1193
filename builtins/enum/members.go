package enum

// This file defines how a class body becomes an enum: which names are
// members, the values auto() gives, aliases, the members' __init__, and
// the special methods each enum class receives.

import (
	"math/big"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// isMemberName reports whether a name bound in an enum body names a
// member: not a dunder or sunder name, nor a private one.
func isMemberName(cls *py.Class, name string) bool {
	dunder := len(name) > 4 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__")
	sunder := len(name) > 2 && name[0] == '_' && name[len(name)-1] == '_' && name[1] != '_' && name[len(name)-2] != '_'
	private := strings.HasPrefix(name, "_"+cls.ClassName+"__")
	return !dunder && !sunder && !private
}

// isDescriptor reports whether a body value is a method or property
// rather than a member's value.
func isDescriptor(v starlark.Value) bool {
	switch v.(type) {
	case *starlark.Function, *starlark.Builtin, *py.Property, *py.StaticMethod, *py.ClassMethod, py.MethodLike:
		return true
	}
	return false
}

// Subclassed turns the names of a class body into members.
func (enumMeta) Subclassed(thread *starlark.Thread, cls *py.Class, names []string) error {
	for _, b := range cls.MRO[1:] {
		if len(members(b)) > 0 {
			return py.Raisef(py.TypeError, "%s cannot extend %s", meta.Repr(cls), meta.Repr(b))
		}
	}
	addMethods(cls, names)
	order := starlark.NewList(nil)
	all := starlark.NewDict(len(names))
	var values []starlark.Value
	for _, name := range names {
		v := cls.Dict[name]
		if !isMemberName(cls, name) || isDescriptor(v) {
			continue
		}
		a, isAuto := v.(*auto)
		if isAuto {
			v = a.value
			if v == nil {
				var err error
				if v, err = nextValue(thread, cls, name, values); err != nil {
					return err
				}
			}
		}
		v, err := resolve(v)
		if err != nil {
			return err
		}
		if v, err = checkValue(cls, v); err != nil {
			return err
		}
		if isAuto {
			a.resolved = v
		}
		values = append(values, v)
		m, err := newMember(thread, cls, name, v, all)
		if err != nil {
			return err
		}
		if memberName(m) == name && (!isFlag(cls) || isSingleBit(v)) {
			order.Append(starlark.String(name))
		}
		all.SetKey(starlark.String(name), m)
		cls.Dict[name] = m
	}
	cls.Dict["_member_names_"] = order
	cls.Dict["_member_map_"] = all
	cls.Dict["__members__"] = all
	if isFlag(cls) {
		byValue := starlark.NewDict(all.Len())
		for _, kv := range all.Items() {
			byValue.SetKey(memberValue(kv[1]), kv[1])
		}
		cls.Dict["_value2member_map_"] = byValue
	}
	return nil
}

// nextValue is _generate_next_value_: the one a script's class defines,
// called as CPython calls it (name, start, count, last_values), or the
// name lowered for a StrEnum, else one more than the last int value, or
// 1.
func nextValue(thread *starlark.Thread, cls *py.Class, name string, values []starlark.Value) (starlark.Value, error) {
	if fn, owner := cls.Lookup("_generate_next_value_"); fn != nil && owner.IsUser() {
		if sm, ok := fn.(*py.StaticMethod); ok {
			fn = sm.Fn
		}
		last := starlark.NewList(append([]starlark.Value(nil), values...))
		return starlark.Call(thread, fn, starlark.Tuple{starlark.String(name), starlark.MakeInt(1), starlark.MakeInt(len(values)), last}, nil)
	}
	return builtinNextValue(cls, name, values), nil
}

// builtinNextValue is enum's own _generate_next_value_.
func builtinNextValue(cls *py.Class, name string, values []starlark.Value) starlark.Value {
	if kindOf(cls) == strEnum {
		return starlark.String(strings.ToLower(name))
	}
	for i := len(values) - 1; i >= 0; i-- {
		if n, ok := values[i].(starlark.Int); ok {
			if isFlag(cls) {
				return starlark.MakeBigInt(new(big.Int).Lsh(big.NewInt(1), uint(n.BigInt().BitLen())))
			}
			return n.Add(starlark.MakeInt(1))
		}
	}
	return starlark.MakeInt(1)
}

// newMember returns the member for name and value: an existing member
// with an equal value (name is then an alias), or a new instance of cls
// that the class's own __init__, if any, initialises with the value.
func newMember(thread *starlark.Thread, cls *py.Class, name string, value starlark.Value, all *starlark.Dict) (starlark.Value, error) {
	for _, kv := range all.Items() {
		if eq, err := starlark.Equal(memberValue(kv[1]), value); err == nil && eq {
			return kv[1], nil
		}
	}
	args := starlark.Tuple{value}
	if t, ok := value.(starlark.Tuple); ok {
		args = t
	}
	// A data type mixed in (class Shape(str, Enum)) makes its value
	// from the member's, as CPython's member_type.__new__(cls, *args).
	v, err := py.Allocate(thread, cls, args, nil)
	if err != nil {
		return nil, err
	}
	m := v.(*py.Instance)
	m.SetField("_value_", value)
	m.SetField("_name_", starlark.String(name))
	if init, owner := cls.Lookup("__init__"); init != nil && owner.IsUser() {
		if _, err := starlark.Call(thread, init, append(starlark.Tuple{m}, args...), nil); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// checkValue converts the value of an IntEnum member to int, and
// refuses non-strings for StrEnum.
func checkValue(cls *py.Class, v starlark.Value) (starlark.Value, error) {
	switch kindOf(cls) {
	case intEnum, intFlag:
		switch x := v.(type) {
		case starlark.Int:
			return x, nil
		case starlark.Bool:
			return starlark.MakeInt(map[bool]int{false: 0, true: 1}[bool(x)]), nil
		case starlark.String:
			n, ok := new(big.Int).SetString(strings.TrimSpace(string(x)), 10)
			if !ok {
				return nil, py.Raisef(py.ValueError, "invalid literal for int() with base 10: %s", py.Repr(x))
			}
			return starlark.MakeBigInt(n), nil
		}
		return nil, py.Raisef(py.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", py.TypeName(v))
	case flagEnum:
		if _, ok := v.(starlark.Int); !ok {
			return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for |=: 'int' and '%s'", py.TypeName(v))
		}
	case strEnum:
		if _, ok := v.(starlark.String); !ok {
			return nil, py.Raisef(py.TypeError, "%s is not a string", py.Repr(v))
		}
	}
	return v, nil
}

// namePairs turns the names argument of the functional API into (name,
// value) pairs.
func namePairs(thread *starlark.Thread, names starlark.Value, start int) ([]starlark.Tuple, error) {
	if s, ok := names.(starlark.String); ok {
		names = starlark.NewList(nil)
		for _, n := range strings.Fields(strings.ReplaceAll(string(s), ",", " ")) {
			names.(*starlark.List).Append(starlark.String(n))
		}
	}
	if d, ok := names.(*starlark.Dict); ok {
		return d.Items(), nil
	}
	elems, err := builtins.Elements(thread, names)
	if err != nil {
		return nil, err
	}
	pairs := make([]starlark.Tuple, len(elems))
	for i, e := range elems {
		switch e := e.(type) {
		case starlark.String:
			pairs[i] = starlark.Tuple{e, starlark.MakeInt(start + i)}
		case starlark.Tuple:
			if len(e) > 2 {
				return nil, py.Raise(py.ValueError, "too many values to unpack (expected 2)")
			} else if len(e) < 2 {
				return nil, py.Raisef(py.ValueError, "not enough values to unpack (expected 2, got %d)", len(e))
			}
			pairs[i] = e
		default:
			return nil, py.Raisef(py.TypeError, "cannot unpack non-iterable %s object", py.TypeName(e))
		}
	}
	return pairs, nil
}

var binaryOps = map[string]syntax.Token{
	"add": syntax.PLUS, "sub": syntax.MINUS, "mul": syntax.STAR, "truediv": syntax.SLASH,
	"floordiv": syntax.SLASHSLASH, "mod": syntax.PERCENT, "and": syntax.AMP, "or": syntax.PIPE,
	"xor": syntax.CIRCUMFLEX, "lshift": syntax.LTLT, "rshift": syntax.GTGT,
}

var compareOps = map[string]syntax.Token{
	"__eq__": syntax.EQL, "__ne__": syntax.NEQ, "__lt__": syntax.LT, "__le__": syntax.LE, "__gt__": syntax.GT, "__ge__": syntax.GE,
}
