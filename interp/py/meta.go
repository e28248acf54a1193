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

// Iterate implements starlark.Iterable through the metaclass; nil means
// the class is not iterable.
func (c *Class) Iterate() starlark.Iterator {
	if m := c.Meta(); m != nil {
		return m.Iterate(c)
	}
	return nil
}
