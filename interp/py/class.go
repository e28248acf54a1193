package py

// This file defines how classes are called: native classes (implemented
// in Go), exception classes, and (see the classes support) user classes.

import (
	"go.starlark.net/starlark"
)

// NativeClass is the Ext of a class implemented in Go.
type NativeClass struct {
	// New creates an instance. cls is the class being instantiated,
	// possibly a subclass of the native class.
	New func(thread *starlark.Thread, cls *Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)
	// Alloc, if set, prepares an instance of a user subclass before its
	// __init__ runs (as __new__ does): threading.local sets up its
	// per-thread storage here.
	Alloc func(thread *starlark.Thread, self *Instance, args starlark.Tuple, kwargs []starlark.Tuple) error
	// Uninit, if set, is the error for getting (or, if set is true,
	// setting) attribute name, or for repr when name is "__repr__", on an
	// instance of a user subclass whose __init__ never ran the native
	// one. It returns nil for names that need no native object.
	Uninit func(name string, set bool) error
	// Meta, if set, is the metaclass behaviour of the classes derived
	// from this one (see Meta).
	Meta Meta
	// Data marks the builtin types whose values are data (list, dict,
	// str, int...): an instance of a user subclass holds its value in
	// Native from its allocation on, its class's dict holds the type's
	// special methods (__getitem__, __len__...) for the instance
	// protocols, and Go code sees the value through Base.
	Data bool
	// Slots marks a native class whose dict's special methods
	// (__getitem__, __len__, __repr__...) answer the instance protocols
	// of an instance of a user subclass, which holds the native object
	// in Native once its __init__ ran (collections.OrderedDict).
	Slots bool

	nativePatches // see classpatch.go
}

// uninitError is the error class c gives for attribute name of an
// instance whose native __init__ never ran, or nil.
func uninitError(c *Class, name string, set bool) error {
	if n, ok := c.Ext.(*NativeClass); ok && n.Uninit != nil {
		return n.Uninit(name, set)
	}
	return nil
}

// uninitError is the error the instance's native base gives for
// attribute name while its native __init__ has not run, or nil.
func (o *Instance) uninitError(name string, set bool) error {
	if o.Native != nil {
		return nil
	}
	for _, c := range o.Class.MRO {
		if err := uninitError(c, name, set); err != nil {
			return err
		}
	}
	return nil
}

var _ starlark.Callable = (*Class)(nil)

// Name implements starlark.Callable: the class name.
func (c *Class) Name() string { return c.ClassName }

// CallInternal instantiates the class.
func (c *Class) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if m := c.Metaclass; m != nil {
		if call, owner := m.Lookup("__call__"); call != nil && owner.IsUser() { // a metaclass's __call__
			return starlark.Call(thread, bind(c, call, owner), args, kwargs)
		}
	}
	return c.Instantiate(thread, args, kwargs)
}

// Instantiate makes an instance of c as type.__call__ does, past any
// metaclass's __call__.
func (c *Class) Instantiate(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if _, ok := c.Ext.(*UserClass); ok {
		f := c.facts()
		if f.meta != nil {
			return f.meta.Call(thread, c, args, kwargs)
		}
		return instantiate(thread, c, f, args, kwargs)
	}
	if m := c.Meta(); m != nil {
		return m.Call(thread, c, args, kwargs)
	}
	if c.IsUser() {
		return instantiate(thread, c, c.facts(), args, kwargs)
	}
	if c == Object {
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, Raise(TypeError, "object() takes no arguments")
		}
		return &Sentinel{}, nil
	}
	for _, m := range c.MRO {
		if n, ok := m.Ext.(*NativeClass); ok {
			return n.New(thread, c, args, kwargs)
		}
	}
	if c.IsSubclass(BaseExceptionGroup) {
		return newGroup(c, args, kwargs)
	}
	if c.IsSubclass(BaseException) {
		e := NewException(osErrorSubclass(c, args), args...)
		if len(kwargs) > 0 && excSlotNames(c) == nil {
			return nil, Raisef(TypeError, "%s() takes no keyword arguments", c.ClassName)
		}
		if err := e.setSlotKwargs(kwargs); err != nil {
			return nil, err
		}
		return e, nil
	}
	return nil, Raisef(TypeError, "cannot create '%s' instances", c.ClassName)
}

// SetField sets a class attribute of a user class (Base.count += 1).
// Builtin and native classes are immutable, as in CPython.
func (c *Class) SetField(name string, v starlark.Value) error {
	if _, ok := c.Ext.(*UserClass); !ok {
		return Raisef(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, qualifiedType(c.ClassName))
	}
	if g, ok := c.Meta().(MetaSetGuard); ok {
		if err := g.CheckSet(c, name); err != nil {
			return err
		}
	}
	old, had := c.Dict[name]
	c.Dict[name] = v
	if !had || factsChange(name, old, v) {
		c.Changed()
	}
	return nil
}

// DelField deletes a class attribute of a user class (del Base.count,
// or patch.object(..., create=True) undoing itself); an enum's members
// can't be deleted, as MetaSetGuard's can't be reassigned.
func (c *Class) DelField(name string) error {
	if _, ok := c.Ext.(*UserClass); !ok {
		return Raisef(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, qualifiedType(c.ClassName))
	}
	if g, ok := c.Meta().(MetaSetGuard); ok {
		if err := g.CheckSet(c, name); err != nil {
			return Raisef(AttributeError, "'%s' cannot delete member '%s'.", c.ClassName, name)
		}
	}
	old, had := c.Dict[name]
	if !had {
		return Raisef(AttributeError, "type object '%s' has no attribute '%s'", c.ClassName, name)
	}
	delete(c.Dict, name)
	if factsChange(name, old, nil) {
		c.Changed()
	}
	return nil
}

// Changed tells the classes whose MRO holds c that its dict changed, for
// Go code that replaces a special method (__init__, __setattr__, ...) or
// a property of a class that may have instances already; a name added
// or removed is noticed without it (see classfacts.go).
func (c *Class) Changed() { c.version++ }
