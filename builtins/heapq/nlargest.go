package heapq

// This file defines nlargest and nsmallest. CPython's heapq.py
// guarantees they equal sorted(iterable, key=key, reverse=True)[:n] and
// sorted(iterable, key=key)[:n]; a stable sort gives the same ties.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// nlargest implements nlargest(n, iterable, key=None).
// https://docs.python.org/3/library/heapq.html#heapq.nlargest
func nlargest(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return firstN(thread, b.Name(), args, kwargs, true)
}

// nsmallest implements nsmallest(n, iterable, key=None).
func nsmallest(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return firstN(thread, b.Name(), args, kwargs, false)
}

// firstN returns the n first elements of the sorted iterable.
func firstN(thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple, reverse bool) (starlark.Value, error) {
	var n, iterable, key starlark.Value = nil, nil, starlark.None
	if len(args) > 3 {
		return nil, py.Raisef(py.TypeError, "%s() takes from 2 to 3 positional arguments but %d were given", name, len(args))
	}
	if err := starlark.UnpackArgs(name, args, kwargs, "n", &n, "iterable", &iterable, "key?", &key); err != nil {
		return nil, py.ToException(err)
	}
	elems, err := builtins.Elements(thread, iterable)
	if err != nil {
		return nil, err
	}
	count, err := count(n, len(elems))
	if err != nil || count == 0 {
		return starlark.NewList(nil), err
	}
	l := starlark.NewList(elems)
	sortArgs := []starlark.Tuple{{starlark.String("key"), key}, {starlark.String("reverse"), starlark.Bool(reverse)}}
	if err := builtins.SortList(thread, l, sortArgs); err != nil {
		return nil, err
	}
	out := make([]starlark.Value, count)
	for i := range out {
		out[i] = l.Index(i)
	}
	return starlark.NewList(out), nil
}

// count returns min(n, size), or 0 for a negative n.
func count(n starlark.Value, size int) (int, error) {
	i, ok := n.(starlark.Int)
	if !ok {
		return 0, py.Raisef(py.TypeError, "'>=' not supported between instances of '%s' and 'int'", py.TypeName(n))
	}
	if i.Sign() < 0 {
		return 0, nil
	}
	if k, ok := i.Int64(); ok && k < int64(size) {
		return int(k), nil
	}
	return size, nil
}
