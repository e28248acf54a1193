package py

// This file defines attribute access on instances of user classes, bound
// methods, the descriptors property/staticmethod/classmethod, super(),
// and the special methods reached through Starlark interfaces.

import (
	"fmt"
	"reflect"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// Attr looks name up as Python does: through the class's
// __getattribute__ if it defines one, else as object.__getattribute__
// does (see genericAttr); then, for a missing attribute, through the
// class's __getattr__.
func (o *Instance) Attr(name string) (starlark.Value, error) {
	v, err := o.attr(name)
	if err != nil {
		SetAttrContext(err, o, name)
	}
	return v, err
}

// attr is Attr, without the name and obj of its AttributeError.
func (o *Instance) attr(name string) (starlark.Value, error) {
	var v starlark.Value
	var err error
	if m := o.getattribute(); m != nil {
		v, err = o.callSpecial(m, starlark.String(name))
		if !isAttributeError(err) {
			return v, err
		}
	} else if v, err = o.genericAttr(name); v != nil || (err != nil && !isAttributeError(err)) {
		return v, err
	}
	if m := o.method("__getattr__"); m != nil {
		return o.callSpecial(m, starlark.String(name))
	}
	if err != nil {
		return nil, err
	}
	return nil, o.noAttr(name)
}

// isAttributeError reports whether err is a Python AttributeError, the
// error after which __getattr__ is tried.
func isAttributeError(err error) bool {
	e, ok := AsException(err)
	return ok && e.Class.IsSubclass(AttributeError)
}

// getattribute returns the class's own __getattribute__, bound, or nil:
// the class's facts say whether it has one, so that other reads skip
// the lookup.
func (o *Instance) getattribute() starlark.Value {
	if !o.Class.facts().getattribute {
		return nil
	}
	return o.method("__getattribute__")
}

// ownAttr reads name from the instance's own attributes: o.Dict, or
// those of the calling thread for a threading.local, whose first use in
// a thread may run __init__ and fail.
func (o *Instance) ownAttr(name string) (starlark.Value, bool, error) {
	if n, ok := o.Native.(interface {
		OwnAttr(string) (starlark.Value, bool, error)
	}); ok {
		return n.OwnAttr(name)
	}
	v, ok := o.Dict.Get(name)
	if !ok && o.slotVals != nil {
		v, ok = o.slotVals.Get(name)
	}
	return v, ok, nil
}

// noAttr is the AttributeError of a missing attribute name.
func (o *Instance) noAttr(name string) error {
	return NoAttr(o, TypeName(o), name)
}

// genericAttr is object.__getattribute__: a property or data descriptor
// in the class, the instance dict, then the class MRO (a descriptor's
// __get__), where a native base (such as
// threading.Thread) answers through its object. It reports nil for a
// missing attribute.
func (o *Instance) genericAttr(name string) (starlark.Value, error) {
	switch name {
	case "__class__":
		return o.Class, nil
	case "__dict__":
		if o.Class.facts().slots != nil {
			return nil, nil // __slots__ leave no __dict__
		}
		if n, ok := o.Native.(interface{ InstanceDict() *starlark.Dict }); ok {
			return n.InstanceDict(), nil // threading.local keeps its own, per thread
		}
		return o.Dict.Dict(), nil
	}
	if !o.Class.facts().property {
		if v, ok := o.Dict.Get(name); ok {
			return v, nil // no property can come first
		}
	}
	cv, i := o.Class.lookupIndex(name)
	if p, ok := cv.(*Property); ok {
		return p.get(o)
	}
	if isDataDescriptor(cv) {
		if v, ok, err := descGet(cv, o, o.Class); ok {
			return v, err
		}
	}
	if v, ok, err := o.ownAttr(name); ok || err != nil {
		return v, err
	}
	if v, ok, err := descGet(cv, o, o.Class); ok {
		return v, err
	}
	if i >= 0 && o.Class.userUpTo(i) {
		return bind(o, cv, o.Class.MRO[i]), nil // no native base answers first
	}
	for _, c := range o.Class.MRO {
		if _, ok := c.Ext.(*UserClass); ok {
			if v, ok := c.Dict[name]; ok {
				return bind(o, v, c), nil
			}
			continue
		}
		if o.Native != nil && isNative(c) && !isData(c) {
			if h, ok := o.Native.(starlark.HasAttrs); ok {
				if v, err := h.Attr(name); v != nil || err != nil {
					return v, err
				}
			}
		}
		if o.Native == nil {
			if err := uninitError(c, name, false); err != nil {
				return nil, err
			}
		}
		if v, ok := c.Dict[name]; ok {
			return bind(o, v, c), nil
		}
		if isData(c) { // else a class after it in the MRO may answer
			if v, err := dataAttr(o.Native, name); v != nil || err != nil {
				return v, err
			}
		}
	}
	return nil, nil
}

// classAttr returns the raw class attribute name, or nil.
func (o *Instance) classAttr(name string) starlark.Value {
	v, _ := o.Class.Lookup(name)
	return v
}

func isNative(c *Class) bool {
	_, ok := c.Ext.(*NativeClass)
	return ok
}

func isUserClass(c *Class) bool {
	_, ok := c.Ext.(*UserClass)
	return ok
}

// AttrNames implements starlark.HasAttrs.
func (o *Instance) AttrNames() []string {
	seen := map[string]bool{}
	var names []string
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			names = append(names, k)
		}
	}
	for _, k := range o.Dict.Names() {
		add(k)
	}
	for _, k := range o.Class.AttrNames() {
		add(k)
	}
	if h, ok := o.Native.(starlark.HasAttrs); ok {
		for _, k := range h.AttrNames() {
			add(k)
		}
	}
	return names
}

// SetField sets an attribute: through the class's __setattr__ if it
// defines one, else as object.__setattr__ does (see setField).
func (o *Instance) SetField(name string, v starlark.Value) error {
	if f := o.Class.facts(); !f.setattr && !f.property && f.native == nil && f.slots == nil && f.dictSlots == nil && name != "__dict__" {
		o.Dict.Set(name, v) // nothing in the classes intercepts it
		return nil
	}
	if m := o.method("__setattr__"); m != nil {
		_, err := o.callSpecial(m, starlark.String(name), v)
		return err
	}
	return o.setField(name, v)
}

// setField sets an attribute: through a property's setter or a data
// descriptor's __set__, on the
// native object when it has that field (thread names, say), else in the
// instance dict.
func (o *Instance) setField(name string, v starlark.Value) error {
	cv := o.classAttr(name)
	if p, ok := cv.(*Property); ok {
		return p.set(o, v)
	}
	if ok, err := o.descSet(cv, v); ok {
		return err
	}
	if err := o.uninitError(name, true); err != nil {
		return err
	}
	if slots := o.Class.facts().slots; slots != nil && !slots[name] {
		return o.noAttr(name) // __slots__ leave no __dict__
	}
	if h, ok := o.Native.(starlark.HasSetField); ok {
		err := h.SetField(name, v)
		if e, isExc := err.(*Exception); err == nil || !isExc || e.Class != AttributeError {
			return err
		}
		if _, own := o.Native.(interface{ InstanceDict() *starlark.Dict }); own && name == "__dict__" {
			return err
		}
	}
	if name == "__dict__" {
		d, ok := v.(*starlark.Dict)
		if !ok {
			return Raisef(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeName(v))
		}
		o.Dict.SetDict(d)
		return nil
	}
	if o.Class.facts().dictSlots[name] {
		if o.slotVals == nil {
			o.slotVals = &Attrs{}
		}
		o.slotVals.Set(name, v)
		return nil
	}
	o.Dict.Set(name, v)
	return nil
}

// DelField implements del o.name: through the class's __delattr__ if
// it defines one, else as object.__delattr__ does (see delField).
func (o *Instance) DelField(name string) error {
	if m := o.method("__delattr__"); m != nil {
		_, err := o.callSpecial(m, starlark.String(name))
		return err
	}
	return o.delField(name)
}

// delField deletes an attribute: through a property's deleter or a
// data descriptor's __delete__, on the
// native object when it has the field, else from the instance dict.
func (o *Instance) delField(name string) error {
	cv := o.classAttr(name)
	if p, ok := cv.(*Property); ok {
		return p.del(o)
	}
	if ok, err := o.descDelete(cv); ok {
		return err
	}
	if d, ok := o.Native.(interface{ DelField(string) error }); ok {
		if _, inDict := o.Dict.Get(name); !inDict {
			return d.DelField(name)
		}
	}
	if f := o.Class.facts(); f.dictSlots[name] {
		if o.slotVals == nil || !o.slotVals.Delete(name) {
			return Raise(AttributeError, name) // an empty slot, as CPython words it
		}
		return nil
	}
	if !o.Dict.Delete(name) {
		if o.Class.facts().slots[name] {
			return Raise(AttributeError, name) // an empty slot, as CPython words it
		}
		return o.noAttr(name)
	}
	return nil
}

// bind turns a function found in class c into a method of self.
func bind(self, v starlark.Value, c *Class) starlark.Value {
	switch f := v.(type) {
	case *StaticMethod:
		return f.Fn
	case *ClassMethod:
		return &BoundMethod{Self: classOf(self), Fn: f.Fn, Class: c} // type(self)
	case *starlark.Function, *starlark.Builtin, MethodLike:
		return &BoundMethod{Self: self, Fn: v, Class: c}
	}
	return v
}

// MethodLike is a callable other than a def'd function that binds to
// the instance when found in a class, as a def'd function does.
type MethodLike interface {
	starlark.Callable
	BindsLikeFunction()
}

// BoundMethod is a function bound to its first argument.
type BoundMethod struct {
	Self  starlark.Value
	Fn    starlark.Value
	Class *Class // where Fn was found, which qualifies its name; may be nil

	selfOnly [1]starlark.Value // the arguments of a call without any, once made
}

var _ starlark.Callable = (*BoundMethod)(nil)

func (m *BoundMethod) Name() string {
	if c, ok := m.Fn.(starlark.Callable); ok {
		return c.Name()
	}
	return "method"
}
func (m *BoundMethod) String() string {
	return m.repr(nil, Repr(m.Self))
}

// ScriptRepr is the repr, with the __repr__ of Self.
func (m *BoundMethod) ScriptRepr(thread *starlark.Thread) (string, error) {
	self, err := ReprOf(thread, m.Self)
	return m.repr(thread, self), err
}

// repr is "<bound method K.m of SELF>", K.m the qualified name of a
// def'd function (found in thread's Interpreter, if not nil).
func (m *BoundMethod) repr(thread *starlark.Thread, self string) string {
	if s, ok := m.Fn.(*Slot); ok {
		return fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", s.name, TypeName(m.Self), Addr(m.Self))
	}
	name := m.Name()
	if f, ok := m.Fn.(*starlark.Function); ok && m.Class != nil {
		name = m.Class.ClassName + "." + FuncName(f)
		if q, ok := sourceQualName(thread, f); ok {
			name = q
		}
	}
	return fmt.Sprintf("<bound method %s of %s>", name, self)
}
func (m *BoundMethod) Type() string          { return "method" }
func (m *BoundMethod) Freeze()               {}
func (m *BoundMethod) Truth() starlark.Bool  { return true }
func (m *BoundMethod) Hash() (uint32, error) { return uint32(Addr(m.Fn)), nil }

// CallInternal calls the function with the bound first argument.
func (m *BoundMethod) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if _, ok := m.Fn.(*starlark.Function); ok && len(args) == 0 {
		// A def'd function copies its arguments into its frame and never
		// changes the tuple, so every call without arguments can share
		// the one-element tuple (self).
		if m.selfOnly[0] == nil {
			m.selfOnly[0] = m.Self
		}
		return starlark.Call(thread, m.Fn, m.selfOnly[:], kwargs)
	}
	return starlark.Call(thread, m.Fn, prepend(m.Self, args), kwargs)
}

// CompareSameType implements == and != as CPython does: two bound
// methods are equal when they bind the same function to the same object.
func (m *BoundMethod) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	o := y.(*BoundMethod)
	eq := identical(m.Self, o.Self) && identical(m.Fn, o.Fn)
	switch op {
	case syntax.EQL:
		return eq, nil
	case syntax.NEQ:
		return !eq, nil
	}
	return false, Raisef(TypeError, "'%s' not supported between instances of 'method' and 'method'", op)
}

// Attr exposes __name__, __self__ and __func__.
func (m *BoundMethod) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__name__":
		return starlark.String(m.Name()), nil
	case "__self__":
		return m.Self, nil
	case "__func__":
		return m.Fn, nil
	}
	if h, ok := m.Fn.(starlark.HasAttrs); ok { // the function's other attributes, as in CPython
		return h.Attr(name)
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (m *BoundMethod) AttrNames() []string { return []string{"__func__", "__name__", "__self__"} }

// ScriptStr calls __str__ (or __repr__).
func (o *Instance) ScriptStr(thread *starlark.Thread) (string, error) {
	if m := o.method("__str__"); m != nil {
		return callString(thread, m, "__str__")
	}
	return o.ScriptRepr(thread)
}

// ScriptRepr calls __repr__.
func (o *Instance) ScriptRepr(thread *starlark.Thread) (string, error) {
	if m := o.method("__repr__"); m != nil {
		return callString(thread, m, "__repr__")
	}
	if err := o.uninitError("__repr__", false); err != nil {
		return "", err
	}
	return o.String(), nil
}

func callString(thread *starlark.Thread, m starlark.Value, name string) (string, error) {
	v, err := starlark.Call(thread, m, nil, nil)
	if err != nil {
		return "", err
	}
	s, ok := v.(starlark.String)
	if !ok {
		return "", Raisef(TypeError, "%s returned non-string (type %s)", name, TypeName(v))
	}
	return string(s), nil
}

// prepend returns the tuple (first, args...) in one allocation.
func prepend(first starlark.Value, args starlark.Tuple) starlark.Tuple {
	t := make(starlark.Tuple, len(args)+1)
	t[0] = first
	copy(t[1:], args)
	return t
}

// identical reports whether a and b are the same object: equal values of
// a comparable type, or the same elements of one array for slices
// (tuples); other values that Go cannot compare are never identical.
func identical(a, b starlark.Value) bool {
	ta := reflect.TypeOf(a)
	if ta != reflect.TypeOf(b) {
		return false
	}
	if ta == nil || ta.Comparable() {
		return a == b
	}
	if ta.Kind() == reflect.Slice {
		return Addr(a) == Addr(b) && reflect.ValueOf(a).Len() == reflect.ValueOf(b).Len()
	}
	return false
}
