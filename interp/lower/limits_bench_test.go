package lower

// This file benchmarks the front-end on the long inputs of issue 16 at
// sizes n, 2n and 4n: the time per op must about double with the size,
// as the bytes and allocations per op do (go test -bench Growth -run x
// ./interp/lower; on a loaded machine the time is noisy, the allocations
// are not). Each op parses and
// lowers the source, then resolves and compiles it with go.starlark.net.

import (
	"fmt"
	"strings"
	"testing"

	"go.starlark.net/starlark"
)

var growthShapes = []struct {
	name string
	src  func(n int) string
}{
	{"and", func(n int) string { return chain("x", " and ", n) }},
	{"or", func(n int) string { return chain("x", " or ", n) }},
	{"comparison", func(n int) string { return chain("1", " < ", n) }},
	{"comparison-calls", func(n int) string { return chain("f()", " < ", n) }},
	{"strings", func(n int) string { return "x = (" + strings.Repeat(`"a" `, n) + ")\n" }},
	{"fstrings", func(n int) string { return "x = (" + strings.Repeat(`f"{a}b" `, n) + ")\n" }},
	{"plus-rejected", func(n int) string { return chain("1", "+", n) }},
	{"elif-rejected", func(n int) string { return elifs(n) }},
	{"statements", func(n int) string { return strings.Repeat("x = x + 1\n", n) }},
	{"decorators", func(n int) string { return strings.Repeat("@d\n", n) + "def f(): pass\n" }},
}

func BenchmarkGrowth(b *testing.B) {
	const n = 25_000
	for _, shape := range growthShapes {
		for _, size := range []int{n, 2 * n, 4 * n} {
			src := []byte(shape.src(size))
			b.Run(fmt.Sprintf("%s/%d", shape.name, size), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs() // bytes and allocations grow exactly linearly; time is noisier
				for i := 0; i < b.N; i++ {
					f, err := Parse("bench.py", src)
					if err != nil {
						continue // rejected early, as CPython does
					}
					if _, err := starlark.FileProgram(f, func(string) bool { return true }); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
