package builtins

// This file defines float ** float as CPython computes it: C's pow,
// which glibc rounds correctly, where Go's math.Pow may be an ulp off
// (1.1 ** 10). The power is computed in double-double arithmetic
// (about 100 bits): exp(y * log(x)), each correct to about 1e-29.

import "math"

// FloatPow returns x ** y as C's pow does for finite x > 0 or x < 0
// with an integral y; other operands (zeros, infinities, NaNs, 1) get
// math.Pow's answer, which follows C99.
func FloatPow(x, y float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 || x == 1:
		return math.Pow(x, y)
	case y == 1:
		return x
	case y == 2:
		return x * x
	case y == -1:
		return 1 / x
	case y == 0.5 && x > 0:
		return math.Sqrt(x)
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		neg = math.Abs(y) < 1<<53 && math.Mod(y, 2) != 0
		x = -x
	}
	r, ok := smallIntPow(x, y)
	if !ok {
		r = ddExp(ddLog(x).mulF(y), x, y)
	}
	if neg {
		return -r
	}
	return r
}

// smallIntPow returns x ** y for an integral y of at most 64 in
// magnitude, by squaring in double-double arithmetic, and false where
// the result would leave the normal floats.
func smallIntPow(x, y float64) (float64, bool) {
	if y != math.Trunc(y) || math.Abs(y) > 64 {
		return 0, false
	}
	n := int(math.Abs(y))
	r, b := dd{1, 0}, dd{x, 0}
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			r = r.mul(b)
		}
		b = b.mul(b)
	}
	if y < 0 {
		q := 1 / r.hi
		e := dd{1, 0}.add(r.mulF(-q)) // 1 - r*q, tiny
		r = quickTwoSum(q, e.hi*q)
	}
	if !(r.hi > 0x1p-1000 && r.hi < 0x1p1000) {
		return 0, false
	}
	return r.hi + r.lo, true
}

// dd is a double-double: the unevaluated sum hi + lo, |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func (a dd) add(b dd) dd {
	s, t := twoSum(a.hi, b.hi), twoSum(a.lo, b.lo)
	s = quickTwoSum(s.hi, s.lo+t.hi)
	return quickTwoSum(s.hi, s.lo+t.lo)
}

func (a dd) mul(b dd) dd {
	p := twoProd(a.hi, b.hi)
	return quickTwoSum(p.hi, p.lo+a.hi*b.lo+a.lo*b.hi)
}

func (a dd) mulF(b float64) dd {
	p := twoProd(a.hi, b)
	return quickTwoSum(p.hi, p.lo+a.lo*b)
}

func (a dd) divF(b float64) dd {
	q1 := a.hi / b
	p := twoProd(q1, b)
	s := twoSum(a.hi, -p.hi)
	q2 := (s.hi + (s.lo - p.lo + a.lo)) / b
	return quickTwoSum(q1, q2)
}

// ln2 split: ln2Hi is math.Ln2 rounded, ln2Lo the rest.
const (
	ln2Hi = 6.93147180559945286227e-01
	ln2Lo = 2.31904681384629955842e-17
)

// invFactorials are 1/n! for n from 0 to 9, the coefficients of exp's
// Taylor series; never changed.
var invFactorials = func() (c [10]dd) {
	c[0] = dd{1, 0}
	for n := 1; n < len(c); n++ {
		c[n] = c[n-1].divF(float64(n))
	}
	return c
}()

// ddExpReduced returns exp(a) as a double-double times 2**k, for a
// finite a of moderate size.
func ddExpReduced(a dd) (dd, int) {
	k := math.Round(a.hi / math.Ln2)
	r := a.add(twoProd(-k, ln2Hi)).add(twoProd(-k, ln2Lo))
	s := dd{r.hi * 0x1p-10, r.lo * 0x1p-10}
	sum := invFactorials[len(invFactorials)-1]
	for n := len(invFactorials) - 2; n >= 0; n-- {
		sum = sum.mul(s).add(invFactorials[n])
	}
	for i := 0; i < 10; i++ {
		sum = sum.mul(sum)
	}
	return sum, int(k)
}

// ddLog returns log(x) for finite x > 0: math.Log corrected by one
// Newton step, log(x) = l0 + log(x * exp(-l0)).
func ddLog(x float64) dd {
	l0 := math.Log(x)
	e, k := ddExpReduced(dd{-l0, 0})
	t := e.mulF(math.Ldexp(x, k))
	c := t.add(dd{-1, 0})
	c = c.add(dd{-c.hi * c.hi / 2, 0})
	return dd{l0, 0}.add(c)
}

// ddExp returns exp(p) rounded, p being y*log(x); past the range of
// floats (an infinity or a zero), math.Pow(x, y)'s.
func ddExp(p dd, x, y float64) float64 {
	if p.hi > 710 || p.hi < -746 {
		return math.Pow(x, y)
	}
	e, k := ddExpReduced(p)
	return math.Ldexp(e.hi+e.lo, k)
}
