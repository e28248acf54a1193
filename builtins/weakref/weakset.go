package weakref

// This file defines WeakSet, a set of objects it holds weakly.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// WeakSet is a set whose members disappear once they are freed.
type WeakSet struct{ t *weakTable }

var (
	_ starlark.HasAttrs  = (*WeakSet)(nil)
	_ starlark.Sequence  = (*WeakSet)(nil)
	_ starlark.Container = (*WeakSet)(nil)
)

// WeakSetClass is weakref.WeakSet.
var WeakSetClass = func() *py.Class {
	c := newClass("WeakSet", func(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var data starlark.Value = starlark.None
		if err := starlark.UnpackPositionalArgs("WeakSet", args, kwargs, 0, &data); err != nil {
			return nil, err
		}
		s := &WeakSet{newWeakTable()}
		if data != starlark.None {
			return s, s.t.fill(data, false)
		}
		return s, nil
	})
	c.Module = "_weakrefset"
	return c
}()

// String is the repr of the set of weak references, as CPython's.
func (s *WeakSet) String() string {
	entries := s.t.live()
	if len(entries) == 0 {
		return "set()"
	}
	parts := make([]string, len(entries))
	for i, e := range entries {
		parts[i] = e.key.String()
	}
	return "{" + strings.Join(parts, ", ") + "}"
}
func (s *WeakSet) Type() string               { return "WeakSet" }
func (s *WeakSet) PyClass() *py.Class         { return WeakSetClass }
func (s *WeakSet) Freeze()                    {}
func (s *WeakSet) Truth() starlark.Bool       { return len(s.t.live()) > 0 }
func (s *WeakSet) Len() int                   { return len(s.t.live()) }
func (s *WeakSet) Iterate() starlark.Iterator { return s.t.list(entryKey).Iterate() }
func (s *WeakSet) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'WeakSet'")
}
func (s *WeakSet) Has(x starlark.Value) (bool, error) { e, err := s.t.find(x); return e != nil, err }

// Attr returns the set methods.
func (s *WeakSet) Attr(name string) (starlark.Value, error) {
	fn, ok := weakSetMethods[name]
	if !ok {
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(s, b, args, kwargs)
	}), nil
}

// AttrNames implements starlark.HasAttrs.
func (s *WeakSet) AttrNames() []string {
	return []string{"add", "clear", "copy", "discard", "pop", "remove", "update"}
}

// member unpacks a method's one argument.
func member(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x)
	return x, err
}

var weakSetMethods = map[string]func(*WeakSet, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error){
	"add": func(s *WeakSet, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		x, err := member(b, args, kwargs)
		if err != nil {
			return nil, err
		}
		return starlark.None, s.t.set(x, starlark.None)
	},
	"discard": func(s *WeakSet, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		x, err := member(b, args, kwargs)
		if err == nil {
			_, err = s.t.remove(x)
		}
		return starlark.None, err
	},
	"remove": func(s *WeakSet, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		x, err := member(b, args, kwargs)
		if err != nil {
			return nil, err
		}
		return starlark.None, s.t.mustRemove(x)
	},
	"pop": func(s *WeakSet, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		entries := s.t.live()
		if len(entries) == 0 {
			return nil, py.Raise(py.KeyError, "pop from empty WeakSet")
		}
		x := entries[0].key.Get()
		_, err := s.t.remove(x)
		return x, err
	},
	"clear": func(s *WeakSet, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		s.t = newWeakTable()
		return starlark.None, nil
	},
	"copy": func(s *WeakSet, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		c := &WeakSet{newWeakTable()}
		return c, c.t.fill(s.t.list(entryKey), false)
	},
	"update": func(s *WeakSet, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		x, err := member(b, args, kwargs)
		if err != nil {
			return nil, err
		}
		return starlark.None, s.t.fill(x, false)
	},
}
