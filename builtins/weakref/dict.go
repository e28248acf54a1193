package weakref

// This file defines WeakValueDictionary.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// WeakValueDictionary maps keys to objects it holds weakly: an entry
// disappears once its object is freed.
type WeakValueDictionary struct {
	refs *starlark.Dict // key -> *Ref
}

var (
	_ starlark.HasSetKey = (*WeakValueDictionary)(nil)
	_ starlark.HasAttrs  = (*WeakValueDictionary)(nil)
	_ starlark.Iterable  = (*WeakValueDictionary)(nil)
	_ starlark.Sequence  = (*WeakValueDictionary)(nil)
)

func newWeakValueDictionary(args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("WeakValueDictionary", args, kwargs, 0); err != nil {
		return nil, err
	}
	return &WeakValueDictionary{refs: starlark.NewDict(8)}, nil
}

// live returns the live entries.
func (d *WeakValueDictionary) live() []starlark.Tuple {
	var out []starlark.Tuple
	for _, kv := range d.refs.Items() {
		if v := kv[1].(*Ref).Get(); v != nil {
			out = append(out, starlark.Tuple{kv[0], v})
		}
	}
	return out
}

func (d *WeakValueDictionary) String() string {
	return fmt.Sprintf("<WeakValueDictionary at %#x>", py.Addr(d))
}
func (d *WeakValueDictionary) Type() string { return "WeakValueDictionary" }

// PyClass is type(d): weakref.WeakValueDictionary.
func (d *WeakValueDictionary) PyClass() *py.Class   { return WeakValueDictionaryClass }
func (d *WeakValueDictionary) Freeze()              {}
func (d *WeakValueDictionary) Truth() starlark.Bool { return len(d.live()) > 0 }
func (d *WeakValueDictionary) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'WeakValueDictionary'")
}
func (d *WeakValueDictionary) Len() int { return len(d.live()) }

// Iterate yields the keys of live entries.
func (d *WeakValueDictionary) Iterate() starlark.Iterator {
	var keys []starlark.Value
	for _, kv := range d.live() {
		keys = append(keys, kv[0])
	}
	return starlark.NewList(keys).Iterate()
}

// Get implements d[k], raising KeyError for a missing k.
func (d *WeakValueDictionary) Get(k starlark.Value) (starlark.Value, bool, error) {
	v, ok, err := d.lookup(k)
	if err == nil && !ok {
		err = py.NewException(py.KeyError, k)
	}
	return v, ok, err
}

// lookup returns k's object, if k has a live entry.
func (d *WeakValueDictionary) lookup(k starlark.Value) (starlark.Value, bool, error) {
	r, found, err := d.refs.Get(k)
	if err != nil || !found {
		return nil, false, err
	}
	if v := r.(*Ref).Get(); v != nil {
		return v, true, nil
	}
	return nil, false, nil
}

// SetKey implements d[k] = v.
func (d *WeakValueDictionary) SetKey(k, v starlark.Value) error {
	r, err := newWeak(v)
	if err != nil {
		return err
	}
	return d.refs.SetKey(k, r)
}

// Attr returns get, keys, values, items or pop.
func (d *WeakValueDictionary) Attr(name string) (starlark.Value, error) {
	fn, ok := dictMethods[name]
	if !ok {
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(d, args, kwargs)
	}), nil
}

// AttrNames implements starlark.HasAttrs.
func (d *WeakValueDictionary) AttrNames() []string {
	return []string{"__delitem__", "get", "items", "keys", "pop", "values"}
}

var dictMethods = map[string]func(*WeakValueDictionary, starlark.Tuple, []starlark.Tuple) (starlark.Value, error){
	"__delitem__": func(d *WeakValueDictionary, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var k starlark.Value
		if err := starlark.UnpackPositionalArgs("__delitem__", args, kwargs, 1, &k); err != nil {
			return nil, err
		}
		_, err := d.pop(k, nil)
		return starlark.None, err
	},
	"get": func(d *WeakValueDictionary, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var k starlark.Value
		var def starlark.Value = starlark.None
		if err := starlark.UnpackPositionalArgs("get", args, kwargs, 1, &k, &def); err != nil {
			return nil, err
		}
		if v, ok, err := d.lookup(k); err != nil || ok {
			return v, err
		}
		return def, nil
	},
	"keys": func(d *WeakValueDictionary, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return d.column(0), nil
	},
	"values": func(d *WeakValueDictionary, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return d.column(1), nil
	},
	"items": func(d *WeakValueDictionary, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var out []starlark.Value
		for _, kv := range d.live() {
			out = append(out, kv)
		}
		return starlark.NewList(out), nil
	},
	"pop": func(d *WeakValueDictionary, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var k, def starlark.Value
		if err := starlark.UnpackPositionalArgs("pop", args, kwargs, 1, &k, &def); err != nil {
			return nil, err
		}
		return d.pop(k, def)
	},
}

// pop removes k's entry and returns its object, or def if k has none
// (KeyError without def).
func (d *WeakValueDictionary) pop(k, def starlark.Value) (starlark.Value, error) {
	v, ok, err := d.lookup(k)
	if err != nil {
		return nil, err
	}
	d.refs.Delete(k)
	if ok {
		return v, nil
	}
	if def != nil {
		return def, nil
	}
	return nil, py.NewException(py.KeyError, k)
}

func (d *WeakValueDictionary) column(i int) starlark.Value {
	var out []starlark.Value
	for _, kv := range d.live() {
		out = append(out, kv[i])
	}
	return starlark.NewList(out)
}
