package heapq

// This file defines merge, which yields the elements of sorted
// iterables in one sorted order, lazily.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// mergeSource is one input of a merge and its next element.
type mergeSource struct {
	it        starlark.Iterator
	head, key starlark.Value
}

// advance reads the source's next element and its key; it reports
// false when the source is exhausted.
func (s *mergeSource) advance(thread *starlark.Thread, key starlark.Value) (bool, error) {
	var v starlark.Value
	if !s.it.Next(&v) {
		if e, ok := s.it.(interface{ Err() error }); ok && e.Err() != nil {
			return false, e.Err()
		}
		return false, nil
	}
	s.head, s.key = v, v
	if key != starlark.None {
		k, err := starlark.Call(thread, key, starlark.Tuple{v}, nil)
		if err != nil {
			return false, err
		}
		s.key = k
	}
	return true, nil
}

// merge implements merge(*iterables, key=None, reverse=False): a
// generator; ties go to the earlier iterable, as in CPython.
// https://docs.python.org/3/library/heapq.html#heapq.merge
func merge(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var key starlark.Value = starlark.None
	reverse := false
	if err := starlark.UnpackArgs("merge", nil, kwargs, "key?", &key, "reverse?", &reverse); err != nil {
		return nil, py.ToException(err)
	}
	iterables := append(starlark.Tuple(nil), args...)
	active := builtins.ActiveThread(thread)
	var live []*mergeSource // the sources not exhausted, in argument order
	started := false
	last := -1 // the source of the element returned last, read on the next call
	next := func() (starlark.Value, bool, error) {
		th := active()
		if last >= 0 {
			s := live[last]
			ok, err := s.advance(th, key)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				live = append(live[:last], live[last+1:]...)
			}
			last = -1
		}
		if !started {
			started = true
			for _, x := range iterables {
				it, err := builtins.Iter(th, x)
				if err != nil {
					return nil, false, err
				}
				s := &mergeSource{it: it.Iterate()}
				if ok, err := s.advance(th, key); err != nil || !ok {
					if err != nil {
						return nil, false, err
					}
					continue
				}
				live = append(live, s)
			}
		}
		if len(live) == 0 {
			return nil, false, nil
		}
		best := 0
		for i := 1; i < len(live); i++ {
			x, y := live[i].key, live[best].key
			if reverse {
				x, y = y, x
			}
			lt, err := builtins.Less(x, y)
			if err != nil {
				return nil, false, err
			}
			if lt {
				best = i
			}
		}
		last = best
		return live[best].head, true, nil
	}
	it := builtins.NewIterator("generator", next)
	return it.WithRepr(func() string { return fmt.Sprintf("<generator object merge at %#x>", py.Addr(it)) }), nil
}
