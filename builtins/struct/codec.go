package pystruct

// This file packs values into the fields of a layout and unpacks them,
// with the conversions and errors of CPython's _struct.

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// pack packs vals (len l.items) into a new buffer of l.size bytes.
func (l *layout) pack(vals starlark.Tuple) ([]byte, error) {
	buf := make([]byte, l.size)
	k := 0
	for _, f := range l.fields {
		switch f.code {
		case 'x':
			continue
		case 's', 'p':
			if err := packBytes(buf[f.offset:f.offset+f.count], f.code, vals[k]); err != nil {
				return nil, err
			}
			k++
			continue
		}
		for j := 0; j < f.count; j++ {
			if err := l.packOne(buf[f.offset+j*f.size:], f, vals[k]); err != nil {
				return nil, err
			}
			k++
		}
	}
	return buf, nil
}

// packBytes fills dst from a bytes value: s pads with zeros, p stores
// the length first.
func packBytes(dst []byte, code byte, v starlark.Value) error {
	b, ok := builtins.BytesLike(v)
	if !ok {
		return structErrorf("argument for '%c' must be a bytes object", code)
	}
	if code == 'p' {
		if len(dst) == 0 {
			return nil
		}
		n := min(len(b), len(dst)-1, 255)
		dst[0] = byte(n)
		copy(dst[1:], b[:n])
		return nil
	}
	copy(dst, b)
	return nil
}

// packOne packs one item of field f at the start of dst.
func (l *layout) packOne(dst []byte, f field, v starlark.Value) error {
	switch f.code {
	case 'c':
		b, ok := v.(starlark.Bytes)
		if !ok || len(b) != 1 {
			return structError("char format requires a bytes object of length 1")
		}
		dst[0] = b[0]
		return nil
	case '?':
		dst[0] = 0
		if v.Truth() {
			dst[0] = 1
		}
		return nil
	case 'e', 'f', 'd':
		return l.packFloat(dst, f, v)
	}
	n, err := l.intValue(f, v)
	if err != nil {
		return err
	}
	putUint(l.order, dst[:f.size], n)
	return nil
}

// putUint stores the low size bytes of n in order.
func putUint(order binary.ByteOrder, dst []byte, n uint64) {
	var tmp [8]byte
	if order == binary.BigEndian {
		binary.BigEndian.PutUint64(tmp[:], n)
		copy(dst, tmp[8-len(dst):])
		return
	}
	binary.LittleEndian.PutUint64(tmp[:], n)
	copy(dst, tmp[:len(dst)])
}

// intValue checks v for an integer field and returns its bits.
func (l *layout) intValue(f field, v starlark.Value) (uint64, error) {
	var n *big.Int
	switch x := v.(type) {
	case starlark.Int:
		n = x.BigInt()
	case starlark.Bool:
		n = big.NewInt(0)
		if x {
			n.SetInt64(1)
		}
	default:
		return 0, structError("required argument is not an integer")
	}
	signed := f.code == 'b' || f.code == 'h' || f.code == 'i' || f.code == 'l' || f.code == 'q' || f.code == 'n'
	switch {
	case f.code == 'P':
		if !n.IsInt64() && !n.IsUint64() {
			return 0, structError("int too large to convert")
		}
		if n.IsInt64() {
			return uint64(n.Int64()), nil
		}
		return n.Uint64(), nil
	case signed || f.code == 'B' || f.code == 'H':
		if !n.IsInt64() {
			return 0, structError("argument out of range")
		}
		return rangeCheck(f, n.Int64(), signed)
	}
	if !n.IsUint64() {
		return 0, structError("argument out of range")
	}
	u := n.Uint64()
	if f.size < 8 && u > 1<<(8*f.size)-1 {
		return 0, structErrorf("'%c' format requires 0 <= number <= %d", f.code, uint64(1)<<(8*f.size)-1)
	}
	return u, nil
}

// rangeCheck checks an int64 against a field of fewer than 8 bytes.
func rangeCheck(f field, x int64, signed bool) (uint64, error) {
	if f.size == 8 {
		return uint64(x), nil
	}
	lo, hi := int64(0), int64(1)<<(8*f.size)-1
	if signed {
		lo, hi = -(int64(1) << (8*f.size - 1)), int64(1)<<(8*f.size-1)-1
	}
	if x >= lo && x <= hi {
		return uint64(x), nil
	}
	name := map[byte]string{'b': "byte", 'B': "ubyte", 'h': "short", 'H': "ushort"}[f.code]
	if name == "" {
		name = fmt.Sprintf("'%c'", f.code)
	}
	return 0, structErrorf("%s format requires %d <= number <= %d", name, lo, hi)
}

// packFloat packs an e, f or d item.
func (l *layout) packFloat(dst []byte, f field, v starlark.Value) error {
	var x float64
	switch y := v.(type) {
	case starlark.Float:
		x = float64(y)
	case starlark.Int:
		fy, ok := starlark.AsFloat(y)
		if !ok || math.IsInf(fy, 0) {
			return structError("required argument is not a float")
		}
		x = fy
	case starlark.Bool:
		if y {
			x = 1
		}
	default:
		return structError("required argument is not a float")
	}
	switch f.code {
	case 'e':
		h, ok := toHalf(x)
		if !ok {
			return py.Raise(py.OverflowError, "float too large to pack with e format")
		}
		putUint(l.order, dst[:2], uint64(h))
	case 'f':
		if !l.native && !math.IsInf(x, 0) && math.IsInf(float64(float32(x)), 0) {
			return py.Raise(py.OverflowError, "float too large to pack with f format")
		}
		putUint(l.order, dst[:4], uint64(math.Float32bits(float32(x))))
	default:
		putUint(l.order, dst[:8], math.Float64bits(x))
	}
	return nil
}

// unpack unpacks buf, of l.size bytes.
func (l *layout) unpack(buf []byte) starlark.Tuple {
	out := make(starlark.Tuple, 0, l.items)
	for _, f := range l.fields {
		switch f.code {
		case 'x':
			continue
		case 's':
			out = append(out, starlark.Bytes(buf[f.offset:f.offset+f.count]))
			continue
		case 'p':
			out = append(out, unpackPascal(buf[f.offset:f.offset+f.count]))
			continue
		}
		for j := 0; j < f.count; j++ {
			out = append(out, l.unpackOne(buf[f.offset+j*f.size:f.offset+(j+1)*f.size], f.code))
		}
	}
	return out
}

func unpackPascal(b []byte) starlark.Value {
	if len(b) == 0 {
		return starlark.Bytes("")
	}
	n := min(int(b[0]), len(b)-1)
	return starlark.Bytes(b[1 : 1+n])
}

// getUint reads b as an unsigned number in order.
func getUint(order binary.ByteOrder, b []byte) uint64 {
	var tmp [8]byte
	if order == binary.BigEndian {
		copy(tmp[8-len(b):], b)
		return binary.BigEndian.Uint64(tmp[:])
	}
	copy(tmp[:], b)
	return binary.LittleEndian.Uint64(tmp[:])
}

// unpackOne unpacks one item.
func (l *layout) unpackOne(b []byte, code byte) starlark.Value {
	u := getUint(l.order, b)
	switch code {
	case 'c':
		return starlark.Bytes(b[:1])
	case '?':
		return starlark.Bool(u != 0)
	case 'e':
		return starlark.Float(fromHalf(uint16(u)))
	case 'f':
		return starlark.Float(math.Float32frombits(uint32(u)))
	case 'd':
		return starlark.Float(math.Float64frombits(u))
	case 'b', 'h', 'i', 'l', 'q', 'n':
		shift := 64 - 8*len(b)
		return starlark.MakeInt64(int64(u<<shift) >> shift)
	}
	return starlark.MakeUint64(u)
}

func structErrorf(format string, args ...any) error { return py.Raisef(Error, format, args...) }
