package py

// This file defines the class object, the root of every class's MRO, and
// the slot wrappers in its dict (object.__init__, object.__repr__,
// object.__setattr__, ...) that class-level lookups and super() reach.

import (
	"fmt"

	"go.starlark.net/starlark"
)

// Object is the class object. Every class derives from it; its dict holds
// the default special methods, which the special-method dispatch of
// instances never calls (they are what an instance does without them).
var Object = &Class{ClassName: "object", Dict: starlark.StringDict{}}

func init() {
	Object.MRO = []*Class{Object}
	for _, s := range []*Slot{
		{"__init__", objectInit},
		{"__repr__", objectRepr},
		{"__str__", objectStr},
		{"__getattribute__", objectGetattribute},
		{"__setattr__", objectSetattr},
		{"__delattr__", objectDelattr},
		{"__eq__", objectEq},
		{"__ne__", objectNe},
		{"__hash__", objectHash},
	} {
		Object.Dict[s.name] = s
	}
	Object.Dict["__init_subclass__"] = &ClassMethod{Fn: starlark.NewBuiltin("__init_subclass__", objectInitSubclass)}
}

// Sentinel is the value of object(): a unique, featureless instance.
type Sentinel struct{ _ byte }

func (o *Sentinel) String() string        { return fmt.Sprintf("<object object at %#x>", Addr(o)) }
func (o *Sentinel) Type() string          { return "object" }
func (o *Sentinel) Freeze()               {}
func (o *Sentinel) Truth() starlark.Bool  { return true }
func (o *Sentinel) Hash() (uint32, error) { return uint32(Addr(o)), nil }
func (o *Sentinel) PyClass() *Class       { return Object }

// Slot is a special method of object, implemented in Go. Its first
// argument is the instance, as for a def'd method.
type Slot struct {
	name string
	fn   func(thread *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)
}

var _ MethodLike = (*Slot)(nil)

func (s *Slot) Name() string          { return s.name }
func (s *Slot) String() string        { return fmt.Sprintf("<slot wrapper '%s' of 'object' objects>", s.name) }
func (s *Slot) Type() string          { return "wrapper_descriptor" }
func (s *Slot) Freeze()               {}
func (s *Slot) Truth() starlark.Bool  { return true }
func (s *Slot) Hash() (uint32, error) { return uint32(Addr(s)), nil }
func (s *Slot) BindsLikeFunction()    {}

// CallInternal calls the slot with its instance as first argument.
func (s *Slot) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, Raisef(TypeError, "descriptor '%s' of 'object' object needs an argument", s.name)
	}
	return s.fn(thread, args[0], args[1:], kwargs)
}

// slotArgs checks that a slot got exactly n arguments after self.
func slotArgs(name string, args starlark.Tuple, kwargs []starlark.Tuple, n int) error {
	if len(kwargs) > 0 {
		return Raisef(TypeError, "object.%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return Raisef(TypeError, "expected %d argument%s, got %d", n, plural(n), len(args))
	}
	return nil
}

// objectInit is object.__init__: it takes nothing but the instance,
// unless the class overrides __new__.
func objectInit(_ *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args)+len(kwargs) == 0 {
		return starlark.None, nil
	}
	c := classOf(self)
	if _, owner := c.Lookup("__new__"); owner != nil && isUserClass(owner) {
		return starlark.None, nil
	}
	init, owner := c.Lookup("__init__")
	if owner == Object {
		return nil, Raisef(TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", c.ClassName)
	}
	if init == Object.Dict["__init__"] { // C.__init__ = object.__init__
		return nil, Raisef(TypeError, "%s() takes no arguments", c.ClassName)
	}
	return nil, Raise(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
}

// objectRepr is object.__repr__: <module.Class object at 0x...>.
func objectRepr(_ *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := slotArgs("__repr__", args, kwargs, 0); err != nil {
		return nil, err
	}
	c := classOf(self)
	if c.Module == "" || c.Module == "builtins" {
		return starlark.String(fmt.Sprintf("<%s object at %#x>", c.ClassName, Addr(self))), nil
	}
	return starlark.String(fmt.Sprintf("<%s.%s object at %#x>", c.Module, c.qualName(), Addr(self))), nil
}

// objectStr is object.__str__: repr(self), with the class's __repr__.
func objectStr(thread *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := slotArgs("__str__", args, kwargs, 0); err != nil {
		return nil, err
	}
	s, err := ReprOf(thread, self)
	return starlark.String(s), err
}

// objectGetattribute is object.__getattribute__: the attribute without
// the class's own __getattribute__ or __getattr__.
func objectGetattribute(_ *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := slotArgs("__getattribute__", args, kwargs, 1); err != nil {
		return nil, err
	}
	name, ok := starlark.AsString(args[0])
	if !ok {
		return nil, Raisef(TypeError, "attribute name must be string, not '%s'", TypeName(args[0]))
	}
	var v starlark.Value
	var err error
	switch o := self.(type) {
	case *Instance:
		if v, err = o.genericAttr(name); v == nil && err == nil {
			err = o.noAttr(name)
		}
		return v, err
	case starlark.HasAttrs:
		v, err = o.Attr(name)
	}
	if v == nil && err == nil {
		err = Raisef(AttributeError, "'%s' object has no attribute '%s'", TypeName(self), name)
	}
	return v, err
}

// objectSetattr is object.__setattr__: it sets the attribute without
// calling the class's own __setattr__.
func objectSetattr(_ *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := slotArgs("__setattr__", args, kwargs, 2); err != nil {
		return nil, err
	}
	name, ok := starlark.AsString(args[0])
	if !ok {
		return nil, Raisef(TypeError, "attribute name must be string, not '%s'", TypeName(args[0]))
	}
	var err error
	switch o := self.(type) {
	case *Instance:
		err = o.setField(name, args[1])
	case starlark.HasSetField:
		err = o.SetField(name, args[1])
	default:
		err = Raisef(AttributeError, "'%s' object has no attribute '%s'", TypeName(self), name)
	}
	return starlark.None, err
}

// objectDelattr is object.__delattr__.
func objectDelattr(_ *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := slotArgs("__delattr__", args, kwargs, 1); err != nil {
		return nil, err
	}
	name, _ := starlark.AsString(args[0])
	if o, ok := self.(*Instance); ok {
		return starlark.None, o.delField(name)
	}
	return nil, Raisef(AttributeError, "'%s' object has no attribute '%s'", TypeName(self), name)
}

// objectEq is object.__eq__: identity.
func objectEq(_ *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := slotArgs("__eq__", args, kwargs, 1); err != nil {
		return nil, err
	}
	return starlark.Bool(self == args[0]), nil
}

// objectNe is object.__ne__: not ==, through the class's __eq__.
func objectNe(_ *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := slotArgs("__ne__", args, kwargs, 1); err != nil {
		return nil, err
	}
	eq, err := starlark.Equal(self, args[0])
	return !starlark.Bool(eq), err
}

// objectHash is object.__hash__: by identity.
func objectHash(_ *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := slotArgs("__hash__", args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.MakeUint(uint(uint32(Addr(self)))), nil
}

// objectInitSubclass is object.__init_subclass__: it accepts no
// class keywords.
func objectInitSubclass(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		c, _ := args[0].(*Class)
		return nil, Raisef(TypeError, "%s.__init_subclass__() takes no keyword arguments", c.ClassName)
	}
	if len(args) > 1 {
		return nil, Raisef(TypeError, "__init_subclass__() takes 0 positional arguments but %d were given", len(args)-1)
	}
	return starlark.None, nil
}
