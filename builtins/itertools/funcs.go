package itertools

// This file defines the iterators that call script functions: groupby,
// accumulate, starmap, takewhile, dropwhile and filterfalse.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
)

// groupState is the shared state of a groupby and its groups.
type groupState struct {
	src              source
	key              starlark.Value // None: identity
	thread           *starlark.Thread
	curKey, curValue starlark.Value // the element ahead, nil at the start
	exhausted        bool
	group            int // id of the current group
}

func (g *groupState) keyOf(x starlark.Value) (starlark.Value, error) {
	if g.key == starlark.None {
		return x, nil
	}
	return starlark.Call(g.thread, g.key, starlark.Tuple{x}, nil)
}

// advance reads the next element into curKey/curValue.
func (g *groupState) advance() error {
	x, ok, err := g.src.next()
	if err != nil {
		return err
	}
	if !ok {
		g.exhausted = true
		return nil
	}
	k, err := g.keyOf(x)
	g.curKey, g.curValue = k, x
	return err
}

// groupby implements groupby(iterable, key=None).
// https://docs.python.org/3/library/itertools.html#itertools.groupby
func groupby(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var it, key starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "iterable", &it, "key?", &key); err != nil {
		return nil, err
	}
	src, err := sourceOf(thread, it)
	if err != nil {
		return nil, err
	}
	g := &groupState{src: src, key: key, thread: callThread(thread)}
	var lastKey starlark.Value
	return newIter("groupby", func() (starlark.Value, bool, error) {
		for {
			if g.curValue == nil && !g.exhausted {
				if err := g.advance(); err != nil {
					return nil, false, err
				}
			}
			if g.exhausted {
				return nil, false, nil
			}
			if lastKey != nil {
				if eq, err := starlark.Equal(g.curKey, lastKey); err != nil {
					return nil, false, err
				} else if eq {
					if err := g.advance(); err != nil { // skip the rest of the old group
						return nil, false, err
					}
					continue
				}
			}
			lastKey = g.curKey
			g.group++
			return starlark.Tuple{g.curKey, g.grouper(g.group, g.curKey)}, true, nil
		}
	}), nil
}

// grouper yields the elements of group id while their key is tgtKey.
func (g *groupState) grouper(id int, tgtKey starlark.Value) *builtins.Iterator {
	return builtins.NewIterator("itertools._grouper", func() (starlark.Value, bool, error) {
		if g.group != id || g.exhausted {
			return nil, false, nil
		}
		if g.curValue == nil {
			if err := g.advance(); err != nil || g.exhausted {
				return nil, false, err
			}
		}
		eq, err := starlark.Equal(g.curKey, tgtKey)
		if err != nil || !eq {
			return nil, false, err
		}
		x := g.curValue
		g.curValue = nil
		return x, true, nil
	})
}

// accumulate implements accumulate(iterable[, func, *, initial=None]).
func accumulate(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var it, fn, initial starlark.Value = nil, starlark.None, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "iterable", &it, "func?", &fn, "initial?", &initial); err != nil {
		return nil, err
	}
	src, err := sourceOf(thread, it)
	if err != nil {
		return nil, err
	}
	ct := callThread(thread)
	var total starlark.Value
	if initial != starlark.None {
		total = initial
	}
	first := total != nil
	return newIter("accumulate", func() (starlark.Value, bool, error) {
		if first {
			first = false
			return total, true, nil
		}
		x, ok, err := src.next()
		if err != nil || !ok {
			return nil, false, err
		}
		if total == nil {
			total = x
			return x, true, nil
		}
		if fn == starlark.None {
			total, err = starlark.Binary(syntax.PLUS, total, x)
		} else {
			total, err = starlark.Call(ct, fn, starlark.Tuple{total, x}, nil)
		}
		return total, err == nil, err
	}), nil
}

// starmap implements starmap(function, iterable).
func starmap(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn, it starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &fn, &it); err != nil {
		return nil, err
	}
	src, err := sourceOf(thread, it)
	if err != nil {
		return nil, err
	}
	ct := callThread(thread)
	return newIter("starmap", func() (starlark.Value, bool, error) {
		x, ok, err := src.next()
		if err != nil || !ok {
			return nil, false, err
		}
		fargs, err := all(ct, x)
		if err != nil {
			return nil, false, err
		}
		v, err := starlark.Call(ct, fn, fargs, nil)
		return v, err == nil, err
	}), nil
}

// predicateIter holds a predicate and its source.
func predicateIter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (func(starlark.Value) (bool, error), source, error) {
	var fn, it starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &fn, &it); err != nil {
		return nil, source{}, err
	}
	src, err := sourceOf(thread, it)
	if err != nil {
		return nil, source{}, err
	}
	ct := callThread(thread)
	test := func(x starlark.Value) (bool, error) {
		if fn == starlark.None {
			return bool(x.Truth()), nil
		}
		v, err := starlark.Call(ct, fn, starlark.Tuple{x}, nil)
		if err != nil {
			return false, err
		}
		return bool(v.Truth()), nil
	}
	return test, src, nil
}

// whileFunc returns takewhile (take) or dropwhile.
func whileFunc(take bool) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		test, src, err := predicateIter(thread, b, args, kwargs)
		if err != nil {
			return nil, err
		}
		switched := false
		return newIter(b.Name(), func() (starlark.Value, bool, error) {
			for {
				x, ok, err := src.next()
				if err != nil || !ok {
					return nil, false, err
				}
				if switched {
					return x, !take, nil
				}
				t, err := test(x)
				if err != nil {
					return nil, false, err
				}
				if take {
					switched = !t
					return x, t, nil
				}
				if !t {
					switched = true
					return x, true, nil
				}
			}
		}), nil
	}
}

// filterfalse implements filterfalse(predicate, iterable).
func filterfalse(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	test, src, err := predicateIter(thread, b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return newIter("filterfalse", func() (starlark.Value, bool, error) {
		for {
			x, ok, err := src.next()
			if err != nil || !ok {
				return nil, false, err
			}
			t, err := test(x)
			if err != nil {
				return nil, false, err
			}
			if !t {
				return x, true, nil
			}
		}
	}), nil
}
