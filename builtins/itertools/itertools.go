// Package itertools is spindle's itertools module: lazy iterators over
// lists, strings, ranges and other iterables, including the infinite
// count, cycle and repeat, with CPython's orders and messages.
package itertools

// This file defines the module table, sources and the infinite and
// slicing iterators.

import (
	"context"
	"fmt"
	"math"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the itertools module. Members:
//
//	count(start=0, step=1), cycle(iterable), repeat(object[, times])
//	chain(*iterables), chain.from_iterable(iterable)
//	islice(iterable, stop), islice(iterable, start, stop[, step])
//	product(*iterables, repeat=1), permutations(iterable, r=None)
//	combinations(iterable, r), combinations_with_replacement(iterable, r)
//	groupby(iterable, key=None), accumulate(iterable[, func, *, initial=None])
//	zip_longest(*iterables, fillvalue=None), pairwise(iterable)
//	starmap(function, iterable), takewhile(predicate, iterable)
//	dropwhile(predicate, iterable), filterfalse(predicate, iterable)
//	compress(data, selectors), tee(iterable, n=2)
var Module = &core.Module{Name: "itertools", Members: starlark.StringDict{
	"count":                         starlark.NewBuiltin("count", count),
	"cycle":                         starlark.NewBuiltin("cycle", cycle),
	"repeat":                        starlark.NewBuiltin("repeat", repeat),
	"chain":                         ChainClass,
	"islice":                        starlark.NewBuiltin("islice", islice),
	"product":                       starlark.NewBuiltin("product", product),
	"permutations":                  starlark.NewBuiltin("permutations", permutations),
	"combinations":                  starlark.NewBuiltin("combinations", combinations(false)),
	"combinations_with_replacement": starlark.NewBuiltin("combinations_with_replacement", combinations(true)),
	"groupby":                       starlark.NewBuiltin("groupby", groupby),
	"accumulate":                    starlark.NewBuiltin("accumulate", accumulate),
	"zip_longest":                   starlark.NewBuiltin("zip_longest", zipLongest),
	"pairwise":                      starlark.NewBuiltin("pairwise", pairwise),
	"starmap":                       starlark.NewBuiltin("starmap", starmap),
	"takewhile":                     starlark.NewBuiltin("takewhile", whileFunc(true)),
	"dropwhile":                     starlark.NewBuiltin("dropwhile", whileFunc(false)),
	"filterfalse":                   starlark.NewBuiltin("filterfalse", filterfalse),
	"compress":                      starlark.NewBuiltin("compress", compress),
	"tee":                           starlark.NewBuiltin("tee", tee),
}}

type nextFunc = func() (starlark.Value, bool, error)

// newIter returns a lazy iterator object shown as <itertools.NAME object>.
func newIter(name string, next nextFunc) *builtins.Iterator {
	return builtins.NewIterator("itertools."+name, next)
}

// source is an input iterable being consumed lazily.
type source struct{ it *builtins.Iterator }

func sourceOf(thread *starlark.Thread, v starlark.Value) (source, error) {
	it, err := builtins.Iter(thread, v)
	return source{it}, err
}

// next pulls the next element.
func (s source) next() (starlark.Value, bool, error) {
	iter := s.it.Iterate()
	var v starlark.Value
	if iter.Next(&v) {
		return v, true, nil
	}
	if e, ok := iter.(interface{ Err() error }); ok && e.Err() != nil {
		return nil, false, e.Err()
	}
	return nil, false, nil
}

// all lists the remaining elements of v.
func all(thread *starlark.Thread, v starlark.Value) ([]starlark.Value, error) {
	return builtins.Elements(thread, v)
}

// callThread returns a thread on which an iterator's later calls of
// script functions run: iteration has no thread of its own. It belongs
// to the same Interpreter, whose GIL the iterating code holds.
func callThread(thread *starlark.Thread) *starlark.Thread {
	if rt := core.RuntimeOf(thread); rt != nil {
		return rt.NewThread(context.Background(), thread.Name).ST
	}
	return &starlark.Thread{Name: thread.Name, Print: thread.Print}
}

// count implements count(start=0, step=1).
// https://docs.python.org/3/library/itertools.html#itertools.count
func count(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var start, step starlark.Value = starlark.MakeInt(0), starlark.MakeInt(1)
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "start?", &start, "step?", &step); err != nil {
		return nil, err
	}
	for _, v := range []starlark.Value{start, step} {
		switch v.(type) {
		case starlark.Int, starlark.Float:
		default:
			return nil, py.Raise(py.TypeError, "a number is required")
		}
	}
	n := start
	return newIter("count", func() (starlark.Value, bool, error) {
		v := n
		next, err := starlark.Binary(syntax.PLUS, n, step)
		n = next
		return v, true, err
	}).WithRepr(func() string {
		if s, ok := step.(starlark.Int); ok && isOne(s) {
			return "count(" + py.Repr(n) + ")"
		}
		return "count(" + py.Repr(n) + ", " + py.Repr(step) + ")"
	}), nil
}

// cycle implements cycle(iterable).
func cycle(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	src, err := sourceOf(thread, v)
	if err != nil {
		return nil, err
	}
	var saved []starlark.Value
	i, first := 0, true
	return newIter("cycle", func() (starlark.Value, bool, error) {
		if first {
			x, ok, err := src.next()
			if err != nil || ok {
				saved = append(saved, x)
				return x, ok, err
			}
			first = false
		}
		if len(saved) == 0 {
			return nil, false, nil
		}
		x := saved[i%len(saved)]
		i++
		return x, true, nil
	}), nil
}

// repeat implements repeat(object[, times]); a negative times is 0.
func repeat(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj, timesV starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "object", &obj, "times?", &timesV); err != nil {
		return nil, err
	}
	times := -1 // forever
	if timesV != nil {
		n, err := py.AsSsize(timesV)
		if err != nil {
			return nil, err
		}
		times = max(n, 0)
	}
	return newIter("repeat", func() (starlark.Value, bool, error) {
		if times == 0 {
			return nil, false, nil
		}
		if times > 0 {
			times--
		}
		return obj, true, nil
	}).WithRepr(func() string {
		if times < 0 {
			return "repeat(" + py.Repr(obj) + ")"
		}
		return fmt.Sprintf("repeat(%s, %d)", py.Repr(obj), times)
	}).WithLengthHint(func() int { return times }), nil
}

// isOne reports whether n is 1, the step count's repr leaves out.
func isOne(n starlark.Int) bool {
	i, ok := n.Int64()
	return ok && i == 1
}

// ChainClass is itertools.chain; chain.from_iterable is its class method.
var ChainClass = newChainClass()

func newChainClass() *py.Class {
	c := py.NewClass("chain", "itertools")
	c.Generic = true // chain[int]
	c.Ext = &py.NativeClass{New: newChain}
	c.Dict["from_iterable"] = starlark.NewBuiltin("from_iterable", chainFromIterable)
	return c
}

func newChain(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "chain() takes no keyword arguments")
	}
	return chainOf(thread, source{builtins.NewIterator("tuple_iterator", sliceNext(args))}), nil
}

func chainFromIterable(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	outer, err := sourceOf(thread, v)
	if err != nil {
		return nil, err
	}
	return chainOf(thread, outer), nil
}

// chainOf yields the elements of each iterable that outer yields.
func chainOf(thread *starlark.Thread, outer source) *builtins.Iterator {
	var cur *source
	return newIter("chain", func() (starlark.Value, bool, error) {
		for {
			if cur != nil {
				x, ok, err := cur.next()
				if err != nil || ok {
					return x, ok, err
				}
				cur = nil
			}
			it, ok, err := outer.next()
			if err != nil || !ok {
				return nil, false, err
			}
			s, err := sourceOf(thread, it)
			if err != nil {
				return nil, false, err
			}
			cur = &s
		}
	})
}

func sliceNext(elems []starlark.Value) nextFunc {
	return func() (starlark.Value, bool, error) {
		if len(elems) == 0 {
			return nil, false, nil
		}
		x := elems[0]
		elems = elems[1:]
		return x, true, nil
	}
}

// islice implements islice(iterable, stop) and
// islice(iterable, start, stop[, step]).
// https://docs.python.org/3/library/itertools.html#itertools.islice
func islice(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "islice() takes no keyword arguments")
	}
	if len(args) < 2 || len(args) > 4 {
		return nil, py.Raisef(py.TypeError, "islice expected at most 4 arguments, got %d", len(args))
	}
	start, stop, step, err := sliceArgs(args[1:])
	if err != nil {
		return nil, err
	}
	src, err := sourceOf(thread, args[0])
	if err != nil {
		return nil, err
	}
	pos, next := 0, start
	active := builtins.ActiveThread(thread)
	return newIter("islice", func() (starlark.Value, bool, error) {
		for stop < 0 || next < stop {
			if pos%core.PollEvery == core.PollEvery-1 { // skipping may be long
				if err := core.Poll(active()); err != nil {
					return nil, false, err
				}
			}
			x, ok, err := src.next()
			if err != nil || !ok {
				return nil, false, err
			}
			pos++
			if pos-1 == next {
				next += min(step, math.MaxInt-next)
				return x, true, nil
			}
		}
		return nil, false, nil
	}), nil
}

// sliceArgs parses islice's start, stop and step (stop first, as
// CPython); stop -1 means none.
func sliceArgs(args starlark.Tuple) (start, stop, step int, err error) {
	const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	if len(args) == 1 {
		stop, err = sliceIndex(args[0], stopMsg)
		return 0, stop, 1, err
	}
	if stop, err = sliceIndex(args[1], stopMsg); err != nil {
		return
	}
	if start, err = sliceIndex(args[0], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."); err != nil {
		return
	}
	start, step = max(start, 0), 1
	if len(args) == 3 && args[2] != starlark.None {
		if step, err = sliceIndex(args[2], ""); err != nil || step <= 0 {
			return 0, 0, 0, py.Raise(py.ValueError, "Step for islice() must be a positive integer or None.")
		}
	}
	return start, stop, step, nil
}

// sliceIndex converts one of islice's arguments: -1 for None, else an
// int in [0, sys.maxsize], or ValueError msg.
func sliceIndex(v starlark.Value, msg string) (int, error) {
	if v == starlark.None {
		return -1, nil
	}
	if i, ok := v.(starlark.Int); ok {
		if n, ok := i.Int64(); ok && n >= 0 {
			return int(n), nil
		}
	}
	return 0, py.Raise(py.ValueError, msg)
}
