// Package collections is spindle's collections module: Counter,
// defaultdict, OrderedDict, deque, namedtuple and ChainMap, with CPython 3.11's
// reprs and messages. A namedtuple class is a subclass of tuple
// (namedtuple_class.go); scripts may subclass Counter, defaultdict,
// OrderedDict and deque (subclass.go).
package collections

// This file defines the module table and the dict methods that Counter,
// defaultdict and OrderedDict share.

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the collections module. Members:
//
//	Counter(iterable_or_mapping=None, /, **kwds)
//	defaultdict(default_factory=None, /, [...])
//	OrderedDict([items], /, **kwds)
//	deque(iterable=(), maxlen=None)
//	namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)
//	ChainMap(*maps)
//	UserDict, UserList, UserString (written in Python, read on first use)
var Module = &core.Module{Name: "collections", Members: starlark.StringDict{
	"__getattr__": starlark.NewBuiltin("__getattr__", userClass),
	"Counter":     CounterClass,
	"defaultdict": DefaultDictClass,
	"OrderedDict": OrderedDictClass,
	"deque":       DequeClass,
	"namedtuple":  starlark.NewBuiltin("namedtuple", namedtuple),
	"ChainMap":    ChainMapClass,
}}

func newClass(name string, fn func(*starlark.Thread, *py.Class, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)) *py.Class {
	c := py.NewClass(name, "collections")
	c.Generic = true
	c.Ext = &py.NativeClass{New: fn}
	return c
}

// dictLike is the dict underneath Counter, defaultdict and OrderedDict.
// It is guarded by the GIL of the Interpreter that owns it.
type dictLike struct {
	d *starlark.Dict
}

// CompareOther implements py.CrossComparable: == and != with a dict or
// another of collections' dict types compare the items, in any order.
func (d *dictLike) CompareOther(op syntax.Token, y starlark.Value, depth int, swapped bool) (bool, bool, error) {
	if op != syntax.EQL && op != syntax.NEQ {
		return false, false, nil
	}
	var yd *starlark.Dict
	switch y := y.(type) {
	case *starlark.Dict:
		yd = y
	case interface{ plainDict() *starlark.Dict }:
		yd = y.plainDict()
	default:
		return false, false, nil
	}
	r, err := starlark.CompareDepth(op, d.d, yd, depth)
	return r, true, err
}

// plainDict returns the dict holding the items.
func (d *dictLike) plainDict() *starlark.Dict { return d.d }

// ReversibleElems implements builtins.Reversible: the keys, in order.
func (d *dictLike) ReversibleElems() []starlark.Value { return d.d.Keys() }

// method is a dict method with its receiver's dict.
type method func(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

var dictMethods = map[string]method{
	"keys":        dictKeys,
	"values":      dictValues,
	"items":       dictItems,
	"get":         dictGet,
	"pop":         dictPop,
	"popitem":     dictPopitem,
	"setdefault":  dictSetdefault,
	"update":      dictUpdate,
	"clear":       dictClear,
	"__delitem__": dictDelitem,
}

// attr returns method name of self from table, else a dict method.
func attr(self starlark.Value, d *dictLike, table map[string]method, name string) (starlark.Value, error) {
	m, ok := table[name]
	if !ok {
		if m, ok = dictMethods[name]; !ok {
			return nil, nil
		}
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return m(thread, b, self, d, args, kwargs)
	}).BindReceiver(self), nil
}

func attrNames(table map[string]method) []string {
	var names []string
	for k := range dictMethods {
		names = append(names, k)
	}
	for k := range table {
		names = append(names, k)
	}
	return names
}

func (d *dictLike) Len() int { return d.d.Len() }
func (d *dictLike) Iterate() starlark.Iterator {
	return d.keysIter("dictionary changed size during iteration")
}
func (d *dictLike) Items() []starlark.Tuple          { return d.d.Items() }
func (d *dictLike) Keys() []starlark.Value           { return d.d.Keys() }
func (d *dictLike) SetKey(k, v starlark.Value) error { return hashErr(builtins.StoreKey(d.d, k, v), k) }
func (d *dictLike) Has(k starlark.Value) (bool, error) {
	_, found, err := d.lookup(k)
	return found, err
}
func (d *dictLike) Truth() starlark.Bool { return d.d.Len() > 0 }
func (d *dictLike) Freeze()              { d.d.Freeze() }

// lookup finds k as a dict does (builtins.LookupKey): d[1] finds the
// key True, or an IntEnum member of value 1.
func (d *dictLike) lookup(k starlark.Value) (starlark.Value, bool, error) {
	v, found, err := builtins.LookupKey(d.d, k)
	return v, found, hashErr(err, k)
}

// hashErr turns Starlark's unhashable error into CPython's TypeError.
func hashErr(err error, k starlark.Value) error {
	if err != nil && strings.Contains(err.Error(), "unhashable") {
		return py.Raisef(py.TypeError, "unhashable type: '%s'", py.TypeName(k))
	}
	return err
}

// itemsRepr is the {k: v, ...} repr of items.
func itemsRepr(items []starlark.Tuple, repr reprFunc) (string, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, kv := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		k, err := repr(kv[0])
		if err != nil {
			return "", err
		}
		v, err := repr(kv[1])
		if err != nil {
			return "", err
		}
		b.WriteString(k + ": " + v)
	}
	b.WriteByte('}')
	return b.String(), nil
}

// reprFunc renders an element in a container's repr: plainRepr, or
// scriptRepr, which runs the __repr__ of user classes.
type reprFunc func(starlark.Value) (string, error)

func plainRepr(v starlark.Value) (string, error) { return py.Repr(v), nil }

func scriptRepr(thread *starlark.Thread) reprFunc {
	return func(v starlark.Value) (string, error) { return py.ReprOf(thread, v) }
}

// reprs renders values with repr.
func reprs(values []starlark.Value, repr reprFunc) ([]string, error) {
	parts := make([]string, len(values))
	for i, v := range values {
		var err error
		if parts[i], err = repr(v); err != nil {
			return nil, err
		}
	}
	return parts, nil
}

func noArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) error {
	return starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0)
}

func dictKeys(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.NewList(d.d.Keys()), nil
}

func dictValues(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	var out []starlark.Value
	for _, kv := range d.d.Items() {
		out = append(out, kv[1])
	}
	return starlark.NewList(out), nil
}

func dictItems(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	var out []starlark.Value
	for _, kv := range d.d.Items() {
		out = append(out, kv)
	}
	return starlark.NewList(out), nil
}

func dictGet(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k, def starlark.Value = nil, starlark.None
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &k, &def); err != nil {
		return nil, err
	}
	v, found, err := d.lookup(k)
	if err != nil || !found {
		return def, err
	}
	return v, nil
}

func dictPop(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k, def starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &k, &def); err != nil {
		return nil, err
	}
	v, found, err := d.d.Delete(k)
	if err != nil {
		return nil, hashErr(err, k)
	}
	if !found {
		if def != nil {
			return def, nil
		}
		return nil, py.NewException(py.KeyError, k)
	}
	return v, nil
}

func dictPopitem(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	items := d.d.Items()
	if len(items) == 0 {
		return nil, py.Raise(py.KeyError, "popitem(): dictionary is empty")
	}
	kv := items[len(items)-1]
	d.d.Delete(kv[0])
	return kv, nil
}

func dictSetdefault(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k, def starlark.Value = nil, starlark.None
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &k, &def); err != nil {
		return nil, err
	}
	v, found, err := d.lookup(k)
	if err != nil || found {
		return v, err
	}
	return def, d.SetKey(k, def)
}

// dictUpdate is dict.update: pairs from a mapping or an iterable of
// pairs, then keywords.
func dictUpdate(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "update expected at most 1 argument, got %d", len(args))
	}
	pairs, err := pairsOf(thread, args, kwargs)
	if err != nil {
		return nil, err
	}
	for _, kv := range pairs {
		if err := d.SetKey(kv[0], kv[1]); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

// pairsOf lists the key-value pairs of dict(*args, **kwargs).
func pairsOf(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) ([]starlark.Tuple, error) {
	var out []starlark.Tuple
	if len(args) == 1 {
		switch a := args[0].(type) {
		case starlark.IterableMapping:
			out = append(out, a.Items()...)
		default:
			i := 0
			err := builtins.ForEach(thread, a, func(x starlark.Value) error {
				if !builtins.IsIterable(x) {
					return py.Raisef(py.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
				}
				pair, err := builtins.Elements(thread, x)
				if err != nil {
					return err
				}
				if len(pair) != 2 {
					return py.Raisef(py.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
				}
				out = append(out, starlark.Tuple{pair[0], pair[1]})
				i++
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
	}
	return append(out, kwargs...), nil
}

func dictClear(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.None, d.d.Clear()
}

func dictDelitem(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &k); err != nil {
		return nil, err
	}
	_, found, err := d.d.Delete(k)
	if err != nil {
		return nil, hashErr(err, k)
	}
	if !found {
		return nil, py.NewException(py.KeyError, k)
	}
	return starlark.None, nil
}

// keysIter iterates over a snapshot of a dict's keys, as CPython's dict
// iterator does: the dict stays mutable while an iterator is suspended
// (next(iter(od)) then del od[k]), and a change of its size ends the
// iteration with a RuntimeError.
type keysIter struct {
	d       *starlark.Dict
	keys    []starlark.Value
	n       int
	changed string // the RuntimeError's message
	err     error
}

func (d *dictLike) keysIter(changed string) *keysIter {
	return &keysIter{d: d.d, keys: d.d.Keys(), n: d.d.Len(), changed: changed}
}

func (it *keysIter) Next(p *starlark.Value) bool {
	if it.err != nil || len(it.keys) == 0 {
		return false
	}
	if it.d.Len() != it.n {
		it.err = py.Raise(py.RuntimeError, it.changed)
		return false
	}
	*p, it.keys = it.keys[0], it.keys[1:]
	return true
}

func (it *keysIter) Done()      {}
func (it *keysIter) Err() error { return it.err }
