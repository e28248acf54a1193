package builtins_test

// This file defines the golden tests: expressions and scripts whose
// expected results come from CPython (go test -update runs python3).

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// oracle runs testdata/oracle.py in mode on file and returns its output.
func oracle(t *testing.T, mode, file string) string {
	t.Helper()
	out, err := exec.Command("python3", "testdata/oracle.py", mode, file).Output()
	if err != nil {
		t.Fatalf("python3 oracle.py %s %s: %v", mode, file, err)
	}
	return string(out)
}

// golden returns the golden output for file, rewriting it with -update.
func golden(t *testing.T, mode, file, goldenFile string) string {
	t.Helper()
	if updating() {
		if err := os.WriteFile(goldenFile, []byte(oracle(t, mode, file)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestExprs evaluates every line of testdata/*.txt and compares
// Python's repr of the result (or the error line) with CPython's.
func TestExprs(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			want := golden(t, "expr", file, strings.TrimSuffix(file, ".txt")+".golden")
			for _, line := range strings.Split(strings.TrimSuffix(want, "\n"), "\n") {
				expr, result, _ := strings.Cut(line, "\t")
				if got := eval(expr); got != result {
					t.Errorf("%s\n\tgot  %q\n\twant %q", expr, got, result)
				}
			}
		})
	}
}

// TestScripts runs testdata/scripts/*.py, which are both Python and
// Starlark, and compares their output with CPython's.
func TestScripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/scripts/*.py")
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			want := golden(t, "script", file, strings.TrimSuffix(file, ".py")+".out")
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if got := run(t, string(src)); got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
