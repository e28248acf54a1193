package functools

// This file defines singledispatch, singledispatchmethod and
// partialmethod: a generic function that picks its implementation by
// the class of its first argument (the first class of that argument's
// MRO with one registered), its method form, and a partial that binds
// the instance first.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// Dispatcher is the function singledispatch returns.
type Dispatcher struct {
	fn      starlark.Value // the default implementation, for object
	types   []*py.Class    // registered classes, in registration order
	impls   map[*py.Class]starlark.Value
	skipArg int // 1 for a singledispatchmethod's function: dispatch on args[1]
}

var (
	_ starlark.Callable = (*Dispatcher)(nil)
	_ starlark.HasAttrs = (*Dispatcher)(nil)
)

// singledispatch implements functools.singledispatch(func).
func singledispatch(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return newDispatcher(fn, 0), nil
}

func newDispatcher(fn starlark.Value, skip int) *Dispatcher {
	d := &Dispatcher{fn: fn, impls: map[*py.Class]starlark.Value{}, skipArg: skip}
	d.add(builtins.ObjectType, fn)
	return d
}

func (d *Dispatcher) add(cls *py.Class, fn starlark.Value) {
	if _, ok := d.impls[cls]; !ok {
		d.types = append(d.types, cls)
	}
	d.impls[cls] = fn
}

// dispatch returns the implementation for cls: that of the first class
// of its MRO registered.
func (d *Dispatcher) dispatch(cls *py.Class) starlark.Value {
	for _, m := range cls.MRO {
		if fn, ok := d.impls[m]; ok {
			return fn
		}
	}
	return d.fn
}

func (d *Dispatcher) String() string        { return "<function " + d.Name() + ">" }
func (d *Dispatcher) Type() string          { return "function" }
func (d *Dispatcher) Freeze()               {}
func (d *Dispatcher) Truth() starlark.Bool  { return true }
func (d *Dispatcher) Hash() (uint32, error) { return uint32(py.Addr(d)), nil }

// Name is the default implementation's name.
func (d *Dispatcher) Name() string {
	if n, ok := d.fn.(interface{ Name() string }); ok {
		return n.Name()
	}
	return "singledispatch"
}

// CallInternal calls the implementation for the class of the first
// argument.
func (d *Dispatcher) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) <= d.skipArg {
		return nil, py.Raisef(py.TypeError, "%s requires at least 1 positional argument", d.Name())
	}
	return starlark.Call(thread, d.dispatch(builtins.TypeOf(args[d.skipArg])), args, kwargs)
}

// Attr implements starlark.HasAttrs: register, dispatch, registry, and
// the default function's attributes (__name__, __doc__...).
func (d *Dispatcher) Attr(name string) (starlark.Value, error) {
	switch name {
	case "register":
		return starlark.NewBuiltin("register", d.register), nil
	case "dispatch":
		return starlark.NewBuiltin("dispatch", func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var cls *py.Class
			if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &cls); err != nil {
				return nil, err
			}
			return d.dispatch(cls), nil
		}), nil
	case "registry":
		r := starlark.NewDict(len(d.types))
		for _, c := range d.types {
			r.SetKey(c, d.impls[c])
		}
		r.Freeze()
		return r, nil
	case "__wrapped__":
		return d.fn, nil
	}
	return builtins.GetAttr(d.fn, name)
}

// AttrNames implements starlark.HasAttrs.
func (d *Dispatcher) AttrNames() []string {
	return []string{"__wrapped__", "dispatch", "register", "registry"}
}

// register is f.register(cls, func=None): as a decorator with a class,
// or of a function whose first parameter's annotation names the class.
func (d *Dispatcher) register(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var cls, fn starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &cls, &fn); err != nil {
		return nil, err
	}
	if classes, ok := dispatchClasses(cls); ok {
		if fn == nil {
			return starlark.NewBuiltin("register", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
				if len(args) != 1 || len(kwargs) > 0 {
					return nil, py.Raise(py.TypeError, "register() decorator takes one function")
				}
				d.addAll(classes, args[0])
				return args[0], nil
			}), nil
		}
		d.addAll(classes, fn)
		return fn, nil
	}
	if fn != nil {
		return nil, py.Raisef(py.TypeError, "Invalid first argument to `register()`. %s is not a class or union type.", py.Repr(cls))
	}
	c, err := annotatedClass(cls, d.skipArg)
	if err != nil {
		return nil, err
	}
	d.add(c, cls)
	return cls, nil
}

// dispatchClasses returns the classes register(cls) registers: cls, or
// the members of a union of classes (int | str, Union[int, str]).
func dispatchClasses(cls starlark.Value) ([]*py.Class, bool) {
	switch cls := cls.(type) {
	case *py.Class:
		return []*py.Class{cls}, true
	case *py.Union:
		var out []*py.Class
		for _, a := range cls.Args {
			c, ok := a.(*py.Class)
			if !ok {
				return nil, false
			}
			out = append(out, c)
		}
		return out, true
	}
	return nil, false
}

// addAll registers fn for each of classes.
func (d *Dispatcher) addAll(classes []*py.Class, fn starlark.Value) {
	for _, c := range classes {
		d.add(c, fn)
	}
}

// annotatedClass returns the class that the annotation of f's parameter
// i is, or names when it is text (a string annotation, or one under
// "from __future__ import annotations"): a name of f's module or a
// builtin, then attributes (mod.Class).
func annotatedClass(v starlark.Value, i int) (*py.Class, error) {
	f, ok := v.(*starlark.Function)
	if !ok || f.NumParams() <= i {
		return nil, py.Raisef(py.TypeError, "Invalid first argument to `register()`: %s. Use either `@register(some_class)` or plain `@register` on an annotated function.", py.Repr(v))
	}
	param, _ := f.Param(i)
	ann, _ := builtins.GetAttr(f, "__annotations__")
	var src starlark.Value
	if m, ok := ann.(starlark.Mapping); ok {
		src, _, _ = m.Get(starlark.String(param))
	}
	if c, ok := src.(*py.Class); ok {
		return c, nil
	}
	text, ok := starlark.AsString(src)
	if !ok {
		return nil, py.Raisef(py.TypeError, "Invalid first argument to `register()`: %s. Use either `@register(some_class)` or plain `@register` on an annotated function.", py.Repr(f))
	}
	parts := strings.Split(strings.TrimSpace(text), ".")
	v, found := f.Globals()[parts[0]]
	if !found {
		v, found = builtins.Universe()[parts[0]]
	}
	for _, p := range parts[1:] {
		if !found {
			break
		}
		var err error
		if v, err = builtins.GetAttr(v, p); err != nil {
			return nil, err
		}
	}
	c, ok := v.(*py.Class)
	if !found || !ok {
		return nil, py.Raisef(py.TypeError, "Invalid annotation for %s. %s is not a class.", py.Repr(starlark.String(param)), text)
	}
	return c, nil
}

// MethodDispatcher is a singledispatchmethod: read through an instance,
// a dispatcher on the argument after self, bound to it.
type MethodDispatcher struct{ *Dispatcher }

var _ py.NativeDescriptor = (*MethodDispatcher)(nil)

// singledispatchmethod implements functools.singledispatchmethod(func).
func singledispatchmethod(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return &MethodDispatcher{newDispatcher(fn, 1)}, nil
}

// DescGet implements py.NativeDescriptor.
func (m *MethodDispatcher) DescGet(_ *starlark.Thread, obj *py.Instance) (starlark.Value, error) {
	return &py.BoundMethod{Self: obj, Fn: m.Dispatcher, Class: obj.Class}, nil
}

// SetName implements py.NativeDescriptor.
func (m *MethodDispatcher) SetName(*py.Class, string) {}

// PartialMethod is a partialmethod: read through an instance, a partial
// of its function with the instance first.
type PartialMethod struct {
	fn     starlark.Value
	args   starlark.Tuple
	kwargs []starlark.Tuple
}

var _ py.NativeDescriptor = (*PartialMethod)(nil)

// partialmethod implements functools.partialmethod(func, /, *args, **keywords).
func partialmethod(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "type 'partialmethod' takes at least one argument")
	}
	if _, ok := args[0].(starlark.Callable); !ok {
		return nil, py.Raisef(py.TypeError, "%s is not callable or a descriptor", py.Repr(args[0]))
	}
	return &PartialMethod{fn: args[0], args: append(starlark.Tuple(nil), args[1:]...), kwargs: kwargs}, nil
}

func (p *PartialMethod) String() string        { return "functools.partialmethod(" + py.Repr(p.fn) + ", ...)" }
func (p *PartialMethod) Type() string          { return "partialmethod" }
func (p *PartialMethod) Freeze()               {}
func (p *PartialMethod) Truth() starlark.Bool  { return true }
func (p *PartialMethod) Hash() (uint32, error) { return uint32(py.Addr(p)), nil }

// DescGet implements py.NativeDescriptor.
func (p *PartialMethod) DescGet(_ *starlark.Thread, obj *py.Instance) (starlark.Value, error) {
	args := append(starlark.Tuple{obj}, p.args...)
	return &Partial{fn: p.fn, args: args, kwargs: p.kwargs}, nil
}

// SetName implements py.NativeDescriptor.
func (p *PartialMethod) SetName(*py.Class, string) {}
