package builtins

// This file defines map, filter and zip: lazy iterators, as in CPython,
// that take an element from each argument only when they are asked for
// one, so they work on infinite iterators and see changes made to their
// arguments meanwhile.

import (
	"strconv"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// ActiveThread returns a function reporting the thread that is running
// Python code when it is called: a lazy iterator calls functions, and
// polls for cancellation, in whichever thread consumes it, not in the
// one that created it.
func ActiveThread(thread *starlark.Thread) func() *starlark.Thread {
	rt := core.RuntimeOf(thread)
	return func() *starlark.Thread {
		if rt != nil && rt.Current() != nil {
			return rt.Current().Active()
		}
		return thread
	}
}

// iterators returns iter(x) of each x of xs.
func iterators(thread *starlark.Thread, xs starlark.Tuple) ([]*Iterator, error) {
	its := make([]*Iterator, len(xs))
	for i, x := range xs {
		var err error
		if its[i], err = Iter(thread, x); err != nil {
			return nil, err
		}
	}
	return its, nil
}

// nextOfEach fills row with the next element of each iterator, in order,
// and reports false (with the index of the first exhausted one) when one
// is exhausted.
func nextOfEach(its []*Iterator, row []starlark.Value) (int, bool, error) {
	for i, it := range its {
		v, ok, err := it.next()
		if err != nil {
			return i, false, err
		}
		if !ok {
			return i, false, nil
		}
		row[i] = v
	}
	return 0, true, nil
}

// mapFn implements map(function, iterable, ...).
func mapFn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, py.Raise(py.TypeError, "map() must have at least two arguments.")
	}
	fn := args[0]
	its, err := iterators(thread, args[1:])
	if err != nil {
		return nil, err
	}
	active := ActiveThread(thread)
	return NewIterator("map", func() (starlark.Value, bool, error) {
		row := make(starlark.Tuple, len(its))
		if _, ok, err := nextOfEach(its, row); !ok {
			return nil, false, err
		}
		v, err := starlark.Call(active(), fn, row, nil)
		return v, err == nil, err
	}), nil
}

// filter implements filter(function, iterable).
func filter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "filter() takes no keyword arguments")
	}
	var fn, x starlark.Value
	if err := starlark.UnpackPositionalArgs("filter", args, nil, 2, &fn, &x); err != nil {
		return nil, err
	}
	it, err := Iter(thread, x)
	if err != nil {
		return nil, err
	}
	active := ActiveThread(thread)
	return NewIterator("filter", func() (starlark.Value, bool, error) {
		for {
			v, ok, err := it.next()
			if !ok || err != nil {
				return nil, false, err
			}
			keep := v
			if fn != starlark.None {
				if keep, err = starlark.Call(active(), fn, starlark.Tuple{v}, nil); err != nil {
					return nil, false, err
				}
			}
			if keep.Truth() {
				return v, true, nil
			}
		}
	}), nil
}

// zip implements zip(*iterables, strict=False).
func zip(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var strict bool
	if err := starlark.UnpackArgs("zip", nil, kwargs, "strict?", &strict); err != nil {
		return nil, err
	}
	its, err := iterators(thread, args)
	if err != nil {
		return nil, err
	}
	if len(its) == 0 {
		return SliceIterator("zip", nil), nil
	}
	return NewIterator("zip", func() (starlark.Value, bool, error) {
		row := make(starlark.Tuple, len(its))
		i, ok, err := nextOfEach(its, row)
		if ok || err != nil || !strict {
			return row, ok, err
		}
		return nil, false, zipUneven(its, i)
	}), nil
}

// zipUneven returns zip(strict=True)'s error when its iterator i is
// exhausted, or nil if all of them are.
func zipUneven(its []*Iterator, i int) error {
	if i > 0 {
		return py.Raisef(py.ValueError, "zip() argument %d is shorter than %s", i+1, zipArgs(i))
	}
	for j, it := range its[1:] {
		_, ok, err := it.next()
		if err != nil {
			return err
		}
		if ok {
			return py.Raisef(py.ValueError, "zip() argument %d is longer than %s", j+2, zipArgs(j+1))
		}
	}
	return nil
}

// zipArgs names zip's first n arguments in its errors.
func zipArgs(n int) string {
	if n == 1 {
		return "argument 1"
	}
	return "arguments 1-" + strconv.Itoa(n)
}

// Binary implements x in it: it consumes it up to the first element
// that is x or equals x.
func (it *Iterator) Binary(op syntax.Token, x starlark.Value, side starlark.Side) (starlark.Value, error) {
	if op != syntax.IN || side != starlark.Right {
		return nil, nil
	}
	for {
		v, ok, err := it.next()
		if !ok || err != nil {
			return starlark.False, err
		}
		if eq, err := starlark.Equal(x, v); err != nil || eq || Identical(x, v) {
			return starlark.True, err
		}
	}
}

// Binary implements x in g, consuming the generator g.
func (g *Generator) Binary(op syntax.Token, x starlark.Value, side starlark.Side) (starlark.Value, error) {
	return g.iterator().Binary(op, x, side)
}
