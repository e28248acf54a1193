package pickle

// This file defines the decoder, which reads what encode.go writes.

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// decoder reads one pickle.
type decoder struct {
	thread *starlark.Thread
	in     []byte
	pos    int
	memo   []starlark.Value
}

// errTruncated is CPython's error for a pickle that stops short.
func errTruncated() error { return py.Raise(UnpicklingError, "pickle data was truncated") }

// decode returns the value the pickle at the start of data holds and
// the number of bytes it took.
func decode(thread *starlark.Thread, data []byte) (starlark.Value, int, error) {
	if len(data) == 0 {
		return nil, 0, py.Raise(builtins.EOFError, "Ran out of input")
	}
	if len(data) < len(header) && data[0] == header[0] {
		return nil, 0, errTruncated()
	}
	if len(data) < len(header) || string(data[:len(header)]) != string(header) {
		return nil, 0, py.Raisef(UnpicklingError, "invalid load key, %s.", py.Repr(starlark.String(data[:1])))
	}
	d := &decoder{thread: thread, in: data, pos: len(header)}
	v, err := d.value()
	if err != nil {
		return nil, 0, err
	}
	if op, err := d.byte(); err != nil || op != opStop {
		return nil, 0, errTruncated()
	}
	return v, d.pos, nil
}

func (d *decoder) byte() (byte, error) {
	if d.pos >= len(d.in) {
		return 0, errTruncated()
	}
	d.pos++
	return d.in[d.pos-1], nil
}

func (d *decoder) count() (int, error) {
	n, k := binary.Uvarint(d.in[d.pos:])
	if k <= 0 || n > uint64(len(d.in)) {
		return 0, errTruncated()
	}
	d.pos += k
	return int(n), nil
}

func (d *decoder) str() (string, error) {
	n, err := d.count()
	if err != nil || d.pos+n > len(d.in) {
		return "", errTruncated()
	}
	d.pos += n
	return string(d.in[d.pos-n : d.pos]), nil
}

func (d *decoder) float() (float64, error) {
	if d.pos+8 > len(d.in) {
		return 0, errTruncated()
	}
	d.pos += 8
	return math.Float64frombits(binary.LittleEndian.Uint64(d.in[d.pos-8:])), nil
}

// value reads one value. The end of the data where an opcode should
// be is EOFError, as in CPython; within an operand, UnpicklingError.
func (d *decoder) value() (starlark.Value, error) {
	if d.pos >= len(d.in) {
		return nil, py.Raise(builtins.EOFError, "Ran out of input")
	}
	op, err := d.byte()
	if err != nil {
		return nil, err
	}
	switch op {
	case opNone:
		return starlark.None, nil
	case opTrue, opFalse:
		return starlark.Bool(op == opTrue), nil
	case opInt:
		s, err := d.str()
		if err != nil {
			return nil, err
		}
		n, ok := new(big.Int).SetString(s, 10)
		if !ok {
			return nil, errTruncated()
		}
		return starlark.MakeBigInt(n), nil
	case opFloat:
		f, err := d.float()
		return starlark.Float(f), err
	case opComplex:
		re, err := d.float()
		if err != nil {
			return nil, err
		}
		im, err := d.float()
		return builtins.Complex(complex(re, im)), err
	case opStr, opBytes, opByteArray:
		return d.text(op)
	case opTuple:
		items, err := d.items()
		return starlark.Tuple(items), err
	case opList, opDict, opSet, opFrozenSet:
		return d.container(op)
	case opGlobal:
		return d.global()
	case opObject:
		return d.object()
	case opMemo:
		i, err := d.count()
		if err != nil || i >= len(d.memo) {
			return nil, py.Raise(UnpicklingError, "Memo value not found at index "+strings.TrimSpace(starlark.MakeInt(i).String()))
		}
		return d.memo[i], nil
	}
	return nil, py.Raisef(UnpicklingError, "invalid load key, %s.", py.Repr(starlark.String([]byte{op})))
}

// text reads a str, bytes or bytearray.
func (d *decoder) text(op byte) (starlark.Value, error) {
	s, err := d.str()
	if err != nil {
		return nil, err
	}
	switch op {
	case opStr:
		return starlark.String(s), nil
	case opBytes:
		return starlark.Bytes(s), nil
	}
	b := builtins.NewByteArray([]byte(s))
	d.memo = append(d.memo, b)
	return b, nil
}

// items reads a count and the values.
func (d *decoder) items() ([]starlark.Value, error) {
	n, err := d.count()
	if err != nil {
		return nil, err
	}
	xs := make([]starlark.Value, 0, n)
	for range n {
		x, err := d.value()
		if err != nil {
			return nil, err
		}
		xs = append(xs, x)
	}
	return xs, nil
}

// pairs reads a count and the key-value pairs.
func (d *decoder) pairs() ([]starlark.Tuple, error) {
	xs, err := d.itemsTimes(2)
	if err != nil {
		return nil, err
	}
	kvs := make([]starlark.Tuple, 0, len(xs)/2)
	for i := 0; i < len(xs); i += 2 {
		kvs = append(kvs, starlark.Tuple{xs[i], xs[i+1]})
	}
	return kvs, nil
}

// itemsTimes reads a count n and n*k values.
func (d *decoder) itemsTimes(k int) ([]starlark.Value, error) {
	n, err := d.count()
	if err != nil {
		return nil, err
	}
	var xs []starlark.Value
	for range n * k {
		x, err := d.value()
		if err != nil {
			return nil, err
		}
		xs = append(xs, x)
	}
	return xs, nil
}

// container reads a list, dict, set or frozenset, remembered before its
// items are read (they may refer to it).
func (d *decoder) container(op byte) (starlark.Value, error) {
	switch op {
	case opList:
		l := starlark.NewList(nil)
		d.memo = append(d.memo, l)
		items, err := d.items()
		for _, x := range items {
			l.Append(x)
		}
		return l, err
	case opDict:
		m := starlark.NewDict(0)
		d.memo = append(d.memo, m)
		kvs, err := d.pairs()
		for _, kv := range kvs {
			if err := m.SetKey(kv[0], kv[1]); err != nil {
				return nil, err
			}
		}
		return m, err
	}
	s := builtins.NewSet()
	if op == opFrozenSet {
		s = builtins.NewFrozenSet()
	}
	d.memo = append(d.memo, s)
	items, err := d.items()
	for _, x := range items {
		if err := s.Insert(x); err != nil {
			return nil, err
		}
	}
	return s, err
}

// global reads a module and a qualified name and finds what they name.
func (d *decoder) global() (starlark.Value, error) {
	module, err := d.str()
	if err != nil {
		return nil, err
	}
	qual, err := d.str()
	if err != nil {
		return nil, err
	}
	v, err := resolve(d.thread, module, qual)
	if err == nil && v == nil {
		err = py.Raisef(py.AttributeError, "Can't get attribute %s on %s", py.Repr(starlark.String(qual)), module)
	}
	return v, err
}

// resolve returns what qual names in the module of sys.modules (the
// builtins for "builtins"), nil if nothing.
func resolve(thread *starlark.Thread, module, qual string) (starlark.Value, error) {
	var v starlark.Value
	parts := strings.Split(qual, ".")
	if module == "builtins" {
		v = builtins.Universe()[parts[0]]
		parts = parts[1:]
	} else {
		m, found, _ := sys.Modules(core.RuntimeOf(thread)).Get(starlark.String(module))
		if !found {
			return nil, py.Raisef(py.ModuleNotFoundError, "No module named %s", py.Repr(starlark.String(module)))
		}
		v = m
	}
	for _, p := range parts {
		if v == nil {
			return nil, nil
		}
		next, err := builtins.GetAttr(v, p)
		if err != nil {
			return nil, nil
		}
		v = next
	}
	return v, nil
}
