package builtins

// This file defines dict views, the values of d.keys(), d.values() and
// d.items(): they print as CPython prints them (dict_keys(['a'])) and
// iterate, measure and test membership live against their dict.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

type viewKind int

const (
	viewKeys viewKind = iota
	viewValues
	viewItems
)

var viewNames = [...]string{"dict_keys", "dict_values", "dict_items"}

// DictView is a live view of a dict's keys, values or items.
type DictView struct {
	kind viewKind
	dict *starlark.Dict
}

var (
	_ starlark.Iterable  = (*DictView)(nil)
	_ starlark.Sequence  = (*DictView)(nil)
	_ starlark.Container = (*DictView)(nil)
	_ py.PyReprer        = (*DictView)(nil)
)

func dictView(kind viewKind) method {
	return func(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args)+len(kwargs) > 0 {
			return nil, py.Raisef(py.TypeError, "dict.%s() takes no arguments (%d given)", strings.TrimPrefix(viewNames[kind], "dict_"), len(args)+len(kwargs))
		}
		return &DictView{kind: kind, dict: recv.(*starlark.Dict)}, nil
	}
}

// elems returns the view's elements now.
func (v *DictView) elems() []starlark.Value {
	items := v.dict.Items()
	out := make([]starlark.Value, len(items))
	for i, kv := range items {
		switch v.kind {
		case viewKeys:
			out[i] = kv[0]
		case viewValues:
			out[i] = kv[1]
		default:
			out[i] = kv
		}
	}
	return out
}

// ReversibleElems implements Reversible: the view's elements now.
func (v *DictView) ReversibleElems() []starlark.Value { return v.elems() }

// PyRepr is CPython's repr, such as dict_items([('a', 1)]).
func (v *DictView) PyRepr() string {
	return viewNames[v.kind] + "(" + py.Repr(starlark.NewList(v.elems())) + ")"
}

func (v *DictView) String() string       { return v.PyRepr() }
func (v *DictView) Type() string         { return viewNames[v.kind] }
func (v *DictView) Freeze()              {}
func (v *DictView) Truth() starlark.Bool { return v.dict.Len() > 0 }
func (v *DictView) Hash() (uint32, error) {
	return 0, py.Raisef(py.TypeError, "unhashable type: '%s'", v.Type())
}
func (v *DictView) Len() int { return v.dict.Len() }

// Iterate iterates a snapshot, as the VM's dict loops do.
func (v *DictView) Iterate() starlark.Iterator { return starlark.NewList(v.elems()).Iterate() }

// Has reports membership: a key, a value, or a (key, value) pair.
func (v *DictView) Has(x starlark.Value) (bool, error) {
	switch v.kind {
	case viewKeys:
		_, found, err := v.dict.Get(x)
		return found, err
	case viewItems:
		kv, ok := x.(starlark.Tuple)
		if !ok || len(kv) != 2 {
			return false, nil
		}
		val, found, err := v.dict.Get(kv[0])
		if err != nil || !found {
			return false, err
		}
		return starlark.Equal(val, kv[1])
	}
	for _, e := range v.elems() {
		if eq, err := starlark.Equal(e, x); eq || err != nil {
			return eq, err
		}
	}
	return false, nil
}
