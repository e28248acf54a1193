package builtins

// This file defines dict.get and the key lookup that dict.get,
// dict.setdefault and x in a dict share: the VM's dict finds a key by
// its own hash and ==, which never ask a key of another type (True for
// 1, an IntEnum member for its int).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// LookupKey returns d[k] as Python finds it: by k, or by the value of a
// VM type that k stands for (see KeyValue). An unhashable k raises
// CPython's TypeError.
func LookupKey(d *starlark.Dict, k starlark.Value) (starlark.Value, bool, error) {
	v, found, err := d.Get(k)
	if err != nil {
		return nil, false, Unhashable(err)
	}
	if !found && MayCompareAcross(k) {
		if kv, ok := KeyValue(k); ok {
			v, found, err = d.Get(kv)
		}
	}
	return v, found, err
}

// StoreKey sets d[k] = v as Python does: when k stands for a VM value
// (see KeyValue) that d holds as a key, the value of that key is set,
// the key kept, as CPython keeps an equal key.
func StoreKey(d *starlark.Dict, k, v starlark.Value) error {
	if MayCompareAcross(k) {
		if _, found, _ := d.Get(k); !found {
			if kv, ok := KeyValue(k); ok {
				if _, found, _ := d.Get(kv); found {
					k = kv
				}
			}
		}
	}
	return Unhashable(d.SetKey(k, v))
}

// KeyValue returns the value of a VM type that the key x hashes and
// compares as, if any: 0 or 1 for a bool, an int's, float's or str's
// value for an instance of a subclass whose hash is its value's.
func KeyValue(x starlark.Value) (starlark.Value, bool) {
	switch x := x.(type) {
	case starlark.Bool:
		return boolToInt(x), true
	case *py.Instance:
		switch b := py.Base(x).(type) {
		case starlark.Int, starlark.Float, starlark.String:
			hx, err := x.Hash()
			hb, _ := b.Hash()
			return b, err == nil && hx == hb
		}
	}
	return nil, false
}

// dictGet implements dict.get(key, default=None).
func dictGet(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := keyArgs("get", args, kwargs); err != nil {
		return nil, err
	}
	v, found, err := LookupKey(recv.(*starlark.Dict), args[0])
	switch {
	case err != nil:
		return nil, err
	case found:
		return v, nil
	case len(args) == 2:
		return args[1], nil
	}
	return starlark.None, nil
}

// keyArgs checks the arguments of dict.get and dict.setdefault: a key
// and maybe a default, positional only.
func keyArgs(name string, args starlark.Tuple, kwargs []starlark.Tuple) error {
	switch {
	case len(kwargs) > 0:
		return py.Raisef(py.TypeError, "dict.%s() takes no keyword arguments", name)
	case len(args) == 0:
		return py.Raisef(py.TypeError, "%s expected at least 1 argument, got 0", name)
	case len(args) > 2:
		return py.Raisef(py.TypeError, "%s expected at most 2 arguments, got %d", name, len(args))
	}
	return nil
}
