package copy

// This file copies an instance whose class defines __getstate__ or
// __setstate__ in a script as CPython's copy._reconstruct does with what
// object.__reduce_ex__ returns: a new instance without attributes gets
// the state, copied for deepcopy, through __setstate__, or as its
// attributes.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// hasUserState reports whether x's class defines __getstate__ or
// __setstate__ in a script.
func hasUserState(x *py.Instance) bool {
	for _, name := range []string{"__getstate__", "__setstate__"} {
		if v, owner := x.Class.Lookup(name); v != nil && owner.IsUser() {
			return true
		}
	}
	return false
}

// reconstruct returns a copy of x made from its state: record sees the
// new instance before the state is copied (deepcopy's memo), copyState
// copies the state (itself, for copy).
func reconstruct(thread *starlark.Thread, x *py.Instance, record func(*py.Instance), copyState func(starlark.Value) (starlark.Value, error)) (starlark.Value, error) {
	state, err := stateOf(thread, x)
	if err != nil {
		return nil, err
	}
	y := x.Clone()
	y.Dict = py.Attrs{}
	if record != nil {
		record(y)
	}
	if state == starlark.None {
		return y, nil
	}
	if state, err = copyState(state); err != nil {
		return nil, err
	}
	if v, owner := x.Class.Lookup("__setstate__"); v != nil && owner.IsUser() {
		_, err := builtins.CallMethod(thread, y, "__setstate__", starlark.Tuple{state}, nil)
		return y, err
	}
	return y, setState(thread, y, state)
}

// setState sets y's attributes from state as copy._reconstruct does
// without __setstate__: a pair is (dict, slot values), each a mapping
// set when not empty, the dict through y.__dict__.update.
func setState(thread *starlark.Thread, y *py.Instance, state starlark.Value) error {
	var slots starlark.Value = starlark.None
	if pair, ok := state.(starlark.Tuple); ok && len(pair) == 2 {
		state, slots = pair[0], pair[1]
	}
	if state.Truth() {
		if _, err := builtins.CallMethod(thread, y.Dict.Dict(), "update", starlark.Tuple{state}, nil); err != nil {
			return err
		}
	}
	if !slots.Truth() {
		return nil
	}
	items, err := builtins.CallMethod(thread, slots, "items", nil, nil)
	if err != nil {
		return err
	}
	return builtins.ForEach(thread, items, func(kv starlark.Value) error {
		pair, err := builtins.Elements(thread, kv)
		if err != nil {
			return err
		}
		if len(pair) != 2 {
			return py.Raisef(py.ValueError, "expected 2 values to unpack, got %d", len(pair))
		}
		name, ok := pair[0].(starlark.String)
		if !ok {
			return py.Raisef(py.TypeError, "attribute name must be string, not '%s'", py.TypeName(pair[0]))
		}
		return builtins.SetAttr(y, string(name), pair[1])
	})
}

// stateOf returns x.__getstate__() when its class defines one, else its
// attributes as a dict, or None when it has none (object.__getstate__).
func stateOf(thread *starlark.Thread, x *py.Instance) (starlark.Value, error) {
	if v, owner := x.Class.Lookup("__getstate__"); v != nil && owner.IsUser() {
		return builtins.CallMethod(thread, x, "__getstate__", nil, nil)
	}
	if x.Dict.Len() == 0 {
		return starlark.None, nil
	}
	d := starlark.NewDict(x.Dict.Len())
	for i := range x.Dict.Len() {
		k, v := x.Dict.At(i)
		d.SetKey(starlark.String(k), v)
	}
	return d, nil
}
