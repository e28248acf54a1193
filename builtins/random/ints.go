package random

// This file defines the integer functions: random, getrandbits,
// randbytes, randrange and randint, on top of CPython's _randbelow.

import (
	"math"
	"math/big"
	"math/bits"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// randomRandom implements random().
// https://docs.python.org/3/library/random.html#random.random
func randomRandom(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Float(r.mt.float()), nil
}

// randomGetrandbits implements getrandbits(k).
// https://docs.python.org/3/library/random.html#random.getrandbits
func randomGetrandbits(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var kv starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &kv); err != nil {
		return nil, err
	}
	k, err := bitCount(thread, kv)
	if err != nil {
		return nil, err
	}
	return r.getrandbits(k), nil
}

// bitCount converts getrandbits's k, a C int, and asks the memory limit
// about the int of k bits (its words, bytes and digits).
func bitCount(thread *starlark.Thread, kv starlark.Value) (int, error) {
	k, err := py.AsCInt(kv)
	if err != nil {
		return 0, err
	}
	if k < 0 {
		return 0, py.Raise(py.ValueError, "number of bits must be non-negative")
	}
	return k, core.CheckAllocN(thread, k/8, 3)
}

// getrandbits returns a k-bit random int (k >= 0).
func (r *Random) getrandbits(k int) starlark.Int {
	if k == 0 {
		return starlark.MakeInt(0)
	}
	if k <= 32 {
		return starlark.MakeUint64(uint64(r.mt.uint32() >> (32 - k)))
	}
	return starlark.MakeBigInt(wordsToInt(r.mt.bits(k)))
}

// wordsToInt builds an int from little-endian 32-bit words.
func wordsToInt(words []uint32) *big.Int {
	buf := make([]byte, 4*len(words))
	for i, w := range words {
		p := len(buf) - 4*(i+1)
		buf[p], buf[p+1], buf[p+2], buf[p+3] = byte(w>>24), byte(w>>16), byte(w>>8), byte(w)
	}
	return new(big.Int).SetBytes(buf)
}

// randbelow returns a random int in [0, n), n > 0, as
// _randbelow_with_getrandbits does.
func (r *Random) randbelow(n int) int {
	k := bits.Len64(uint64(n))
	for {
		var v uint64
		if k <= 32 {
			v = uint64(r.mt.uint32() >> (32 - k))
		} else {
			w := r.mt.bits(k)
			v = uint64(w[0]) | uint64(w[1])<<32
		}
		if v < uint64(n) {
			return int(v)
		}
	}
}

// randbelowInt is randbelow for any positive int.
func (r *Random) randbelowInt(n starlark.Int) starlark.Int {
	if x, ok := n.Int64(); ok && x <= math.MaxInt {
		return starlark.MakeInt(r.randbelow(int(x)))
	}
	bn := n.BigInt()
	k := bn.BitLen()
	for {
		v := wordsToInt(r.mt.bits(k))
		if v.Cmp(bn) < 0 {
			return starlark.MakeBigInt(v)
		}
	}
}

// randomRandbytes implements randbytes(n), which CPython 3.11 computes
// as getrandbits(n * 8).to_bytes(n, 'little').
// https://docs.python.org/3/library/random.html#random.randbytes
func randomRandbytes(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var nv starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &nv); err != nil {
		return nil, err
	}
	if b, ok := nv.(starlark.Bool); ok {
		nv = starlark.MakeInt(map[starlark.Bool]int{false: 0, true: 1}[b])
	}
	if i, ok := nv.(starlark.Int); ok {
		nv = i.Mul(starlark.MakeInt(8))
	}
	k, err := bitCount(thread, nv)
	if err != nil {
		return nil, err
	}
	n := k / 8
	if n == 0 {
		return starlark.Bytes(""), nil
	}
	buf := make([]byte, 0, n)
	for _, w := range r.mt.bits(k) {
		buf = append(buf, byte(w), byte(w>>8), byte(w>>16), byte(w>>24))
	}
	return starlark.Bytes(buf[:n]), nil
}

// randomRandrange implements randrange(start, stop=None, step=1).
// https://docs.python.org/3/library/random.html#random.randrange
func randomRandrange(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var start, stop, step starlark.Value = nil, starlark.None, nil
	if err := starlark.UnpackArgs(name, args, kwargs, "start", &start, "stop?", &stop, "step?", &step); err != nil {
		return nil, err
	}
	return r.randrange(thread, start, stop, step, true)
}

// randomRandint implements randint(a, b).
// https://docs.python.org/3/library/random.html#random.randint
func randomRandint(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var a, b starlark.Value
	if err := starlark.UnpackArgs(name, args, kwargs, "a", &a, "b", &b); err != nil {
		return nil, err
	}
	stop, err := starlark.Binary(syntax.PLUS, b, starlark.MakeInt(1))
	if err != nil {
		return nil, err
	}
	// randint's call of randrange is inside random.py, so CPython's
	// default filters hide the deprecation warnings: warn is false.
	return r.randrange(thread, a, stop, nil, false)
}

// randrange is Random.randrange; step is nil when not given.
func (r *Random) randrange(thread *starlark.Thread, start, stop, step starlark.Value, warn bool) (starlark.Value, error) {
	istart, err := index(thread, start, "arg 1", warn)
	if err != nil {
		return nil, err
	}
	if stop == starlark.None {
		if step != nil {
			return nil, py.Raise(py.TypeError, "Missing a non-None stop argument")
		}
		if istart.Sign() > 0 {
			return r.randbelowInt(istart), nil
		}
		return nil, py.Raise(py.ValueError, "empty range for randrange()")
	}
	istop, err := index(thread, stop, "stop", warn)
	if err != nil {
		return nil, err
	}
	width := istop.Sub(istart)
	istep := starlark.MakeInt(1)
	if step != nil {
		if istep, err = index(thread, step, "step", warn); err != nil {
			return nil, err
		}
	}
	return r.stepped(istart, istop, width, istep)
}

// stepped picks from range(istart, istop, istep).
func (r *Random) stepped(istart, istop, width, istep starlark.Int) (starlark.Value, error) {
	one := starlark.MakeInt(1)
	if isOne(istep) {
		if width.Sign() > 0 {
			return istart.Add(r.randbelowInt(width)), nil
		}
		return nil, py.Raisef(py.ValueError, "empty range for randrange() (%s, %s, %s)", istart, istop, width)
	}
	var n starlark.Int
	switch istep.Sign() {
	case 1:
		n = floorDiv(width.Add(istep).Sub(one), istep)
	case -1:
		n = floorDiv(width.Add(istep).Add(one), istep)
	default:
		return nil, py.Raise(py.ValueError, "zero step for randrange()")
	}
	if n.Sign() <= 0 {
		return nil, py.Raise(py.ValueError, "empty range for randrange()")
	}
	return istart.Add(istep.Mul(r.randbelowInt(n))), nil
}

func isOne(i starlark.Int) bool {
	x, ok := i.Int64()
	return ok && x == 1
}

func floorDiv(a, b starlark.Int) starlark.Int {
	q := new(big.Int)
	m := new(big.Int)
	q.DivMod(a.BigInt(), b.BigInt(), m) // Euclidean: m >= 0
	if m.Sign() != 0 && b.Sign() < 0 {
		q.Sub(q, big.NewInt(1))
	}
	return starlark.MakeBigInt(q)
}

// index converts a randrange argument to an int as CPython does: ints
// pass, integral floats pass with a DeprecationWarning, other floats
// raise ValueError.
func index(thread *starlark.Thread, v starlark.Value, what string, warn bool) (starlark.Int, error) {
	switch v := v.(type) {
	case starlark.Int:
		return v, nil
	case starlark.Bool:
		return starlark.MakeInt(b2i(bool(v))), nil
	case starlark.Float:
		f := float64(v)
		if math.IsInf(f, 0) || math.IsNaN(f) || f != math.Trunc(f) {
			if warn {
				core.Warn(thread, "DeprecationWarning", "randrange() will raise TypeError in the future")
			}
			if math.IsInf(f, 0) {
				return starlark.Int{}, py.Raise(py.OverflowError, "cannot convert float infinity to integer")
			}
			if math.IsNaN(f) {
				return starlark.Int{}, py.Raise(py.ValueError, "cannot convert float NaN to integer")
			}
			return starlark.Int{}, py.Raisef(py.ValueError, "non-integer %s for randrange()", what)
		}
		if warn {
			core.Warn(thread, "DeprecationWarning", "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version")
		}
		i, _ := starlark.NumberToInt(v)
		return i, nil
	}
	return starlark.Int{}, py.Raisef(py.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", py.TypeName(v))
}
