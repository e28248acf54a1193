package py

// This file defines Attrs, the attribute dict of an instance.

import (
	"go.starlark.net/starlark"
)

// attrsLinear is how many attributes Attrs searches linearly before it
// builds an index.
const attrsLinear = 8

// Attrs is an instance's attribute dict: its names, in the order they
// were first set (as __dict__ lists them), with their values. Most
// instances have a handful of attributes, which a short list holds in
// one allocation and searches faster than a map; a map indexes longer
// lists. Once a script reads __dict__, the attributes move into a
// *starlark.Dict that is then the storage itself, so that the dict is
// live (obj.__dict__[k] = v sets an attribute) and the same each time;
// the list and index are empty from then on. The zero value is empty.
type Attrs struct {
	list  []attr
	index map[string]int // position in list by name, once it is long
	dict  *starlark.Dict // the storage, once __dict__ was read
}

type attr struct {
	name string
	v    starlark.Value
}

// makeAttrs returns an empty Attrs with room for n attributes.
func makeAttrs(n int) Attrs { return Attrs{list: make([]attr, 0, n)} }

// find returns the position of name, or -1.
func (a *Attrs) find(name string) int {
	if a.index != nil {
		if i, ok := a.index[name]; ok {
			return i
		}
		return -1
	}
	for i := range a.list {
		if a.list[i].name == name {
			return i
		}
	}
	return -1
}

// Get returns the value of name.
func (a *Attrs) Get(name string) (starlark.Value, bool) {
	if a.dict != nil {
		v, found, _ := a.dict.Get(starlark.String(name))
		return v, found
	}
	if i := a.find(name); i >= 0 {
		return a.list[i].v, true
	}
	return nil, false
}

// Set sets name to v, appending a new name at the end.
func (a *Attrs) Set(name string, v starlark.Value) {
	if a.dict != nil {
		a.dict.SetKey(starlark.String(name), v) // scripts loop through __sp_iter, which leaves the dict mutable
		return
	}
	if i := a.find(name); i >= 0 {
		a.list[i].v = v
		return
	}
	a.list = append(a.list, attr{name, v})
	switch {
	case a.index != nil:
		a.index[name] = len(a.list) - 1
	case len(a.list) > attrsLinear:
		a.reindex()
	}
}

// Delete removes name, reporting whether it was there; the other names
// keep their order.
func (a *Attrs) Delete(name string) bool {
	if a.dict != nil {
		_, found, _ := a.dict.Delete(starlark.String(name))
		return found
	}
	i := a.find(name)
	if i < 0 {
		return false
	}
	copy(a.list[i:], a.list[i+1:])
	a.list[len(a.list)-1] = attr{}
	a.list = a.list[:len(a.list)-1]
	if a.index != nil {
		a.reindex()
	}
	return true
}

// reindex rebuilds the index from the list.
func (a *Attrs) reindex() {
	a.index = make(map[string]int, len(a.list))
	for i, at := range a.list {
		a.index[at.name] = i
	}
}

// Len returns the number of attributes.
func (a *Attrs) Len() int {
	if a.dict != nil {
		return a.dict.Len()
	}
	return len(a.list)
}

// At returns the i-th attribute in order, 0 <= i < Len().
func (a *Attrs) At(i int) (string, starlark.Value) {
	if a.dict != nil {
		kv := a.dict.Items()[i]
		return keyName(kv[0]), kv[1]
	}
	return a.list[i].name, a.list[i].v
}

// keyName is the attribute name of a __dict__ key; a script may store a
// key that is not a str, which no attribute reads.
func keyName(k starlark.Value) string {
	if s, ok := k.(starlark.String); ok {
		return string(s)
	}
	return Repr(k)
}

// Dict returns the live __dict__, moving the attributes into it the
// first time.
func (a *Attrs) Dict() *starlark.Dict {
	if a.dict == nil {
		d := starlark.NewDict(len(a.list))
		for _, at := range a.list {
			d.SetKey(starlark.String(at.name), at.v)
		}
		*a = Attrs{dict: d}
	}
	return a.dict
}

// SetDict makes d the storage, as obj.__dict__ = d does.
func (a *Attrs) SetDict(d *starlark.Dict) { *a = Attrs{dict: d} }

// Names returns the names in order.
func (a *Attrs) Names() []string {
	if a.dict != nil {
		var names []string
		for _, k := range a.dict.Keys() {
			if s, ok := k.(starlark.String); ok {
				names = append(names, string(s))
			}
		}
		return names
	}
	names := make([]string, len(a.list))
	for i, at := range a.list {
		names[i] = at.name
	}
	return names
}

// clone returns a shallow copy.
func (a *Attrs) clone() Attrs {
	if a.dict != nil {
		d := starlark.NewDict(a.dict.Len())
		for _, kv := range a.dict.Items() {
			d.SetKey(kv[0], kv[1])
		}
		return Attrs{dict: d}
	}
	c := Attrs{list: append([]attr(nil), a.list...)}
	if a.index != nil {
		c.reindex()
	}
	return c
}
