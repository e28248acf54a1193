package builtins

// This file defines BigRange, a range whose start, stop or step does not
// fit in 64 bits (range(10**20)), which go.starlark.net's range can't
// hold. Ranges that fit stay the VM's own, on its fast path.

import (
	"fmt"
	"math/big"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// BigRange is range(start, stop, step) with int bounds of any size. It
// is immutable, so it may be shared between threads.
type BigRange struct {
	start, stop, step, n *big.Int // n is the length
}

var (
	_ starlark.Iterable   = (*BigRange)(nil)
	_ starlark.Container  = (*BigRange)(nil)
	_ starlark.Mapping    = (*BigRange)(nil) // r[i] and r[i:j] reach Get
	_ starlark.Comparable = (*BigRange)(nil)
	_ starlark.HasAttrs   = (*BigRange)(nil)
)

var vmRange = starlark.Universe["range"].(*starlark.Builtin)

// makeRange returns range(start, stop, step): the VM's range when every
// bound fits in 64 bits, else a BigRange. step is not zero.
func makeRange(thread *starlark.Thread, start, stop, step *big.Int) (starlark.Value, error) {
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() {
		args := starlark.Tuple{starlark.MakeBigInt(start), starlark.MakeBigInt(stop), starlark.MakeBigInt(step)}
		return vmRange.CallInternal(thread, args, nil) // it needs no thread
	}
	return &BigRange{start: start, stop: stop, step: step, n: rangeLen(start, stop, step)}, nil
}

// rangeLen is the number of elements of range(start, stop, step).
func rangeLen(start, stop, step *big.Int) *big.Int {
	lo, hi, st := start, stop, step
	if step.Sign() < 0 {
		lo, hi, st = stop, start, new(big.Int).Neg(step)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, big.NewInt(1))
	n.Quo(n, st)
	return n.Add(n, big.NewInt(1))
}

func (r *BigRange) String() string {
	if r.step.Cmp(big.NewInt(1)) == 0 {
		return fmt.Sprintf("range(%s, %s)", r.start, r.stop)
	}
	return fmt.Sprintf("range(%s, %s, %s)", r.start, r.stop, r.step)
}
func (r *BigRange) Type() string         { return "range" }
func (r *BigRange) Freeze()              {}
func (r *BigRange) Truth() starlark.Bool { return r.n.Sign() > 0 }

// Hash hashes the elements' arithmetic progression, as CPython does.
func (r *BigRange) Hash() (uint32, error) {
	return starlark.Tuple{starlark.MakeBigInt(r.n), starlark.MakeBigInt(r.start), starlark.MakeBigInt(r.step)}.Hash()
}

// Len is len(r): an OverflowError if it doesn't fit in 64 bits.
func (r *BigRange) Len() (starlark.Value, error) {
	if !r.n.IsInt64() {
		return nil, py.Raise(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return starlark.MakeBigInt(r.n), nil
}

// at is the i'th element, 0 <= i < n.
func (r *BigRange) at(i *big.Int) *big.Int {
	v := new(big.Int).Mul(i, r.step)
	return v.Add(v, r.start)
}

// Get is r[i] or r[i:j:k].
func (r *BigRange) Get(k starlark.Value) (starlark.Value, bool, error) {
	if s, ok := k.(*Slice); ok {
		v, err := r.slice(s)
		return v, err == nil, err
	}
	i, ok := boolToInt(py.Base(k)).(starlark.Int)
	if !ok {
		return nil, false, py.Raisef(py.TypeError, "range indices must be integers or slices, not %s", py.TypeName(k))
	}
	bi := i.BigInt()
	if bi.Sign() < 0 {
		bi.Add(bi, r.n)
	}
	if bi.Sign() < 0 || bi.Cmp(r.n) >= 0 {
		return nil, false, py.Raise(py.IndexError, "range object index out of range")
	}
	return starlark.MakeBigInt(r.at(bi)), true, nil
}

// slice is r[s], a range.
func (r *BigRange) slice(s *Slice) (starlark.Value, error) {
	lo, hi, st, err := bigSliceIndices(r.n, s)
	if err != nil {
		return nil, err
	}
	step := new(big.Int).Mul(r.step, st)
	return makeRange(nil, r.at(lo), r.at(hi), step)
}

// Has reports whether y is an element: an int (or an integral float)
// that the progression reaches.
func (r *BigRange) Has(y starlark.Value) (bool, error) {
	var v *big.Int
	switch y := boolToInt(py.Base(y)).(type) {
	case starlark.Int:
		v = y.BigInt()
	case starlark.Float:
		f := float64(y)
		if f != f || f-f != 0 || f != float64(int64(f)) && !bigIntegral(f) {
			return false, nil
		}
		v, _ = new(big.Float).SetFloat64(f).Int(nil)
	default:
		return false, nil
	}
	off := new(big.Int).Sub(v, r.start)
	if off.Sign() != 0 && off.Sign() != r.step.Sign() {
		return false, nil
	}
	q, m := new(big.Int).QuoRem(off, r.step, new(big.Int))
	return m.Sign() == 0 && q.Cmp(r.n) < 0, nil
}

// bigIntegral reports whether a finite float beyond int64 is integral
// (every such float is).
func bigIntegral(f float64) bool { return f >= 1<<63 || f < -(1<<63) }

// Iterate yields the elements in order.
func (r *BigRange) Iterate() starlark.Iterator {
	return &bigRangeIter{cur: new(big.Int).Set(r.start), left: new(big.Int).Set(r.n), step: r.step}
}

// Reversed is reversed(r).
func (r *BigRange) Reversed() *Iterator {
	it := &bigRangeIter{cur: new(big.Int), left: new(big.Int), step: r.step}
	if r.n.Sign() > 0 {
		it = &bigRangeIter{cur: r.at(new(big.Int).Sub(r.n, big.NewInt(1))), left: new(big.Int).Set(r.n), step: new(big.Int).Neg(r.step)}
	}
	return NewIterator("longrange_iterator", func() (starlark.Value, bool, error) {
		var v starlark.Value
		ok := it.Next(&v)
		return v, ok, nil
	})
}

// CompareSameType compares two ranges by their elements, as CPython.
func (r *BigRange) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	o := y.(*BigRange)
	eq := r.n.Cmp(o.n) == 0 && (r.n.Sign() == 0 || r.start.Cmp(o.start) == 0 && (r.n.Cmp(big.NewInt(1)) == 0 || r.step.Cmp(o.step) == 0))
	switch op {
	case syntax.EQL:
		return eq, nil
	case syntax.NEQ:
		return !eq, nil
	}
	return false, py.Raisef(py.TypeError, "'%s' not supported between instances of 'range' and 'range'", op)
}

// Attr returns start, stop and step.
func (r *BigRange) Attr(name string) (starlark.Value, error) {
	switch name {
	case "start":
		return starlark.MakeBigInt(r.start), nil
	case "stop":
		return starlark.MakeBigInt(r.stop), nil
	case "step":
		return starlark.MakeBigInt(r.step), nil
	case "count", "index":
		return starlark.NewBuiltin(name, r.method).BindReceiver(r), nil
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (r *BigRange) AttrNames() []string { return []string{"count", "index", "start", "step", "stop"} }

// method is r.count(v) or r.index(v).
func (r *BigRange) method(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	has, _ := r.Has(v)
	if b.Name() == "count" {
		return starlark.MakeInt(map[bool]int{true: 1}[has]), nil
	}
	i, ok := boolToInt(py.Base(v)).(starlark.Int)
	if !has || !ok {
		return nil, py.Raisef(py.ValueError, "%s is not in range", py.Repr(v))
	}
	q := new(big.Int).Sub(i.BigInt(), r.start)
	return starlark.MakeBigInt(q.Quo(q, r.step)), nil
}

// bigRangeIter iterates a BigRange; one goroutine uses it, with the GIL.
type bigRangeIter struct {
	cur, left, step *big.Int
}

func (it *bigRangeIter) Next(p *starlark.Value) bool {
	if it.left.Sign() <= 0 {
		return false
	}
	*p = starlark.MakeBigInt(new(big.Int).Set(it.cur))
	it.cur.Add(it.cur, it.step)
	it.left.Sub(it.left, big.NewInt(1))
	return true
}

func (it *bigRangeIter) Done() {}
