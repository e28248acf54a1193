package builtins

// This file defines memoryview over bytes and bytearray (format "B",
// one dimension): indexing (ints), slicing (views), item and slice
// assignment through a view of a bytearray, iteration, len, == (with
// bytes and bytearray too), tobytes, tolist, hex, release, the with
// statement, and the attributes nbytes, readonly, itemsize, format,
// ndim, shape, strides, obj, contiguous. BytesLike takes a view as its bytes, so bytes(m),
// bytearray(m), b"%s" % m and b"".join work on it.
// https://docs.python.org/3/library/stdtypes.html#memoryview

import (
	"fmt"
	"unsafe"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// MemoryViewType is memoryview.
var MemoryViewType = newType("memoryview", ObjectType, newMemoryView)

// MemoryView is a memoryview: the items start, start+step, ... (n of
// them) of obj's bytes.
type MemoryView struct {
	obj            starlark.Value // starlark.Bytes or *ByteArray
	start, n, step int
	released       bool
}

var (
	_ starlark.Mapping    = (*MemoryView)(nil)
	_ starlark.HasSetKey  = (*MemoryView)(nil)
	_ starlark.Sliceable  = (*MemoryView)(nil)
	_ starlark.Comparable = (*MemoryView)(nil)
	_ starlark.HasAttrs   = (*MemoryView)(nil)
)

// newMemoryView implements memoryview(object).
func newMemoryView(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("memoryview", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	switch v := py.Base(x).(type) {
	case starlark.Bytes:
		return &MemoryView{obj: v, n: len(v), step: 1}, nil
	case *ByteArray:
		return &MemoryView{obj: v, n: len(v.b), step: 1}, nil
	case *MemoryView:
		if err := v.check(); err != nil {
			return nil, err
		}
		w := *v
		return &w, nil
	}
	return nil, py.Raisef(py.TypeError, "memoryview: a bytes-like object is required, not '%s'", py.TypeName(x))
}

// buf returns the whole buffer m views.
func (m *MemoryView) buf() []byte {
	if a, ok := m.obj.(*ByteArray); ok {
		return a.b
	}
	b := m.obj.(starlark.Bytes)
	return unsafe.Slice(unsafe.StringData(string(b)), len(b)) // read only
}

// bytes returns the bytes m views: a part of the buffer, which the
// caller must not change, or a copy for a view with a step.
func (m *MemoryView) bytes() []byte {
	b := m.buf()
	if m.step == 1 {
		return b[m.start : m.start+m.n]
	}
	out := make([]byte, m.n)
	for i := range out {
		out[i] = b[m.start+i*m.step]
	}
	return out
}

// check raises CPython's error for a released view.
func (m *MemoryView) check() error {
	if m.released {
		return py.Raise(py.ValueError, "operation forbidden on released memoryview object")
	}
	return nil
}

func (m *MemoryView) String() string {
	if m.released {
		return fmt.Sprintf("<released memory at %p>", m)
	}
	return fmt.Sprintf("<memory at %p>", m)
}
func (m *MemoryView) Type() string         { return "memoryview" }
func (m *MemoryView) Freeze()              {}
func (m *MemoryView) Truth() starlark.Bool { return starlark.True }
func (m *MemoryView) Len() int             { return m.n }
func (m *MemoryView) PyClass() *py.Class   { return MemoryViewType }

// Hash is a read-only view's bytes' hash.
func (m *MemoryView) Hash() (uint32, error) {
	if err := m.check(); err != nil {
		return 0, err
	}
	if _, ok := m.obj.(*ByteArray); ok {
		return 0, py.Raise(py.ValueError, "cannot hash writable memoryview object")
	}
	return starlark.Bytes(m.bytes()).Hash()
}

// index converts a subscript to a position in m's buffer.
func (m *MemoryView) index(k starlark.Value) (int, error) {
	if err := m.check(); err != nil {
		return 0, err
	}
	i, ok, err := itemIndex(k)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, py.Raise(py.TypeError, "memoryview: invalid slice key")
	}
	n, ok := i.Int64()
	if ok && n < 0 {
		n += int64(m.n)
	}
	if !ok || n < 0 || n >= int64(m.n) {
		return 0, py.Raise(py.IndexError, "index out of bounds on dimension 1")
	}
	return m.start + int(n)*m.step, nil
}

// Get implements m[i], an int.
func (m *MemoryView) Get(k starlark.Value) (starlark.Value, bool, error) {
	i, err := m.index(k)
	if err != nil {
		return nil, false, err
	}
	return starlark.MakeInt(int(m.buf()[i])), true, nil
}

// SetKey implements m[i] = v, for a view of a bytearray.
func (m *MemoryView) SetKey(k, v starlark.Value) error {
	i, err := m.index(k)
	if err != nil {
		return err
	}
	a, ok := m.obj.(*ByteArray)
	if !ok {
		return py.Raise(py.TypeError, "cannot modify read-only memory")
	}
	n, ok, err := itemIndex(v)
	if err != nil {
		return err
	}
	c, exact := n.Int64()
	if !ok {
		return py.Raise(py.TypeError, "memoryview: invalid type for format 'B'")
	}
	if !exact || c < 0 || c > 255 {
		return py.Raise(py.ValueError, "memoryview: invalid value for format 'B'")
	}
	a.b[i] = byte(c)
	return nil
}

// Index returns m[i] as an int.
func (m *MemoryView) Index(i int) starlark.Value {
	return starlark.MakeInt(int(m.buf()[m.start+i*m.step]))
}

// Slice implements m[start:end:step], a view of the same buffer.
func (m *MemoryView) Slice(start, end, step int) starlark.Value {
	n := 0
	if step > 0 && end > start {
		n = (end - start + step - 1) / step
	} else if step < 0 && end < start {
		n = (start - end - step - 1) / -step
	}
	return &MemoryView{obj: m.obj, start: m.start + start*m.step, n: n, step: m.step * step}
}

// SetSlice implements m[lo:hi:step] = v, bytes-like of the same length.
func (m *MemoryView) SetSlice(thread *starlark.Thread, lo, hi, step, v starlark.Value) error {
	if err := m.check(); err != nil {
		return err
	}
	a, ok := m.obj.(*ByteArray)
	if !ok {
		return py.Raise(py.TypeError, "cannot modify read-only memory")
	}
	src, ok := BytesLike(v)
	if !ok {
		return py.Raisef(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(v))
	}
	start, end, st, err := SliceRange(m.n, lo, hi, step)
	if err != nil {
		return err
	}
	view := m.Slice(start, max(end, start), st).(*MemoryView)
	if st < 0 {
		view = m.Slice(start, min(end, start), st).(*MemoryView)
	}
	if view.n != len(src) {
		return py.Raise(py.ValueError, "memoryview assignment: lvalue and rvalue have different structures")
	}
	src = append([]byte(nil), src...)
	for i, c := range src {
		a.b[view.start+i*view.step] = c
	}
	return nil
}

// Iterate yields m's ints.
func (m *MemoryView) Iterate() starlark.Iterator { return &indexIter{seq: m} }

// CompareSameType compares two views' bytes: == and != only.
func (m *MemoryView) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	o := y.(*MemoryView)
	switch op {
	case syntax.EQL, syntax.NEQ:
		eq := !m.released && !o.released && string(m.bytes()) == string(o.bytes()) || m == o
		return eq == (op == syntax.EQL), nil
	}
	return false, py.Raisef(py.TypeError, "'%s' not supported between instances of 'memoryview' and 'memoryview'", op)
}

// CompareOther implements py.CrossComparable: a view equals the bytes
// or bytearray of its bytes, and orders with nothing.
func (m *MemoryView) CompareOther(op syntax.Token, y starlark.Value, depth int, swapped bool) (bool, bool, error) {
	b, ok := BytesLike(y)
	if !ok {
		return false, false, nil
	}
	switch op {
	case syntax.EQL, syntax.NEQ:
		eq := !m.released && string(m.bytes()) == string(b)
		return eq == (op == syntax.EQL), true, nil
	}
	x, other := py.TypeName(m), py.TypeName(y)
	if swapped {
		x, other = other, x
	}
	return false, true, py.Raisef(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", op, x, other)
}
