//go:build unix

package interp_test

// This file benchmarks x | y on ints, the hot path that the | of
// classes (int | None, see py.Union) must leave as fast as it was.

import (
	"context"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

const orScript = `
def ors(flags):
    t = 0
    for r in range(10):
        for i in range(1000):
            t = t | (i | flags)
    return t
`

// BenchmarkIntOr runs 20,000 | of two ints, one operand a parameter.
func BenchmarkIntOr(b *testing.B) {
	ctx := context.Background()
	in := interp.New(interp.Options{})
	defer in.Close()
	if err := in.Exec(ctx, orScript); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := in.Call(ctx, "ors", 4096); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
}
