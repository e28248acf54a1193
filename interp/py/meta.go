package py

// This file defines Meta, the metaclass behaviour a native class may give
// the classes derived from it by class statements (enum.Enum makes its
// subclasses iterable, subscriptable and callable by value), and the
// container protocols of classes that it drives.

import (
	"go.starlark.net/starlark"
)

// Meta is the behaviour of a metaclass, set as NativeClass.Meta. Its
// methods receive the class they act on and are called with the GIL held.
type Meta interface {
	// Subclassed is called once a class statement has created cls, a
	// subclass of the native class, with the names its body bound, in
	// order.
	Subclassed(thread *starlark.Thread, cls *Class, names []string) error
	// Call replaces instantiation: cls(args...).
	Call(thread *starlark.Thread, cls *Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)
	// Repr is repr(cls).
	Repr(cls *Class) string
	// Len is len(cls); -1 means it has none.
	Len(cls *Class) int
	// Iterate iterates over cls; nil means it is not iterable.
	Iterate(cls *Class) starlark.Iterator
	// Has reports whether x in cls.
	Has(cls *Class, x starlark.Value) (bool, error)
	// Get is cls[k].
	Get(cls *Class, k starlark.Value) (starlark.Value, bool, error)
}

// MetaSetGuard is an optional interface of a Meta: CheckSet refuses
// cls.name = v (an enum's members can't be reassigned).
type MetaSetGuard interface {
	CheckSet(cls *Class, name string) error
}

// Meta returns the metaclass behaviour of c: the Meta of the first
// native class in its MRO that has one, or nil.
func (c *Class) Meta() Meta {
	for _, m := range c.MRO {
		if n, ok := m.Ext.(*NativeClass); ok && n.Meta != nil {
			return n.Meta
		}
	}
	return nil
}

var (
	_ starlark.Sequence  = (*Class)(nil)
	_ starlark.Container = (*Class)(nil)
	_ starlark.Mapping   = (*Class)(nil)
)

// Len implements starlark.Sequence through the metaclass; -1 means none.
func (c *Class) Len() int {
	if m := c.Meta(); m != nil {
		return m.Len(c)
	}
	return -1
}

// Iterate implements starlark.Iterable through the metaclass (a user
// metaclass's __iter__); nil means the class is not iterable.
func (c *Class) Iterate() starlark.Iterator {
	if it, ok, err := c.metaCall("__iter__"); ok {
		if err != nil {
			return &failedIterator{err: err}
		}
		if inst, ok := it.(*Instance); ok {
			return &nextIterator{o: inst}
		}
		if iter := starlark.Iterate(it); iter != nil {
			return iter
		}
		return &failedIterator{err: Raisef(TypeError, "iter() returned non-iterator of type '%s'", TypeName(it))}
	}
	if m := c.Meta(); m != nil {
		return m.Iterate(c)
	}
	return nil
}

// metaCall calls the special method name of c's user metaclass, bound
// to c, with args; ok is false when the metaclass defines none.
func (c *Class) metaCall(name string, args ...starlark.Value) (v starlark.Value, ok bool, err error) {
	m := c.metaMethod(name)
	if m == nil {
		return nil, false, nil
	}
	u, _ := c.Metaclass.Ext.(*UserClass)
	if u == nil || u.rt == nil || u.rt.Active() == nil {
		return nil, true, Raise(RuntimeError, "special method called outside a script thread")
	}
	v, err = starlark.Call(u.rt.Active(), m, args, nil)
	return v, true, err
}

// metaTruth is bool(c) for a class of a user metaclass: its __bool__,
// else its __len__, else true. The VM's truth test can't fail, so an
// error is raised at the thread's next step, as Instance.Truth does.
func (c *Class) metaTruth() starlark.Bool {
	v, ok, err := c.metaCall("__bool__")
	if _, isBool := v.(starlark.Bool); ok && err == nil && !isBool {
		err = Raisef(TypeError, "__bool__ should return bool, returned %s", TypeName(v))
	}
	if !ok {
		v, ok, err = c.metaCall("__len__")
	}
	if err != nil {
		if u, _ := c.Metaclass.Ext.(*UserClass); u != nil && u.rt != nil {
			u.rt.RaiseNext(ToException(err))
		}
		return false
	}
	return starlark.Bool(!ok || bool(v.Truth()))
}
