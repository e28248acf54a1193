// Package bench holds benchmark programs that run unchanged under spindle
// and python3 (see compare), and Go benchmarks that run them in-process.
package bench

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp"
)

// runProgram runs one benchmark program in a fresh Interpreter.
func runProgram(b *testing.B, src []byte, argv ...string) {
	in := interp.New(interp.Options{Stdout: io.Discard, Argv: append([]string{"bench.py"}, argv...)})
	defer in.Close()
	if err := in.ExecFile(context.Background(), "bench.py", src); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkPrograms runs every program of this directory in-process.
func BenchmarkPrograms(b *testing.B) {
	files, _ := filepath.Glob("*.py")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(f, ".py"), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				runProgram(b, src)
			}
		})
	}
}

const fibStarlark = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
fib(25)
`

// BenchmarkFibPlainStarlark is the baseline: go.starlark.net alone, with
// no preemption check armed.
func BenchmarkFibPlainStarlark(b *testing.B) {
	opts := &syntax.FileOptions{Recursion: true}
	for i := 0; i < b.N; i++ {
		thread := &starlark.Thread{}
		if _, err := starlark.ExecFileOptions(opts, thread, "fib.star", fibStarlark, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFibSpindle runs the same code through spindle's front-end,
// with the OnMaxSteps preemption check armed every 1000 steps.
func BenchmarkFibSpindle(b *testing.B) {
	for i := 0; i < b.N; i++ {
		runProgram(b, []byte(fibStarlark))
	}
}

// BenchmarkThreadStart starts and joins one empty thread per iteration.
func BenchmarkThreadStart(b *testing.B) {
	src := []byte("import threading\ndef f():\n    pass\nfor _ in range(N):\n    t = threading.Thread(target=f)\n    t.start()\n    t.join()\n")
	in := interp.New(interp.Options{Stdout: io.Discard, Globals: starlark.StringDict{"N": starlark.MakeInt(b.N)}})
	defer in.Close()
	b.ResetTimer()
	if err := in.Exec(context.Background(), string(src)); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkLockFastPath measures an uncontended acquire/release pair.
func BenchmarkLockFastPath(b *testing.B) {
	src := "import threading\nlock = threading.Lock()\nfor _ in range(N):\n    lock.acquire()\n    lock.release()\n"
	in := interp.New(interp.Options{Stdout: io.Discard, Globals: starlark.StringDict{"N": starlark.MakeInt(b.N)}})
	defer in.Close()
	b.ResetTimer()
	if err := in.Exec(context.Background(), src); err != nil {
		b.Fatal(err)
	}
}
