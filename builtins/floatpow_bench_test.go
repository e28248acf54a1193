package builtins

import (
	"math"
	"testing"
)

func BenchmarkFloatPow(b *testing.B) {
	s := 0.0
	for i := 0; i < b.N; i++ {
		s += FloatPow(1.0+float64(i%1000)*0.01, 1.37)
	}
	_ = s
}

func BenchmarkMathPow(b *testing.B) {
	s := 0.0
	for i := 0; i < b.N; i++ {
		s += math.Pow(1.0+float64(i%1000)*0.01, 1.37)
	}
	_ = s
}
