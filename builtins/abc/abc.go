// Package abc is spindle's abc module: ABC, a base class whose
// subclasses can't be instantiated while they have abstract methods, and
// the abstractmethod decorator; ABC.register makes virtual subclasses.
// ABCMeta is not provided.
package abc

import (
	"sort"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the abc module. Members:
//
//	ABC (its subclasses' __abstractmethods__ is a frozenset; ABC.register(cls)), abstractmethod(func)
//	abstractproperty(fget, fset=None, fdel=None, doc=None)
var Module = &core.Module{Name: "abc", Members: starlark.StringDict{
	"ABC":              abcClass,
	"abstractmethod":   starlark.NewBuiltin("abstractmethod", abstractmethod),
	"abstractproperty": starlark.NewBuiltin("abstractproperty", abstractproperty),
}}

// abcClass is abc.ABC. Its Alloc hook refuses classes with abstract
// methods left.
var abcClass = func() *py.Class {
	c := py.NewClass("ABC", "abc", builtins.ObjectType)
	c.Ext = &py.NativeClass{New: newABC, Alloc: checkAbstract}
	c.Dict["__abstractmethods__"] = builtins.NewFrozenSet()
	return c
}()

func init() {
	abcClass.Dict["__init_subclass__"] = &py.ClassMethod{Fn: starlark.NewBuiltin("__init_subclass__", initSubclass)}
	abcClass.Dict["register"] = &py.ClassMethod{Fn: starlark.NewBuiltin("register", register)}
}

// initSubclass is ABC.__init_subclass__: it records the subclass's
// abstract methods as its __abstractmethods__, a frozenset, and passes
// keywords on to object.__init_subclass__.
func initSubclass(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	cls, ok := args[0].(*py.Class)
	if !ok {
		return nil, py.Raise(py.TypeError, "__init_subclass__ needs a class")
	}
	set := builtins.NewFrozenSet()
	for _, name := range abstractNames(cls) {
		if err := set.Insert(starlark.String(name)); err != nil {
			return nil, err
		}
	}
	cls.Dict["__abstractmethods__"] = set
	next, err := (&py.Super{Cls: abcClass, Self: cls}).Attr("__init_subclass__")
	if err != nil {
		return nil, err
	}
	return starlark.Call(thread, next, args[1:], kwargs)
}

// newABC implements ABC(): an ABC has no abstract methods, so it is
// made as object() is.
func newABC(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args)+len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "%s() takes no arguments", cls.ClassName)
	}
	return py.Allocate(thread, cls, nil, nil)
}

// checkAbstract raises CPython's TypeError when the class of self still
// has abstract methods: names whose first definition in the MRO is an
// @abstractmethod.
func checkAbstract(thread *starlark.Thread, self *py.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
	names := abstractNames(self.Class)
	if len(names) == 0 {
		return nil
	}
	what := "method"
	if len(names) > 1 {
		what = "methods"
	}
	return py.Raisef(py.TypeError, "Can't instantiate abstract class %s with abstract %s %s", self.Class.ClassName, what, strings.Join(names, ", "))
}

// abstractNames returns, sorted, the names whose first definition in
// cls's MRO is an @abstractmethod.
func abstractNames(cls *py.Class) []string {
	var names []string
	seen := map[string]bool{}
	for _, c := range cls.MRO {
		for name, v := range c.Dict {
			if seen[name] {
				continue
			}
			seen[name] = true
			if builtins.IsAbstract(v) {
				names = append(names, name)
			}
		}
	}
	sort.Strings(names)
	return names
}

// abstractmethod implements @abstractmethod: it sets the function's
// __isabstractmethod__ and returns the function itself.
func abstractmethod(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Value
	if len(args) > 1 {
		return nil, py.TooManyArgs(b.Name(), "1", 1, len(args))
	}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "funcobj", &fn); err != nil {
		return nil, err
	}
	if builtins.MarkAbstract(fn) {
		return fn, nil
	}
	if h, ok := fn.(starlark.HasSetField); ok {
		return fn, h.SetField("__isabstractmethod__", starlark.True)
	}
	return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute '__isabstractmethod__'", py.TypeName(fn))
}

// abstractproperty implements the deprecated @abstractproperty: a
// property that counts as an abstract method.
func abstractproperty(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	p, err := builtins.PropertyOf(b.Name(), args, kwargs)
	if err != nil {
		return nil, py.ToException(err)
	}
	p.Abstract = true
	return p, nil
}
