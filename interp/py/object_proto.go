package py

// This file defines the container protocols of user-class instances:
// __len__, __iter__/__next__, __contains__, __getitem__ and __setitem__,
// reached through the VM's interfaces (len(), for, in, x[k]).

import (
	"go.starlark.net/starlark"
)

var (
	_ starlark.Sequence  = (*Instance)(nil)
	_ starlark.Container = (*Instance)(nil)
	_ starlark.HasSetKey = (*Instance)(nil)
)

// Len calls __len__; -1 means the instance has no length, or its
// __len__ failed (LenErr says why).
func (o *Instance) Len() int {
	n, _, err := o.LenErr()
	if err != nil {
		return -1
	}
	return n
}

// LenErr is len(o): the result of __len__, checked as CPython checks it,
// or its error; has is false if the class defines no __len__.
func (o *Instance) LenErr() (n int, has bool, err error) {
	m := o.method("__len__")
	if m == nil {
		return -1, false, nil
	}
	v, err := o.callSpecial(m)
	if err != nil {
		return -1, true, err
	}
	n, err = lenResult(v)
	return n, true, err
}

// lenResult checks v, a result of __len__, as CPython does: an int (a
// bool counts as one) from 0 to sys.maxsize.
func lenResult(v starlark.Value) (int, error) {
	var n starlark.Int
	switch x := v.(type) {
	case starlark.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case starlark.Int:
		n = x
	default:
		return -1, Raisef(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
	}
	if n.Sign() < 0 {
		return -1, Raise(ValueError, "__len__() should return >= 0")
	}
	i, ok := n.Int64()
	if !ok || int64(int(i)) != i {
		return -1, Raise(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return int(i), nil
}

// Iterate calls __iter__, or walks __getitem__ from 0 until IndexError.
// It returns nil, as starlark.Iterable allows, when the class defines
// neither; when __iter__ raised, the iterator yields nothing and its Err
// method reports the error. Go code should call Iterate (the function),
// which returns either error; the lowered for loop calls Iter.
func (o *Instance) Iterate() starlark.Iterator {
	it, err := o.Iter()
	if err != nil {
		return &failedIterator{err: err}
	}
	return it
}

// IterValue returns what __iter__ returned (an instance only if it has
// __next__), or nil if the class defines no __iter__: what iter(o)
// returns.
func (o *Instance) IterValue() (starlark.Value, error) {
	m := o.method("__iter__")
	if m == nil {
		return nil, nil
	}
	it, err := o.callSpecial(m)
	if err != nil {
		return nil, err
	}
	if inst, ok := it.(*Instance); ok && inst.method("__next__") == nil {
		return nil, Raisef(TypeError, "iter() returned non-iterator of type '%s'", inst.Class.ClassName)
	}
	if _, ok := it.(starlark.Iterable); !ok {
		if _, ok := it.(*Instance); !ok {
			return nil, Raisef(TypeError, "iter() returned non-iterator of type '%s'", TypeName(it))
		}
	}
	return it, nil
}

// Iter returns the instance's iterator, or the error iter(o) raises.
func (o *Instance) Iter() (starlark.Iterator, error) {
	if it, err := o.IterValue(); it != nil || err != nil {
		if err != nil {
			return nil, err
		}
		if inst, ok := it.(*Instance); ok {
			return &nextIterator{o: inst}, nil
		}
		if iter := starlark.Iterate(it); iter != nil {
			return iter, nil
		}
		return nil, Raisef(TypeError, "iter() returned non-iterator of type '%s'", TypeName(it))
	}
	if m := o.method("__getitem__"); m != nil && o.classAttr("__iter__") != starlark.None {
		return &getitemIterator{o: o, m: m}, nil // __iter__ = None refuses iteration
	}
	return nil, Raisef(TypeError, "'%s' object is not iterable", o.Class.ClassName)
}

// Reversed implements reversed(o): the result of __reversed__, or else
// the elements __getitem__ gives from __len__-1 down to 0.
func (o *Instance) Reversed(thread *starlark.Thread) (starlark.Value, []starlark.Value, error) {
	if o.classAttr("__reversed__") == starlark.None {
		return nil, nil, Raisef(TypeError, "'%s' object is not reversible", o.Class.ClassName)
	}
	if m := o.method("__reversed__"); m != nil {
		v, err := starlark.Call(thread, m, nil, nil)
		return v, nil, err
	}
	get := o.method("__getitem__")
	if get == nil {
		return nil, nil, Raisef(TypeError, "'%s' object is not reversible", o.Class.ClassName)
	}
	if o.method("__len__") == nil {
		return nil, nil, Raisef(TypeError, "object of type '%s' has no len()", o.Class.ClassName)
	}
	var elems []starlark.Value
	for i := o.Len() - 1; i >= 0; i-- {
		v, err := starlark.Call(thread, get, starlark.Tuple{starlark.MakeInt(i)}, nil)
		if err != nil {
			return nil, nil, err
		}
		elems = append(elems, v)
	}
	return nil, elems, nil
}

// Iterable reports whether the class defines __iter__ or __getitem__
// (and has not set __iter__ to None).
func (o *Instance) Iterable() bool {
	return (o.method("__iter__") != nil || o.method("__getitem__") != nil) && o.classAttr("__iter__") != starlark.None
}

// failedIterator is the iterator of an instance that could not be
// iterated: it yields nothing and reports why.
type failedIterator struct{ err error }

func (it *failedIterator) Next(*starlark.Value) bool { return false }
func (it *failedIterator) Done()                     {}
func (it *failedIterator) Err() error                { return it.err }

// getitemIterator is the old sequence protocol: o[0], o[1], ... until
// __getitem__ raises IndexError (or StopIteration).
type getitemIterator struct {
	o   *Instance
	m   starlark.Value
	i   int
	err error
}

func (it *getitemIterator) Next(p *starlark.Value) bool {
	if it.m == nil {
		return false
	}
	v, err := it.o.callSpecial(it.m, starlark.MakeInt(it.i))
	if err != nil {
		it.m = nil
		if e := ToException(err); !e.Class.IsSubclass(IndexError) && !e.Class.IsSubclass(StopIteration) {
			it.err = err
		}
		return false
	}
	it.i++
	*p = v
	return true
}

func (it *getitemIterator) Done()      {}
func (it *getitemIterator) Err() error { return it.err }

// nextIterator drives an iterator object through __next__ until it
// raises StopIteration.
type nextIterator struct {
	o    *Instance
	done bool
	err  error // an error other than StopIteration, for Err
}

func (it *nextIterator) Next(p *starlark.Value) bool {
	if it.done {
		return false
	}
	v, err := it.o.callSpecial(it.o.method("__next__"))
	if err != nil {
		it.done = true
		if e := ToException(err); !e.Class.IsSubclass(StopIteration) {
			it.err = err
		}
		return false
	}
	*p = v
	return true
}

func (it *nextIterator) Done() {}

// Err reports the error that ended the iteration, if it was not
// StopIteration (the loop lowering raises it after the loop).
func (it *nextIterator) Err() error { return it.err }

// Has calls __contains__, or compares the elements __iter__ yields.
func (o *Instance) Has(x starlark.Value) (bool, error) {
	if m := o.method("__contains__"); m != nil {
		v, err := o.callSpecial(m, x)
		if err != nil {
			return false, err
		}
		return bool(v.Truth()), nil
	}
	if o.classAttr("__contains__") == starlark.None {
		return false, Raisef(TypeError, "'%s' object is not a container", o.Class.ClassName)
	}
	if !o.Iterable() {
		return false, Raisef(TypeError, "argument of type '%s' is not iterable", o.Class.ClassName)
	}
	iter, err := o.Iter()
	if err != nil {
		return false, err
	}
	return hasByIteration(iter, x)
}

// hasByIteration reports whether iter yields a value equal to x, for x
// in c where c defines no __contains__; it ends iter.
func hasByIteration(iter starlark.Iterator, x starlark.Value) (bool, error) {
	defer iter.Done()
	var e starlark.Value
	for iter.Next(&e) {
		if eq, err := starlark.Equal(e, x); eq || err != nil {
			return eq, err
		}
	}
	return false, IterErr(iter)
}

// Get calls __getitem__ for x[k].
func (o *Instance) Get(k starlark.Value) (starlark.Value, bool, error) {
	if v := o.dataIndex(k); v != nil {
		return v, true, nil
	}
	m := o.method("__getitem__")
	if m == nil {
		return nil, false, Raisef(TypeError, "'%s' object is not subscriptable", o.Class.ClassName)
	}
	v, err := o.callSpecial(m, k)
	if err != nil {
		return nil, false, err
	}
	return v, true, nil
}

// dataIndex returns x[i] for an int i in range, when x holds a tuple or
// a list and no user class of its MRO defines __getitem__: the base
// type's answer, without the call of its __getitem__. Else nil.
func (o *Instance) dataIndex(k starlark.Value) starlark.Value {
	i, ok := k.(starlark.Int)
	if !ok {
		return nil
	}
	var seq starlark.Indexable
	switch d := o.data().(type) {
	case starlark.Tuple:
		seq = d
	case *starlark.List:
		seq = d
	default:
		return nil
	}
	n, ok := i.Int64()
	if !ok || o.Overrides("__getitem__") {
		return nil
	}
	if n < 0 {
		n += int64(seq.Len())
	}
	if n < 0 || n >= int64(seq.Len()) {
		return nil // the base type's IndexError
	}
	return seq.Index(int(n))
}

// SetKey calls __setitem__ for x[k] = v.
func (o *Instance) SetKey(k, v starlark.Value) error {
	m := o.method("__setitem__")
	if m == nil {
		return Raisef(TypeError, "'%s' object does not support item assignment", o.Class.ClassName)
	}
	_, err := o.callSpecial(m, k, v)
	return err
}

// IterErr returns the error that ended iter, for iterators that report
// one through an Err method, or nil.
func IterErr(iter starlark.Iterator) error {
	if e, ok := iter.(interface{ Err() error }); ok {
		return e.Err()
	}
	return nil
}

// Iterate returns an iterator over x, or the TypeError of iter(x) for a
// value that is not iterable, or the error a user class's __iter__
// raised. Check the iterator's IterErr when it ends.
func Iterate(x starlark.Value) (starlark.Iterator, error) {
	if o, ok := x.(*Instance); ok {
		return o.Iter()
	}
	if b, ok := x.(starlark.Bytes); ok {
		return ByteInts(b).Iterate(), nil // bytes iterate as ints
	}
	if it, ok := x.(starlark.Iterable); ok {
		if iter := it.Iterate(); iter != nil {
			return iter, nil
		}
	}
	return nil, Raisef(TypeError, "'%s' object is not iterable", TypeName(x))
}

// ByteInts is the tuple of the bytes of b, as ints: what iterating over
// bytes gives (go.starlark.net's bytes are not iterable).
func ByteInts(b starlark.Bytes) starlark.Tuple {
	t := make(starlark.Tuple, len(b))
	for i := range len(b) {
		t[i] = starlark.MakeInt(int(b[i]))
	}
	return t
}
