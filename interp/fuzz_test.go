package interp_test

// This file defines FuzzExec, which runs whole programs (parse, lower,
// compile, run) under a step budget, a thread limit and a deadline: no
// input may crash the process, outlive its deadline or fail with a Go
// panic turned into an internal SystemError. Its seeds are in
// testdata/fuzz/FuzzExec (the small reproducers of issue 16) plus the
// mid-sized ones that execSeeds generates; TestFrontEndLimits runs the
// multi-megabyte ones.

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// execSeeds returns generated seeds, too big to commit as corpus files.
func execSeeds() []string {
	return []string{
		"x = " + strings.Repeat("1+", 3000) + "1\nprint(x)\n",
		"x = " + strings.Repeat("1 and ", 5000) + "1\nprint(x)\n",
		"x = " + strings.Repeat("1 < ", 5000) + "2\nprint(x)\n",
		"x = " + strings.Repeat("(", 201) + strings.Repeat(")", 201) + "\n",
		"x = " + strings.Repeat("-", 6000) + "1\n",
		"def f():\n    return f\nf" + strings.Repeat("()", 2000) + "[0]\n",
		"print(" + strings.Repeat("1, ", 300) + ")\n",
	}
}

func FuzzExec(f *testing.F) {
	for _, s := range execSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		runFuzzed(t, src)
	})
}

// runFuzzed runs src in a fresh Interpreter with limits and checks that
// the call returns in time with no error or a Python one.
func runFuzzed(t *testing.T, src string) {
	in := interp.New(interp.Options{
		Stdout: io.Discard, Stderr: io.Discard, Stdin: strings.NewReader(""),
		MaxSteps: 200_000, MaxThreads: 16,
	})
	defer in.Close()
	const deadline = 2 * time.Second
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- in.ExecFile(ctx, "fuzz.py", src) }()
	var err error
	select {
	case err = <-done:
	case <-time.After(deadline + 30*time.Second):
		t.Fatalf("ExecFile has not returned 30 s after its deadline:\n%s", src)
	}
	if err == nil {
		return
	}
	var ie *interp.Error
	switch {
	case !errors.As(err, &ie):
		t.Fatalf("not a Python error: %T %v", err, err)
	case err.Error() == "":
		t.Fatalf("empty error message; traceback:\n%s", ie.Traceback())
	case strings.Contains(ie.Traceback(), "internal error") && strings.Contains(ie.Traceback(), "goroutine "):
		t.Fatalf("Go panic:\n%s\nsource:\n%s", ie.Traceback(), src)
	}
}

// TestFrontEndLimits runs the big front-end reproducers of issue 16
// through ExecFile: each must fail with the Python exception CPython
// raises (or run), and the process must survive.
func TestFrontEndLimits(t *testing.T) {
	for _, c := range []struct {
		name, src, want string // want: the error's last line, "" for success
	}{
		{"5M-term sum", "x = " + strings.Repeat("1+", 5_000_000) + "1\n", "RecursionError: maximum recursion depth exceeded during compilation"},
		{"100k-term and", "x = " + strings.Repeat("1 and ", 100_000) + "2\nassert x == 2\n", ""},
		{"100k-term comparison", "x = " + strings.Repeat("1 < ", 100_000) + "2\nassert x == False\n", ""},
		{"100k elifs", "x = 5\nif x == 0:\n    pass\n" + strings.Repeat("elif x == 1:\n    pass\n", 100_000), "MemoryError"},
		{"100k adjacent strings", "x = (" + strings.Repeat(`"a" `, 100_000) + ")\nassert len(x) == 100000\n", ""},
		{"1M brackets", "x = " + strings.Repeat("[", 1_000_000), "SyntaxError: too many nested parentheses"},
		{"NUL byte", "print(1)\x00\nprint(2)\n", "SyntaxError: source code cannot contain null bytes"},
		{"UTF-8 BOM", "\xef\xbb\xbfassert 1\n", ""},
		{"tabs and spaces", "if 1:\n\tx = 1\n        y = 2\n", "TabError: inconsistent use of tabs and spaces in indentation"},
		{"latin-1", "# coding: latin-1\nassert ord(\"\xe9\") == 233\n", ""},
		{"internal helper", abi.Index + "({}, ())\n", "NameError: name '" + abi.Index + "' is not defined"},
		{"300 arguments", "def f(*a):\n    return len(a)\nassert f(" + strings.Repeat("1, ", 300) + ") == 300\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, _, _ := newInterp(t, interp.Options{})
			err := in.ExecFile(context.Background(), "t.py", c.src)
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case c.want != "" && (err == nil || err.Error() != c.want):
				t.Fatalf("got %v, want %s", err, c.want)
			}
		})
	}
}

// TestParseDeadline checks that ExecFile honours its context while it
// parses: the 600 KB and-chain of issue 16, with a context already done.
// The file ends in a syntax error, which a parse that went on to the end
// would report instead.
func TestParseDeadline(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{})
	ctx, cancel := context.WithCancelCause(context.Background())
	cause := errors.New("deadline")
	cancel(cause)
	err := in.ExecFile(ctx, "t.py", "x = "+strings.Repeat("1 and ", 100_000)+"1\nx = = 1\n")
	if !errors.Is(err, cause) {
		t.Fatalf("got %v, want an error wrapping %v", err, cause)
	}
}
