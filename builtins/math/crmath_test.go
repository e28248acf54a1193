package math

// This file checks the constants crmath.go writes out against the series
// that compute them.

import (
	"math/big"
	"testing"
)

// TestConstants: bigPi and bigLn2 are, to the last of their 1500 bits,
// Machin's formula for π and the series for ln 2.
func TestConstants(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want *big.Float
	}{{"pi", bigPi, machinPi(1500)}, {"ln2", bigLn2, ln2(1500)}} {
		if c.got.Prec() != 1500 || c.got.Cmp(c.want) != 0 {
			t.Errorf("%s = %s (%d bits), want %s", c.name, c.got.Text('p', 0), c.got.Prec(), c.want.Text('p', 0))
		}
	}
}

// ln2 returns ln(2) = −ln(1/2) to p bits.
func ln2(p uint) *big.Float {
	l := lnSeries(newf(p).SetFloat64(0.5), p)
	return l.Neg(l)
}

// machinPi returns π = 16·atan(1/5) − 4·atan(1/239) to p bits.
func machinPi(p uint) *big.Float {
	a := atanInv(5, p+16)
	b := atanInv(239, p+16)
	a.Mul(a, big.NewFloat(16))
	b.Mul(b, big.NewFloat(4))
	return a.Sub(a, b).SetPrec(p)
}

// atanInv returns atan(1/n) to p bits by its Taylor series.
func atanInv(n int64, p uint) *big.Float {
	x := newf(p).Quo(newf(p).SetInt64(1), newf(p).SetInt64(n))
	x2 := newf(p).Mul(x, x)
	sum := newf(p).Set(x)
	term := newf(p).Set(x)
	t := newf(p)
	for k := int64(3); ; k += 2 {
		term.Mul(term, x2)
		t.Quo(term, newf(p).SetInt64(k))
		if (k/2)%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if t.Sign() == 0 || t.MantExp(nil) < sum.MantExp(nil)-int(p)-8 {
			return sum
		}
	}
}
