package collections

// This file gives deque its binary operators: deque + deque, and a
// deque repeated by an int on either side of *; and += and *= in place.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

var _ starlark.HasBinary = (*Deque)(nil)

// maxRepeat bounds the length of a repeated deque; past it CPython runs
// out of memory.
const maxRepeat = 1 << 31

// Binary implements starlark.HasBinary: d + e for a deque e is a new
// deque with d's maxlen, d * n and n * d repeat d. Any other operand is
// unsupported (nil, nil), and the VM words CPython's message.
func (d *Deque) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	switch op {
	case syntax.PLUS:
		if e, ok := y.(*Deque); ok && side == starlark.Left {
			return d.joined(e.elems, 1), nil
		}
	case syntax.STAR:
		if b, ok := y.(starlark.Bool); ok {
			y = starlark.MakeInt(map[bool]int{false: 0, true: 1}[bool(b)])
		}
		n, ok, err := py.Index(y)
		if !ok || err != nil {
			return nil, err
		}
		count, ok := n.Int64()
		switch {
		case !ok:
			return nil, py.Raise(py.OverflowError, "cannot fit 'int' into an index-sized integer")
		case count > 0 && int64(len(d.elems))*count > maxRepeat && d.maxlen < 0:
			return nil, py.NewException(py.MemoryError)
		}
		return d.joined(nil, count), nil
	}
	return nil, nil
}

// joined returns a new deque with d's maxlen holding d's elements count
// times, then more.
func (d *Deque) joined(more []starlark.Value, count int64) *Deque {
	r := &Deque{maxlen: d.maxlen}
	for i := int64(0); i < count; i++ {
		for _, x := range d.elems {
			r.push(x)
		}
		if d.maxlen >= 0 && int64(len(r.elems)) == int64(d.maxlen) && len(d.elems) > 0 && i >= int64(d.maxlen) {
			break // only the last maxlen elements stay
		}
	}
	for _, x := range more {
		r.push(x)
	}
	return r
}

// ExtendInPlace is d += y where the front-end lowered the += for a
// list (see interp/pyrt/listadd.go): d extended by y's items, through
// Python's iteration protocol.
func (d *Deque) ExtendInPlace(y starlark.Value) error {
	if y == starlark.Value(d) {
		y = starlark.Tuple(append([]starlark.Value(nil), d.elems...)) // a copy: d += d doubles it
	}
	iter, err := py.Iterate(y)
	if err != nil {
		return err
	}
	defer iter.Done()
	d.version++
	var x starlark.Value
	for iter.Next(&x) {
		d.push(x)
	}
	return py.IterErr(iter)
}

// InPlace is d += iterable, which extends d, and d *= n, which repeats
// d's elements in place; nil (nil, nil) for any other operator.
func (d *Deque) InPlace(thread *starlark.Thread, op syntax.Token, y starlark.Value) (starlark.Value, error) {
	var elems []starlark.Value
	switch op {
	case syntax.PLUS:
		var err error
		if elems, err = builtins.Elements(thread, y); err != nil {
			return nil, err
		}
		d.version++
	case syntax.STAR:
		r, err := d.Binary(op, y, starlark.Left)
		if r == nil || err != nil {
			return r, err
		}
		d.elems = nil
		elems = r.(*Deque).elems
	default:
		return nil, nil
	}
	for _, x := range elems {
		d.push(x)
	}
	return d, nil
}
