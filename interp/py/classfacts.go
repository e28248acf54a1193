package py

// This file defines classFacts, what instantiating a class, getting and
// setting an attribute of its instances, their truth and their hash need
// to know about its MRO (its metaclass, __new__, __init__, __setattr__,
// __getattribute__, __bool__, __len__, __hash__, whether a property may intercept
// an attribute), cached per user class and recomputed once a class of
// its MRO changed.
//
// A class's stamp is its version (bumped by Class.SetField when the
// facts may change) and the size of its dict, so that a name added to
// or removed from a dict by Go code also invalidates the facts of every
// class whose MRO holds it. Only user classes cache their facts: they
// are guarded by their interpreter's GIL, while builtin and native
// classes are shared by all interpreters (and never change after their
// package's initialisation).

import (
	"strings"

	"go.starlark.net/starlark"
)

// classFacts are the lookups of instantiation and attribute setting,
// done once for a class.
type classFacts struct {
	stamp        []uint64 // per class of the MRO, its stamp when computed
	meta         Meta
	exception    bool           // the class derives from BaseException
	native       *NativeClass   // the first native class in the MRO, or nil
	newFn        starlark.Value // a user class's __new__ (unwrapped), or nil
	init         starlark.Value // __init__ unless object's, or nil
	setattr      bool           // a user class defines __setattr__
	getattribute bool           // a user class defines __getattribute__
	property     bool           // some class of the MRO holds a property or data descriptor
	truth        bool           // a user class defines __bool__ or __len__
	plainHash    bool           // instances hash by identity (no __hash__, and not None)
	finalizer    bool           // a user class defines __del__ (see finalize.go)
	// slots holds the names of the __slots__ of every class of the MRO
	// when each class but object is a user class defining __slots__
	// without "__dict__": the only attributes its instances may set.
	slots map[string]bool
	// dictSlots holds the names the __slots__ of classes of the MRO
	// declare when the instances have a __dict__ too (a subclass without
	// __slots__): their values live apart from the __dict__ (Instance.slotVals).
	dictSlots map[string]bool
}

// stamp is the state of c's own dict that its subclasses' facts depend on.
func (c *Class) stamp() uint64 { return c.version<<32 | uint64(len(c.Dict)) }

// facts returns c's facts, cached for a user class.
func (c *Class) facts() *classFacts {
	if _, ok := c.Ext.(*UserClass); !ok {
		return computeFacts(c)
	}
	if f := c.cachedFacts; f != nil && f.valid(c) {
		return f
	}
	c.cachedFacts = computeFacts(c)
	return c.cachedFacts
}

// valid reports whether no class of c's MRO changed since f was computed.
func (f *classFacts) valid(c *Class) bool {
	for i, m := range c.MRO {
		if f.stamp[i] != m.stamp() {
			return false
		}
	}
	return true
}

// computeFacts looks up what classFacts hold in c's MRO.
func computeFacts(c *Class) *classFacts {
	f := &classFacts{stamp: make([]uint64, len(c.MRO)), meta: c.Meta(), exception: c.IsSubclass(BaseException)}
	for i, m := range c.MRO {
		f.stamp[i] = m.stamp()
		if n, ok := m.Ext.(*NativeClass); ok && f.native == nil {
			f.native = n
		}
		for _, v := range m.Dict {
			if _, ok := v.(*Property); ok || isDataDescriptor(v) {
				f.property = true
			}
		}
	}
	if fn, owner := c.Lookup("__new__"); fn != nil && isUserClass(owner) {
		if sm, ok := fn.(*StaticMethod); ok {
			fn = sm.Fn
		}
		f.newFn = fn
	}
	if init, owner := c.Lookup("__init__"); init != nil && owner != Object {
		f.init = init
	}
	f.setattr = userMethod(c, "__setattr__")
	f.getattribute = userMethod(c, "__getattribute__")
	f.truth = userMethod(c, "__bool__") || userMethod(c, "__len__") || userNone(c, "__bool__")
	h, _ := c.Lookup("__hash__")
	// A class body that defines __eq__ without __hash__ gets __hash__ =
	// None, as in CPython; an __eq__ set on the class later leaves the
	// hash as it was.
	f.plainHash = !userMethod(c, "__hash__") && h != starlark.None && !f.data()
	f.truth = f.truth || f.data()
	f.finalizer = userMethod(c, "__del__")
	f.slots = slotNames(c)
	if f.slots == nil {
		f.dictSlots = dictSlotNames(c)
	}
	return f
}

// data reports whether the class derives from a builtin data type (see
// NativeClass.Data).
func (f *classFacts) data() bool { return f.native != nil && f.native.Data }

// slotConflict is CPython's ValueError for a class body that declares
// a name in __slots__ and also binds it ("'value' in __slots__
// conflicts with class variable").
func slotConflict(dict starlark.StringDict) error {
	v, ok := dict["__slots__"]
	if !ok {
		return nil
	}
	if s, ok := v.(starlark.String); ok {
		v = starlark.Tuple{s}
	}
	iter := starlark.Iterate(v)
	if iter == nil {
		return nil
	}
	defer iter.Done()
	var x starlark.Value
	for iter.Next(&x) {
		if s, ok := x.(starlark.String); ok {
			if _, bound := dict[string(s)]; bound {
				return Raisef(ValueError, "%s in __slots__ conflicts with class variable", Repr(s))
			}
		}
	}
	return nil
}

// HasDict reports whether instances of c have a __dict__: some class of
// its MRO (object aside) declares no __slots__.
func (c *Class) HasDict() bool { return c.facts().slots == nil }

// Weakrefable reports whether instances of c can be weakly referenced:
// some class of its MRO (object aside) declares no __slots__, or one
// declares __weakref__.
func (c *Class) Weakrefable() bool {
	names, all := declaredSlots(c)
	return !all || names["__weakref__"]
}

// slotNames returns the names the __slots__ of c's MRO declare, or nil
// if instances of c have a __dict__.
func slotNames(c *Class) map[string]bool {
	names, all := declaredSlots(c)
	if !all || names["__dict__"] {
		return nil
	}
	return names
}

// dictSlotNames returns the names the __slots__ of c's MRO declare
// (neither __dict__ nor __weakref__), for a class whose instances also
// have a __dict__; nil if none.
func dictSlotNames(c *Class) map[string]bool {
	var names map[string]bool
	for _, m := range c.MRO {
		v, ok := m.Dict["__slots__"]
		if !ok || !isUserClass(m) {
			continue
		}
		declared, _ := slotStrings(v)
		for _, s := range declared {
			if s != "__dict__" && s != "__weakref__" {
				if names == nil {
					names = map[string]bool{}
				}
				names[s] = true
			}
		}
	}
	return names
}

// declaredSlots returns the names the __slots__ of c's MRO declare, and
// whether every class of it (object and a builtin data type aside) is a
// user class declaring __slots__.
func declaredSlots(c *Class) (names map[string]bool, all bool) {
	names = map[string]bool{}
	for _, m := range c.MRO {
		if n, ok := m.Ext.(*NativeClass); m == Object || ok && n.Data {
			continue // a builtin data type's instances have no __dict__ either
		}
		v, ok := m.Dict["__slots__"]
		if !ok || !isUserClass(m) {
			return names, false
		}
		declared, ok := slotStrings(v)
		if !ok {
			return names, false
		}
		for _, s := range declared {
			names[s] = true
		}
	}
	return names, true
}

// slotStrings returns the names a __slots__ value declares, a str or
// an iterable of strs, and false if it is not iterable.
func slotStrings(v starlark.Value) ([]string, bool) {
	if s, ok := v.(starlark.String); ok {
		return []string{string(s)}, true
	}
	iter := starlark.Iterate(v)
	if iter == nil {
		return nil, false
	}
	defer iter.Done()
	var names []string
	var x starlark.Value
	for iter.Next(&x) {
		if s, ok := x.(starlark.String); ok {
			names = append(names, string(s))
		}
	}
	return names, true
}

// userMethod reports whether a user class of c's MRO defines the special
// method name (not set to None), as Instance.method finds it.
func userMethod(c *Class, name string) bool {
	v, owner := c.Lookup(name)
	return v != nil && v != starlark.None && isUserClass(owner)
}

// userNone reports whether a user class sets name to None.
func userNone(c *Class, name string) bool {
	v, owner := c.Lookup(name)
	return v == starlark.None && isUserClass(owner)
}

// factsChange reports whether setting name from old (nil if absent) to
// v in a class dict may change the facts of the classes below it: a
// new name changes the dict's size, and only special names,
// properties and data descriptors enter the facts.
func factsChange(name string, old, v starlark.Value) bool {
	if strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
		return true
	}
	_, wasProp := old.(*Property)
	_, isProp := v.(*Property)
	return wasProp || isProp || isDataDescriptor(old) || isDataDescriptor(v)
}
