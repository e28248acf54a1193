// Package heapq is spindle's heapq module: heappush, heappop, heapify,
// heapreplace, heappushpop, nlargest and nsmallest, with the algorithms
// of CPython's heapq so that lists end in the same order.
package heapq

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the heapq module. Members:
//
//	heappush(heap, item), heappop(heap), heapify(x)
//	heapreplace(heap, item), heappushpop(heap, item)
//	nlargest(n, iterable, key=None), nsmallest(n, iterable, key=None)
//	merge(*iterables, key=None, reverse=False)
var Module = &core.Module{Name: "heapq", Members: starlark.StringDict{
	"heappush":    starlark.NewBuiltin("heappush", heappush),
	"heappop":     starlark.NewBuiltin("heappop", heappop),
	"heapify":     starlark.NewBuiltin("heapify", heapify),
	"heapreplace": starlark.NewBuiltin("heapreplace", heapreplace),
	"heappushpop": starlark.NewBuiltin("heappushpop", heappushpop),
	"nlargest":    starlark.NewBuiltin("nlargest", nlargest),
	"nsmallest":   starlark.NewBuiltin("nsmallest", nsmallest),
	"merge":       starlark.NewBuiltin("merge", merge),
}}

// heapArg returns the one argument of heappop and heapify as a list.
func heapArg(name string, args starlark.Tuple, kwargs []starlark.Tuple) (*starlark.List, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "_heapq.%s() takes exactly one argument (%d given)", name, len(args)+len(kwargs))
	}
	l, ok := args[0].(*starlark.List)
	if !ok {
		return nil, py.Raisef(py.TypeError, "%s() argument must be list, not %s", name, py.TypeName(args[0]))
	}
	return l, nil
}

// heapItemArgs returns the (heap, item) arguments of heappush,
// heapreplace and heappushpop.
func heapItemArgs(name string, args starlark.Tuple, kwargs []starlark.Tuple) (*starlark.List, starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, nil, py.Raisef(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 2 {
		return nil, nil, py.Raisef(py.TypeError, "%s expected 2 arguments, got %d", name, len(args))
	}
	l, ok := args[0].(*starlark.List)
	if !ok {
		return nil, nil, py.Raisef(py.TypeError, "%s() argument 1 must be list, not %s", name, py.TypeName(args[0]))
	}
	return l, args[1], nil
}

// heappush implements heappush(heap, item).
// https://docs.python.org/3/library/heapq.html#heapq.heappush
func heappush(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	l, item, err := heapItemArgs(b.Name(), args, kwargs)
	if err != nil {
		return nil, err
	}
	if err := l.Append(item); err != nil {
		return nil, py.ToException(err)
	}
	return starlark.None, siftDown(l, 0, l.Len()-1)
}

// heappop implements heappop(heap).
func heappop(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	l, err := heapArg(b.Name(), args, kwargs)
	if err != nil {
		return nil, err
	}
	if l.Len() == 0 {
		return nil, py.Raise(py.IndexError, "index out of range")
	}
	last, err := builtins.CallMethod(thread, l, "pop", nil, nil)
	if err != nil || l.Len() == 0 {
		return last, err
	}
	return replaceTop(l, last)
}

// replaceTop stores item at heap[0], restores the heap and returns the
// old top.
func replaceTop(l *starlark.List, item starlark.Value) (starlark.Value, error) {
	top := l.Index(0)
	if err := l.SetIndex(0, item); err != nil {
		return nil, py.ToException(err)
	}
	return top, siftUp(l, 0)
}

// heapreplace implements heapreplace(heap, item).
func heapreplace(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	l, item, err := heapItemArgs(b.Name(), args, kwargs)
	if err != nil {
		return nil, err
	}
	if l.Len() == 0 {
		return nil, py.Raise(py.IndexError, "index out of range")
	}
	return replaceTop(l, item)
}

// heappushpop implements heappushpop(heap, item).
func heappushpop(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	l, item, err := heapItemArgs(b.Name(), args, kwargs)
	if err != nil || l.Len() == 0 {
		return item, err
	}
	lt, err := builtins.Less(l.Index(0), item)
	if err != nil || !lt {
		return item, err
	}
	if l.Len() == 0 {
		return nil, py.Raise(py.IndexError, "index out of range")
	}
	return replaceTop(l, item)
}

// heapify implements heapify(x).
func heapify(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	l, err := heapArg(b.Name(), args, kwargs)
	if err != nil {
		return nil, err
	}
	for i := l.Len()/2 - 1; i >= 0; i-- {
		if err := siftUp(l, i); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}
