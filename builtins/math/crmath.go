package math

// This file defines correctly rounded exp, log, sin, cos, atan and pow,
// computed in 128-bit (or wider) big.Float arithmetic and rounded once.
// CPython calls the C library, whose modern implementations are almost
// always correctly rounded; Go's math package is often an ulp away, which
// would change the digits a script prints.

import (
	"math"
	"math/big"
)

const prec = 128 // working precision, in bits

// π and ln 2 to 1500 bits, exactly as machinPi(1500) and ln2(1500) in
// crmath_test.go compute them (the test checks every bit). They are
// written out rather than summed at package init, which took about
// 40 ms of the browser playground's start in wasm. Never modified.
var (
	bigPi  = hexFloat("0x.c90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7edee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3be39e773p+2")
	bigLn2 = hexFloat("0x.b17217f7d1cf79abc9e3b39803f2f6af40f343267298b62d8a0d175b8baafa2be7b876206debac98559552fb4afa1b10ed2eae35c138214427573b291169b8253e96ca16224ae8c51acbda11317c387eb9ea9bc3b136603b256fa0ec7657f74b72ce87b19d6548caf5dfa6bd38303248655fa1872f20e3a2da2d97c50f3fd5c607f4ca11fb5bfb90610d30f88fe551a2ee569d6dfc1efa157d2e23de1400b39617460775db8990e5c943e732b479cd33cccc4e659393514c4c1a1e4p+0")
)

// hexFloat returns the 1500-bit float a hexadecimal literal writes.
func hexFloat(s string) *big.Float {
	f, _, err := big.ParseFloat(s, 0, 1500, big.ToNearestEven)
	if err != nil {
		panic(err)
	}
	return f
}

func newf(p uint) *big.Float { return new(big.Float).SetPrec(p) }

// lnSeries returns ln(m) for m in [0.5, 2] by 2·atanh((m−1)/(m+1)).
func lnSeries(m *big.Float, p uint) *big.Float {
	one := newf(p).SetInt64(1)
	z := newf(p).Quo(newf(p).Sub(m, one), newf(p).Add(m, one))
	z2 := newf(p).Mul(z, z)
	sum := newf(p).Set(z)
	term := newf(p).Set(z)
	t := newf(p)
	for k := int64(3); z.Sign() != 0; k += 2 {
		term.Mul(term, z2)
		t.Quo(term, newf(p).SetInt64(k))
		sum.Add(sum, t)
		if t.Sign() == 0 || t.MantExp(nil) < sum.MantExp(nil)-int(p)-8 {
			break
		}
	}
	return sum.Mul(sum, newf(p).SetInt64(2))
}

// logBig returns ln(x) for x > 0.
func logBig(x *big.Float) *big.Float {
	m := newf(prec + 16)
	e := x.MantExp(m) // m in [0.5, 1)
	if m.Cmp(big.NewFloat(math.Sqrt2/2)) < 0 {
		m.SetMantExp(m, 1)
		e--
	}
	r := lnSeries(m, prec+16)
	k := newf(prec + 16).SetInt64(int64(e))
	return r.Add(r, k.Mul(k, bigLn2))
}

// expBig returns e^x for |x| < 2^20.
func expBig(x *big.Float) *big.Float {
	const scale = 12
	p := uint(prec + 40)
	q, _ := newf(p).Quo(x, bigLn2).Float64()
	k := math.Round(q)
	r := newf(p).Mul(newf(p).SetFloat64(k), bigLn2)
	r.Sub(newf(p).Set(x), r)
	r.SetMantExp(r, -scale)
	sum := newf(p).SetInt64(1)
	term := newf(p).SetInt64(1)
	for n := int64(1); ; n++ {
		term.Mul(term, r)
		term.Quo(term, newf(p).SetInt64(n))
		sum.Add(sum, term)
		if term.Sign() == 0 || term.MantExp(nil) < sum.MantExp(nil)-int(p)-8 {
			break
		}
	}
	for i := 0; i < scale; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// crExp is a correctly rounded e^x; it reports overflow.
func crExp(x float64) (float64, bool) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, false
	case math.IsInf(x, -1) || x < -746:
		return 0, false
	case x > 710:
		return math.Inf(1), true
	case x == 0:
		return 1, false
	}
	f, _ := expBig(big.NewFloat(x)).Float64()
	return f, math.IsInf(f, 1)
}

// crLog is a correctly rounded ln(x) for finite x > 0.
func crLog(x float64) float64 {
	if x == 1 {
		return 0
	}
	f, _ := logBig(big.NewFloat(x)).Float64()
	return f
}

// crLogBase is a correctly rounded ln(x)/ln(base) for finite x > 0.
func crLogBase(x float64, base int64) float64 {
	l := logBig(big.NewFloat(x))
	f, _ := l.Quo(l, logBig(newf(prec).SetInt64(base))).Float64()
	return f
}

// sincos returns sin(x) and cos(x) for finite x, in big precision.
func sincos(x float64) (*big.Float, *big.Float) {
	_, e := math.Frexp(x)
	p := uint(prec + 80 + max(e, 0))
	bx := newf(p).SetFloat64(x)
	halfPi := newf(p).SetMantExp(bigPi, -1)
	q := newf(p).Quo(bx, halfPi)
	if q.Sign() < 0 {
		q.Sub(q, big.NewFloat(0.5))
	} else {
		q.Add(q, big.NewFloat(0.5))
	}
	kb, _ := q.Int(nil) // round half away from zero
	r := newf(p).Mul(newf(p).SetInt(kb), halfPi)
	r.Sub(bx, r)
	s, c := sinCosSeries(r)
	switch new(big.Int).Mod(kb, big.NewInt(4)).Int64() {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	return s, c
}

// sinCosSeries returns sin(r), cos(r) for |r| <= π/4 by Taylor series.
func sinCosSeries(r *big.Float) (*big.Float, *big.Float) {
	p := uint(prec + 16)
	r2 := newf(p).Mul(r, r)
	s, c := newf(p).Set(r), newf(p).SetInt64(1)
	st, ct := newf(p).Set(r), newf(p).SetInt64(1)
	for n := int64(1); n < 60; n++ {
		st.Mul(st, r2)
		st.Quo(st, newf(p).SetInt64((2*n)*(2*n+1)))
		ct.Mul(ct, r2)
		ct.Quo(ct, newf(p).SetInt64((2*n-1)*(2*n)))
		if n%2 == 1 {
			s.Sub(s, st)
			c.Sub(c, ct)
		} else {
			s.Add(s, st)
			c.Add(c, ct)
		}
		if ct.Sign() == 0 || ct.MantExp(nil) < -int(p)-8 {
			break
		}
	}
	return s, c
}

// atanBig returns atan(a) for a big a.
func atanBig(a *big.Float) *big.Float {
	p := uint(prec + 16)
	neg := a.Sign() < 0
	x := newf(p).Abs(a)
	one := newf(p).SetInt64(1)
	inv := x.Cmp(one) > 0
	if inv {
		x.Quo(one, x)
	}
	const halvings = 3
	for i := 0; i < halvings; i++ { // atan(x) = 2·atan(x / (1 + sqrt(1 + x²)))
		d := newf(p).Mul(x, x)
		d.Add(d, one)
		d.Sqrt(d)
		d.Add(d, one)
		x.Quo(x, d)
	}
	x2 := newf(p).Mul(x, x)
	sum, term, t := newf(p).Set(x), newf(p).Set(x), newf(p)
	for k := int64(3); x.Sign() != 0; k += 2 {
		term.Mul(term, x2)
		t.Quo(term, newf(p).SetInt64(k))
		if (k/2)%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if t.Sign() == 0 || t.MantExp(nil) < sum.MantExp(nil)-int(p)-8 {
			break
		}
	}
	sum.SetMantExp(sum, halvings)
	if inv {
		sum.Sub(newf(p).SetMantExp(bigPi, -1), sum)
	}
	if neg {
		sum.Neg(sum)
	}
	return sum
}

func round(b *big.Float) float64 {
	f, _ := b.Float64()
	return f
}

// crPow is a correctly rounded x**y for finite x > 0 and finite y.
func crPow(x, y float64) float64 {
	l := logBig(big.NewFloat(x))
	l.Mul(l, big.NewFloat(y))
	if v, _ := l.Float64(); v > 710 {
		return math.Inf(1)
	} else if v < -746 {
		return 0
	}
	return round(expBig(l))
}

// glibcLog10 is glibc's __ieee754_log10 for finite x > 0: it is not
// correctly rounded, so CPython's digits come from this formula.
func glibcLog10(x float64) float64 {
	const (
		two54     = 1.80143985094819840000e+16
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	k := int32(0)
	if x < 0x1p-1022 {
		k -= 54
		x *= two54
	}
	bits := math.Float64bits(x)
	hx := int32(bits >> 32)
	k += (hx >> 20) - 1023
	i := int32(uint32(k) >> 31)
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + i)
	x = math.Float64frombits(uint64(uint32(hx))<<32 | bits&0xffffffff)
	z := y*log10_2lo + ivln10*crLog(x)
	return z + y*log10_2hi
}
