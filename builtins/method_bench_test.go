package builtins_test

// This file benchmarks the dispatch of the hot builtin methods through
// CallMethod (what x.split() and the other lowered calls run): a str
// split, strip, find and replace, and a list count.

import (
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
)

// benchMethod calls recv.name(*args) b.N times.
func benchMethod(b *testing.B, recv starlark.Value, name string, args ...starlark.Value) {
	thread := &starlark.Thread{}
	for i := 0; i < b.N; i++ {
		if _, err := builtins.CallMethod(thread, recv, name, args, nil); err != nil {
			b.Fatal(err)
		}
	}
}

const benchText = starlark.String("alpha beta gamma delta")

func BenchmarkMethodSplit(b *testing.B) { benchMethod(b, benchText, "split") }
func BenchmarkMethodSplitSep(b *testing.B) {
	benchMethod(b, benchText, "split", starlark.String(" "), starlark.MakeInt(1))
}
func BenchmarkMethodRsplit(b *testing.B) {
	benchMethod(b, benchText, "rsplit", starlark.None, starlark.MakeInt(1))
}
func BenchmarkMethodStrip(b *testing.B) { benchMethod(b, starlark.String("  x  "), "strip") }
func BenchmarkMethodFind(b *testing.B)  { benchMethod(b, benchText, "find", starlark.String("gamma")) }
func BenchmarkMethodReplace(b *testing.B) {
	benchMethod(b, benchText, "replace", starlark.String("a"), starlark.String(""))
}
func BenchmarkMethodListCount(b *testing.B) {
	benchMethod(b, starlark.NewList([]starlark.Value{starlark.MakeInt(1), starlark.MakeInt(2)}), "count", starlark.MakeInt(2))
}
