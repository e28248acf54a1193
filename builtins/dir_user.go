package builtins

// This file gives dir() CPython's answer for user classes, their
// instances and object(): the names of the instance's __dict__ and of
// every class of the MRO, object's own included (__class__, __format__,
// __reduce__...), with the __module__, __dict__ and __weakref__ a class
// statement adds; or what a class's __dir__ returns, sorted.

import (
	"sort"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// dirByMethod calls x.__dir__() for an instance whose class defines
// __dir__, and returns its result sorted, as dir(x) does; ok is false
// if x's class defines none.
func dirByMethod(thread *starlark.Thread, x starlark.Value) (v starlark.Value, ok bool, err error) {
	o, isInst := x.(*py.Instance)
	if !isInst || !o.Overrides("__dir__") {
		return nil, false, nil
	}
	m, err := GetAttr(o, "__dir__")
	if err != nil {
		return nil, true, err
	}
	names, err := starlark.Call(thread, m, nil, nil)
	if err != nil {
		return nil, true, err
	}
	v, err = callBuiltin(thread, "sorted", sorted, names)
	return v, true, err
}

// userDirNames returns dir(x)'s names, unsorted, for object(), a class
// whose MRO holds only user classes and object, or its instance; ok is
// false for other values.
func userDirNames(x starlark.Value) (names []string, ok bool) {
	var c *py.Class
	switch x := x.(type) {
	case *py.Sentinel:
		return dirNames["object"], true
	case *py.Instance:
		c = x.Class
	case *py.Class:
		c = x
	default:
		return nil, false
	}
	hasDict := false
	for _, m := range c.MRO {
		if m == py.Object {
			continue
		}
		if _, user := m.Ext.(*py.UserClass); !user {
			return nil, false
		}
		slots, ok := m.Dict["__slots__"]
		if !ok {
			hasDict = true
		}
		names = appendSlots(names, slots)
	}
	names = append(names, x.(starlark.HasAttrs).AttrNames()...)
	names = append(names, dirNames["object"]...)
	names = append(names, "__module__")
	if hasDict {
		names = append(names, "__dict__", "__weakref__")
	}
	return dedupSorted(names), true
}

// appendSlots appends the names a class's __slots__ (a string or an
// iterable of strings, or nil) declares.
func appendSlots(names []string, slots starlark.Value) []string {
	if s, ok := slots.(starlark.String); ok {
		return append(names, string(s))
	}
	iter := starlark.Iterate(slots)
	if iter == nil {
		return names
	}
	defer iter.Done()
	var x starlark.Value
	for iter.Next(&x) {
		if s, ok := x.(starlark.String); ok {
			names = append(names, string(s))
		}
	}
	return names
}

// dedupSorted returns names sorted, each once.
func dedupSorted(names []string) []string {
	sort.Strings(names)
	out := names[:0]
	for i, n := range names {
		if i == 0 || n != names[i-1] {
			out = append(out, n)
		}
	}
	return out
}
