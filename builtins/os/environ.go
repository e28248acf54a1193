package os

// This file defines os.environ and os.getenv.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Environ is os.environ: the environment the Interpreter was granted
// (empty unless granted), a mapping of str to str that scripts may
// change. A change stays in the Interpreter, which starts no processes,
// and os.getenv sees it. Its fields are guarded by the GIL.
type Environ struct {
	keys []string // in the host's order, then in the order set
	vals map[string]string
}

type environKey struct{}

// ForRuntime implements core.RuntimeBound: the Interpreter's environ.
func (*Environ) ForRuntime(rt *core.Runtime) starlark.Value { return environOf(rt) }

// environOf returns the os.environ of rt's Interpreter.
func environOf(rt *core.Runtime) *Environ {
	return rt.ModuleState(environKey{}, func() any {
		e := &Environ{vals: map[string]string{}}
		for _, kv := range rt.Env() {
			k, v, _ := strings.Cut(kv, "=")
			e.set(k, v)
		}
		return e
	}).(*Environ)
}

var (
	_ starlark.IterableMapping = (*Environ)(nil)
	_ starlark.Container       = (*Environ)(nil)
	_ starlark.HasSetKey       = (*Environ)(nil)
	_ core.RuntimeBound        = (*Environ)(nil)
)

func (e *Environ) set(k, v string) {
	if _, ok := e.vals[k]; !ok {
		e.keys = append(e.keys, k)
	}
	e.vals[k] = v
}

func (e *Environ) delete(k string) bool {
	if _, ok := e.vals[k]; !ok {
		return false
	}
	delete(e.vals, k)
	for i, key := range e.keys {
		if key == k {
			e.keys = append(e.keys[:i:i], e.keys[i+1:]...)
			break
		}
	}
	return true
}

// items returns the environment in order, as CPython shows it.
func (e *Environ) items() []starlark.Tuple {
	out := make([]starlark.Tuple, 0, len(e.keys))
	for _, k := range e.keys {
		out = append(out, starlark.Tuple{starlark.String(k), starlark.String(e.vals[k])})
	}
	return out
}

func (e *Environ) String() string {
	parts := make([]string, 0, len(e.keys))
	for _, kv := range e.items() {
		parts = append(parts, py.Repr(kv[0])+": "+py.Repr(kv[1]))
	}
	return "environ({" + strings.Join(parts, ", ") + "})"
}
func (*Environ) Type() string           { return "_Environ" }
func (*Environ) Freeze()                {}
func (e *Environ) Truth() starlark.Bool { return len(e.keys) > 0 }
func (*Environ) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: '_Environ'")
}
func (e *Environ) Len() int { return len(e.keys) }

// str returns v as an environment key or value, or CPython's TypeError.
func str(v starlark.Value) (string, error) {
	s, ok := py.Unbox(v).(starlark.String)
	if !ok {
		return "", py.Raisef(py.TypeError, "str expected, not %s", py.TypeName(v))
	}
	return string(s), nil
}

// Get implements environ[k].
func (e *Environ) Get(k starlark.Value) (starlark.Value, bool, error) {
	s, err := str(k)
	if err != nil {
		return nil, false, err
	}
	v, found := e.vals[s]
	if !found {
		return nil, false, py.NewException(py.KeyError, k)
	}
	return starlark.String(v), true, nil
}

// Has implements k in environ.
func (e *Environ) Has(k starlark.Value) (bool, error) {
	s, err := str(k)
	if err != nil {
		return false, err
	}
	_, found := e.vals[s]
	return found, nil
}

// SetKey implements environ[k] = v.
func (e *Environ) SetKey(k, v starlark.Value) error {
	ks, err := str(k)
	if err != nil {
		return err
	}
	vs, err := str(v)
	if err != nil {
		return err
	}
	e.set(ks, vs)
	return nil
}

// Items implements starlark.IterableMapping.
func (e *Environ) Items() []starlark.Tuple { return e.items() }

// Iterate iterates over the names.
func (e *Environ) Iterate() starlark.Iterator {
	keys := make([]starlark.Value, len(e.keys))
	for i, k := range e.keys {
		keys[i] = starlark.String(k)
	}
	return starlark.NewList(keys).Iterate()
}

// environMethods are the methods of os.environ.
var environMethods = map[string]func(e *Environ, thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error){
	"get": func(e *Environ, _ *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		if v, found, err := e.Get(args[0]); found || err != nil && !isKeyError(err) {
			return v, err
		}
		return arg(args, 1), nil
	},
	"setdefault": func(e *Environ, _ *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		if v, found, err := e.Get(args[0]); found || err != nil && !isKeyError(err) {
			return v, err
		}
		return arg(args, 1), e.SetKey(args[0], arg(args, 1))
	},
	"pop": func(e *Environ, _ *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		v, found, err := e.Get(args[0])
		switch {
		case found:
			k, _ := str(args[0])
			e.delete(k)
			return v, nil
		case len(args) > 1 && isKeyError(err):
			return args[1], nil
		}
		return nil, err
	},
	"__getitem__": func(e *Environ, _ *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		v, _, err := e.Get(args[0])
		return v, err
	},
	"__setitem__": func(e *Environ, _ *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		return starlark.None, e.SetKey(args[0], args[1])
	},
	"__delitem__": func(e *Environ, _ *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		k, err := str(args[0])
		if err != nil {
			return nil, err
		}
		if !e.delete(k) {
			return nil, py.NewException(py.KeyError, args[0])
		}
		return starlark.None, nil
	},
	"popitem": func(e *Environ, _ *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		if len(e.keys) == 0 {
			return nil, py.NewException(py.KeyError)
		}
		k := e.keys[0]
		v := e.vals[k]
		e.delete(k)
		return starlark.Tuple{starlark.String(k), starlark.String(v)}, nil
	},
	"clear": func(e *Environ, _ *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		e.keys, e.vals = nil, map[string]string{}
		return starlark.None, nil
	},
	"update": func(e *Environ, thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		return starlark.None, e.update(thread, arg(args, 0))
	},
	"copy": func(e *Environ, _ *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		d := starlark.NewDict(len(e.keys))
		for _, kv := range e.items() {
			d.SetKey(kv[0], kv[1])
		}
		return d, nil
	},
	"keys": func(e *Environ, _ *starlark.Thread, _ starlark.Tuple) (starlark.Value, error) {
		return e.column(0), nil
	},
	"values": func(e *Environ, _ *starlark.Thread, _ starlark.Tuple) (starlark.Value, error) {
		return e.column(1), nil
	},
	"items": func(e *Environ, _ *starlark.Thread, _ starlark.Tuple) (starlark.Value, error) {
		return e.column(-1), nil
	},
}

// environArity holds each method's least and most positional arguments.
var environArity = map[string][2]int{
	"get": {1, 2}, "setdefault": {1, 2}, "pop": {1, 2}, "update": {0, 1},
	"__getitem__": {1, 1}, "__setitem__": {2, 2}, "__delitem__": {1, 1},
}

// column returns the keys (0), values (1) or items (-1) as a list.
func (e *Environ) column(i int) *starlark.List {
	items := e.items()
	out := make([]starlark.Value, len(items))
	for j, kv := range items {
		if i < 0 {
			out[j] = kv
		} else {
			out[j] = kv[i]
		}
	}
	return starlark.NewList(out)
}

// update implements update(other): a mapping or pairs.
func (e *Environ) update(thread *starlark.Thread, other starlark.Value) error {
	if other == starlark.None {
		return nil
	}
	if m, ok := other.(starlark.IterableMapping); ok {
		for _, kv := range m.Items() {
			if err := e.SetKey(kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	}
	iter, err := py.Iterate(other)
	if err != nil {
		return err
	}
	defer iter.Done()
	var pair starlark.Value
	for iter.Next(&pair) {
		t, ok := pair.(starlark.Tuple)
		if !ok || len(t) != 2 {
			return py.Raise(py.TypeError, "cannot convert dictionary update sequence element #0 to a sequence")
		}
		if err := e.SetKey(t[0], t[1]); err != nil {
			return err
		}
	}
	return py.IterErr(iter)
}

func arg(args starlark.Tuple, i int) starlark.Value {
	if i < len(args) {
		return args[i]
	}
	return starlark.None
}

func isKeyError(err error) bool {
	x, ok := py.AsException(err)
	return ok && x.Class == py.KeyError
}

// Attr implements starlark.HasAttrs.
func (e *Environ) Attr(name string) (starlark.Value, error) {
	fn, ok := environMethods[name]
	if !ok {
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		lo, hi := environArity[name][0], environArity[name][1]
		var more []starlark.Tuple // update's keyword arguments, set after its positional one
		if name == "update" {
			more, kwargs = kwargs, nil
		}
		var unpacked [2]starlark.Value
		ptrs := []any{&unpacked[0], &unpacked[1]}[:hi]
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, lo, ptrs...); err != nil {
			return nil, err
		}
		v, err := fn(e, thread, args)
		for _, kv := range more {
			if err == nil {
				err = e.SetKey(kv[0], kv[1])
			}
		}
		return v, err
	}), nil
}

// AttrNames implements starlark.HasAttrs.
func (*Environ) AttrNames() []string {
	return []string{"clear", "copy", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"}
}

// getenv implements os.getenv(key, default=None).
// https://docs.python.org/3/library/os.html#os.getenv
func getenv(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var key, def starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "key", &key, "default?", &def); err != nil {
		return nil, err
	}
	rt := core.RuntimeOf(thread)
	if rt == nil {
		return def, nil
	}
	v, found, err := environOf(rt).Get(key)
	if found || err != nil && !isKeyError(err) {
		return v, err
	}
	return def, nil
}
