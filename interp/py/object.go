package py

// This file defines user classes and their instances: class creation with
// a C3 MRO, instantiation through __init__, attribute lookup (properties,
// the instance dict, methods bound to the instance, native bases such as
// threading.Thread), bound methods and super().

import (
	"fmt"
	"strings"
	"weak"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// UserClass marks, as a Class's Ext, a class defined by a class statement.
type UserClass struct {
	rt   Host                  // the interpreter that defined it, for __class_getitem__
	subs []weak.Pointer[Class] // the classes with it as a direct base, for __subclasses__
}

// NativeInit is how a native class (threading.Thread, say) initialises
// an instance of a user subclass: it stores the native object in
// self.Native. It is exposed as the native class's __init__.
type NativeInit func(thread *starlark.Thread, self *Instance, args starlark.Tuple, kwargs []starlark.Tuple) error

// NewUserClass creates the class of a class statement. dict holds the
// names bound in the body.
func NewUserClass(thread *starlark.Thread, name, module string, bases []*Class, dict starlark.StringDict, root *Class) (*Class, error) {
	if len(bases) == 0 && root != nil {
		bases = []*Class{root}
	}
	if err := layoutConflict(bases); err != nil {
		return nil, err
	}
	for i, b := range bases {
		for _, prev := range bases[:i] {
			if b == prev {
				return nil, Raisef(TypeError, "duplicate base class %s", b.ClassName)
			}
		}
	}
	c := NewClass(name, module, bases...)
	if _, stuck := c3Merge(c); stuck != nil {
		var names []string
		for _, b := range stuck {
			names = append(names, b.ClassName)
		}
		return nil, Raisef(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
	}
	if _, ok := dict["__eq__"]; ok {
		if _, ok := dict["__hash__"]; !ok {
			dict["__hash__"] = starlark.None
		}
	}
	if f, ok := dict["__init_subclass__"].(*starlark.Function); ok {
		dict["__init_subclass__"] = &ClassMethod{Fn: f} // implicitly, as in CPython
	}
	if err := slotConflict(dict); err != nil {
		return nil, err
	}
	c.Dict = dict
	c.Ext = &UserClass{rt: HostOf(thread)}
	for _, b := range bases {
		if u, ok := b.Ext.(*UserClass); ok {
			u.subs = append(u.subs, weak.Make(c))
		}
	}
	return c, nil
}

// subclasses is type.__subclasses__() of a user class: the live classes
// that name it as a direct base, oldest first. (A builtin class answers
// an empty list: its subclasses may belong to other interpreters.)
func (c *Class) subclasses(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 || len(kwargs) > 0 {
		return nil, Raisef(TypeError, "%s.__subclasses__() takes no arguments (%d given)", c.qualName(), len(args)+len(kwargs))
	}
	var l []starlark.Value
	if u, ok := c.Ext.(*UserClass); ok {
		live := u.subs[:0]
		for _, w := range u.subs {
			if sub := w.Value(); sub != nil {
				live = append(live, w)
				l = append(l, sub)
			}
		}
		u.subs = live
	}
	return starlark.NewList(l), nil
}

// IsUser reports whether c or an ancestor was defined by a class statement.
func (c *Class) IsUser() bool {
	for _, m := range c.MRO {
		if _, ok := m.Ext.(*UserClass); ok {
			return true
		}
	}
	return false
}

// Instance is an instance of a user class. Its fields are guarded by the
// GIL of the Interpreter that created it.
type Instance struct {
	Class  *Class
	Dict   Attrs          // the instance's own attributes, as __dict__ lists them
	Native starlark.Value // the native base's object, once its __init__ ran
	rt     Host
	// slotVals holds the values of slots (see classFacts.dictSlots)
	// where the instance also has a __dict__, which does not list them.
	slotVals *Attrs
}

var (
	_ starlark.HasAttrs    = (*Instance)(nil)
	_ starlark.HasSetField = (*Instance)(nil)
	_ starlark.Comparable  = (*Instance)(nil)
	_ starlark.Callable    = (*Instance)(nil)
)

// instantiate implements calling a user class: __new__, then __init__
// when __new__ returned an instance of the class.
func instantiate(thread *starlark.Thread, c *Class, f *classFacts, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var self starlark.Value
	var err error
	if f.newFn != nil {
		self, err = starlark.Call(thread, f.newFn, prepend(c, args), kwargs)
		if err != nil || !classOf(self).IsSubclass(c) {
			return self, err
		}
		f = c.facts() // __new__ may have changed the class
	} else if self, err = allocate(thread, c, f, args, kwargs); err != nil {
		return nil, err
	}
	if f.init == nil {
		// object.__init__ ignores the arguments when __new__ is overridden
		if len(args)+len(kwargs) > 0 && !f.exception && !f.data() && f.newFn == nil {
			return nil, Raisef(TypeError, "%s() takes no arguments", c.ClassName)
		}
		if f.finalizer {
			registerFinalizer(self)
		}
		return self, nil
	}
	res, err := starlark.Call(thread, f.init, prepend(self, args), kwargs)
	if f.finalizer {
		registerFinalizer(self) // with its state as __init__ left it
	}
	if err != nil {
		return nil, err
	}
	if res != starlark.None {
		return nil, Raisef(TypeError, "__init__() should return None, not '%s'", TypeName(res))
	}
	if inst, ok := self.(*Instance); ok && inst.Class == c && isUserClass(c) {
		// The next instance's attributes get room for as many (up to the
		// size searched linearly, so that one odd instance costs little).
		if n := min(inst.Dict.Len(), attrsLinear); n > c.attrHint {
			c.attrHint = n
		}
	}
	return self, nil
}

// Allocate creates an uninitialized instance of the user class c, as
// object.__new__(c) does; args are those of the call, for the Alloc hook
// of a native base class.
func Allocate(thread *starlark.Thread, c *Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return allocate(thread, c, c.facts(), args, kwargs)
}

// allocate is Allocate given c's facts.
func allocate(thread *starlark.Thread, c *Class, f *classFacts, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if f.exception && c.IsSubclass(BaseExceptionGroup) {
		return newGroup(c, args, kwargs) // a script's subclass of ExceptionGroup
	}
	if f.exception {
		e := &Exception{Class: c, Args: args}
		if f.init == nil && excSlotNames(c) != nil {
			return e, e.setSlotKwargs(kwargs) // AttributeError(name=...)
		}
		return e, nil
	}
	inst := &Instance{Class: c, rt: HostOf(thread)}
	if n := c.attrHint; n > 0 && isUserClass(c) {
		inst.Dict = makeAttrs(n)
	}

	if f.native != nil && f.native.Alloc != nil {
		if err := f.native.Alloc(thread, inst, args, kwargs); err != nil {
			return nil, err
		}
	}
	return inst, nil
}

// PyClass returns the instance's class, for type() and isinstance.
func (o *Instance) PyClass() *Class { return o.Class }

// Type returns the class name, as type(x).__name__; a class named like
// one of the VM's types gets its module's name in front, since the VM
// takes two values whose types have one name for values of one Go type
// (class int: ... compared with an int would reach the int's own
// comparison).
func (o *Instance) Type() string { return o.Class.VMType() }

// VMType is the Type of c's instances: its name, with its module's in
// front for a class named like one of the VM's types.
func (c *Class) VMType() string {
	if vmTypeNames[c.ClassName] {
		return c.Module + "." + c.ClassName
	}
	return c.ClassName
}

// vmTypeNames are the Type names of go.starlark.net's values and of
// the builtin values whose comparisons expect their own Go type (None,
// compared by identity, is not among them: a class named NoneType is
// asked about == None, as in CPython).
var vmTypeNames = map[string]bool{
	"int": true, "float": true, "string": true, "bytes": true, "bool": true,
	"list": true, "tuple": true, "dict": true, "set": true, "frozenset": true, "range": true,
	"bytearray": true, "method": true,
}

func (o *Instance) Freeze() {}

// String is the repr without running script code.
func (o *Instance) String() string {
	if o.Native != nil {
		return o.Native.String()
	}
	// the VM may word an error with this text (see formatted.go)
	noteFormatted(o)
	if o.Class.Module == "" || o.Class.Module == "builtins" { // a class exec defined in a bare dict
		return fmt.Sprintf("<%s object at %#x>", o.Class.ClassName, Addr(o))
	}
	return fmt.Sprintf("<%s.%s object at %#x>", o.Class.Module, o.Class.qualName(), Addr(o))
}

// method returns the named special method bound to o, or nil; a
// special method set to None in the class (__hash__ = None) is absent.
// Only user classes and builtin data types (see NativeClass.Data)
// answer: the special methods of other native classes and object are
// Go's own.
func (o *Instance) method(name string) starlark.Value {
	if v, owner := o.Class.Lookup(name); v != nil && v != starlark.None {
		switch x := owner.Ext.(type) {
		case *UserClass:
			return bind(o, v, owner)
		case *NativeClass:
			if x.Data && !answeredByValue(name) || x.Slots {
				return bind(o, v, owner)
			}
		}
	}
	return nil
}

// thread returns the thread holding the GIL, for special methods called
// through interfaces that carry no thread (comparison, hashing, truth).
func (o *Instance) thread() *starlark.Thread {
	if o.rt != nil {
		return o.rt.Active()
	}
	return nil
}

// callSpecial calls a special method in the current thread.
func (o *Instance) callSpecial(m starlark.Value, args ...starlark.Value) (starlark.Value, error) {
	th := o.thread()
	if th == nil {
		return nil, Raise(RuntimeError, "special method called outside a script thread")
	}
	return starlark.Call(th, m, args, nil)
}

// Truth calls __bool__ or __len__ when defined. The VM's truth test
// can't fail, so their errors (and a __bool__ set to None) are raised at
// the thread's next step.
func (o *Instance) Truth() starlark.Bool {
	if !o.Class.facts().truth {
		return true
	}
	b, err := o.TruthErr()
	if err != nil {
		if o.rt != nil {
			o.rt.RaiseNext(ToException(err))
		}
	}
	return b
}

// TruthErr is bool(o): the result of __bool__ or __len__, or their
// error, in CPython's words.
func (o *Instance) TruthErr() (starlark.Bool, error) {
	if v, owner := o.Class.Lookup("__bool__"); v == starlark.None && isUserClass(owner) {
		return false, Raise(TypeError, "'NoneType' object is not callable")
	}
	if m := o.method("__bool__"); m != nil {
		v, err := o.callSpecial(m)
		if err != nil {
			return false, err
		}
		b, ok := v.(starlark.Bool)
		if !ok {
			return false, Raisef(TypeError, "__bool__ should return bool, returned %s", TypeName(v))
		}
		return b, nil
	}
	if n, has, err := o.LenErr(); has {
		return n > 0, err
	}
	if d := o.data(); d != nil {
		return d.Truth(), nil
	}
	return true, nil
}

// Hash calls __hash__, or hashes by identity; a class defining __eq__
// without __hash__ is unhashable, as in Python.
func (o *Instance) Hash() (uint32, error) {
	if o.Class.facts().plainHash {
		return uint32(Addr(o)), nil
	}
	if d := o.data(); d != nil {
		noteCrossKey(d) // crosskey.go
	}
	if m := o.method("__hash__"); m != nil {
		v, err := o.callSpecial(m)
		if err != nil {
			return 0, err
		}
		return v.Hash()
	}
	if o.classAttr("__hash__") == starlark.None {
		return 0, Raisef(TypeError, "unhashable type: '%s'", TypeName(o))
	}
	if d := o.data(); d != nil {
		return o.dataHash(d)
	}
	return uint32(Addr(o)), nil
}

// HashMethod calls the class's __hash__ for hash(o), reporting false
// when the class defines none.
func (o *Instance) HashMethod(thread *starlark.Thread) (starlark.Value, bool, error) {
	m := o.method("__hash__")
	if m == nil {
		return nil, false, nil
	}
	v, err := starlark.Call(thread, m, nil, nil)
	if err == nil {
		if _, ok := v.(starlark.Int); !ok {
			err = Raise(TypeError, "__hash__ method should return an integer")
		}
	}
	return v, true, err
}

// HashValue is HashMethod in the current thread: hash(o) as the
// class's __hash__ returns it, for a dict lookup that has no thread.
func (o *Instance) HashValue() (starlark.Value, bool, error) {
	th := o.thread()
	if th == nil {
		return nil, false, nil
	}
	return o.HashMethod(th)
}

// reflected maps a comparison to the one tried on the right operand.
var reflected = map[string]string{"__lt__": "__gt__", "__gt__": "__lt__", "__le__": "__ge__", "__ge__": "__le__", "__eq__": "__eq__", "__ne__": "__ne__"}

var compareNames = map[string]string{"==": "__eq__", "!=": "__ne__", "<": "__lt__", "<=": "__le__", ">": "__gt__", ">=": "__ge__"}

// CompareSameType calls the rich comparison methods: o's, then y's
// reflected one (y's first when y's class is a proper subclass of o's,
// its __ne__ defaulting to the inverse of its __eq__); a method that returns NotImplemented counts as
// missing. With neither, == and != compare identities (!= negates
// __eq__ if o has one).
func (o *Instance) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	name := compareNames[op.String()]
	other, _ := y.(*Instance)
	subFirst := other != nil && other.Class != o.Class && other.Class.IsSubclass(o.Class)
	if subFirst { // a subclass's reflected method comes first, as in CPython
		if r, ok, err := o.richCompare(other, reflected[name], o); ok || err != nil {
			return r, err
		}
		if name == "__ne__" && other.method("__ne__") == nil { // object.__ne__ inverts __eq__
			if r, ok, err := o.richCompare(other, "__eq__", o); ok || err != nil {
				return !r, err
			}
		}
	}
	if r, ok, err := o.richCompare(o, name, y); ok || err != nil {
		return r, err
	}
	if other != nil && !subFirst {
		if r, ok, err := o.richCompare(other, reflected[name], o); ok || err != nil {
			return r, err
		}
	}
	if d := o.data(); d != nil {
		return o.dataCompare(d, op, y, depth, false)
	}
	switch name {
	case "__eq__":
		return o == y, nil
	case "__ne__":
		if r, ok, err := o.richCompare(o, "__eq__", y); ok || err != nil {
			return !r, err
		}
		return o != y, nil
	}
	return false, Raisef(TypeError, "'%s' not supported between instances of '%s' and '%s'", op, o.Class.ClassName, TypeName(y))
}

// richCompare calls recv's comparison method name with y, reporting
// whether recv has one that didn't return NotImplemented.
func (o *Instance) richCompare(recv *Instance, name string, y starlark.Value) (bool, bool, error) {
	m := recv.method(name)
	if m == nil {
		return false, false, nil
	}
	caller := o
	if o.rt == nil {
		caller = recv // a dict's key probe (builtins.keyProbe) has no interpreter
	}
	v, err := caller.callSpecial(m, y)
	if err != nil || notImpl(v) {
		return false, false, err
	}
	return bool(v.Truth()), true, nil
}

// Name implements starlark.Callable.
func (o *Instance) Name() string { return o.Class.ClassName }

// CallInternal calls __call__.
func (o *Instance) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	m := o.method("__call__")
	if m == nil {
		return nil, Raisef(TypeError, "'%s' object is not callable", o.Class.ClassName)
	}
	return starlark.Call(thread, m, args, kwargs)
}

// Clone returns a new instance of o's class sharing o's native object,
// with a shallow copy of o's dict and no __init__ call, as copy.copy
// makes one.
func (o *Instance) Clone() *Instance {
	c := &Instance{Class: o.Class, Dict: o.Dict.clone(), Native: o.Native, rt: o.rt}
	if o.slotVals != nil {
		vals := o.slotVals.clone()
		c.slotVals = &vals
	}
	return c
}

// SlotValues returns the values of the slots that the instance's
// __dict__ does not list (a subclass without __slots__ of a class with
// them), in the order set; nil if none.
func (o *Instance) SlotValues() *starlark.Dict {
	if o.slotVals == nil || o.slotVals.Len() == 0 {
		return nil
	}
	d := starlark.NewDict(o.slotVals.Len())
	for i := range o.slotVals.Len() {
		k, v := o.slotVals.At(i)
		d.SetKey(starlark.String(k), v)
	}
	return d
}
