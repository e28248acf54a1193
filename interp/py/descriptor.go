package py

// This file defines the descriptor protocol for instances of user
// classes found in a class dict: __get__, __set__, __delete__ (a data
// descriptor has __set__ or __delete__ and comes before the instance
// dict) and __set_name__, which class creation calls.

import "go.starlark.net/starlark"

// descriptor returns v as an instance whose class defines the special
// method name, bound, or nil.
func descriptor(v starlark.Value, name string) (*Instance, starlark.Value) {
	d, ok := v.(*Instance)
	if !ok {
		return nil, nil
	}
	if m := d.method(name); m != nil {
		return d, m
	}
	return nil, nil
}

// isDataDescriptor reports whether v, found in a class dict, is an
// instance whose class defines __set__ or __delete__.
func isDataDescriptor(v starlark.Value) bool {
	d, ok := v.(*Instance)
	return ok && (userMethod(d.Class, "__set__") || userMethod(d.Class, "__delete__"))
}

// NativeDescriptor is a non-data descriptor implemented in Go
// (functools.cached_property): found in the class of an instance, its
// DescGet gives the attribute (read from the class, it is itself), and
// class creation tells it its name.
type NativeDescriptor interface {
	starlark.Value
	DescGet(thread *starlark.Thread, obj *Instance) (starlark.Value, error)
	SetName(cls *Class, name string)
}

// descGet returns v.__get__(obj, cls) when v, found in cls's MRO, is a
// descriptor (obj is None for an attribute read on the class).
func descGet(v, obj starlark.Value, cls *Class) (starlark.Value, bool, error) {
	if n, ok := v.(NativeDescriptor); ok {
		o, isInst := obj.(*Instance)
		if !isInst {
			return n, true, nil
		}
		th := o.thread()
		if th == nil {
			return nil, true, Raise(RuntimeError, "descriptor read outside a script thread")
		}
		r, err := n.DescGet(th, o)
		return r, true, err
	}
	d, get := descriptor(v, "__get__")
	if d == nil {
		return nil, false, nil
	}
	r, err := d.callSpecial(get, obj, cls)
	return r, true, err
}

// descSet calls v.__set__(o, x) when v, found in o's class, is a data
// descriptor; a data descriptor with __delete__ alone refuses the set.
func (o *Instance) descSet(v starlark.Value, x starlark.Value) (bool, error) {
	if d, set := descriptor(v, "__set__"); d != nil {
		_, err := d.callSpecial(set, o, x)
		return true, err
	}
	if isDataDescriptor(v) {
		return true, Raise(AttributeError, "__set__")
	}
	return false, nil
}

// descDelete calls v.__delete__(o) when v, found in o's class, is a data
// descriptor; a data descriptor with __set__ alone refuses the delete.
func (o *Instance) descDelete(v starlark.Value) (bool, error) {
	if d, del := descriptor(v, "__delete__"); d != nil {
		_, err := d.callSpecial(del, o)
		return true, err
	}
	if isDataDescriptor(v) {
		return true, Raise(AttributeError, "__delete__")
	}
	return false, nil
}

// SetNames calls __set_name__(c, name) on each value of c's own dict
// whose class defines it (NativeDescriptor.SetName for a Go one), in the order of names (the class body's), as
// type.__new__ does before __init_subclass__.
func SetNames(thread *starlark.Thread, c *Class, names []string) error {
	for _, name := range names {
		if n, ok := c.Dict[name].(NativeDescriptor); ok {
			n.SetName(c, name)
			continue
		}
		if p, ok := c.Dict[name].(*Property); ok {
			p.Name = name // property.__set_name__
			continue
		}
		d, m := descriptor(c.Dict[name], "__set_name__")
		if d == nil {
			continue
		}
		if _, err := starlark.Call(thread, m, starlark.Tuple{c, starlark.String(name)}, nil); err != nil {
			return err
		}
	}
	return nil
}
