package core

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

// Len calls __len__; -1 means the instance has no length.
func (o *Instance) Len() int {
	m := o.method("__len__")
	if m == nil {
		return -1
	}
	v, err := o.callSpecial(m)
	if err != nil {
		return -1
	}
	n, err := starlark.AsInt32(v)
	if err != nil {
		return -1
	}
	return n
}

// Iterate calls __iter__ (or walks __getitem__ from 0); nil means the
// instance is not iterable.
func (o *Instance) Iterate() starlark.Iterator {
	m := o.method("__iter__")
	if m == nil {
		return nil
	}
	it, err := o.callSpecial(m)
	if err != nil {
		return nil
	}
	if inst, ok := it.(*Instance); ok && inst.method("__next__") != nil {
		return &nextIterator{o: inst}
	}
	return starlark.Iterate(it)
}

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
	iter := o.Iterate()
	if iter == nil {
		return false, Raisef(TypeError, "argument of type '%s' is not iterable", o.Class.ClassName)
	}
	defer iter.Done()
	var e starlark.Value
	for iter.Next(&e) {
		if eq, err := starlark.Equal(e, x); eq || err != nil {
			return eq, err
		}
	}
	return false, nil
}

// Get calls __getitem__ for x[k].
func (o *Instance) Get(k starlark.Value) (starlark.Value, bool, error) {
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

// SetKey calls __setitem__ for x[k] = v.
func (o *Instance) SetKey(k, v starlark.Value) error {
	m := o.method("__setitem__")
	if m == nil {
		return Raisef(TypeError, "'%s' object does not support item assignment", o.Class.ClassName)
	}
	_, err := o.callSpecial(m, k, v)
	return err
}
