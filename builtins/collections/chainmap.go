package collections

// This file defines ChainMap: a view of several mappings searched in
// order, whose writes go to the first.

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// ChainMapClass is collections.ChainMap.
var ChainMapClass = newClass("ChainMap", newChainMap)

// ChainMap is a collections.ChainMap. It is guarded by the GIL of the
// Interpreter that owns it.
type ChainMap struct {
	maps *starlark.List // the maps attribute: mappings, searched in order
}

var (
	_ starlark.IterableMapping = (*ChainMap)(nil)
	_ starlark.Container       = (*ChainMap)(nil)
	_ starlark.HasSetKey       = (*ChainMap)(nil)
	_ starlark.HasAttrs        = (*ChainMap)(nil)
	_ starlark.Comparable      = (*ChainMap)(nil)
)

// newChainMap implements ChainMap(*maps); with none, one empty dict.
// https://docs.python.org/3/library/collections.html#collections.ChainMap
func newChainMap(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "ChainMap.__init__() got an unexpected keyword argument '%s'", py.Str(kwargs[0][0]))
	}
	maps := append([]starlark.Value(nil), args...)
	if len(maps) == 0 {
		maps = []starlark.Value{new(starlark.Dict)}
	}
	return &ChainMap{maps: starlark.NewList(maps)}, nil
}

func (c *ChainMap) String() string {
	s, _ := c.repr(plainRepr)
	return s
}

// ScriptRepr implements py.ScriptReprer: the repr, with the __repr__ of
// the user objects in it.
func (c *ChainMap) ScriptRepr(thread *starlark.Thread) (string, error) {
	return c.repr(scriptRepr(thread))
}

func (c *ChainMap) repr(repr reprFunc) (string, error) {
	maps := make([]starlark.Value, c.maps.Len())
	for i := range maps {
		maps[i] = c.maps.Index(i)
	}
	parts, err := reprs(maps, repr)
	return "ChainMap(" + strings.Join(parts, ", ") + ")", err
}
func (c *ChainMap) Type() string { return "ChainMap" }
func (c *ChainMap) Freeze()      {}

// Truth is any(self.maps).
func (c *ChainMap) Truth() starlark.Bool {
	for i := 0; i < c.maps.Len(); i++ {
		if c.maps.Index(i).Truth() {
			return true
		}
	}
	return false
}
func (c *ChainMap) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'ChainMap'")
}

// PyClass returns collections.ChainMap.
func (c *ChainMap) PyClass() *py.Class { return ChainMapClass }

// Get implements starlark.Mapping: c[k], a KeyError if no map has k.
func (c *ChainMap) Get(k starlark.Value) (starlark.Value, bool, error) {
	v, found, err := c.lookup(k)
	if err == nil && !found {
		err = py.NewException(py.KeyError, k)
	}
	return v, found, err
}

// Has implements starlark.Container: k in c.
func (c *ChainMap) Has(k starlark.Value) (bool, error) {
	_, found, err := c.lookup(k)
	return found, err
}

// lookup finds k in the first map that has it.
func (c *ChainMap) lookup(k starlark.Value) (starlark.Value, bool, error) {
	for i := 0; i < c.maps.Len(); i++ {
		m, ok := c.maps.Index(i).(starlark.Mapping)
		if !ok {
			return nil, false, py.Raisef(py.TypeError, "'%s' object is not subscriptable", py.TypeName(c.maps.Index(i)))
		}
		if v, found, err := m.Get(k); err != nil || found {
			return v, found, err
		}
	}
	return nil, false, nil
}

// keys returns the keys of all maps, in CPython's order: those of the
// last map first.
func (c *ChainMap) keys() ([]starlark.Value, error) {
	seen := new(starlark.Dict)
	for i := c.maps.Len() - 1; i >= 0; i-- {
		m, ok := c.maps.Index(i).(starlark.IterableMapping)
		if !ok {
			return nil, py.Raisef(py.TypeError, "'%s' object is not iterable", py.TypeName(c.maps.Index(i)))
		}
		for _, kv := range m.Items() {
			if err := seen.SetKey(kv[0], starlark.None); err != nil {
				return nil, err
			}
		}
	}
	return seen.Keys(), nil
}

// Items implements starlark.IterableMapping.
func (c *ChainMap) Items() []starlark.Tuple {
	keys, _ := c.keys()
	out := make([]starlark.Tuple, 0, len(keys))
	for _, k := range keys {
		v, _, _ := c.lookup(k)
		out = append(out, starlark.Tuple{k, v})
	}
	return out
}

// Iterate implements starlark.Iterable: the keys.
func (c *ChainMap) Iterate() starlark.Iterator {
	keys, _ := c.keys()
	return starlark.Tuple(keys).Iterate()
}

// Len is the number of distinct keys.
func (c *ChainMap) Len() int {
	keys, _ := c.keys()
	return len(keys)
}

// SetKey implements starlark.HasSetKey: it writes to the first map.
func (c *ChainMap) SetKey(k, v starlark.Value) error {
	m, ok := c.maps.Index(0).(starlark.HasSetKey)
	if !ok {
		return py.Raisef(py.TypeError, "'%s' object does not support item assignment", py.TypeName(c.maps.Index(0)))
	}
	return m.SetKey(k, v)
}

// CompareSameType compares as dicts of the same items.
func (c *ChainMap) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return starlark.CompareDepth(op, c.asDict(), y.(*ChainMap).asDict(), depth)
}

// asDict returns dict(c).
func (c *ChainMap) asDict() *starlark.Dict {
	d := new(starlark.Dict)
	for _, kv := range c.Items() {
		d.SetKey(kv[0], kv[1])
	}
	return d
}

// chainMethods are ChainMap's methods.
var chainMethods = map[string]func(c *ChainMap, thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error){
	"new_child": func(c *ChainMap, thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		var m starlark.Value = new(starlark.Dict)
		if len(args) > 0 && args[0] != starlark.None {
			m = args[0]
		}
		maps := []starlark.Value{m}
		for i := 0; i < c.maps.Len(); i++ {
			maps = append(maps, c.maps.Index(i))
		}
		return &ChainMap{maps: starlark.NewList(maps)}, nil
	},
	"get": func(c *ChainMap, thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		v, found, err := c.lookup(args[0])
		if err != nil || found {
			return v, err
		}
		if len(args) > 1 {
			return args[1], nil
		}
		return starlark.None, nil
	},
	"keys": func(c *ChainMap, thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		return c.view(thread, "keys")
	},
	"values": func(c *ChainMap, thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		return c.view(thread, "values")
	},
	"items": func(c *ChainMap, thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		return c.view(thread, "items")
	},
	"copy": func(c *ChainMap, thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		first, err := starlark.Call(thread, starlark.Universe["dict"], starlark.Tuple{c.maps.Index(0)}, nil)
		if err != nil {
			return nil, err
		}
		maps := []starlark.Value{first}
		for i := 1; i < c.maps.Len(); i++ {
			maps = append(maps, c.maps.Index(i))
		}
		return &ChainMap{maps: starlark.NewList(maps)}, nil
	},
	"__delitem__": func(c *ChainMap, thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		return c.popFirst(thread, "pop", args[0], nil)
	},
	"pop": func(c *ChainMap, thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		var def starlark.Value
		if len(args) > 1 {
			def = args[1]
		}
		return c.popFirst(thread, "pop", args[0], def)
	},
	"clear": func(c *ChainMap, thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		return callMethod(thread, c.maps.Index(0), "clear")
	},
}

// chainArity is the count of positional arguments of each method: the
// least and the most.
var chainArity = map[string][2]int{"new_child": {0, 1}, "get": {1, 2}, "keys": {0, 0}, "values": {0, 0},
	"items": {0, 0}, "copy": {0, 0}, "__delitem__": {1, 1}, "pop": {1, 2}, "clear": {0, 0}}

// view returns dict(c).keys(), values() or items(): a snapshot view.
func (c *ChainMap) view(thread *starlark.Thread, name string) (starlark.Value, error) {
	return callMethod(thread, c.asDict(), name)
}

// popFirst pops k from the first map, with CPython's KeyError.
func (c *ChainMap) popFirst(thread *starlark.Thread, name string, k, def starlark.Value) (starlark.Value, error) {
	first := c.maps.Index(0)
	if m, ok := first.(starlark.Mapping); ok {
		if _, found, _ := m.Get(k); !found {
			if def != nil {
				return def, nil
			}
			return nil, py.Raisef(py.KeyError, "Key not found in the first mapping: %s", py.Repr(k))
		}
	}
	return callMethod(thread, first, name, k)
}

// callMethod calls recv.name(args...).
func callMethod(thread *starlark.Thread, recv starlark.Value, name string, args ...starlark.Value) (starlark.Value, error) {
	h, ok := recv.(starlark.HasAttrs)
	if !ok {
		return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute '%s'", py.TypeName(recv), name)
	}
	m, err := h.Attr(name)
	if err != nil || m == nil {
		return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute '%s'", py.TypeName(recv), name)
	}
	return starlark.Call(thread, m, args, nil)
}

// Attr implements starlark.HasAttrs: maps, parents and the methods.
func (c *ChainMap) Attr(name string) (starlark.Value, error) {
	switch name {
	case "maps":
		return c.maps, nil
	case "parents":
		var rest []starlark.Value
		for i := 1; i < c.maps.Len(); i++ {
			rest = append(rest, c.maps.Index(i))
		}
		if len(rest) == 0 {
			rest = []starlark.Value{new(starlark.Dict)}
		}
		return &ChainMap{maps: starlark.NewList(rest)}, nil
	}
	fn, ok := chainMethods[name]
	if !ok {
		return nil, nil
	}
	arity := chainArity[name]
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(kwargs) > 0 || len(args) < arity[0] || len(args) > arity[1] {
			return nil, py.Raisef(py.TypeError, "ChainMap.%s() takes from %d to %d positional arguments but %d were given", name, arity[0]+1, arity[1]+1, len(args)+1)
		}
		return fn(c, thread, args)
	}).BindReceiver(c), nil
}

// AttrNames implements starlark.HasAttrs.
func (c *ChainMap) AttrNames() []string {
	names := []string{"maps", "parents"}
	for k := range chainMethods {
		names = append(names, k)
	}
	return names
}
