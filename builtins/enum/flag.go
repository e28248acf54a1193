package enum

// This file defines Flag and IntFlag: members whose values are bits,
// combined with |, & and ^ into pseudo-members named R|W, which are
// cached per value so that equal combinations are identical.

import (
	"math/big"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

var (
	// FlagClass is enum.Flag.
	FlagClass = newBase("Flag", flagEnum, EnumClass)
	// IntFlagClass is enum.IntFlag.
	IntFlagClass = newBase("IntFlag", intFlag, builtins.IntType, ReprEnumClass, FlagClass)
)

func isFlag(cls *py.Class) bool { k := kindOf(cls); return k == flagEnum || k == intFlag }

// bits returns a flag value as a big.Int, or nil.
func bits(v starlark.Value) *big.Int {
	if i, ok := v.(starlark.Int); ok {
		return i.BigInt()
	}
	return nil
}

// isSingleBit reports whether a member's value is one bit.
func isSingleBit(v starlark.Value) bool {
	b := bits(v)
	return b != nil && b.Sign() > 0 && new(big.Int).And(b, new(big.Int).Sub(b, bigOne)).Sign() == 0
}

var bigOne = big.NewInt(1)

// allBits is the union of the members' values.
func allBits(cls *py.Class) *big.Int {
	all := new(big.Int)
	for _, m := range members(cls) {
		if b := bits(memberValue(m)); b != nil {
			all.Or(all, b)
		}
	}
	return all
}

// flagMember returns the member or pseudo-member of cls for value v,
// creating and caching a pseudo-member for a new combination.
func flagMember(thread *starlark.Thread, cls *py.Class, v *big.Int) (starlark.Value, error) {
	cache, _ := cls.Dict["_value2member_map_"].(*starlark.Dict)
	key := starlark.MakeBigInt(v)
	if m, found, _ := cache.Get(key); found {
		return m, nil
	}
	all := allBits(cls)
	if v.Sign() < 0 || new(big.Int).AndNot(v, all).Sign() != 0 {
		if kindOf(cls) == flagEnum {
			w := max(v.BitLen(), all.BitLen())
			return nil, py.Raisef(py.ValueError, "%s invalid value %s\n    given %s\n  allowed %s", meta.Repr(cls), v, binary(v, w), binary(all, w))
		}
	}
	var names []string
	for _, m := range members(cls) {
		if b := bits(memberValue(m)); b != nil && new(big.Int).And(v, b).Cmp(b) == 0 {
			names = append(names, memberName(m))
		}
	}
	// An IntFlag pseudo-member is an int of its value, as a member is
	// (see newMember): indexes and int arithmetic read that int.
	o, err := py.Allocate(thread, cls, starlark.Tuple{key}, nil)
	if err != nil {
		return nil, err
	}
	inst := o.(*py.Instance)
	inst.SetField("_value_", key)
	var name starlark.Value = starlark.None
	if len(names) > 0 && v.Sign() != 0 {
		name = starlark.String(strings.Join(names, "|"))
	}
	inst.SetField("_name_", name)
	cache.SetKey(key, inst)
	return inst, nil
}

// binary is CPython's bin() of a flag error: 0b0 1000, padded to width.
func binary(v *big.Int, width int) string {
	s := v.Text(2)
	return "0b0 " + strings.Repeat("0", width-len(s)) + s
}

// flagMethods are the operators of Flag members.
func flagMethods(add func(string, method)) {
	for name, op := range map[string]syntax.Token{"or": syntax.PIPE, "and": syntax.AMP, "xor": syntax.CIRCUMFLEX} {
		add("__"+name+"__", flagOp(op, name, false))
		add("__r"+name+"__", flagOp(op, name, true))
	}
	add("__invert__", func(thread *starlark.Thread, self *py.Instance, _ starlark.Tuple) (starlark.Value, error) {
		all := allBits(self.Class)
		return flagMember(thread, self.Class, new(big.Int).AndNot(all, bits(memberValue(self))))
	})
	add("__contains__", func(_ *starlark.Thread, self *py.Instance, args starlark.Tuple) (starlark.Value, error) {
		o, ok := args[0].(*py.Instance)
		if !ok || o.Class != self.Class {
			return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for 'in': '%s' and '%s'", py.TypeName(args[0]), self.Class.ClassName)
		}
		b := bits(memberValue(o))
		return starlark.Bool(new(big.Int).And(bits(memberValue(self)), b).Cmp(b) == 0), nil
	})
	add("__iter__", func(_ *starlark.Thread, self *py.Instance, _ starlark.Tuple) (starlark.Value, error) {
		return starlark.NewList(contained(self)), nil
	})
	add("__len__", func(_ *starlark.Thread, self *py.Instance, _ starlark.Tuple) (starlark.Value, error) {
		return starlark.MakeInt(len(contained(self))), nil
	})
	add("__bool__", func(_ *starlark.Thread, self *py.Instance, _ starlark.Tuple) (starlark.Value, error) {
		return starlark.Bool(bits(memberValue(self)).Sign() != 0), nil
	})
}

// contained lists the single-bit members in a flag value.
func contained(self *py.Instance) []starlark.Value {
	v := bits(memberValue(self))
	var out []starlark.Value
	for _, m := range members(self.Class) {
		if b := bits(memberValue(m)); b != nil && new(big.Int).And(v, b).Cmp(b) == 0 {
			out = append(out, m)
		}
	}
	return out
}

// flagOp is a bitwise operator: between members of one class, or for
// IntFlag with ints too.
func flagOp(op syntax.Token, name string, reflected bool) method {
	return func(thread *starlark.Thread, self *py.Instance, args starlark.Tuple) (starlark.Value, error) {
		var other *big.Int
		switch o := args[0].(type) {
		case *py.Instance:
			if o.Class == self.Class {
				other = bits(memberValue(o))
			}
		case starlark.Int:
			if kindOf(self.Class) == intFlag {
				other = o.BigInt()
			}
		}
		if other == nil {
			x, y := self.Class.ClassName, py.TypeName(args[0])
			if reflected {
				x, y = y, x
			}
			return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op, x, y)
		}
		v := bits(memberValue(self))
		r := new(big.Int)
		switch name {
		case "or":
			r.Or(v, other)
		case "and":
			r.And(v, other)
		default:
			r.Xor(v, other)
		}
		return flagMember(thread, self.Class, r)
	}
}
