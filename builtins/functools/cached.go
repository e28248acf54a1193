package functools

// This file defines cached_property: a method computed on first read
// and stored in the instance's __dict__, where later reads find it.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// cachedPropertyType is functools.cached_property.
var cachedPropertyType = func() *py.Class {
	c := py.NewClass("cached_property", "functools", builtins.ObjectType)
	c.Generic = true // cached_property[int]
	c.Ext = &py.NativeClass{New: newCachedProperty}
	return c
}()

// CachedProperty is a cached_property object, a py.NativeDescriptor.
type CachedProperty struct {
	fn   starlark.Value
	name string // set when its class is made
}

var _ py.NativeDescriptor = (*CachedProperty)(nil)

func newCachedProperty(_ *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Value
	if err := starlark.UnpackPositionalArgs(cls.ClassName, args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return &CachedProperty{fn: fn}, nil
}

func (p *CachedProperty) String() string {
	return fmt.Sprintf("<functools.cached_property object at %#x>", py.Addr(p))
}
func (p *CachedProperty) Type() string          { return "cached_property" }
func (p *CachedProperty) Freeze()               {}
func (p *CachedProperty) Truth() starlark.Bool  { return true }
func (p *CachedProperty) Hash() (uint32, error) { return uint32(py.Addr(p)), nil }
func (p *CachedProperty) PyClass() *py.Class    { return cachedPropertyType }

// SetName implements py.NativeDescriptor.
func (p *CachedProperty) SetName(_ *py.Class, name string) {
	if p.name == "" {
		p.name = name
	}
}

// DescGet implements py.NativeDescriptor: fn(obj), stored in obj's
// __dict__ under the property's name.
func (p *CachedProperty) DescGet(thread *starlark.Thread, obj *py.Instance) (starlark.Value, error) {
	if p.name == "" {
		return nil, py.Raise(py.TypeError, "Cannot use cached_property instance without calling __set_name__ on it.")
	}
	if !obj.Class.HasDict() {
		return nil, py.Raisef(py.TypeError, "No '__dict__' attribute on '%s' instance to cache '%s' property.", obj.Class.ClassName, p.name)
	}
	v, err := starlark.Call(thread, p.fn, starlark.Tuple{obj}, nil)
	if err != nil {
		return nil, err
	}
	obj.Dict.Set(p.name, v)
	return v, nil
}

// Attr exposes func, attrname and the wrapped function's __doc__.
func (p *CachedProperty) Attr(name string) (starlark.Value, error) {
	switch name {
	case "func":
		return p.fn, nil
	case "attrname":
		if p.name == "" {
			return starlark.None, nil
		}
		return starlark.String(p.name), nil
	case "__doc__":
		return wrappedAttr(p.fn, name)
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (p *CachedProperty) AttrNames() []string { return []string{"__doc__", "attrname", "func"} }
