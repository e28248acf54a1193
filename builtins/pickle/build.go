package pickle

// This file rebuilds the objects encode.go's object writes: the
// callable called (or its __new__), then the state set and the items
// added, as CPython's NEWOBJ, REDUCE, BUILD, APPENDS and SETITEMS do.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// object reads and rebuilds an object.
func (d *decoder) object() (starlark.Value, error) {
	fn, err := d.value()
	if err != nil {
		return nil, err
	}
	args, err := d.value()
	if err != nil {
		return nil, err
	}
	flag, err := d.byte()
	if err != nil {
		return nil, err
	}
	argv, _ := args.(starlark.Tuple)
	var y starlark.Value
	if flag == 1 {
		newFn, err := builtins.GetAttr(fn, "__new__")
		if err != nil {
			return nil, err
		}
		y, err = starlark.Call(d.thread, newFn, append(starlark.Tuple{fn}, argv...), nil)
		if err != nil {
			return nil, err
		}
	} else if y, err = starlark.Call(d.thread, fn, argv, nil); err != nil {
		return nil, err
	}
	d.memo = append(d.memo, y)
	state, err := d.value()
	if err != nil {
		return nil, err
	}
	if err := d.setState(y, state); err != nil {
		return nil, err
	}
	items, err := d.items()
	if err != nil {
		return nil, err
	}
	for _, x := range items {
		if _, err := builtins.CallMethod(d.thread, y, "append", starlark.Tuple{x}, nil); err != nil {
			return nil, err
		}
	}
	kvs, err := d.pairs()
	for _, kv := range kvs {
		if _, err := builtins.CallMethod(d.thread, y, "__setitem__", kv, nil); err != nil {
			return nil, err
		}
	}
	return y, err
}

// setState gives y its state: through y.__setstate__ if its class
// defines one, else as attributes (a pair is a dict and the slots'
// values), set without __setattr__, as CPython's BUILD sets them.
func (d *decoder) setState(y, state starlark.Value) error {
	if state == starlark.None {
		return nil
	}
	if o, ok := y.(*py.Instance); ok {
		if v, owner := o.Class.Lookup("__setstate__"); v != nil && owner.IsUser() {
			_, err := builtins.CallMethod(d.thread, y, "__setstate__", starlark.Tuple{state}, nil)
			return err
		}
	}
	dicts := []starlark.Value{state}
	if pair, ok := state.(starlark.Tuple); ok && len(pair) == 2 {
		dicts = pair
	}
	for i, m := range dicts {
		if m == starlark.None {
			continue
		}
		kvs, err := pairsOf(d.thread, mustItems(d.thread, m))
		if err != nil {
			return err
		}
		for _, kv := range kvs {
			if err := setAttr(y, kv[0], kv[1], i == 1); err != nil {
				return err
			}
		}
	}
	return nil
}

// mustItems returns m.items(), or m itself when it has none (its error
// then comes from iterating it).
func mustItems(thread *starlark.Thread, m starlark.Value) starlark.Value {
	if items, err := builtins.CallMethod(thread, m, "items", nil, nil); err == nil {
		return items
	}
	return m
}

// setAttr sets y.name = v: in an instance's own attributes, or through
// setattr for an exception or a slot's value.
func setAttr(y, name, v starlark.Value, slot bool) error {
	s, ok := name.(starlark.String)
	if !ok {
		return py.Raisef(py.TypeError, "attribute name must be string, not '%s'", py.TypeName(name))
	}
	if o, ok := y.(*py.Instance); ok && !slot {
		o.Dict.Set(string(s), v)
		return nil
	}
	return builtins.SetAttr(y, string(s), v)
}
