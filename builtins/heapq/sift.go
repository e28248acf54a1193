package heapq

// This file defines the sifts of CPython's _heapq.c: siftDown moves a
// new leaf up towards the root, siftUp moves the smaller child up into a
// hole and then sifts the item into place. Comparisons run script code,
// which may resize the list; that raises RuntimeError, as in CPython.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// less reports whether x < y, checking that the list kept its
// size n.
func less(l *starlark.List, n int, x, y starlark.Value) (bool, error) {
	lt, err := builtins.Less(x, y)
	if err == nil && l.Len() != n {
		err = py.Raise(py.RuntimeError, "list changed size during iteration")
	}
	return lt, err
}

// swap exchanges heap elements i and j.
func swap(l *starlark.List, i, j int) error {
	x, y := l.Index(i), l.Index(j)
	if err := l.SetIndex(i, y); err != nil {
		return py.ToException(err)
	}
	if err := l.SetIndex(j, x); err != nil {
		return py.ToException(err)
	}
	return nil
}

// siftDown is _siftdown(heap, startpos, pos).
func siftDown(l *starlark.List, start, pos int) error {
	n := l.Len()
	for pos > start {
		parent := (pos - 1) >> 1
		lt, err := less(l, n, l.Index(pos), l.Index(parent))
		if err != nil || !lt {
			return err
		}
		if err := swap(l, pos, parent); err != nil {
			return err
		}
		pos = parent
	}
	return nil
}

// siftUp is _siftup(heap, pos).
func siftUp(l *starlark.List, pos int) error {
	n, start := l.Len(), pos
	for child := 2*pos + 1; child < n; child = 2*pos + 1 {
		if right := child + 1; right < n {
			lt, err := less(l, n, l.Index(child), l.Index(right))
			if err != nil {
				return err
			}
			if !lt {
				child = right
			}
		}
		if err := swap(l, pos, child); err != nil {
			return err
		}
		pos = child
	}
	return siftDown(l, start, pos)
}
