package builtins

// This file defines Python iteration: the loops of lowered code, the
// Iterator value, and iter, next, map, filter, zip, enumerate, reversed.

import (
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

var dictChanged = py.Raise(py.RuntimeError, "dictionary changed size during iteration")

// ForEach calls fn for each element of x, as a Python for loop would:
// lists by index (elements appended meanwhile are visited), dicts by key
// (a size change is a RuntimeError), strings by character.
func ForEach(thread *starlark.Thread, x starlark.Value, fn func(starlark.Value) error) error {
	switch x := x.(type) {
	case *starlark.List:
		for i := 0; i < x.Len(); i++ {
			if err := fn(x.Index(i)); err != nil {
				return err
			}
			if err := core.PollAt(thread, i); err != nil {
				return err
			}
		}
		return nil
	case *starlark.Dict:
		n := x.Len()
		for _, k := range x.Keys() {
			if x.Len() != n {
				return py.Raise(py.RuntimeError, dictChanged.Message())
			}
			if err := fn(k); err != nil {
				return err
			}
		}
		return nil
	case starlark.String:
		return forEachSlice(Chars(string(x)), fn)
	}
	iter, err := py.Iterate(x)
	if err != nil {
		return err
	}
	return forEachIter(thread, iter, fn)
}

// forEachIter calls fn for each value of iter, then ends it.
func forEachIter(thread *starlark.Thread, iter starlark.Iterator, fn func(starlark.Value) error) error {
	defer iter.Done()
	var v starlark.Value
	for n := 1; iter.Next(&v); n++ {
		if n%core.PollEvery == 0 {
			if err := core.Poll(thread); err != nil {
				return err
			}
		}
		if err := fn(v); err != nil {
			return err
		}
	}
	return py.IterErr(iter)
}

func forEachSlice(elems []starlark.Value, fn func(starlark.Value) error) error {
	for _, v := range elems {
		if err := fn(v); err != nil {
			return err
		}
	}
	return nil
}

// IsIterable reports whether iter(x) is defined for x.
func IsIterable(x starlark.Value) bool {
	switch x := x.(type) {
	case *py.Instance:
		return x.Iterable()
	case starlark.String, starlark.Bytes: // not starlark.Iterables
		return true
	}
	_, ok := x.(starlark.Iterable)
	return ok
}

// lengthHint returns len(x) when asked for, or -1.
func lengthHint(x starlark.Value, ask bool) (int, error) {
	if !ask {
		return -1, nil
	}
	if it, ok := x.(*Iterator); ok && it.hint != nil {
		return it.hint(), nil
	}
	if o, ok := x.(*py.Instance); ok {
		// As CPython's PyObject_LengthHint: a TypeError of __len__ is
		// no hint, any other error propagates.
		n, _, err := o.LenErr()
		if err != nil && py.ToException(err).Class == py.TypeError {
			return -1, nil
		}
		return n, err
	}
	return starlark.Len(x), nil
}

// Elements returns the elements of the iterable x as a new slice; of a
// user object, it calls __iter__ and then __len__ (a length hint), as
// CPython's list() does.
func Elements(thread *starlark.Thread, x starlark.Value) ([]starlark.Value, error) {
	return elements(thread, x, true)
}

// ElementsNoHint is Elements without the length hint: it calls no
// __len__ of a user object, as CPython's str.join does not.
func ElementsNoHint(thread *starlark.Thread, x starlark.Value) ([]starlark.Value, error) {
	return elements(thread, x, false)
}

func elements(thread *starlark.Thread, x starlark.Value, hint bool) ([]starlark.Value, error) {
	var iter starlark.Iterator
	if o, ok := x.(*py.Instance); ok { // as CPython: __iter__, then __len__ as a hint
		var err error
		if iter, err = o.Iter(); err != nil {
			return nil, err
		}
	}
	var elems []starlark.Value
	n, err := lengthHint(x, hint || iter == nil)
	if err != nil {
		if iter != nil {
			iter.Done()
		}
		return nil, err
	}
	if n > 0 {
		if err := core.CheckAllocN(thread, n, valueSize); err != nil {
			if iter != nil {
				iter.Done()
			}
			return nil, err
		}
		elems = make([]starlark.Value, 0, n)
	}
	add := func(v starlark.Value) error {
		elems = append(elems, v)
		return nil
	}
	if iter != nil {
		return elems, forEachIter(thread, iter, add)
	}
	return elems, ForEach(thread, x, add)
}

// valueSize is the bytes of a starlark.Value in a slice, for CheckAlloc.
const valueSize = 16

// Chars returns the characters (code points) of s as strings.
func Chars(s string) []starlark.Value {
	elems := make([]starlark.Value, 0, len(s))
	for len(s) > 0 {
		_, n := utf8.DecodeRuneInString(s)
		elems = append(elems, charValue(s[:n]))
		s = s[n:]
	}
	return elems
}

// listLoop iterates a list by index, so the loop body may append to it.
type listLoop struct{ list *starlark.List }

func (l *listLoop) String() string       { return "<list_iterator object>" }
func (l *listLoop) Type() string         { return "list_iterator" }
func (l *listLoop) Freeze()              {}
func (l *listLoop) Truth() starlark.Bool { return true }
func (l *listLoop) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'list_iterator'")
}
func (l *listLoop) Iterate() starlark.Iterator {
	return &indexIter{seq: l.list}
}

// indexIter iterates an Indexable by position, rereading its length.
type indexIter struct {
	seq starlark.Indexable
	i   int
}

func (it *indexIter) Next(p *starlark.Value) bool {
	if it.i >= it.seq.Len() {
		return false
	}
	*p = it.seq.Index(it.i)
	it.i++
	return true
}
func (it *indexIter) Done() {}

// dictLoop iterates a snapshot of a dict's keys, so the loop body may
// assign existing keys. A size change ends the loop; Err reports it.
type dictLoop struct {
	dict *starlark.Dict
	view viewKind // keys, values or items (for loops over dict views)
	err  error    // the last iteration's size change, for LoopErr
}

func (d *dictLoop) String() string       { return "<dict_keyiterator object>" }
func (d *dictLoop) Type() string         { return "dict_keyiterator" }
func (d *dictLoop) Freeze()              {}
func (d *dictLoop) Truth() starlark.Bool { return true }
func (d *dictLoop) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'dict_keyiterator'")
}
func (d *dictLoop) Iterate() starlark.Iterator {
	return &keyIter{loop: d, dict: d.dict, keys: d.dict.Keys(), n: d.dict.Len()}
}

type keyIter struct {
	loop *dictLoop
	dict *starlark.Dict
	keys []starlark.Value
	n    int
	err  error
}

func (it *keyIter) Next(p *starlark.Value) bool {
	if it.err != nil {
		return false
	}
	if it.dict.Len() != it.n {
		it.err = py.Raise(py.RuntimeError, dictChanged.Message())
		it.loop.err = it.err
		return false
	}
	if len(it.keys) == 0 {
		return false
	}
	k := it.keys[0]
	it.keys = it.keys[1:]
	switch it.loop.view {
	case viewValues:
		*p, _, _ = it.dict.Get(k)
	case viewItems:
		v, _, _ := it.dict.Get(k)
		*p = starlark.Tuple{k, v}
	default:
		*p = k
	}
	return true
}
func (it *keyIter) Done() {}

// Err reports a dict size change during the iteration.
func (it *keyIter) Err() error { return it.err }

// ForLoop returns the iterable a Python for loop over x runs over: a
// list is iterated by index (the body may append to it), a dict over a
// snapshot of its keys (a size change ends the loop with an error), a
// str by code point, and an iterable whose iterator may fail keeps the
// error for LoopErr.
func ForLoop(x starlark.Value) (starlark.Value, error) {
	switch x := x.(type) {
	case *starlark.List:
		return &listLoop{list: x}, nil
	case *starlark.Dict:
		return &dictLoop{dict: x}, nil
	case *DictView:
		return &dictLoop{dict: x.dict, view: x.kind}, nil
	case starlark.String:
		return starlark.Tuple(Chars(string(x))), nil
	case starlark.Bytes:
		return py.ByteInts(x), nil
	case *Iterator, *Generator, LoopErrer:
		return x, nil // they keep their own loop error for LoopErr
	case starlark.Tuple:
		return x, nil // its iterator can't fail
	case *py.Class:
		if x.Meta() != nil {
			return &errLoop{Iterable: x}, nil // an enum's
		}
		if it := x.Iterate(); it != nil {
			return wrapIterator("iterator", it), nil // its metaclass's __iter__, called as the loop starts
		}
		return nil, notIterable(x)
	case *py.Instance:
		it, err := x.Iter() // iter(x) is called as the loop starts
		if err != nil {
			return nil, err
		}
		return wrapIterator("iterator", it), nil
	case starlark.Iterable:
		if x.Type() == "range" {
			return x, nil // as a tuple's
		}
		return &errLoop{Iterable: x}, nil
	}
	return nil, notIterable(x)
}

// LoopMayFail reports whether a loop over v, a value of ForLoop, may end
// with an error that LoopErr reports.
func LoopMayFail(v starlark.Value) bool {
	switch v.(type) {
	case *dictLoop, *Iterator, *Generator, *errLoop, LoopErrer:
		return true
	}
	return false
}

// A LoopErrer is a loop iterable of another package that keeps the
// error that ended its last loop, as ForLoop's values do: LoopErr
// returns and forgets it.
type LoopErrer interface {
	starlark.Iterable
	LoopErr() error
}

// LoopErr returns, and forgets, the error that ended the last for loop
// over x, a value of ForLoop: the VM's loops can't take an error from an
// iterator, so lowered loops ask for it after the loop.
func LoopErr(x starlark.Value) error {
	var err error
	switch x := x.(type) {
	case *dictLoop:
		err, x.err = x.err, nil
	case *Iterator:
		err, x.err = x.err, nil
	case *Generator:
		return LoopErr(x.iterator())
	case *errLoop:
		err, x.err = x.err, nil
	case LoopErrer:
		return x.LoopErr()
	}
	return err
}

// errLoop is the ForLoop of any other iterable. If its iterator reports
// the error that ended it by an Err method (a user class's __next__ that
// raised, a deque mutated in the loop, Executor.map's results), the loop
// keeps that error for LoopErr.
type errLoop struct {
	starlark.Iterable
	err error
}

func (l *errLoop) Iterate() starlark.Iterator {
	iter := l.Iterable.Iterate()
	if e, ok := iter.(errIterator); ok {
		return &errLoopIter{errIterator: e, loop: l}
	}
	return iter
}

// errIterator is an iterator that reports the error that ended it.
type errIterator interface {
	starlark.Iterator
	Err() error
}

// errLoopIter copies its iterator's error to the loop when it ends.
type errLoopIter struct {
	errIterator
	loop *errLoop
}

func (it *errLoopIter) Next(p *starlark.Value) bool {
	if it.errIterator.Next(p) {
		return true
	}
	it.loop.err = it.Err()
	return false
}

func addIterFunctions(d starlark.StringDict) {
	for _, b := range []*starlark.Builtin{
		starlark.NewBuiltin("iter", iter),
		starlark.NewBuiltin("next", next),
		starlark.NewBuiltin("map", mapFn),
		starlark.NewBuiltin("filter", filter),
		starlark.NewBuiltin("zip", zip),
		starlark.NewBuiltin("enumerate", enumerate),
		starlark.NewBuiltin("reversed", reversed),
	} {
		d[b.Name()] = b
	}
}

// Iterator is a Python iterator: iter(x), map, filter, zip, enumerate
// and reversed return one. Iterating it consumes it. It is guarded by
// the GIL.
type Iterator struct {
	name string // type name, as list_iterator or map
	next func() (starlark.Value, bool, error)
	err  error         // the error that ended a for loop over it, for LoopErr
	repr func() string // its repr, if not <name object at 0x...>
	hint func() int    // how many elements are left, if it knows (a length hint)
}

var _ starlark.Iterable = (*Iterator)(nil)

// NewIterator returns an iterator of the given Python type name whose
// elements come from next, which reports false when exhausted.
func NewIterator(name string, next func() (starlark.Value, bool, error)) *Iterator {
	return &Iterator{name: name, next: next}
}

// WithRepr makes repr its repr (itertools.count shows its state) and
// returns it.
func (it *Iterator) WithRepr(repr func() string) *Iterator {
	it.repr = repr
	return it
}

// WithLengthHint makes hint its length hint, which list() and tuple()
// size their result by (and ask the memory limit about) before
// iterating, as CPython's __length_hint__; it returns it.
func (it *Iterator) WithLengthHint(hint func() int) *Iterator {
	it.hint = hint
	return it
}

// LengthHint returns its length hint, if it has one.
func (it *Iterator) LengthHint() (int, bool) {
	if it.hint == nil {
		return 0, false
	}
	return it.hint(), true
}

func (it *Iterator) String() string {
	if it.repr != nil {
		return it.repr()
	}
	return "<" + it.name + " object at " + hexAddr(it) + ">"
}
func (it *Iterator) Type() string          { return it.name }
func (it *Iterator) Freeze()               {}
func (it *Iterator) Truth() starlark.Bool  { return true }
func (it *Iterator) Hash() (uint32, error) { return uint32(py.Addr(it)), nil }

// Attr implements starlark.HasAttrs: __next__ and __iter__, the
// iterator protocol's methods (iter(it.__next__, sentinel)).
func (it *Iterator) Attr(name string) (starlark.Value, error) {
	var fn func() (starlark.Value, error)
	switch name {
	case "__next__":
		fn = func() (starlark.Value, error) {
			v, ok, err := it.next()
			if err == nil && !ok {
				err = py.Raise(py.StopIteration, "")
			}
			return v, err
		}
	case "__iter__":
		fn = func() (starlark.Value, error) { return it, nil }
	default:
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
			return nil, err
		}
		return fn()
	}).BindReceiver(it), nil
}

// AttrNames implements starlark.HasAttrs.
func (it *Iterator) AttrNames() []string { return []string{"__iter__", "__next__"} }

// Next returns the iterator's next element, as next(it) does; ok is
// false once it is exhausted.
func (it *Iterator) Next() (v starlark.Value, ok bool, err error) { return it.next() }

// Iterate implements starlark.Iterable; an error ends the iteration and
// is reported by the iterator's Err method and by LoopErr.
func (it *Iterator) Iterate() starlark.Iterator { return &iterAdapter{it: it} }

type iterAdapter struct {
	it  *Iterator
	err error
}

func (a *iterAdapter) Next(p *starlark.Value) bool {
	if a.err != nil {
		return false
	}
	v, ok, err := a.it.next()
	if err != nil {
		a.err, a.it.err = err, err
		return false
	}
	if ok {
		*p = v
	}
	return ok
}
func (a *iterAdapter) Done()      {}
func (a *iterAdapter) Err() error { return a.err }

// SliceIterator returns an iterator of the given Python type name over
// elems.
func SliceIterator(name string, elems []starlark.Value) *Iterator {
	return NewIterator(name, func() (starlark.Value, bool, error) {
		if len(elems) == 0 {
			return nil, false, nil
		}
		v := elems[0]
		elems = elems[1:]
		return v, true, nil
	}).WithLengthHint(func() int { return len(elems) })
}

// Iter returns Python's iter(x).
func Iter(thread *starlark.Thread, x starlark.Value) (*Iterator, error) {
	switch x := x.(type) {
	case *Iterator:
		return x, nil
	case *Generator:
		return x.iterator(), nil
	case *starlark.List:
		return indexIterator("list_iterator", x), nil
	case starlark.Tuple:
		return indexIterator("tuple_iterator", x), nil
	case starlark.String:
		name := "str_iterator"
		if isASCII(string(x)) {
			name = "str_ascii_iterator" // CPython's iterator over an ASCII str
		}
		return SliceIterator(name, Chars(string(x))), nil
	case starlark.Bytes:
		return SliceIterator("bytes_iterator", py.ByteInts(x)), nil
	case *starlark.Dict:
		return dictIterator(x), nil
	case *Set:
		return wrapIterator("set_iterator", x.Iterate()), nil
	case *py.Instance:
		it, err := x.Iter()
		if err != nil {
			return nil, err
		}
		return wrapIterator("iterator", it), nil
	case *py.Class:
		if it := x.Iterate(); it != nil {
			return wrapIterator("iterator", it), nil // through its metaclass
		}
		return nil, notIterable(x)
	case starlark.Indexable:
		return indexIterator(x.Type()+"_iterator", x), nil
	case starlark.Iterable:
		return genericIterator(x), nil
	}
	return nil, notIterable(x)
}

// indexIterator iterates seq by position, rereading its length; once
// exhausted it stays exhausted, as CPython's list_iterator.
func indexIterator(name string, seq starlark.Indexable) *Iterator {
	i := 0
	return NewIterator(name, func() (starlark.Value, bool, error) {
		if seq == nil || i >= seq.Len() {
			seq = nil
			return nil, false, nil
		}
		i++
		return seq.Index(i - 1), true, nil
	}).WithLengthHint(func() int {
		if seq == nil {
			return 0
		}
		return seq.Len() - i
	})
}

func dictIterator(d *starlark.Dict) *Iterator {
	keys, n := d.Keys(), d.Len()
	return NewIterator("dict_keyiterator", func() (starlark.Value, bool, error) {
		if d.Len() != n {
			return nil, false, py.Raise(py.RuntimeError, dictChanged.Message())
		}
		if len(keys) == 0 {
			return nil, false, nil
		}
		k := keys[0]
		keys = keys[1:]
		return k, true, nil
	})
}

// genericIterator wraps a Starlark iterable, started on first use.
func genericIterator(x starlark.Iterable) *Iterator {
	var it *Iterator
	it = NewIterator(x.Type()+"_iterator", func() (starlark.Value, bool, error) {
		iter, err := py.Iterate(x)
		if err != nil {
			return nil, false, err
		}
		it.next = wrapIterator("", iter).next
		return it.next()
	})
	return it
}

// wrapIterator wraps a Starlark iterator, calling Done when exhausted
// and raising the error that ended it.
func wrapIterator(name string, iter starlark.Iterator) *Iterator {
	return NewIterator(name, func() (starlark.Value, bool, error) {
		var v starlark.Value
		if iter.Next(&v) {
			return v, true, nil
		}
		err := py.IterErr(iter)
		iter.Done()
		iter = emptyIter{}
		return nil, false, err
	})
}

type emptyIter struct{}

func (emptyIter) Next(p *starlark.Value) bool { return false }
func (emptyIter) Done()                       {}

// iter implements iter(object).
func iter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 2 && len(kwargs) == 0 {
		return callIter(thread, args[0], args[1])
	}
	x, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	if o, ok := x.(*py.Instance); ok {
		// iter(o) is what __iter__ returned: o itself, a generator...
		v, err := o.IterValue()
		if err != nil {
			return nil, err
		}
		if _, ok := v.(*py.Instance); ok {
			return v, nil
		}
		if v != nil {
			x = v
		}
	}
	if g, ok := x.(*Generator); ok {
		return g, nil
	}
	return Iter(thread, x)
}

// callIter implements iter(fn, sentinel): an iterator that calls fn, in
// whichever thread iterates it, until fn returns sentinel.
func callIter(thread *starlark.Thread, fn, sentinel starlark.Value) (starlark.Value, error) {
	if _, ok := fn.(starlark.Callable); !ok {
		return nil, py.Raise(py.TypeError, "iter(v, w): v must be callable")
	}
	active := ActiveThread(thread)
	done := false
	return NewIterator("callable_iterator", func() (starlark.Value, bool, error) {
		if done {
			return nil, false, nil
		}
		v, err := starlark.Call(active(), fn, nil, nil)
		if err != nil {
			return nil, false, err
		}
		if eq, err := starlark.Equal(v, sentinel); err != nil || eq {
			done = true
			return nil, false, err
		}
		return v, true, nil
	}), nil
}

// next implements next(iterator[, default]).
func next(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, def starlark.Value
	if err := starlark.UnpackPositionalArgs("next", args, kwargs, 1, &x, &def); err != nil {
		return nil, err
	}
	if g, ok := x.(*Generator); ok {
		return g.nextDefault(thread, def)
	}
	it, ok := x.(*Iterator)
	if !ok {
		if m, err := getAttr(x, "__next__"); err == nil && m != nil {
			v, err := starlark.Call(thread, m, nil, nil)
			if e, ok := py.AsException(err); ok && def != nil && e.Class.IsSubclass(py.StopIteration) {
				return def, nil // a user iterator's StopIteration
			}
			return v, err
		}
		return nil, py.Raisef(py.TypeError, "'%s' object is not an iterator", py.TypeName(x))
	}
	v, ok, err := it.next()
	if err != nil {
		return nil, err
	}
	if !ok {
		if def != nil {
			return def, nil
		}
		return nil, py.Raise(py.StopIteration, "")
	}
	return v, nil
}

// enumerate implements enumerate(iterable, start=0).
func enumerate(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var start starlark.Value = starlark.MakeInt(0)
	if err := starlark.UnpackArgs("enumerate", args, kwargs, "iterable", &x, "start?", &start); err != nil {
		return nil, err
	}
	i, err := asIndex(start)
	if err != nil {
		return nil, err
	}
	it, err := Iter(thread, x)
	if err != nil {
		return nil, err
	}
	one := starlark.MakeInt(1)
	return NewIterator("enumerate", func() (starlark.Value, bool, error) {
		v, ok, err := it.next()
		if !ok || err != nil {
			return nil, ok, err
		}
		t := starlark.Tuple{i, v}
		i = i.Add(one)
		return t, true, nil
	}), nil
}

// metaElems returns what a class whose metaclass iterates it (an enum)
// iterates over, or nil.
func metaElems(c *py.Class) []starlark.Value {
	m := c.Meta()
	if m == nil {
		return nil
	}
	it := m.Iterate(c)
	if it == nil {
		return nil
	}
	defer it.Done()
	elems := []starlark.Value{}
	var v starlark.Value
	for it.Next(&v) {
		elems = append(elems, v)
	}
	return elems
}

// reversed implements reversed(seq).
func reversed(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	var elems []starlark.Value
	switch x := x.(type) {
	case starlark.String:
		elems = Chars(string(x))
	case starlark.Bytes:
		elems = py.ByteInts(x)
	case *starlark.Dict:
		elems = x.Keys()
	case starlark.Indexable:
		return reverseIterator(x), nil
	case *BigRange:
		return x.Reversed(), nil
	case *py.Instance:
		v, rev, err := x.Reversed(thread)
		if v != nil || err != nil {
			return v, err
		}
		return SliceIterator("reversed", rev), nil
	case Reversible:
		elems = x.ReversibleElems()
	case interface{ Keys() []starlark.Value }: // OrderedDict, Counter, defaultdict
		elems = x.Keys()
	case *py.Class: // an enum class: EnumType.__reversed__
		if elems = metaElems(x); elems == nil {
			return nil, py.Raisef(py.TypeError, "'%s' object is not reversible", py.TypeName(x))
		}
	default:
		return nil, py.Raisef(py.TypeError, "'%s' object is not reversible", py.TypeName(x))
	}
	out := make([]starlark.Value, len(elems))
	for i, v := range elems {
		out[len(elems)-1-i] = v
	}
	return SliceIterator("reversed", out), nil
}

// Reversible is a value that reversed() takes besides sequences: a
// dict view, collections' dict types. ReversibleElems returns its
// elements in iteration order, which reversed() iterates from the end.
type Reversible interface {
	ReversibleElems() []starlark.Value
}

// reverseIterator iterates seq by position from its end, lazily: an
// element removed meanwhile ends the iteration, as in CPython.
func reverseIterator(seq starlark.Indexable) *Iterator {
	name := "reversed"
	switch seq.Type() {
	case "list":
		name = "list_reverseiterator"
	case "range":
		name = "range_iterator"
	}
	i := seq.Len() - 1
	return NewIterator(name, func() (starlark.Value, bool, error) {
		if i < 0 || i >= seq.Len() {
			i = -1
			return nil, false, nil
		}
		i--
		return seq.Index(i + 1), true, nil
	}).WithLengthHint(func() int { return min(i+1, seq.Len()) })
}
