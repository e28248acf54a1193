package py

// This file defines AttrDict, the __dict__ of a native object that has
// one in CPython, so that scripts can set attributes on it.

import (
	"go.starlark.net/starlark"
)

// AttrDict holds the attributes a script sets on a native object whose
// CPython counterpart has a __dict__ (future.job_id = 3): Future, Event,
// Queue, Logger... A native type keeps one as a field, looks names up in
// it from Attr (before its methods, which an instance attribute shadows,
// as in CPython) and stores into it from SetField. The zero value is
// empty and allocates nothing. It is guarded by the GIL.
type AttrDict struct {
	dict *starlark.Dict // nil until the first attribute or __dict__ read
}

// Get returns the attribute name a script set, or the live __dict__ for
// "__dict__", and whether there is one.
func (a *AttrDict) Get(name string) (starlark.Value, bool) {
	if name == "__dict__" {
		return a.Dict(), true
	}
	if a.dict == nil {
		return nil, false
	}
	v, found, _ := a.dict.Get(starlark.String(name))
	return v, found
}

// Set sets attribute name.
func (a *AttrDict) Set(name string, v starlark.Value) error {
	if name == "__dict__" {
		d, ok := v.(*starlark.Dict)
		if !ok {
			return Raisef(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeName(v))
		}
		a.dict = d
		return nil
	}
	return a.Dict().SetKey(starlark.String(name), v)
}

// Delete removes attribute name, with the AttributeError of obj if it is
// not set.
func (a *AttrDict) Delete(obj starlark.Value, name string) error {
	if a.dict != nil {
		if _, found, _ := a.dict.Delete(starlark.String(name)); found {
			return nil
		}
	}
	return Raisef(AttributeError, "'%s' object has no attribute '%s'", TypeName(obj), name)
}

// Dict returns the live __dict__.
func (a *AttrDict) Dict() *starlark.Dict {
	if a.dict == nil {
		a.dict = new(starlark.Dict)
	}
	return a.dict
}

// Names returns the names of the attributes set, for AttrNames.
func (a *AttrDict) Names() []string {
	if a.dict == nil {
		return nil
	}
	names := make([]string, 0, a.dict.Len())
	for _, k := range a.dict.Keys() {
		if s, ok := k.(starlark.String); ok {
			names = append(names, string(s))
		}
	}
	return names
}

// ReadOnly is the AttributeError for setting property name of obj,
// which has no setter.
func ReadOnly(obj starlark.Value, name string) error {
	return Raisef(AttributeError, "property '%s' of '%s' object has no setter", name, TypeName(obj))
}
