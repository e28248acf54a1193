package interp_test

// This file checks that a script asking for a huge object gets the
// exception CPython raises, under a small memory limit, and that the
// process goes on: each size below once crashed the Go runtime (out of
// memory, makeslice: len out of range) or ran for minutes.

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/spindle-lang/spindle/interp"
)

// hostileLimit is the memory limit the hostile snippets run under.
const hostileLimit = 256 << 20

// TestHostileSizes runs each snippet under a 256 MB limit and checks the
// exception's class and message.
func TestHostileSizes(t *testing.T) {
	const (
		ssize = "Python int too large to convert to C ssize_t"
		cint  = "Python int too large to convert to C int"
		index = "cannot fit 'int' into an index-sized integer"
	)
	tests := []struct{ name, src, cls, msg string }{
		{"bytearray", "bytearray(10**12)", "MemoryError", ""},
		{"bytearray-limit", "bytearray(10**9)", "MemoryError", ""},
		{"bytearray-overflow", "bytearray(2**63)", "OverflowError", index},
		{"bytes", "bytes(10**12)", "MemoryError", ""},
		{"bytes-limit", "bytes(10**9)", "MemoryError", ""},
		{"center", `"ab".center(10**11)`, "MemoryError", ""},
		{"ljust", `"x".ljust(2**62)`, "MemoryError", ""},
		{"rjust", `"x".rjust(2**63)`, "OverflowError", ssize},
		{"zfill", `"x".zfill(10**9)`, "MemoryError", ""},
		{"expandtabs", "\"a\\tb\".expandtabs(2**31 - 1)", "MemoryError", ""},
		{"expandtabs-int", "\"a\\tb\".expandtabs(2**62)", "OverflowError", cint},
		{"percent-width", `"%*d" % (10**10, 1)`, "MemoryError", ""},
		{"percent-width-huge", `"%*d" % (2**62, 1)`, "MemoryError", ""},
		{"percent-prec", `"%.*f" % (10**9, 1.0)`, "MemoryError", ""},
		{"percent-int-prec", `"%.*d" % (10**9, 1)`, "MemoryError", ""},
		{"percent-literal", `"%10000000000d" % 1`, "MemoryError", ""},
		{"fstring-width", `f"{1:{10**10}}"`, "MemoryError", ""},
		{"fstring-prec", `f"{1.5:.{10**9}f}"`, "MemoryError", ""},
		{"fstring-prec-e", `f"{1.5:.{10**9}e}"`, "MemoryError", ""},
		{"format-method", `"{:{w}}".format("x", w=10**10)`, "MemoryError", ""},
		{"str-repeat", "s = 'ab'\nn = 10**9\ns * n", "MemoryError", ""},
		{"str-imul", "s = 'ab'\ns *= 10**20", "OverflowError", index},
		{"list-repeat", "x = [0]\nx * 10**20", "OverflowError", index},
		{"bytearray-repeat", `bytearray(b"x") * 10**10`, "MemoryError", ""},
		{"bytearray-imul", "b = bytearray(b'x')\nb *= 10**10", "MemoryError", ""},
		{"operator-mul", "import operator\noperator.mul([0], 10**8)", "MemoryError", ""},
		{"replace", `("a" * 10**5).replace("a", "b" * 10**5)`, "MemoryError", ""},
		{"range-len", "len(range(10**20))", "OverflowError", ssize},
		{"randbytes", "import random\nrandom.randbytes(10**12)", "OverflowError", cint},
		{"getrandbits", "import random\nrandom.getrandbits(2**31 - 1)", "MemoryError", ""},
		{"choices", "import random\nrandom.choices([1], k=10**12)", "MemoryError", ""},
		{"sample", "import random\nrandom.sample(range(10**12), 10**11)", "MemoryError", ""},
		{"bytesio-gap", "import io\nb = io.BytesIO()\nb.seek(10**12)\nb.write(b'x')", "MemoryError", ""},
		{"stringio-gap", "import io\nb = io.StringIO()\nb.seek(10**12)\nb.write('x')", "MemoryError", ""},
		{"bytesio-end", "import io\nb = io.BytesIO()\nb.seek(2**63 - 1)\nb.write(b'x')", "OverflowError", "new buffer size too large"},
		{"product", "import itertools\nitertools.product([1, 2], repeat=10**9)", "MemoryError", ""},
		{"permutations", "import itertools\nitertools.permutations(range(3), 10**12)", "MemoryError", ""},
		{"combinations", "import itertools\nitertools.combinations_with_replacement([1], 10**9)", "MemoryError", ""},
		{"repeat-list", "import itertools\nlist(itertools.repeat(0, 10**12))", "MemoryError", ""},
		{"json-indent", "import json\njson.dumps([1], indent=10**12)", "MemoryError", ""},
		{"json-deep-indent", "import json\njson.dumps([[[[[[[[[[1]]]]]]]]]] * 1000, indent=10**6)", "MemoryError", ""},
	}
	opts := interp.Options{MaxMemory: hostileLimit}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cls, msg := runErr(t, opts, context.Background(), tc.src+"\n")
			if cls != tc.cls || msg != tc.msg {
				t.Errorf("got %s: %q, want %s: %q", cls, msg, tc.cls, tc.msg)
			}
		})
	}
	// The process is alive, and an Interpreter under the same limit
	// still runs.
	in, stdout, _ := newInterp(t, opts)
	mustExec(t, in, "print('%5.1f|%-4d|' % (2.25, 7) + 'x'.center(5, '*') + format(3, '03'))\n")
	if got, want := stdout.String(), "  2.2|7   |**x**003\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestHostileNoLimit runs allocations past any machine's memory with no
// memory limit set: MemoryError all the same.
func TestHostileNoLimit(t *testing.T) {
	for _, src := range []string{
		"bytearray(2**50)",
		`"x".ljust(2**50)`,
		`"%*d" % (2**50, 1)`,
		"[0] * 2**50",
	} {
		t.Run(src, func(t *testing.T) {
			cls, _ := runErr(t, interp.Options{}, context.Background(), src+"\n")
			if cls != "MemoryError" {
				t.Errorf("got %s, want MemoryError", cls)
			}
		})
	}
}

// TestHostileLoopsCancel cancels builtins that loop long in Go for a
// count the script gives: each returns the cancellation.
func TestHostileLoopsCancel(t *testing.T) {
	for _, src := range []string{
		"import itertools\nnext(itertools.islice(itertools.count(), 10**15, None))",
	} {
		t.Run(src, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
			defer cancel()
			in, _, _ := newInterp(t, interp.Options{})
			if err := in.Exec(ctx, src+"\n"); !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("err = %v, want the cancellation", err)
			}
		})
	}
}
