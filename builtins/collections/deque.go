package collections

// This file defines deque.

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// DequeClass is collections.deque.
var DequeClass = newClass("deque", newDeque)

// Deque is a collections.deque. Its fields are guarded by the GIL of the
// Interpreter that owns it.
type Deque struct {
	elems   []starlark.Value
	maxlen  int // -1: unbounded
	version int // bumped by every mutation, for iterators
}

var (
	_ starlark.Mapping    = (*Deque)(nil)
	_ starlark.HasSetKey  = (*Deque)(nil)
	_ starlark.Sequence   = (*Deque)(nil)
	_ starlark.Container  = (*Deque)(nil)
	_ starlark.Comparable = (*Deque)(nil)
)

// newDeque implements deque(iterable=(), maxlen=None).
// https://docs.python.org/3/library/collections.html#collections.deque
func newDeque(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable, maxlen starlark.Value = starlark.Tuple(nil), starlark.None
	if err := starlark.UnpackArgs("deque", args, kwargs, "iterable?", &iterable, "maxlen?", &maxlen); err != nil {
		return nil, err
	}
	d := &Deque{maxlen: -1}
	if maxlen != starlark.None {
		n, err := starlark.AsInt32(maxlen)
		if err != nil {
			return nil, py.Raise(py.TypeError, "an integer is required")
		}
		if n < 0 {
			return nil, py.Raise(py.ValueError, "maxlen must be non-negative")
		}
		d.maxlen = n
	}
	elems, err := builtins.Elements(thread, iterable)
	if err != nil {
		return nil, err
	}
	for _, x := range elems {
		d.push(x)
	}
	return d, nil
}

// NewDeque returns an unbounded deque holding a copy of elems.
func NewDeque(elems []starlark.Value) *Deque {
	return &Deque{elems: append([]starlark.Value(nil), elems...), maxlen: -1}
}

// Append is d.append(x).
func (d *Deque) Append(x starlark.Value) { d.push(x) }

// PopLeft is d.popleft(), or false if d is empty.
func (d *Deque) PopLeft() (starlark.Value, bool) {
	if len(d.elems) == 0 {
		return nil, false
	}
	d.version++
	x := d.elems[0]
	d.elems[0] = nil
	d.elems = d.elems[1:]
	return x, true
}

func (d *Deque) push(x starlark.Value) {
	d.version++
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && len(d.elems) == d.maxlen {
		d.elems = d.elems[1:]
	}
	d.elems = append(d.elems, x)
}

func (d *Deque) pushLeft(x starlark.Value) {
	d.version++
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && len(d.elems) == d.maxlen {
		d.elems = d.elems[:len(d.elems)-1]
	}
	d.elems = append([]starlark.Value{x}, d.elems...)
}

func (d *Deque) String() string {
	s, _ := d.repr(plainRepr)
	return s
}

// ScriptRepr implements py.ScriptReprer: the repr, with the __repr__ of
// the user objects in it.
func (d *Deque) ScriptRepr(thread *starlark.Thread) (string, error) {
	return d.repr(scriptRepr(thread))
}

func (d *Deque) repr(repr reprFunc) (string, error) {
	parts, err := reprs(d.elems, repr)
	s := "deque([" + strings.Join(parts, ", ") + "]"
	if d.maxlen >= 0 {
		s += ", maxlen=" + starlark.MakeInt(d.maxlen).String()
	}
	return s + ")", err
}
func (d *Deque) Type() string         { return "deque" }
func (d *Deque) Freeze()              {}
func (d *Deque) Truth() starlark.Bool { return len(d.elems) > 0 }
func (d *Deque) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'collections.deque'")
}
func (d *Deque) Len() int { return len(d.elems) }

// PyClass returns collections.deque.
func (d *Deque) PyClass() *py.Class { return DequeClass }

// index converts a subscript to a position, with CPython's errors.
// (Deque is a starlark.Mapping rather than an Indexable so that these
// messages, not the VM's, reach the script.)
func (d *Deque) index(k starlark.Value) (int, error) {
	i, ok := k.(starlark.Int)
	if !ok {
		return 0, py.Raisef(py.TypeError, "sequence index must be integer, not '%s'", py.TypeName(k))
	}
	n, ok := i.Int64()
	if ok && n < 0 {
		n += int64(len(d.elems))
	}
	if !ok || n < 0 || n >= int64(len(d.elems)) {
		return 0, py.Raise(py.IndexError, "deque index out of range")
	}
	return int(n), nil
}

// Get implements d[k].
func (d *Deque) Get(k starlark.Value) (starlark.Value, bool, error) {
	i, err := d.index(k)
	if err != nil {
		return nil, false, err
	}
	return d.elems[i], true, nil
}

// SetKey implements d[k] = v.
func (d *Deque) SetKey(k, v starlark.Value) error {
	i, err := d.index(k)
	if err != nil {
		return err
	}
	d.elems[i] = v
	return nil
}

// Has implements starlark.Container.
func (d *Deque) Has(x starlark.Value) (bool, error) {
	for _, e := range d.elems {
		if eq, err := starlark.Equal(e, x); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// Iterate implements starlark.Iterable; mutation during iteration is an
// error, as in CPython.
func (d *Deque) Iterate() starlark.Iterator { return &dequeIterator{d: d, version: d.version} }

type dequeIterator struct {
	d       *Deque
	i       int
	version int
	err     error
}

func (it *dequeIterator) Next(p *starlark.Value) bool {
	if it.d.version != it.version {
		it.err = py.Raise(py.RuntimeError, "deque mutated during iteration")
		return false
	}
	if it.i >= len(it.d.elems) {
		return false
	}
	*p = it.d.elems[it.i]
	it.i++
	return true
}
func (it *dequeIterator) Done()      {}
func (it *dequeIterator) Err() error { return it.err }

// CompareSameType compares deques element by element.
func (d *Deque) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	o, ok := y.(*Deque)
	if !ok {
		return py.CompareForeign(op, d, y)
	}
	return starlark.CompareDepth(op, starlark.Tuple(d.elems), starlark.Tuple(o.elems), depth)
}

type dequeMethod func(thread *starlark.Thread, d *Deque, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

var dequeMethods = map[string]dequeMethod{
	"append":     dequeAppend,
	"appendleft": dequeAppend,
	"pop":        dequePop,
	"popleft":    dequePop,
	"extend":     dequeExtend,
	"extendleft": dequeExtend,
	"rotate":     dequeRotate,
	"clear":      dequeClear,
	"count":      dequeCount,
	"index":      dequeIndex,
	"remove":     dequeRemove,
	"reverse":    dequeReverse,
	"insert":     dequeInsert,
	"copy":       dequeCopy,
}

// Attr implements starlark.HasAttrs.
func (d *Deque) Attr(name string) (starlark.Value, error) {
	if name == "maxlen" {
		if d.maxlen < 0 {
			return starlark.None, nil
		}
		return starlark.MakeInt(d.maxlen), nil
	}
	m, ok := dequeMethods[name]
	if !ok {
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return m(thread, d, b, args, kwargs)
	}).BindReceiver(d), nil
}

// AttrNames implements starlark.HasAttrs.
func (d *Deque) AttrNames() []string {
	names := []string{"maxlen"}
	for k := range dequeMethods {
		names = append(names, k)
	}
	return names
}

func dequeAppend(thread *starlark.Thread, d *Deque, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	if b.Name() == "append" {
		d.push(x)
	} else {
		d.pushLeft(x)
	}
	return starlark.None, nil
}

func dequePop(thread *starlark.Thread, d *Deque, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	if len(d.elems) == 0 {
		return nil, py.Raise(py.IndexError, "pop from an empty deque")
	}
	if b.Name() == "pop" {
		d.version++
		x := d.elems[len(d.elems)-1]
		d.elems = d.elems[:len(d.elems)-1]
		return x, nil
	}
	x, _ := d.PopLeft()
	return x, nil
}

func dequeExtend(thread *starlark.Thread, d *Deque, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var it starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &it); err != nil {
		return nil, err
	}
	elems, err := builtins.Elements(thread, it)
	if err != nil {
		return nil, err
	}
	for _, x := range elems {
		if b.Name() == "extend" {
			d.push(x)
		} else {
			d.pushLeft(x)
		}
	}
	return starlark.None, nil
}

func dequeRotate(thread *starlark.Thread, d *Deque, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n := 1
	if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &n); err != nil {
		return nil, err
	}
	if l := len(d.elems); l > 1 {
		n = ((n % l) + l) % l
		d.elems = append(append([]starlark.Value(nil), d.elems[l-n:]...), d.elems[:l-n]...)
		d.version++
	}
	return starlark.None, nil
}

func dequeClear(thread *starlark.Thread, d *Deque, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	d.elems = nil
	d.version++
	return starlark.None, nil
}

func dequeCount(thread *starlark.Thread, d *Deque, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	n := 0
	for _, e := range d.elems {
		if eq, err := starlark.Equal(e, x); err != nil {
			return nil, err
		} else if eq {
			n++
		}
	}
	return starlark.MakeInt(n), nil
}

// find returns the index of x in d.elems[start:stop], or -1.
func (d *Deque) find(x starlark.Value, start, stop int) (int, error) {
	for i := max(start, 0); i < min(stop, len(d.elems)); i++ {
		if eq, err := starlark.Equal(d.elems[i], x); err != nil {
			return -1, err
		} else if eq {
			return i, nil
		}
	}
	return -1, nil
}

func dequeIndex(thread *starlark.Thread, d *Deque, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	start, stop := 0, len(d.elems)
	if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x, &start, &stop); err != nil {
		return nil, err
	}
	if start < 0 {
		start += len(d.elems)
	}
	if stop < 0 {
		stop += len(d.elems)
	}
	i, err := d.find(x, start, stop)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		return nil, py.Raisef(py.ValueError, "%s is not in deque", py.Repr(x))
	}
	return starlark.MakeInt(i), nil
}

func dequeRemove(thread *starlark.Thread, d *Deque, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	i, err := d.find(x, 0, len(d.elems))
	if err != nil {
		return nil, err
	}
	if i < 0 {
		return nil, py.Raisef(py.ValueError, "%s is not in deque", py.Repr(x))
	}
	d.elems = append(d.elems[:i:i], d.elems[i+1:]...)
	d.version++
	return starlark.None, nil
}

func dequeReverse(thread *starlark.Thread, d *Deque, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	for i, j := 0, len(d.elems)-1; i < j; i, j = i+1, j-1 {
		d.elems[i], d.elems[j] = d.elems[j], d.elems[i]
	}
	d.version++
	return starlark.None, nil
}

func dequeInsert(thread *starlark.Thread, d *Deque, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var i int
	var x starlark.Value
	if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &i, &x); err != nil {
		return nil, err
	}
	if d.maxlen >= 0 && len(d.elems) >= d.maxlen {
		return nil, py.Raise(py.IndexError, "deque already at its maximum size")
	}
	n := len(d.elems)
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	d.elems = append(d.elems[:i:i], append([]starlark.Value{x}, d.elems[i:]...)...)
	d.version++
	return starlark.None, nil
}

func dequeCopy(thread *starlark.Thread, d *Deque, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return &Deque{elems: append([]starlark.Value(nil), d.elems...), maxlen: d.maxlen}, nil
}
