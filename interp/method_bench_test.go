//go:build unix

package interp_test

// This file defines the benchmarks of the hot method calls of the
// builtin types: s.split() and s.strip() (lowered through __sp_method),
// s.upper() and l.append (Starlark's paths) and l.count and l.index, in
// loops.

import (
	"context"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

const methodScript = `
def split_loop():
    n = 0
    s = "alpha beta gamma delta"
    for i in range(2000):
        n += len(s.split()) + len(s.split(" ", 1))
    return n

def list_loop():
    l = [1, 2, 3, 2, 1]
    n = 0
    for i in range(2000):
        n += l.count(2) + l.index(3)
        l.append(i)
        l.pop()
    return n

def str_loop():
    n = 0
    for i in range(2000):
        s = "  Line %d  " % i
        n += len(s.strip().lower()) + s.find("e") + len(s.replace(" ", ""))
    return n
`

// benchMethods calls fn of methodScript b.N times.
func benchMethods(b *testing.B, fn string) {
	ctx := context.Background()
	in := interp.New(interp.Options{})
	defer in.Close()
	if err := in.Exec(ctx, methodScript); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := in.Call(ctx, fn); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
}

// BenchmarkSplitLoop calls s.split() and s.split(" ", 1) 2,000 times each.
func BenchmarkSplitLoop(b *testing.B) { benchMethods(b, "split_loop") }

// BenchmarkListMethods calls l.count, l.index, l.append and l.pop 2,000
// times each.
func BenchmarkListMethods(b *testing.B) { benchMethods(b, "list_loop") }

// BenchmarkStrLoop calls s.strip, lower, find and replace 2,000 times
// each.
func BenchmarkStrLoop(b *testing.B) { benchMethods(b, "str_loop") }
