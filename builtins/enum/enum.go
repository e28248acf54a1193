// Package enum is spindle's enum module: Enum, IntEnum, StrEnum, Flag,
// IntFlag, auto and unique. A class statement deriving from Enum turns the names its
// body binds into members, through the metaclass hook py.Meta: members
// are instances of the class (so methods and properties defined in the
// body work on them), aliases share a member, and the class iterates,
// indexes by name and calls by value as CPython's EnumType makes it.
package enum

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// kind tells the enum base classes apart.
type kind int

const (
	plainEnum kind = iota
	intEnum
	strEnum
	flagEnum
	intFlag
)

// enumMeta is the metaclass of the enum classes (EnumType).
type enumMeta struct{}

var meta py.Meta = enumMeta{}

func newBase(name string, k kind, bases ...*py.Class) *py.Class {
	c := py.NewClass(name, "enum", bases...)
	if !c.IsData() { // IntEnum's instances are made as int's are; its metaclass is Enum's
		c.Ext = &py.NativeClass{Meta: meta, New: func(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return meta.Call(thread, cls, args, kwargs)
		}}
	}
	c.Dict["name"] = &py.Property{Get: starlark.NewBuiltin("name", memberField("_name_"))}
	c.Dict["value"] = &py.Property{Get: starlark.NewBuiltin("value", memberField("_value_"))}
	c.Dict[kindKey] = starlark.MakeInt(int(k))
	return c
}

// kindKey is the class attribute that records which base an enum has.
const kindKey = "_spindle_enum_kind_"

var (
	// EnumClass is enum.Enum.
	EnumClass = newBase("Enum", plainEnum, builtins.ObjectType)
	// ReprEnumClass is enum.ReprEnum: an enum whose members print as
	// their values.
	ReprEnumClass = newBase("ReprEnum", plainEnum, EnumClass)
	// IntEnumClass is enum.IntEnum: members are ints.
	IntEnumClass = newBase("IntEnum", intEnum, builtins.IntType, ReprEnumClass)
	// StrEnumClass is enum.StrEnum: members are strs.
	StrEnumClass = newBase("StrEnum", strEnum, builtins.StrType, ReprEnumClass)
	// AutoClass is enum.auto.
	AutoClass = func() *py.Class {
		c := py.NewClass("auto", "enum", builtins.ObjectType)
		c.Ext = &py.NativeClass{New: func(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			a := &auto{}
			if err := starlark.UnpackArgs("auto", args, kwargs, "value?", &a.value); err != nil {
				return nil, py.ToException(err)
			}
			return a, nil
		}}
		return c
	}()
)

// Module is the enum module. Members:
//
//	Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag, auto(), unique(cls), EnumType
var Module = &core.Module{Name: "enum", Members: starlark.StringDict{
	"Enum":     EnumClass,
	"Flag":     FlagClass,
	"IntFlag":  IntFlagClass,
	"IntEnum":  IntEnumClass,
	"StrEnum":  StrEnumClass,
	"ReprEnum": ReprEnumClass,
	"auto":     AutoClass,
	"unique":   starlark.NewBuiltin("unique", unique),
	"EnumType": py.NewClass("EnumType", "enum"),
}}

// memberField returns the getter of a member's name or value property.
func memberField(field string) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 {
			return nil, py.Raisef(py.TypeError, "%s() takes exactly one argument", b.Name())
		}
		if o, ok := args[0].(*py.Instance); ok {
			if v, ok := o.Dict.Get(field); ok {
				return v, nil
			}
		}
		return starlark.None, nil
	}
}

// unique implements the @unique decorator: it refuses aliases.
// https://docs.python.org/3/library/enum.html#enum.unique
func unique(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, py.ToException(err)
	}
	cls, ok := v.(*py.Class)
	if !ok {
		return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute '__members__'", py.TypeName(v))
	}
	all, ok := cls.Dict["_member_map_"].(*starlark.Dict)
	if !ok {
		return cls, nil
	}
	var dups string
	for _, kv := range all.Items() {
		name := string(kv[0].(starlark.String))
		if canon := memberName(kv[1]); canon != name {
			if dups != "" {
				dups += ", "
			}
			dups += name + " -> " + canon
		}
	}
	if dups != "" {
		return nil, py.Raisef(py.ValueError, "duplicate values found in %s: %s", meta.Repr(cls), dups)
	}
	return cls, nil
}

// memberName returns the canonical name of a member.
func memberName(m starlark.Value) string {
	if o, ok := m.(*py.Instance); ok {
		if s, ok := rawName(o); ok {
			return string(s)
		}
	}
	return ""
}

// rawName returns the _name_ attribute of a member, if it is a str.
func rawName(o *py.Instance) (starlark.String, bool) {
	v, _ := o.Dict.Get("_name_")
	s, ok := v.(starlark.String)
	return s, ok
}

// memberValue returns the value of a member.
func memberValue(m starlark.Value) starlark.Value {
	if o, ok := m.(*py.Instance); ok {
		if v, ok := o.Dict.Get("_value_"); ok {
			return v
		}
	}
	return nil
}

// kindOf returns which base the enum class derives from.
func kindOf(cls *py.Class) kind {
	v, _ := cls.Lookup(kindKey)
	n, _ := starlark.AsInt32(v)
	return kind(n)
}
