package collections

// This file defines defaultdict and OrderedDict.

import (
	"context"
	"fmt"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// The dict classes.
var (
	DefaultDictClass = newClass("defaultdict", newDefaultDict)
	OrderedDictClass = newClass("OrderedDict", newOrderedDict)
)

// DefaultDict is a collections.defaultdict: a missing key is set to
// default_factory(). It is guarded by the GIL of the Interpreter that
// owns it.
type DefaultDict struct {
	dictLike
	factory starlark.Value // None or a callable
	rt      *core.Runtime  // nil outside an Interpreter
}

var (
	_ starlark.IterableMapping = (*DefaultDict)(nil)
	_ starlark.HasSetKey       = (*DefaultDict)(nil)
	_ starlark.Container       = (*DefaultDict)(nil)
	_ starlark.HasSetField     = (*DefaultDict)(nil)
)

// newDefaultDict implements defaultdict(default_factory=None, /, ...).
// https://docs.python.org/3/library/collections.html#collections.defaultdict
func newDefaultDict(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var factory starlark.Value = starlark.None
	if len(args) > 0 {
		factory, args = args[0], args[1:]
	}
	if _, ok := factory.(starlark.Callable); !ok && factory != starlark.None {
		return nil, py.Raise(py.TypeError, "first argument must be callable or None")
	}
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "dict expected at most 1 argument, got %d", len(args))
	}
	d := &DefaultDict{dictLike: dictLike{starlark.NewDict(0)}, factory: factory, rt: core.RuntimeOf(thread)}
	pairs, err := pairsOf(thread, args, kwargs)
	if err != nil {
		return nil, err
	}
	for _, kv := range pairs {
		if err := d.SetKey(kv[0], kv[1]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// Get returns d[k], inserting default_factory() for a missing key.
// Starlark's Mapping.Get has no thread, so the factory runs on a fresh
// script thread of the same Interpreter (the caller holds its GIL).
func (d *DefaultDict) Get(k starlark.Value) (starlark.Value, bool, error) {
	v, found, err := d.lookup(k)
	if err != nil || found {
		return v, found, err
	}
	if d.factory == starlark.None {
		return nil, false, py.NewException(py.KeyError, k)
	}
	th := &starlark.Thread{Name: "defaultdict"}
	if d.rt != nil {
		th = d.rt.NewThread(context.Background(), "defaultdict").ST
	}
	v, err = starlark.Call(th, d.factory, nil, nil)
	if err != nil {
		return nil, false, err
	}
	return v, true, d.SetKey(k, v)
}

func (d *DefaultDict) String() string {
	s, _ := d.repr(plainRepr)
	return s
}

// ScriptRepr implements py.ScriptReprer: the repr, with the __repr__ of
// the user objects in it.
func (d *DefaultDict) ScriptRepr(thread *starlark.Thread) (string, error) {
	return d.repr(scriptRepr(thread))
}

func (d *DefaultDict) repr(repr reprFunc) (string, error) {
	items, err := itemsRepr(d.Items(), repr)
	return "defaultdict(" + factoryRepr(d.factory) + ", " + items + ")", err
}

// factoryRepr shows builtin type factories as classes, also when the
// Starlark universe provides them as functions.
func factoryRepr(f starlark.Value) string {
	if b, ok := f.(*starlark.Builtin); ok && b.Receiver() == nil {
		switch b.Name() {
		case "list", "dict", "set", "int", "float", "str", "tuple", "bool", "bytes":
			return fmt.Sprintf("<class '%s'>", b.Name())
		}
	}
	return py.Repr(f)
}

func (d *DefaultDict) Type() string { return "defaultdict" }
func (d *DefaultDict) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'collections.defaultdict'")
}

// PyClass returns collections.defaultdict.
func (d *DefaultDict) PyClass() *py.Class { return DefaultDictClass }

var defaultDictMethods = map[string]method{"copy": defaultDictCopy}

// Attr implements starlark.HasAttrs.
func (d *DefaultDict) Attr(name string) (starlark.Value, error) {
	if name == "default_factory" {
		return d.factory, nil
	}
	return attr(d, &d.dictLike, defaultDictMethods, name)
}

// AttrNames implements starlark.HasAttrs.
func (d *DefaultDict) AttrNames() []string {
	return append(attrNames(defaultDictMethods), "default_factory")
}

// SetField sets default_factory.
func (d *DefaultDict) SetField(name string, v starlark.Value) error {
	if name != "default_factory" {
		return py.Raisef(py.AttributeError, "'collections.defaultdict' object has no attribute '%s'", name)
	}
	d.factory = v
	return nil
}

func defaultDictCopy(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	src := self.(*DefaultDict)
	c := &DefaultDict{dictLike: dictLike{starlark.NewDict(d.Len())}, factory: src.factory, rt: src.rt}
	for _, kv := range d.Items() {
		c.SetKey(kv[0], kv[1])
	}
	return c, nil
}

// OrderedDict is a collections.OrderedDict. It is guarded by the GIL of
// the Interpreter that owns it.
type OrderedDict struct {
	dictLike
	attrs py.AttrDict // attributes set by scripts
}

var (
	_ starlark.IterableMapping = (*OrderedDict)(nil)
	_ starlark.HasSetKey       = (*OrderedDict)(nil)
	_ starlark.Container       = (*OrderedDict)(nil)
	_ starlark.Comparable      = (*OrderedDict)(nil)
)

func init() {
	OrderedDictClass.Dict["fromkeys"] = &py.StaticMethod{Fn: starlark.NewBuiltin("fromkeys", orderedFromkeys)}
}

// orderedFromkeys implements OrderedDict.fromkeys(iterable, value=None).
func orderedFromkeys(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var keys, value starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "iterable", &keys, "value?", &value); err != nil {
		return nil, err
	}
	elems, err := builtins.Elements(thread, keys)
	if err != nil {
		return nil, err
	}
	d := &OrderedDict{dictLike: dictLike{starlark.NewDict(len(elems))}}
	for _, k := range elems {
		if err := d.SetKey(k, value); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// newOrderedDict implements OrderedDict([items], /, **kwds).
// https://docs.python.org/3/library/collections.html#collections.OrderedDict
func newOrderedDict(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "expected at most 1 arguments, got %d", len(args))
	}
	d := &OrderedDict{dictLike: dictLike{starlark.NewDict(0)}}
	pairs, err := pairsOf(thread, args, kwargs)
	if err != nil {
		return nil, err
	}
	for _, kv := range pairs {
		if err := d.SetKey(kv[0], kv[1]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// Iterate implements starlark.Iterable, with OrderedDict's words for a
// change during the iteration.
func (d *OrderedDict) Iterate() starlark.Iterator {
	return d.keysIter("OrderedDict mutated during iteration")
}

// Get implements starlark.Mapping.
func (d *OrderedDict) Get(k starlark.Value) (starlark.Value, bool, error) {
	v, found, err := d.lookup(k)
	if !found && err == nil {
		err = py.NewException(py.KeyError, k)
	}
	return v, found, err
}

// String returns CPython 3.11's repr: OrderedDict([('a', 1)]).
func (d *OrderedDict) String() string {
	s, _ := d.repr(plainRepr)
	return s
}

// ScriptRepr implements py.ScriptReprer: the repr, with the __repr__ of
// the user objects in it.
func (d *OrderedDict) ScriptRepr(thread *starlark.Thread) (string, error) {
	return d.repr(scriptRepr(thread))
}

func (d *OrderedDict) repr(repr reprFunc) (string, error) {
	if d.Len() == 0 {
		return "OrderedDict()", nil
	}
	items := d.Items()
	values := make([]starlark.Value, len(items))
	for i, kv := range items {
		values[i] = kv
	}
	parts, err := reprs(values, repr)
	return "OrderedDict([" + strings.Join(parts, ", ") + "])", err
}
func (d *OrderedDict) Type() string { return "OrderedDict" }
func (d *OrderedDict) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'collections.OrderedDict'")
}

// PyClass returns collections.OrderedDict.
func (d *OrderedDict) PyClass() *py.Class { return OrderedDictClass }

var orderedDictMethods = map[string]method{
	"move_to_end": orderedMoveToEnd,
	"popitem":     orderedPopitem,
	"copy":        orderedCopy,
}

// Attr implements starlark.HasAttrs.
func (d *OrderedDict) Attr(name string) (starlark.Value, error) {
	if v, ok := d.attrs.Get(name); ok {
		return v, nil
	}
	return attr(d, &d.dictLike, orderedDictMethods, name)
}

// AttrNames implements starlark.HasAttrs.
func (d *OrderedDict) AttrNames() []string {
	return append(attrNames(orderedDictMethods), d.attrs.Names()...)
}

// SetField sets an attribute: an OrderedDict has a __dict__.
func (d *OrderedDict) SetField(name string, v starlark.Value) error { return d.attrs.Set(name, v) }

// DelField deletes an attribute a script set.
func (d *OrderedDict) DelField(name string) error { return d.attrs.Delete(d, name) }

// CompareSameType implements order-sensitive == and !=.
func (d *OrderedDict) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	if op != syntax.EQL && op != syntax.NEQ {
		return false, py.Raisef(py.TypeError, "'%s' not supported between instances of 'OrderedDict' and 'OrderedDict'", op)
	}
	a, b := d.Items(), y.(*OrderedDict).Items()
	eq := len(a) == len(b)
	for i := 0; eq && i < len(a); i++ {
		e, err := starlark.EqualDepth(a[i], b[i], depth-1)
		if err != nil {
			return false, err
		}
		eq = e
	}
	return eq == (op == syntax.EQL), nil
}

func orderedMoveToEnd(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k starlark.Value
	last := true
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "key", &k, "last?", &last); err != nil {
		return nil, err
	}
	v, found, err := d.d.Delete(k)
	if err != nil {
		return nil, hashErr(err, k)
	}
	if !found {
		return nil, py.NewException(py.KeyError, k)
	}
	if last {
		return starlark.None, d.SetKey(k, v)
	}
	rest := d.Items()
	d.d.Clear()
	d.SetKey(k, v)
	for _, kv := range rest {
		d.SetKey(kv[0], kv[1])
	}
	return starlark.None, nil
}

func orderedPopitem(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	last := true
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "last?", &last); err != nil {
		return nil, err
	}
	items := d.Items()
	if len(items) == 0 {
		return nil, py.Raise(py.KeyError, "dictionary is empty")
	}
	kv := items[len(items)-1]
	if !last {
		kv = items[0]
	}
	d.d.Delete(kv[0])
	return kv, nil
}

func orderedCopy(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	c := &OrderedDict{dictLike: dictLike{starlark.NewDict(d.Len())}}
	for _, kv := range d.Items() {
		c.SetKey(kv[0], kv[1])
	}
	return c, nil
}
