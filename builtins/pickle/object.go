package pickle

// This file writes objects as CPython's object.__reduce_ex__(4) and a
// class's own __reduce_ex__ or __reduce__ describe them: a callable and
// its arguments (or the class and the arguments of its __new__), then
// the state and the items a list or dict subclass holds.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// reduction is what an object is rebuilt from.
type reduction struct {
	callable  starlark.Value
	args      starlark.Tuple
	newObj    bool // callable.__new__(callable, *args), not callable(*args)
	state     starlark.Value
	listItems []starlark.Value
	dictItems []starlark.Tuple
}

// object writes x, rebuilt from r.
func (e *encoder) object(x starlark.Value, r *reduction) error {
	e.op(opObject)
	if err := e.value(r.callable); err != nil {
		return err
	}
	if err := e.value(r.args); err != nil {
		return err
	}
	e.out = append(e.out, map[bool]byte{true: 1, false: 0}[r.newObj])
	e.remember(x)
	if r.state == nil {
		r.state = starlark.None
	}
	if err := e.value(r.state); err != nil {
		return err
	}
	if err := e.items(r.listItems); err != nil {
		return err
	}
	return e.pairs(r.dictItems)
}

// exception writes an exception: its class called with its args, its
// attributes as the state.
func (e *encoder) exception(x *py.Exception) error {
	d, err := x.Attr("__dict__")
	if err != nil {
		return err
	}
	r := &reduction{callable: x.Class, args: x.Args}
	if d, ok := d.(*starlark.Dict); ok && d.Len() > 0 {
		r.state = d
	}
	return e.object(x, r)
}

// instance writes an instance of a script class.
func (e *encoder) instance(x *py.Instance) error {
	r, err := e.reduce(x)
	if err != nil || r == nil {
		return err
	}
	return e.object(x, r)
}

// reduce returns how x is rebuilt: by its class's __reduce_ex__ or
// __reduce__, an enum member by its class and value, else as
// object.__reduce_ex__(4) has it. A str from __reduce__ names a global,
// which reduce writes itself (nil reduction).
func (e *encoder) reduce(x *py.Instance) (*reduction, error) {
	for _, name := range []string{"__reduce_ex__", "__reduce__"} {
		if v, owner := x.Class.Lookup(name); v != nil && owner.IsUser() {
			var args starlark.Tuple
			if name == "__reduce_ex__" {
				args = starlark.Tuple{starlark.MakeInt(4)}
			}
			rv, err := builtins.CallMethod(e.thread, x, name, args, nil)
			if err != nil {
				return nil, err
			}
			return e.fromReduce(x, rv)
		}
	}
	if isEnumMember(x) {
		v, err := builtins.GetAttr(x, "_value_")
		return &reduction{callable: x.Class, args: starlark.Tuple{v}}, err
	}
	return e.newObj(x)
}

// fromReduce turns what __reduce__ returned into a reduction.
func (e *encoder) fromReduce(x *py.Instance, rv starlark.Value) (*reduction, error) {
	if s, ok := rv.(starlark.String); ok {
		module, _ := nameOf(e.thread, x.Class)
		found, err := resolve(e.thread, module, string(s))
		if err != nil || found == nil {
			return nil, py.Raisef(PicklingError, "Can't pickle %s: attribute lookup %s on %s failed", py.Repr(x), s, module)
		}
		e.op(opGlobal)
		e.str(module)
		e.str(string(s))
		return nil, nil
	}
	t, ok := rv.(starlark.Tuple)
	if !ok {
		return nil, py.Raise(PicklingError, "__reduce__ must return a string or tuple")
	}
	if len(t) < 2 || len(t) > 6 {
		return nil, py.Raise(PicklingError, "tuple returned by __reduce__ must contain 2 through 6 elements")
	}
	args, ok := t[1].(starlark.Tuple)
	if !ok {
		return nil, py.Raise(PicklingError, "second item of the tuple returned by __reduce__ must be a tuple")
	}
	r := &reduction{callable: t[0], args: args}
	if len(t) > 2 {
		r.state = t[2]
	}
	var err error
	if len(t) > 3 && t[3] != starlark.None {
		if r.listItems, err = builtins.Elements(e.thread, t[3]); err != nil {
			return nil, err
		}
	}
	if len(t) > 4 && t[4] != starlark.None {
		r.dictItems, err = pairsOf(e.thread, t[4])
	}
	return r, err
}

// pairsOf returns the key-value pairs an iterator of pairs yields.
func pairsOf(thread *starlark.Thread, it starlark.Value) ([]starlark.Tuple, error) {
	var kvs []starlark.Tuple
	err := builtins.ForEach(thread, it, func(kv starlark.Value) error {
		pair, err := builtins.Elements(thread, kv)
		if err != nil {
			return err
		}
		if len(pair) != 2 {
			return py.Raisef(py.ValueError, "expected 2 values to unpack, got %d", len(pair))
		}
		kvs = append(kvs, starlark.Tuple{pair[0], pair[1]})
		return nil
	})
	return kvs, err
}

// isEnumMember reports whether x is a member of an enum class.
func isEnumMember(x *py.Instance) bool {
	for _, c := range x.Class.MRO {
		if c.ClassName == "Enum" && c.Module == "enum" {
			return true
		}
	}
	return false
}

// newObj is object.__reduce_ex__(4) of x: its class's __new__ with the
// arguments of __getnewargs__ (the value of an immutable builtin base,
// a named tuple's fields), the attributes or __getstate__() as the
// state, and the items of a list or dict base.
func (e *encoder) newObj(x *py.Instance) (*reduction, error) {
	r := &reduction{callable: x.Class, newObj: true, args: starlark.Tuple{}}
	if v, _ := x.Class.Lookup("__getnewargs__"); v != nil {
		rv, err := builtins.CallMethod(e.thread, x, "__getnewargs__", nil, nil)
		if err != nil {
			return nil, err
		}
		t, ok := rv.(starlark.Tuple)
		if !ok {
			return nil, py.Raisef(py.TypeError, "__getnewargs__ should return a tuple, not '%s'", py.TypeName(rv))
		}
		r.args = t
	} else if err := e.baseArgs(x, r); err != nil {
		return nil, err
	}
	if v, owner := x.Class.Lookup("__getstate__"); v != nil && owner.IsUser() {
		state, err := builtins.CallMethod(e.thread, x, "__getstate__", nil, nil)
		r.state = state
		return r, err
	}
	if n := x.Dict.Len(); n > 0 {
		d := starlark.NewDict(n)
		for i := range n {
			k, v := x.Dict.At(i)
			d.SetKey(starlark.String(k), v)
		}
		r.state = d
	}
	if slots := x.SlotValues(); slots != nil { // (dict, slots), as copyreg's state
		if r.state == nil {
			r.state = starlark.None
		}
		r.state = starlark.Tuple{r.state, slots}
	}
	return r, nil
}

// baseArgs sets what rebuilds the value of x's builtin base, if any.
func (e *encoder) baseArgs(x *py.Instance, r *reduction) error {
	switch b := py.Base(x).(type) {
	case starlark.Int, starlark.Float, starlark.String, starlark.Bytes, builtins.Complex:
		r.args = starlark.Tuple{b}
	case starlark.Tuple:
		if _, err := builtins.GetAttr(x.Class, "_fields"); err == nil {
			r.args = b // a named tuple's __new__ takes the fields
		} else {
			r.args = starlark.Tuple{b}
		}
	case *builtins.Set:
		r.args = starlark.Tuple{starlark.NewList(b.Elems())}
	case *starlark.List:
		r.listItems = listElems(b)
	case *starlark.Dict:
		r.dictItems = b.Items()
	case *py.Instance:
	default:
		return cannotPickle(x)
	}
	return nil
}
