package pystruct

// This file converts between float64 and IEEE 754 half precision (the
// e format), rounding half to even as CPython's PyFloat_Pack2 does.

import "math"

// toHalf returns the half-precision bits of x, or false if x is finite
// but too large.
func toHalf(x float64) (uint16, bool) {
	bits := math.Float64bits(x)
	sign := uint16(bits>>48) & 0x8000
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	}
	a := math.Abs(x)
	if a == 0 {
		return sign, true
	}
	frac, exp := math.Frexp(a) // a = frac * 2**exp, 0.5 <= frac < 1
	if exp > 16 {
		return 0, false
	}
	var m float64
	var e int
	if exp < -13 { // subnormal: units of 2**-24
		m = a * (1 << 24)
	} else {
		e = exp + 14
		m = (frac*2 - 1) * 1024
	}
	r := math.RoundToEven(m)
	if exp < -13 {
		if r >= 1024 { // rounds up to the smallest normal
			return sign | 0x0400, true
		}
		return sign | uint16(r), true
	}
	if r >= 1024 {
		r, e = 0, e+1
	}
	if e >= 31 {
		return 0, false
	}
	return sign | uint16(e)<<10 | uint16(r), true
}

// fromHalf returns the value of half-precision bits h.
func fromHalf(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e, m := int(h>>10)&0x1f, float64(h&0x3ff)
	switch e {
	case 0:
		return sign * m * math.Pow(2, -24)
	case 31:
		if m == 0 {
			return math.Inf(int(sign))
		}
		return math.NaN()
	}
	return sign * (1 + m/1024) * math.Pow(2, float64(e-15))
}
