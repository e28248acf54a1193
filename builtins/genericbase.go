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

// baseClasses resolves the bases of a class statement to classes, and
// returns the bases as written when any was not a class.
func baseClasses(bases starlark.Tuple) (classes []*py.Class, orig starlark.Tuple, err error) {
	replaced := false
	for _, v := range bases {
		switch e := v.(type) {
		case *py.GenericAlias:
			v, replaced = e.Origin, true // class Stack(list[int]), class Pair(Box[T])
		case MROEntry:
			if c, ok := e.MROEntry(); ok {
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

// setGenericAttrs gives a class whose bases were written as orig (nil
// when all were classes) its __orig_bases__, and a subclass of
// typing.Generic its __parameters__: the type variables of its
// Generic[...] base, else those of all its bases in order.
func setGenericAttrs(dict starlark.StringDict, classes []*py.Class, orig starlark.Tuple) {
	if orig != nil {
		dict["__orig_bases__"] = orig
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
