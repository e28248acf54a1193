package bench

// This file defines the generator-expression benchmarks: a builtin
// consuming a generator expression at once (sum, any, all, max, min,
// list, sorted, join), and a generator expression iterated by a for loop
// and by next(), each over genexpN items in one Interpreter run.

import (
	"context"
	"io"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp"
)

const genexpN = 20000

var genexpCases = []struct{ name, src string }{
	{"sum", "r = sum(x * x for x in range(n))"},
	{"any", "r = any(x > n for x in range(n))"},
	{"all", "r = all(x >= 0 for x in range(n))"},
	{"max", "r = max(x % 977 for x in range(n))"},
	{"min", "r = min(x % 977 for x in range(n) if x > 3)"},
	{"list", "r = list(x + 1 for x in range(n))"},
	{"sorted", "r = sorted(-x for x in range(n))"},
	{"join", "r = ''.join(str(x % 10) for x in range(n))"},
	{"for", "g = (x * 2 for x in range(n))\nr = 0\nfor v in g:\n    r += v"},
	{"next", "g = (x for x in range(n))\nr = 0\nfor _ in range(n):\n    r += next(g)"},
}

// BenchmarkGenexp runs each case in a whole Interpreter.
func BenchmarkGenexp(b *testing.B) {
	for _, c := range genexpCases {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				in := interp.New(interp.Options{Stdout: io.Discard, Globals: starlark.StringDict{"n": starlark.MakeInt(genexpN)}})
				if err := in.ExecFile(context.Background(), "genexp.py", c.src); err != nil {
					b.Fatal(err)
				}
				in.Close()
			}
		})
	}
}
