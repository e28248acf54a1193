package math

// This file exports the correctly rounded real functions that cmath
// builds its complex ones from, so that both modules print CPython's
// digits.

// Exp is e**x, correctly rounded.
func Exp(x float64) float64 { return exp(x) }

// Log is the natural logarithm of x > 0, correctly rounded.
func Log(x float64) float64 { return crLog(x) }

// Sin is sin(x), correctly rounded.
func Sin(x float64) float64 { return sin(x) }

// Cos is cos(x), correctly rounded.
func Cos(x float64) float64 { return cos(x) }

// Atan2 is atan2(y, x), correctly rounded.
func Atan2(y, x float64) float64 { return atan2(y, x) }
