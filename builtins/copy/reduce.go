package copy

// This file copies an instance whose class defines __reduce_ex__ or
// __reduce__ in a script, as CPython's copy does with what they return
// (copy._reconstruct): a str means the object itself; a tuple
// (callable, args, state, listitems, dictitems), its last three
// optional, rebuilds it.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// userReduce returns x.__reduce_ex__(4), or x.__reduce__(), where x's
// class defines it in a script; ok is false when it defines neither.
func userReduce(thread *starlark.Thread, x *py.Instance) (rv starlark.Value, ok bool, err error) {
	if v, owner := x.Class.Lookup("__reduce_ex__"); v != nil && owner.IsUser() {
		rv, err = builtins.CallMethod(thread, x, "__reduce_ex__", starlark.Tuple{starlark.MakeInt(4)}, nil)
		return rv, true, err
	}
	if v, owner := x.Class.Lookup("__reduce__"); v != nil && owner.IsUser() {
		rv, err = builtins.CallMethod(thread, x, "__reduce__", nil, nil)
		return rv, true, err
	}
	return nil, false, nil
}

// exceptionReduce is BaseException.__reduce__: (type(x), x.args), with
// x.__dict__ as the state when it holds attributes.
func exceptionReduce(x *py.Exception) (starlark.Value, error) {
	d, err := x.Attr("__dict__")
	if err != nil {
		return nil, err
	}
	if d, ok := d.(*starlark.Dict); ok && d.Len() > 0 {
		return starlark.Tuple{x.Class, x.Args, d}, nil
	}
	return starlark.Tuple{x.Class, x.Args}, nil
}

// fromReduce is copy._reconstruct(x, rv): record sees the new object
// before its state is set (deepcopy's memo), copyItem copies args,
// state and items (itself, for copy).
func fromReduce(thread *starlark.Thread, x, rv starlark.Value, record func(starlark.Value), copyItem func(starlark.Value) (starlark.Value, error)) (starlark.Value, error) {
	if _, ok := rv.(starlark.String); ok {
		return x, nil
	}
	t, ok := rv.(starlark.Tuple)
	if !ok || len(t) < 2 || len(t) > 5 {
		return nil, py.Raisef(py.TypeError, "__reduce__ must return a string or a tuple of 2 to 5 items, not %s", py.TypeName(rv))
	}
	args, err := copyItem(t[1])
	if err != nil {
		return nil, err
	}
	argv, err := builtins.Elements(thread, args)
	if err != nil {
		return nil, err
	}
	y, err := starlark.Call(thread, t[0], argv, nil)
	if err != nil {
		return nil, err
	}
	if record != nil {
		record(y)
	}
	rest := starlark.Tuple{starlark.None, starlark.None, starlark.None} // state, listitems, dictitems
	copy(rest, t[2:])
	if err := reduceState(thread, y, rest[0], copyItem); err != nil {
		return nil, err
	}
	if err := reduceItems(thread, y, rest[1], false, copyItem); err != nil {
		return nil, err
	}
	return y, reduceItems(thread, y, rest[2], true, copyItem)
}

// reduceState sets y's state from a reduce value's state item: through
// y.__setstate__, or as its attributes (setState).
func reduceState(thread *starlark.Thread, y, state starlark.Value, copyItem func(starlark.Value) (starlark.Value, error)) error {
	if state == starlark.None {
		return nil
	}
	state, err := copyItem(state)
	if err != nil {
		return err
	}
	switch o := y.(type) {
	case *py.Instance:
		if v, _ := o.Class.Lookup("__setstate__"); v == nil {
			return setState(thread, o, state)
		}
	case *py.Exception: // BaseException.__setstate__ sets the state's items as attributes
		d, ok := state.(*starlark.Dict)
		if !ok {
			return py.Raise(py.TypeError, "state is not a dictionary")
		}
		for _, kv := range d.Items() {
			name, ok := starlark.AsString(kv[0])
			if !ok {
				return py.Raisef(py.TypeError, "attribute name must be string, not '%s'", py.TypeName(kv[0]))
			}
			if err := builtins.SetAttr(y, name, kv[1]); err != nil {
				return err
			}
		}
		return nil
	}
	_, err = builtins.CallMethod(thread, y, "__setstate__", starlark.Tuple{state}, nil)
	return err
}

// reduceItems appends the items of a reduce value's listitems iterator
// to y, or sets the pairs of its dictitems iterator as y's items.
func reduceItems(thread *starlark.Thread, y, items starlark.Value, pairs bool, copyItem func(starlark.Value) (starlark.Value, error)) error {
	if items == starlark.None {
		return nil
	}
	return builtins.ForEach(thread, items, func(item starlark.Value) error {
		if !pairs {
			v, err := copyItem(item)
			if err != nil {
				return err
			}
			_, err = builtins.CallMethod(thread, y, "append", starlark.Tuple{v}, nil)
			return err
		}
		kv, err := builtins.Elements(thread, item)
		if err != nil {
			return err
		}
		if len(kv) != 2 {
			return py.Raisef(py.ValueError, "expected 2 values to unpack, got %d", len(kv))
		}
		k, err := copyItem(kv[0])
		if err != nil {
			return err
		}
		v, err := copyItem(kv[1])
		if err != nil {
			return err
		}
		_, err = builtins.CallMethod(thread, y, "__setitem__", starlark.Tuple{k, v}, nil)
		return err
	})
}
