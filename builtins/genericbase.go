package builtins

// This file defines the bases of a class statement that are not classes
// but stand for one (CPython's __mro_entries__): list[int], typing's
// Generic[T] and List[int], and the __orig_bases__ and __parameters__
// they leave on the class.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// MROEntry is a value that a class statement may name as a base, which
// stands for a class: typing.Generic[T] for typing.Generic. MROEntry
// returns the class, or false when the value is no base.
type MROEntry interface {
	MROEntry() (*py.Class, bool)
}

// ResolveBases returns the classes that the bases of a class statement
// stand for, and whether any base was not a class.
func ResolveBases(thread *starlark.Thread, bases starlark.Tuple) (starlark.Tuple, bool, error) {
	if len(bases) == 1 {
		if _, ok := bases[0].(ClassBuilder); ok { // typing.NamedTuple
			return bases, false, nil
		}
	}
	classes, orig, err := baseClasses(thread, bases)
	if err != nil || orig == nil {
		return bases, false, err
	}
	out := make(starlark.Tuple, len(classes))
	for i, c := range classes {
		out[i] = c
	}
	return out, true, nil
}

// baseClasses resolves the bases of a class statement to classes, and
// returns the bases as written when any was not a class.
func baseClasses(thread *starlark.Thread, bases starlark.Tuple) (classes []*py.Class, orig starlark.Tuple, err error) {
	replaced := false
	for _, v := range bases {
		switch e := v.(type) {
		case *py.Class:
		case *py.GenericAlias:
			v, replaced = e.Origin, true // class Stack(list[int]), class Pair(Box[T])
		case MROEntry:
			if c, ok := e.MROEntry(); ok {
				v, replaced = c, true
			}
		case *starlark.Function, starlark.HasAttrs:
			if c, err := mroEntries(thread, e, bases); c != nil || err != nil {
				if err != nil {
					return nil, nil, err
				}
				v, replaced = c, true
			}
		}
		c, ok := v.(*py.Class)
		if !ok {
			return nil, nil, py.Raisef(py.TypeError, "bases must be types, not %s", py.TypeName(v))
		}
		if c == BoolType {
			return nil, nil, py.Raise(py.TypeError, "type 'bool' is not an acceptable base type")
		}
		classes = append(classes, c)
	}
	if replaced {
		orig = bases
	}
	return classes, orig, nil
}

// mroEntries calls the __mro_entries__ method of a base that is not a
// class (typing.TypedDict, a function) with the bases, for the one class
// it stands for; nil when it has none.
func mroEntries(thread *starlark.Thread, v starlark.Value, bases starlark.Tuple) (*py.Class, error) {
	if _, ok := v.(MROEntry); ok {
		return nil, nil
	}
	fn, err := GetAttr(v, "__mro_entries__")
	if err != nil {
		return nil, nil
	}
	r, err := starlark.Call(thread, fn, starlark.Tuple{bases}, nil)
	if err != nil {
		return nil, err
	}
	t, ok := r.(starlark.Tuple)
	if !ok {
		return nil, py.Raise(py.TypeError, "__mro_entries__ must return a tuple")
	}
	if len(t) != 1 {
		return nil, py.Raise(py.TypeError, "spindle supports __mro_entries__ returning one class")
	}
	c, ok := t[0].(*py.Class)
	if !ok {
		return nil, py.Raisef(py.TypeError, "bases must be types, not %s", py.TypeName(t[0]))
	}
	return c, nil
}

// setGenericAttrs gives a class whose bases were written as orig (nil
// when all were classes) its __orig_bases__, and a subclass of
// typing.Generic its __parameters__: the type variables of its
// Generic[...] base, else those of all its bases in order.
func setGenericAttrs(dict starlark.StringDict, classes []*py.Class, orig starlark.Tuple) {
	if orig != nil {
		dict["__orig_bases__"] = orig
	} else if t, ok := dict["__orig_bases__"].(starlark.Tuple); ok {
		orig = t // resolved by the class statement (ResolveBases)
	}
	if !derivesGeneric(classes) {
		return
	}
	for _, b := range orig {
		if e, ok := b.(MROEntry); ok {
			if c, _ := e.MROEntry(); c != nil && c.ClassName == "Generic" && c.Module == "typing" {
				dict["__parameters__"] = py.Parameters(starlark.Tuple{b})
				return
			}
		}
	}
	dict["__parameters__"] = py.Parameters(orig)
}

// derivesGeneric reports whether typing.Generic is among the bases'
// MROs.
func derivesGeneric(classes []*py.Class) bool {
	for _, b := range classes {
		for _, m := range b.MRO {
			if m.ClassName == "Generic" && m.Module == "typing" {
				return true
			}
		}
	}
	return false
}

// GenericAliasType is types.GenericAlias, the class of list[int]:
// GenericAlias(origin, args) makes one, as a class's __class_getitem__
// may (collections.abc's).
var GenericAliasType = func() *py.Class {
	c := newType("GenericAlias", ObjectType, newGenericAlias)
	c.Module = "types"
	return c
}()

func newGenericAlias(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var origin *py.Class
	var item starlark.Value
	if err := starlark.UnpackPositionalArgs("GenericAlias", args, kwargs, 2, &origin, &item); err != nil {
		return nil, err
	}
	return genericAlias(origin, item), nil
}
