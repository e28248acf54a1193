package weakref

// This file defines WeakKeyDictionary and WeakSet over weakTable, a
// table in insertion order of entries whose keys it holds weakly: an
// entry goes once its key is freed. Keys are found by hash and ==, as
// CPython finds the weak references it keys its dict with.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

type weakEntry struct {
	key   *Ref
	hash  uint32
	value starlark.Value
	gone  bool // deleted
}

type weakTable struct {
	entries []*weakEntry
	index   map[uint32][]*weakEntry
}

func newWeakTable() *weakTable { return &weakTable{index: map[uint32][]*weakEntry{}} }

// find returns the live entry whose key is or equals k; nil for a k
// that cannot be weakly referenced.
func (t *weakTable) find(k starlark.Value) (*weakEntry, error) {
	if _, _, err := pointerOf(k); err != nil {
		return nil, nil
	}
	h, err := k.Hash()
	if err != nil {
		return nil, err
	}
	for _, e := range t.index[h] {
		kv := e.key.Get()
		if kv == nil || e.gone {
			continue
		}
		if kv == k {
			return e, nil
		}
		if eq, err := starlark.Equal(kv, k); err != nil || eq {
			return e, err
		}
	}
	return nil, nil
}

// set sets k's value, adding an entry at the end for a new k.
func (t *weakTable) set(k, v starlark.Value) error {
	e, err := t.find(k)
	if err != nil || e != nil {
		if e != nil {
			e.value = v
		}
		return err
	}
	r, err := newWeak(k)
	if err != nil {
		return err
	}
	h, err := k.Hash()
	if err != nil {
		return err
	}
	e = &weakEntry{key: r, hash: h, value: v}
	t.entries = append(t.entries, e)
	t.index[h] = append(t.index[h], e)
	return nil
}

// remove deletes k's entry, reporting whether there was one.
func (t *weakTable) remove(k starlark.Value) (*weakEntry, error) {
	e, err := t.find(k)
	if e != nil {
		e.gone = true
		t.live()
	}
	return e, err
}

// mustRemove is remove, raising CPython's KeyError for a missing k.
func (t *weakTable) mustRemove(k starlark.Value) error {
	e, err := t.remove(k)
	if err == nil && e == nil {
		err = missing(k)
	}
	return err
}

// live returns the entries whose keys are alive, dropping the others.
func (t *weakTable) live() []*weakEntry {
	kept := t.entries[:0]
	for _, e := range t.entries {
		if !e.gone && e.key.Get() != nil {
			kept = append(kept, e)
		}
	}
	if len(kept) != len(t.entries) {
		clear(t.entries[len(kept):])
		t.entries = kept
		t.index = make(map[uint32][]*weakEntry, len(kept))
		for _, e := range kept {
			t.index[e.hash] = append(t.index[e.hash], e)
		}
	}
	return t.entries
}

// list returns f of each live entry, as a list.
func (t *weakTable) list(f func(*weakEntry) starlark.Value) *starlark.List {
	entries := t.live()
	out := make([]starlark.Value, len(entries))
	for i, e := range entries {
		out[i] = f(e)
	}
	return starlark.NewList(out)
}

func entryKey(e *weakEntry) starlark.Value { return e.key.Get() }

// missing is CPython's KeyError for key k missing from a weak table: its
// argument is a weak reference to k, the key CPython looked up; or the
// TypeError of a k that cannot be weakly referenced.
func missing(k starlark.Value) error {
	r, err := newWeak(k)
	if err != nil {
		return err
	}
	return py.NewException(py.KeyError, r)
}

// fill adds the keys of iterable items (pairs for a dictionary) to t.
func (t *weakTable) fill(items starlark.Value, pairs bool) error {
	if d, ok := items.(*starlark.Dict); ok && pairs {
		items = starlark.NewList(tuples(d.Items()))
	}
	iter, ok := items.(starlark.Iterable)
	if !ok {
		return py.Raisef(py.TypeError, "'%s' object is not iterable", py.TypeName(items))
	}
	it := iter.Iterate()
	defer it.Done()
	var x starlark.Value
	for it.Next(&x) {
		if !pairs {
			if err := t.set(x, starlark.None); err != nil {
				return err
			}
			continue
		}
		kv, ok := x.(starlark.Indexable)
		if !ok || kv.Len() != 2 {
			return py.Raise(py.TypeError, "cannot convert dictionary update sequence element #0 to a sequence")
		}
		if err := t.set(kv.Index(0), kv.Index(1)); err != nil {
			return err
		}
	}
	return nil
}

func tuples(items []starlark.Tuple) []starlark.Value {
	out := make([]starlark.Value, len(items))
	for i, kv := range items {
		out[i] = kv
	}
	return out
}

// WeakKeyDictionary maps objects it holds weakly to values: an entry
// disappears once its key is freed.
type WeakKeyDictionary struct{ t *weakTable }

var (
	_ starlark.HasSetKey = (*WeakKeyDictionary)(nil)
	_ starlark.HasAttrs  = (*WeakKeyDictionary)(nil)
	_ starlark.Sequence  = (*WeakKeyDictionary)(nil)
	_ starlark.Container = (*WeakKeyDictionary)(nil)
)

// WeakKeyDictionaryClass is weakref.WeakKeyDictionary.
var WeakKeyDictionaryClass = newClass("WeakKeyDictionary", func(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var dict starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs("WeakKeyDictionary", args, kwargs, 0, &dict); err != nil {
		return nil, err
	}
	d := &WeakKeyDictionary{newWeakTable()}
	if dict != starlark.None {
		return d, d.t.fill(dict, true)
	}
	return d, nil
})

func (d *WeakKeyDictionary) String() string {
	return fmt.Sprintf("<WeakKeyDictionary at %#x>", py.Addr(d))
}
func (d *WeakKeyDictionary) Type() string               { return "WeakKeyDictionary" }
func (d *WeakKeyDictionary) PyClass() *py.Class         { return WeakKeyDictionaryClass }
func (d *WeakKeyDictionary) Freeze()                    {}
func (d *WeakKeyDictionary) Truth() starlark.Bool       { return len(d.t.live()) > 0 }
func (d *WeakKeyDictionary) Len() int                   { return len(d.t.live()) }
func (d *WeakKeyDictionary) Iterate() starlark.Iterator { return d.t.list(entryKey).Iterate() }
func (d *WeakKeyDictionary) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'WeakKeyDictionary'")
}

// Has implements k in d.
func (d *WeakKeyDictionary) Has(k starlark.Value) (bool, error) {
	e, err := d.t.find(k)
	return e != nil, err
}

// Get implements d[k], raising KeyError for a missing k.
func (d *WeakKeyDictionary) Get(k starlark.Value) (starlark.Value, bool, error) {
	e, err := d.t.find(k)
	if err != nil {
		return nil, false, err
	}
	if e == nil {
		return nil, false, missing(k)
	}
	return e.value, true, nil
}

// SetKey implements d[k] = v.
func (d *WeakKeyDictionary) SetKey(k, v starlark.Value) error { return d.t.set(k, v) }

// Attr returns the dict methods.
func (d *WeakKeyDictionary) Attr(name string) (starlark.Value, error) {
	fn, ok := weakKeyMethods[name]
	if !ok {
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(d, args, kwargs)
	}), nil
}

// AttrNames implements starlark.HasAttrs.
func (d *WeakKeyDictionary) AttrNames() []string {
	return []string{"__delitem__", "get", "items", "keyrefs", "keys", "pop", "setdefault", "update", "values"}
}

// keyDefault unpacks the key and default (None) of get or setdefault,
// and looks the key up: v is its value, nil if k has no entry.
func (d *WeakKeyDictionary) keyDefault(name string, args starlark.Tuple, kwargs []starlark.Tuple) (k, def, v starlark.Value, err error) {
	def = starlark.None
	if err = starlark.UnpackPositionalArgs(name, args, kwargs, 1, &k, &def); err != nil {
		return
	}
	var e *weakEntry
	if e, err = d.t.find(k); e != nil {
		v = e.value
	}
	return
}

// oneKey unpacks the key argument of a method, and its default.
func oneKey(name string, args starlark.Tuple, kwargs []starlark.Tuple) (k, def starlark.Value, err error) {
	err = starlark.UnpackPositionalArgs(name, args, kwargs, 1, &k, &def)
	return k, def, err
}

var weakKeyMethods = map[string]func(*WeakKeyDictionary, starlark.Tuple, []starlark.Tuple) (starlark.Value, error){
	"get": func(d *WeakKeyDictionary, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		_, def, v, err := d.keyDefault("get", args, kwargs)
		if v != nil || err != nil {
			return v, err
		}
		return def, nil
	},
	"setdefault": func(d *WeakKeyDictionary, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		k, def, v, err := d.keyDefault("setdefault", args, kwargs)
		if v != nil || err != nil {
			return v, err
		}
		return def, d.t.set(k, def)
	},
	"pop": func(d *WeakKeyDictionary, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		k, def, err := oneKey("pop", args, kwargs)
		if err != nil {
			return nil, err
		}
		e, err := d.t.remove(k)
		switch {
		case err != nil:
			return nil, err
		case e != nil:
			return e.value, nil
		case def != nil:
			return def, nil
		}
		return nil, missing(k)
	},
	"__delitem__": func(d *WeakKeyDictionary, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		k, _, err := oneKey("__delitem__", args, kwargs)
		if err != nil {
			return nil, err
		}
		return starlark.None, d.t.mustRemove(k)
	},
	"update": func(d *WeakKeyDictionary, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var dict starlark.Value = starlark.None
		if err := starlark.UnpackPositionalArgs("update", args, nil, 0, &dict); err != nil {
			return nil, err
		}
		if dict != starlark.None {
			if err := d.t.fill(dict, true); err != nil {
				return nil, err
			}
		}
		return starlark.None, nil
	},
	"keys": func(d *WeakKeyDictionary, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		return d.t.list(entryKey), nil
	},
	"values": func(d *WeakKeyDictionary, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		return d.t.list(func(e *weakEntry) starlark.Value { return e.value }), nil
	},
	"items": func(d *WeakKeyDictionary, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		return d.t.list(func(e *weakEntry) starlark.Value { return starlark.Tuple{e.key.Get(), e.value} }), nil
	},
	"keyrefs": func(d *WeakKeyDictionary, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		return d.t.list(func(e *weakEntry) starlark.Value { return e.key }), nil
	},
}
