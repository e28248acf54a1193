package interp_test

// This file checks that inputs which used to crash or hang the host end
// in the Python exception CPython raises, and the process goes on.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp"
)

// TestGoPanicCatchable calls Go functions that panic: the script catches
// a SystemError naming the panic, and an uncaught one still has a message.
func TestGoPanicCatchable(t *testing.T) {
	raw := starlark.NewBuiltin("raw", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		var s []int
		return starlark.MakeInt(s[len(s)]), nil // a Go runtime panic: index out of range
	})
	blocking := interp.Func("blocking", func(ctx context.Context) { panic("in a blocking call") })
	in, stdout, _ := newInterp(t, interp.Options{Globals: starlark.StringDict{
		"boom":     interp.Func("boom", func() int { panic("kaboom") }),
		"raw":      raw,
		"blocking": blocking,
	}})
	mustExec(t, in, `
for f in (boom, raw, blocking):
    try:
        f()
    except SystemError as e:
        print(type(e).__name__, e)
`)
	want := "SystemError Go function boom() panicked: kaboom\n" +
		"SystemError Go function raw() panicked: runtime error: index out of range [0] with length 0\n" +
		"SystemError Go function blocking() panicked: in a blocking call\n"
	if got := stdout.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	err := in.Exec(context.Background(), "boom()\n")
	if got, want := err.Error(), "SystemError: Go function boom() panicked: kaboom"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

// TestErrorNeverEmpty checks Error() for exceptions whose message spans
// lines or is empty.
func TestErrorNeverEmpty(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{})
	for _, tc := range []struct{ src, want string }{
		{"raise ValueError('a\\nb\\n')\n", "ValueError: a"},
		{"raise ValueError('')\n", "ValueError"},
		{"raise ValueError('\\n')\n", "ValueError"},
	} {
		err := in.Exec(context.Background(), tc.src)
		var ie *interp.Error
		if !errors.As(err, &ie) {
			t.Fatalf("%q: err = %v", tc.src, err)
		}
		if got := ie.Error(); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: Error() = %q, want %q", tc.src, got, tc.want)
		}
	}
}

// runErr runs src in a fresh Interpreter with opts and returns the
// class name and message of the exception it ends with.
func runErr(t *testing.T, opts interp.Options, ctx context.Context, src string) (string, string) {
	t.Helper()
	in, _, _ := newInterp(t, opts)
	err := in.Exec(ctx, src)
	var ie *interp.Error
	if !errors.As(err, &ie) {
		t.Fatalf("err = %v, want a Python exception", err)
	}
	return ie.Exception.Class.ClassName, ie.Exception.Message()
}

// TestDeepStructures walks values nested far deeper than any Go stack
// allows for a naive recursion: each walk ends in RecursionError.
func TestDeepStructures(t *testing.T) {
	depth := 200000
	if testing.Short() {
		depth = 20000
	}
	build := fmt.Sprintf("import json, copy\nx = []\ny = []\nfor i in range(%d):\n    x = [x]\n    y = [y]\n", depth)
	tests := []struct{ name, src, want string }{
		{"json.loads", `json.loads("[" * 3000000 + "]" * 3000000)`, "maximum recursion depth exceeded while decoding a JSON array from a unicode string"},
		{"json.dumps", "json.dumps(x)", "maximum recursion depth exceeded while encoding a JSON object"},
		{"deepcopy", "copy.deepcopy(x)", "maximum recursion depth exceeded while calling a Python object"},
		{"repr", "repr(x)", "maximum recursion depth exceeded while getting the repr of an object"},
		{"print", "print(x)", "maximum recursion depth exceeded while getting the repr of an object"},
		{"f-string", `f"{x}"`, "maximum recursion depth exceeded while getting the repr of an object"},
		{"==", "x == y", "maximum recursion depth exceeded in comparison"},
		{"sorted", "sorted([x, y])", "maximum recursion depth exceeded in comparison"},
		{"yield from", "def g():\n    yield from g()\nlist(g())", "maximum recursion depth exceeded"},
		{"__eq__", "class A:\n    def __eq__(self, o):\n        return self == o\nA() == A()", "maximum recursion depth exceeded"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cls, msg := runErr(t, interp.Options{}, context.Background(), build+tc.src+"\n")
			if cls != "RecursionError" || msg != tc.want {
				t.Errorf("got %s: %s, want RecursionError: %s", cls, msg, tc.want)
			}
		})
	}
}

// TestMaxMemory makes big things under a memory limit: MemoryError,
// which the script can catch.
func TestMaxMemory(t *testing.T) {
	opts := interp.Options{MaxMemory: 256 << 20}
	for _, src := range []string{
		"list(range(10**9))",
		"sorted(range(10**9))",
		"'x' * 10**10",
		"2 ** (10**15)",
		"[0] * 10**9",
		"n = 10**9\nx = n * (1, 2)",
		"x = []\nwhile True:\n    x.append([0] * 1000)",
	} {
		t.Run(src, func(t *testing.T) {
			cls, _ := runErr(t, opts, context.Background(), src+"\n")
			if cls != "MemoryError" {
				t.Errorf("got %s, want MemoryError", cls)
			}
		})
	}
	in, stdout, _ := newInterp(t, opts)
	mustExec(t, in, "x = []\ntry:\n    while True:\n        x.append([0] * 1000)\nexcept MemoryError as e:\n    x = None\n    print('caught', repr(e))\n")
	if got := stdout.String(); got != "caught MemoryError()\n" {
		t.Errorf("got %q", got)
	}
}

// TestThreadBomb starts threads until the limit refuses one.
func TestThreadBomb(t *testing.T) {
	in, stdout, _ := newInterp(t, interp.Options{MaxThreads: 200})
	mustExec(t, in, `
import threading
e = threading.Event()
n = 0
try:
    while True:
        threading.Thread(target=e.wait).start()
        n += 1
except RuntimeError as ex:
    print(ex, n)
e.set()
`)
	if got := stdout.String(); got != "can't start new thread 199\n" {
		t.Errorf("got %q", got)
	}
}

// TestLongBuiltinsCancel cancels builtins that run long in Go: each
// returns the cancellation instead of running to its end.
func TestLongBuiltinsCancel(t *testing.T) {
	for _, src := range []string{
		"x = 10**(5*10**6)",
		"x = sorted(range(5*10**6, 0, -1))",
		"x = sum(range(10**12))",
	} {
		t.Run(src, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
			defer cancel()
			in, _, _ := newInterp(t, interp.Options{})
			err := in.Exec(ctx, src+"\n")
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("err = %v, want the cancellation", err)
			}
		})
	}
}

// TestRecursionLimitThreads checks that sys.setrecursionlimit is the
// Interpreter's, not the process's.
func TestRecursionLimitThreads(t *testing.T) {
	a, out, _ := newInterp(t, interp.Options{})
	b, outB, _ := newInterp(t, interp.Options{})
	mustExec(t, a, "import sys\nsys.setrecursionlimit(50)\nprint(sys.getrecursionlimit())\n")
	mustExec(t, b, "import sys\nprint(sys.getrecursionlimit())\n")
	if out.String() != "50\n" || outB.String() != "1000\n" {
		t.Errorf("got %q and %q", out.String(), outB.String())
	}
}
