package copy

// This file defines deepcopy. The memo, a dict as in CPython, maps the
// id of each mutable container already copied to its copy, so shared
// references stay shared and cycles end; it is the dict a class's
// __deepcopy__(memo) receives and may pass on to deepcopy(x, memo), and
// memo[id(memo)] keeps the originals alive.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// deepCopier is one deepcopy call's state.
type deepCopier struct {
	thread *starlark.Thread
	memo   *starlark.Dict
	depth  int // containers being copied
}

// deep implements deepcopy(x, memo=None).
// https://docs.python.org/3/library/copy.html#copy.deepcopy
func deep(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 3 {
		return nil, py.Raisef(py.TypeError, "deepcopy() takes from 1 to 3 positional arguments but %d were given", len(args))
	}
	var x, memo, nil_ starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "x", &x, "memo?", &memo, "_nil?", &nil_); err != nil {
		return nil, py.ToException(err)
	}
	c := &deepCopier{thread: thread, memo: starlark.NewDict(0)}
	if memo != nil && memo != starlark.None {
		d, ok := memo.(*starlark.Dict)
		if !ok {
			return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute 'get'", py.TypeName(memo))
		}
		c.memo = d
	}
	return c.copy(x)
}

// record sets memo[id(x)] to y, the copy of x.
func (c *deepCopier) record(x, y starlark.Value) {
	_ = c.memo.SetKey(builtins.ID(x), y)
}

// keepAlive appends x to the list memo[id(memo)], as CPython's
// _keep_alive does for each object it copied.
func (c *deepCopier) keepAlive(x starlark.Value) error {
	k := builtins.ID(c.memo)
	l, found, _ := c.memo.Get(k)
	if !found {
		l = starlark.NewList(nil)
		if err := c.memo.SetKey(k, l); err != nil {
			return err
		}
	}
	if l, ok := l.(*starlark.List); ok {
		return l.Append(x)
	}
	return nil
}

// copy returns a deep copy of x, recorded in the memo.
func (c *deepCopier) copy(x starlark.Value) (starlark.Value, error) {
	if isMutable(x) {
		if y, found, _ := c.memo.Get(builtins.ID(x)); found {
			return y, nil
		}
	}
	y, err := c.copyNew(x)
	if err != nil || builtins.Identical(x, y) {
		return y, err
	}
	c.record(x, y)
	return y, c.keepAlive(x)
}

// copyNew returns a deep copy of x, which the memo does not hold.
func (c *deepCopier) copyNew(x starlark.Value) (starlark.Value, error) {
	switch x.(type) {
	case *starlark.List, *starlark.Dict, *builtins.Set, starlark.Tuple, *py.Instance:
		if c.depth >= py.RecursionLimit(c.thread) {
			return nil, py.Recursion("while calling a Python object")
		}
		c.depth++
		defer func() { c.depth-- }()
	}
	switch x := x.(type) {
	case *starlark.List:
		return c.list(x)
	case *starlark.Dict:
		return c.dict(x)
	case *builtins.Set:
		return c.set(x)
	case starlark.Tuple:
		return c.tuple(x)
	case *py.Instance:
		return c.instance(x)
	case *py.Exception:
		rv, err := exceptionReduce(x) // reduce.go
		if err != nil {
			return nil, err
		}
		return fromReduce(c.thread, x, rv, func(y starlark.Value) { c.record(x, y) }, c.copy)
	}
	return x, nil
}

// isMutable reports whether x is a container the memo records.
func isMutable(x starlark.Value) bool {
	switch x.(type) {
	case *starlark.List, *starlark.Dict, *builtins.Set, *py.Instance:
		return true
	}
	return false
}

func (c *deepCopier) list(x *starlark.List) (starlark.Value, error) {
	y := starlark.NewList(nil)
	c.record(x, y)
	for _, v := range listElems(x) {
		v, err := c.copy(v)
		if err != nil {
			return nil, err
		}
		if err := y.Append(v); err != nil {
			return nil, err
		}
	}
	return y, nil
}

func (c *deepCopier) dict(x *starlark.Dict) (starlark.Value, error) {
	y := starlark.NewDict(x.Len())
	c.record(x, y)
	for _, kv := range x.Items() {
		k, err := c.copy(kv[0])
		if err != nil {
			return nil, err
		}
		v, err := c.copy(kv[1])
		if err != nil {
			return nil, err
		}
		if err := y.SetKey(k, v); err != nil {
			return nil, py.ToException(err)
		}
	}
	return y, nil
}

// set copies x as CPython's reduce does: set(deepcopy(list(x))).
func (c *deepCopier) set(x *builtins.Set) (starlark.Value, error) {
	y := x.Empty()
	c.record(x, y)
	for _, v := range x.Elems() {
		v, err := c.copy(v)
		if err != nil {
			return nil, err
		}
		if err := y.Insert(v); err != nil {
			return nil, py.ToException(err)
		}
	}
	return y, nil
}

// tuple copies the elements; a tuple whose elements all stay the same
// is returned itself, as in CPython.
func (c *deepCopier) tuple(x starlark.Tuple) (starlark.Value, error) {
	y := make(starlark.Tuple, len(x))
	same := true
	for i, v := range x {
		w, err := c.copy(v)
		if err != nil {
			return nil, err
		}
		y[i] = w
		same = same && builtins.Identical(v, w)
	}
	if same {
		return x, nil
	}
	return y, nil
}

// instance calls __deepcopy__(memo), or copies the instance dict.
func (c *deepCopier) instance(x *py.Instance) (starlark.Value, error) {
	if v, _ := x.Class.Lookup("__deepcopy__"); v != nil {
		return builtins.CallMethod(c.thread, x, "__deepcopy__", starlark.Tuple{c.memo}, nil)
	}
	if rv, ok, err := userReduce(c.thread, x); ok || err != nil { // reduce.go
		if err != nil {
			return nil, err
		}
		return fromReduce(c.thread, x, rv, func(y starlark.Value) { c.record(x, y) }, c.copy)
	}
	if hasUserState(x) && !py.IsData(x) { // state.go
		return reconstruct(c.thread, x, func(y *py.Instance) { c.record(x, y) }, c.copy)
	}
	y := x.Clone()
	c.record(x, y)
	if py.IsData(x) {
		v, err := c.copy(x.Native)
		if err != nil {
			return nil, err
		}
		y.Native = v
	}
	for i := range y.Dict.Len() {
		k, v := y.Dict.At(i)
		w, err := c.copy(v)
		if err != nil {
			return nil, err
		}
		y.Dict.Set(k, w)
	}
	return y, nil
}
