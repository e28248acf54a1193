package py

// This file defines the descriptors property, staticmethod and
// classmethod, and super().

import (
	"go.starlark.net/starlark"
)

// Property is a property object: a getter and an optional setter and
// deleter.
type Property struct {
	Get, Set, Del starlark.Value // Set and Del may be nil
	Doc           starlark.Value // property(doc=...), or nil: the getter's

	// Fast, if set, answers for Get without a call: a Go module's
	// property on its own instances (a namedtuple's field).
	Fast func(self *Instance) (starlark.Value, error)

	// Abstract marks an abc.abstractproperty: abstract whatever its
	// getter is.
	Abstract bool

	// Name is the attribute name __set_name__ gave it when a class
	// statement bound it, for the errors of a missing setter or deleter.
	Name string
}

func (p *Property) String() string        { return "<property object>" }
func (p *Property) Type() string          { return "property" }
func (p *Property) Freeze()               {}
func (p *Property) Truth() starlark.Bool  { return true }
func (p *Property) Hash() (uint32, error) { return uint32(Addr(p)), nil }

// Attr provides the decorators @x.getter, @x.setter and @x.deleter and
// the fields fget, fset and fdel.
func (p *Property) Attr(name string) (starlark.Value, error) {
	switch name {
	case "getter", "setter", "deleter":
		return starlark.NewBuiltin(name, func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var fn starlark.Value
			if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &fn); err != nil {
				return nil, err
			}
			q := *p
			switch name {
			case "getter":
				q.Get, q.Fast = fn, nil
			case "setter":
				q.Set = fn
			default:
				q.Del = fn
			}
			return &q, nil
		}), nil
	case "fget":
		return p.Get, nil
	case "fset":
		return orNone(p.Set), nil
	case "fdel":
		return orNone(p.Del), nil
	}
	return nil, nil
}

func orNone(v starlark.Value) starlark.Value {
	if v == nil {
		return starlark.None
	}
	return v
}

// AttrNames implements starlark.HasAttrs.
func (p *Property) AttrNames() []string {
	return []string{"deleter", "fdel", "fget", "fset", "getter", "setter"}
}

func (p *Property) get(self *Instance) (starlark.Value, error) {
	if p.Fast != nil {
		return p.Fast(self)
	}
	return self.callSpecial(p.Get, self)
}

func (p *Property) set(self *Instance, v starlark.Value) error {
	if p.Set == nil {
		return p.missing("setter", self)
	}
	_, err := self.callSpecial(p.Set, self, v)
	return err
}

func (p *Property) del(self *Instance) error {
	if p.Del == nil {
		return p.missing("deleter", self)
	}
	_, err := self.callSpecial(p.Del, self)
	return err
}

// missing is CPython's AttributeError for a property without a setter
// or deleter: it names the property once __set_name__ has.
func (p *Property) missing(what string, self *Instance) error {
	if p.Name == "" {
		return Raisef(AttributeError, "property of '%s' object has no %s", self.Class.ClassName, what)
	}
	return Raisef(AttributeError, "property '%s' of '%s' object has no %s", p.Name, self.Class.ClassName, what)
}

// StaticMethod wraps a function that receives no self.
type StaticMethod struct{ Fn starlark.Value }

func (m *StaticMethod) String() string        { return "<staticmethod object>" }
func (m *StaticMethod) Type() string          { return "staticmethod" }
func (m *StaticMethod) Freeze()               {}
func (m *StaticMethod) Truth() starlark.Bool  { return true }
func (m *StaticMethod) Hash() (uint32, error) { return uint32(Addr(m)), nil }

// Name implements starlark.Callable: a staticmethod object is callable,
// as in CPython 3.10 and later.
func (m *StaticMethod) Name() string {
	if c, ok := m.Fn.(starlark.Callable); ok {
		return c.Name()
	}
	return "staticmethod"
}

// CallInternal calls the wrapped function.
func (m *StaticMethod) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.Call(thread, m.Fn, args, kwargs)
}

// ClassMethod wraps a function that receives the class.
type ClassMethod struct{ Fn starlark.Value }

func (m *ClassMethod) String() string        { return "<classmethod object>" }
func (m *ClassMethod) Type() string          { return "classmethod" }
func (m *ClassMethod) Freeze()               {}
func (m *ClassMethod) Truth() starlark.Bool  { return true }
func (m *ClassMethod) Hash() (uint32, error) { return uint32(Addr(m)), nil }

// Super is the proxy super() returns: attribute lookup starts after Cls
// in the MRO of Self's class.
type Super struct {
	Cls  *Class
	Self starlark.Value
}

var _ starlark.HasAttrs = (*Super)(nil)

func (s *Super) String() string {
	return "<super: <class '" + s.Cls.ClassName + "'>, <" + TypeName(s.Self) + " object>>"
}
func (s *Super) Type() string          { return "super" }
func (s *Super) Freeze()               {}
func (s *Super) Truth() starlark.Bool  { return true }
func (s *Super) Hash() (uint32, error) { return uint32(Addr(s)), nil }

// AttrNames implements starlark.HasAttrs.
func (s *Super) AttrNames() []string { return nil }

// Attr finds name in the classes after Cls in the MRO of Self's class;
// for an instance, a property or a descriptor found there gives what its
// getter returns for the instance.
func (s *Super) Attr(name string) (starlark.Value, error) {
	mro := classOf(s.Self).MRO
	c, typeBound := s.Self.(*Class)
	if typeBound && !inMRO(mro, s.Cls) && c.Metaclass != nil {
		mro, typeBound = c.Metaclass.MRO, false // super() in a method of the class's metaclass
	}
	i := 0
	for i < len(mro) && mro[i] != s.Cls {
		i++
	}
	for _, c := range mro[min(i+1, len(mro)):] {
		if v, ok := c.Dict[name]; ok {
			if inst, isInst := s.Self.(*Instance); isInst {
				if p, isProp := v.(*Property); isProp {
					return p.get(inst) // super().area runs the base's getter
				}
				if r, ok, err := descGet(v, inst, inst.Class); ok {
					return r, err
				}
			}
			if typeBound {
				return typeBoundAttr(s.Self, v, c), nil
			}
			return bind(s.Self, v, c), nil
		}
		if inst, ok := s.Self.(*Instance); ok && isNative(c) && !isData(c) && inst.Native != nil {
			if h, ok := inst.Native.(starlark.HasAttrs); ok {
				if v, err := h.Attr(name); v != nil || (err != nil && !IsAttributeError(err)) {
					return v, err
				}
			}
		}
	}
	return nil, Raisef(AttributeError, "'super' object has no attribute '%s'", name)
}

// typeBoundAttr is what super(C, cls).name gives for v, found in class
// c: a function stays unbound, as on the class itself; a classmethod is
// bound to cls, a staticmethod unwrapped.
func typeBoundAttr(cls, v starlark.Value, c *Class) starlark.Value {
	switch v.(type) {
	case *StaticMethod, *ClassMethod:
		return bind(cls, v, c)
	}
	return v
}

func inMRO(mro []*Class, c *Class) bool {
	for _, m := range mro {
		if m == c {
			return true
		}
	}
	return false
}

// classOf returns the class of an instance or exception.
func classOf(v starlark.Value) *Class {
	switch v := v.(type) {
	case *Instance:
		return v.Class
	case *Exception:
		return v.Class
	case *Class:
		return v
	}
	return NewClass(TypeName(v), "")
}

// IsAttributeError reports whether err is an AttributeError.
func IsAttributeError(err error) bool {
	if _, ok := err.(starlark.NoSuchAttrError); ok {
		return true // a class's (see Class.noAttr)
	}
	e, ok := AsException(err)
	return ok && e.Class.IsSubclass(AttributeError)
}

// wrapperAttr is attribute name of a staticmethod or classmethod object
// wrapping fn: __func__ and __wrapped__ are fn (package builtins gives
// it fn's __name__, __qualname__, __doc__ and __module__, as CPython
// 3.10 and later do).
func wrapperAttr(fn starlark.Value, name string) (starlark.Value, error) {
	switch name {
	case "__func__", "__wrapped__":
		return fn, nil
	}
	return nil, nil
}

var wrapperAttrNames = []string{"__func__", "__wrapped__"}

// Attr implements starlark.HasAttrs (see wrapperAttr).
func (m *StaticMethod) Attr(name string) (starlark.Value, error) { return wrapperAttr(m.Fn, name) }

// AttrNames implements starlark.HasAttrs.
func (m *StaticMethod) AttrNames() []string { return wrapperAttrNames }

// Attr implements starlark.HasAttrs (see wrapperAttr).
func (m *ClassMethod) Attr(name string) (starlark.Value, error) { return wrapperAttr(m.Fn, name) }

// AttrNames implements starlark.HasAttrs.
func (m *ClassMethod) AttrNames() []string { return wrapperAttrNames }
