package builtins

// This file defines the hashes a set's table is laid out by: CPython's
// own for the values whose hash CPython derives from the value alone
// (int, bool, float, tuples and frozensets of these), and Starlark's for
// the rest (str, whose CPython hash changes with each process, None,
// objects), which sets show in insertion order instead.

import (
	"math"
	"math/big"
	"math/bits"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1 // CPython's _PyHASH_MODULUS
	hashInf     = 314159

	xxPrime1 = 11400714785074694791
	xxPrime2 = 14029467366897019727
	xxPrime5 = 2870177450012600261
)

var bigModulus = big.NewInt(hashModulus)

// pyHash returns x's hash for a set's table and whether it is CPython's
// hash of x (det); a value that is not hashable gives Starlark's error.
func pyHash(x starlark.Value) (h int64, det bool, err error) {
	switch x := x.(type) {
	case starlark.Int:
		return intHash(x), true, nil
	case starlark.Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	case starlark.Float:
		f := float64(x)
		if f != f {
			break // CPython hashes a NaN by its address
		}
		return floatHash(f), true, nil
	case starlark.Tuple:
		return tupleHash(x)
	case *Set:
		if !x.frozen {
			break // Hash reports the error
		}
		return x.frozenHash()
	}
	if h, ok := x.(PyHasher); ok {
		n, err := h.PyHash()
		return n, err == nil, err
	}
	u, err := x.Hash()
	if err != nil {
		return 0, false, err
	}
	if d, ok := py.BaseOf(x); ok {
		if ud, err := d.Hash(); err == nil && ud == u {
			return pyHash(d) // an int, str or tuple subclass hashed as its value (an IntEnum member)
		}
	}
	return int64(u), false, nil
}

// PyHasher is implemented by values of native modules whose hash() is
// CPython's (a fractions.Fraction equal to an int or float hashes as
// it does); Hash keeps serving starlark's hash tables.
type PyHasher interface {
	starlark.Value
	PyHash() (int64, error)
}

// intHash is CPython's long_hash: n modulo 2**61-1, keeping n's sign.
func intHash(x starlark.Int) int64 {
	var h int64
	if n, ok := x.Int64(); ok && n > math.MinInt64 {
		h = absInt(n) % hashModulus
		if n < 0 {
			h = -h
		}
	} else {
		b := x.BigInt()
		m := new(big.Int).Abs(b)
		h = m.Mod(m, bigModulus).Int64()
		if b.Sign() < 0 {
			h = -h
		}
	}
	if h == -1 {
		h = -2
	}
	return h
}

func absInt(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// floatHash is CPython's _Py_HashDouble for a number that isn't a NaN;
// a float equal to an int hashes as the int.
func floatHash(v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf
		}
		return -hashInf
	}
	m, e := math.Frexp(v)
	sign := uint64(1)
	if m < 0 {
		sign, m = ^uint64(0), -m // -1 as an unsigned word
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - (-1-e)%hashBits
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x * sign)
	if h == -1 {
		h = -2
	}
	return h
}

// tupleHash is CPython's xxHash-based tuple hash, defined when every
// element's hash is CPython's.
func tupleHash(t starlark.Tuple) (int64, bool, error) {
	acc := uint64(xxPrime5)
	det := true
	for _, v := range t {
		h, d, err := pyHash(v)
		if err != nil {
			return 0, false, err
		}
		det = det && d
		acc += uint64(h) * xxPrime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= xxPrime1
	}
	acc += uint64(len(t)) ^ (xxPrime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, det, nil
	}
	return int64(acc), det, nil
}

// frozenHash is CPython's frozenset_hash: the element hashes combined
// independently of their order.
func (s *Set) frozenHash() (int64, bool, error) {
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for _, e := range s.slots {
		if e.key != nil {
			h ^= shuffle(uint64(e.hash))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		h = 590923713
	}
	return int64(h), s.nondet == 0, nil
}

// keysEqual reports whether two set elements are equal as Python sees
// them: True, 1 and 1.0 are one element, and so are (True,) and (1,).
func keysEqual(a, b starlark.Value) (bool, error) {
	if x, ok := a.(starlark.String); ok {
		if y, ok := b.(starlark.String); ok {
			return x == y, nil
		}
	}
	if x, ok := a.(starlark.Int); ok {
		if y, ok := b.(starlark.Int); ok {
			xi, xok := x.Int64()
			yi, yok := y.Int64()
			if xok && yok {
				return xi == yi, nil
			}
		}
	}
	a, b = asNumber(a), asNumber(b)
	_, ac := a.(Complex)
	_, bc := b.(Complex)
	if ac || bc {
		x, xok, _ := asComplex(a)
		y, yok, _ := asComplex(b)
		return xok && yok && x == y, nil
	}
	if x, ok := a.(starlark.Tuple); ok {
		y, ok := b.(starlark.Tuple)
		if !ok || len(x) != len(y) {
			return false, nil
		}
		for i := range x {
			if eq, err := keysEqual(x[i], y[i]); err != nil || !eq {
				return false, err
			}
		}
		return true, nil
	}
	if MayCompareAcross(a) || MayCompareAcross(b) {
		return CompareOp(syntax.EQL, a, b) // an IntEnum member, a Decimal: the VM wouldn't ask them
	}
	return starlark.Equal(a, b)
}

// asNumber returns a bool as the int it equals, and anything else as is.
func asNumber(v starlark.Value) starlark.Value {
	if b, ok := v.(starlark.Bool); ok {
		if b {
			return starlark.MakeInt(1)
		}
		return starlark.MakeInt(0)
	}
	return v
}

// TupleHash is hash(t) as CPython computes it, for values that hash as
// the tuple t does (a namedtuple).
func TupleHash(t starlark.Tuple) (int64, error) {
	h, det, err := pyHash(t)
	if err != nil || det {
		return h, err
	}
	u, err := t.Hash()
	return int64(u), err
}
