package bench

// This file defines BenchmarkConstructs, the per-construct micro-benchmarks.

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

// BenchmarkConstructs runs each script of micro/ in-process with b.N as
// its loop count (sys.argv[1]), timing the script only: ns/op is one loop
// iteration. The construct's own cost is its ns/op minus that of
// micro/empty. micro/run times the same scripts under bin/spindle and
// python3 for the ratio against CPython.
func BenchmarkConstructs(b *testing.B) {
	files, err := filepath.Glob("micro/*.py")
	if err != nil || len(files) == 0 {
		b.Fatal("no micro-benchmarks", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		b.Run(name, func(b *testing.B) {
			in := interp.New(interp.Options{Stdout: io.Discard, Argv: []string{f, strconv.Itoa(b.N)}})
			defer in.Close()
			b.ResetTimer()
			if err := in.ExecFile(context.Background(), f, src); err != nil {
				if unsupported(err) {
					b.Skipf("not supported yet: %v", err)
				}
				b.Fatal(err)
			}
		})
	}
}
