package statistics

// This file defines the exact arithmetic behind mean and the variances:
// CPython's _sum, _ss, _convert and _float_sqrt_of_frac on big.Rat.

import (
	"math"
	"math/big"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// total is an exact sum of data points, as _sum returns it.
type total struct {
	sum     *big.Rat
	kind    kind    // the result type T
	special float64 // sum of the non-finite floats, if any
	nspec   int     // how many there were
	n       int
}

// exactRatio returns x as an exact fraction, or r nil for a
// non-finite float (returned in f), and its kind.
func exactRatio(x starlark.Value) (r *big.Rat, f float64, k kind, err error) {
	switch x := x.(type) {
	case starlark.Int:
		return new(big.Rat).SetInt(x.BigInt()), 0, intKind, nil
	case starlark.Bool:
		if x {
			return big.NewRat(1, 1), 0, intKind, nil
		}
		return new(big.Rat), 0, intKind, nil
	case starlark.Float:
		if math.IsInf(float64(x), 0) || math.IsNaN(float64(x)) {
			return nil, float64(x), floatKind, nil
		}
		return new(big.Rat).SetFloat64(float64(x)), 0, floatKind, nil
	case ratioer:
		r, err := x.Ratio(nil)
		return r, 0, kindOf(x), err
	}
	return nil, 0, intKind, py.Raisef(py.TypeError, "can't convert type '%s' to numerator/denominator", py.TypeName(x))
}

// sum adds the data points exactly.
func sum(data []starlark.Value) (*total, error) {
	t := &total{sum: new(big.Rat), n: len(data)}
	for _, x := range data {
		r, f, k, err := exactRatio(x)
		if err != nil {
			return nil, err
		}
		if t.kind, err = coerce(t.kind, k); err != nil {
			return nil, err
		}
		if r == nil {
			t.special += f
			t.nspec++
			continue
		}
		t.sum.Add(t.sum, r)
	}
	return t, nil
}

// spread is what _ss returns: the sum of squared deviations from the
// mean, exactly, or a non-finite float.
type spread struct {
	ss      *big.Rat // nil when special is set
	special starlark.Value
	kind    kind
	n       int
}

// sumSquares implements _ss(data, c): c is the mean, or None to compute it.
func sumSquares(data []starlark.Value, c starlark.Value) (*spread, error) {
	if c != starlark.None {
		sq := make([]starlark.Value, len(data))
		for i, x := range data {
			d, err := starlark.Binary(syntax.MINUS, x, c)
			if err != nil {
				return nil, py.ToException(err)
			}
			if sq[i], err = starlark.Binary(syntax.STAR, d, d); err != nil {
				return nil, py.ToException(err)
			}
		}
		t, err := sum(sq)
		if err != nil {
			return nil, err
		}
		return t.spread(), nil
	}
	t, err := sum(data)
	if err != nil {
		return nil, err
	}
	if t.nspec > 0 || t.n == 0 {
		return t.spread(), nil
	}
	sxx := new(big.Rat)
	for _, x := range data { // data known to convert
		r, _, _, _ := exactRatio(x)
		sxx.Add(sxx, new(big.Rat).Mul(r, r))
	}
	n := new(big.Rat).SetInt64(int64(t.n))
	ss := new(big.Rat).Mul(n, sxx)
	ss.Sub(ss, new(big.Rat).Mul(t.sum, t.sum))
	ss.Quo(ss, n)
	return &spread{ss: ss, kind: t.kind, n: t.n}, nil
}

// spread turns a sum into a spread: the total, or its non-finite part.
func (t *total) spread() *spread {
	s := &spread{ss: t.sum, kind: t.kind, n: t.n}
	if t.nspec > 0 {
		s.ss, s.special = nil, starlark.Float(t.special)
	}
	return s
}

// mean returns the sum divided by d, converted as _convert does.
func (t *total) quo(thread *starlark.Thread, d int) (starlark.Value, error) {
	if t.nspec > 0 {
		return starlark.Float(t.special / float64(d)), nil
	}
	return convert(thread, new(big.Rat).Quo(t.sum, new(big.Rat).SetInt64(int64(d))), t.kind)
}

// quo returns ss/d converted to the data's type.
func (s *spread) quo(thread *starlark.Thread, d int) (starlark.Value, error) {
	if s.ss == nil {
		return starlark.Binary(syntax.SLASH, s.special, starlark.MakeInt(d))
	}
	return convert(thread, new(big.Rat).Quo(s.ss, new(big.Rat).SetInt64(int64(d))), s.kind)
}

// sqrtQuo returns the square root of ss/d: a correctly rounded float,
// or Decimal for Decimal data.
func (s *spread) sqrtQuo(thread *starlark.Thread, d int) (starlark.Value, error) {
	if s.ss == nil {
		return nil, py.Raise(py.AttributeError, "'float' object has no attribute 'numerator'")
	}
	r := new(big.Rat).Quo(s.ss, new(big.Rat).SetInt64(int64(d)))
	if s.kind == decimalKind {
		return decimalSqrtOfFrac(thread, r)
	}
	return starlark.Float(floatSqrtOfFrac(r.Num(), r.Denom())), nil
}

// ratFloat is float(Fraction): the correctly rounded quotient.
func ratFloat(r *big.Rat) (starlark.Value, error) {
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return nil, py.Raise(py.OverflowError, "integer division result too large for a float")
	}
	return starlark.Float(f), nil
}

// sqrtBitWidth is 2 * sys.float_info.mant_dig + 3.
const sqrtBitWidth = 2*53 + 3

// floorDiv2 is n // 2 with Python's flooring.
func floorDiv2(n int) int {
	if n < 0 {
		return -((-n + 1) / 2)
	}
	return n / 2
}

// floatSqrtOfFrac is _float_sqrt_of_frac: sqrt(n/m) correctly rounded.
func floatSqrtOfFrac(n, m *big.Int) float64 {
	q := floorDiv2(n.BitLen() - m.BitLen() - sqrtBitWidth)
	num, den := new(big.Int), big.NewInt(1)
	if q >= 0 {
		num.Lsh(sqrtRTO(n, new(big.Int).Lsh(m, uint(2*q))), uint(q))
	} else {
		num = sqrtRTO(new(big.Int).Lsh(n, uint(-2*q)), m)
		den.Lsh(den, uint(-q))
	}
	f, _ := new(big.Rat).SetFrac(num, den).Float64()
	return f
}

// sqrtRTO is _integer_sqrt_of_frac_rto: the square root of n/m, rounded
// to odd.
func sqrtRTO(n, m *big.Int) *big.Int {
	a := new(big.Int).Sqrt(new(big.Int).Quo(n, m))
	sq := new(big.Int).Mul(a, a)
	if sq.Mul(sq, m).Cmp(n) != 0 {
		a.SetBit(a, 0, 1)
	}
	return a
}
