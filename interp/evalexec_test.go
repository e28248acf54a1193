package interp_test

// This file checks that eval and exec give a script no power it lacks:
// the code they run goes through the same front-end and runs in the same
// Interpreter, under its grants and limits (steps, memory, recursion,
// cancellation), and hostile source ends in a Python exception.

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp"
)

// TestEvalExecHostileSource compiles source built to exhaust a parser:
// each ends in the exception CPython raises.
func TestEvalExecHostileSource(t *testing.T) {
	tests := []struct{ name, src, cls string }{
		{"parens", `eval("(" * 10**6)`, "SyntaxError"},
		{"unary", `eval("-" * 10**6 + "1")`, "MemoryError"},
		{"binary", `eval("1+" * 10**5 + "1")`, "RecursionError"},
		{"lists", `eval("[" * 10**5 + "]" * 10**5)`, "SyntaxError"},
		{"calls", `eval("f(" * 5000 + ")" * 5000)`, "SyntaxError"},
		{"attrs", `eval("x" + ".a" * 10**5)`, "RecursionError"},
		{"lambdas", `eval("lambda: " * 10**4 + "1")`, "MemoryError"},
		{"exec-blocks", `exec("if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 200)) + " " * 200 + "pass")`, "IndentationError"},
		{"recursion", "def f():\n    return eval('f()')\nf()", "RecursionError"},
		{"exec-recursion", "exec('def g():\\n    exec(\"g()\")\\ng()')", "RecursionError"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cls, msg := runErr(t, interp.Options{MaxMemory: hostileLimit}, context.Background(), tc.src+"\n")
			if cls != tc.cls {
				t.Errorf("got %s: %q, want %s", cls, msg, tc.cls)
			}
		})
	}
}

// TestEvalExecLimits runs eval and exec past the Interpreter's limits:
// the steps budget, the memory limit and a deadline all stop code that
// eval and exec run, as they stop the script.
func TestEvalExecLimits(t *testing.T) {
	tests := []struct {
		name string
		opts interp.Options
		src  string
		want string // the end of the error
	}{
		{"steps-loop", interp.Options{MaxSteps: 200000}, "while True:\n    exec('x = 1')\n", "too many steps"},
		{"steps-inside", interp.Options{MaxSteps: 200000}, "exec('while True:\\n    pass')\n", "too many steps"},
		{"steps-eval", interp.Options{MaxSteps: 200000}, "eval('[i for i in range(10**9)]')\n", "too many steps"},
		{"memory", interp.Options{MaxMemory: hostileLimit}, "exec('l = []\\nwhile True:\\n    l.append(\"x\" * 10000)')\n", "MemoryError"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in, _, _ := newInterp(t, tc.opts)
			err := in.Exec(context.Background(), tc.src)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one with %q", err, tc.want)
			}
		})
	}
	t.Run("deadline", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		in, _, _ := newInterp(t, interp.Options{})
		if err := in.Exec(ctx, "exec('while True:\\n    pass')\n"); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("err = %v, want the cancellation", err)
		}
	})
}

// TestEvalExecHermetic runs code through exec that reaches for what the
// zero Options do not grant: it fails as the script itself would.
func TestEvalExecHermetic(t *testing.T) {
	tests := []struct{ name, src, cls string }{
		{"open", `exec("open('/etc/hostname').read()")`, "PermissionError"},
		{"open-eval", `eval("open('/etc/hostname')", {})`, "PermissionError"},
		{"import", `exec("import subprocess_secret")`, "ModuleNotFoundError"},
		{"builtins-open", `exec("import builtins\nbuiltins.open('/etc/hostname')")`, "PermissionError"},
		{"restricted", `eval("open('x')", {"__builtins__": {}})`, "NameError"},
		{"input", `exec("input()")`, "PermissionError"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cls, msg := runErr(t, interp.Options{}, context.Background(), tc.src+"\n")
			if cls != tc.cls {
				t.Errorf("got %s: %q, want %s", cls, msg, tc.cls)
			}
		})
	}
}

// TestEvalExecEmbedded uses eval and exec from scripts an embedder runs:
// names exec binds at module level are __main__ globals that a later
// Eval sees, and the builtins reach the Interpreter's own Globals.
func TestEvalExecEmbedded(t *testing.T) {
	in, stdout, _ := newInterp(t, interp.Options{Globals: map[string]starlark.Value{"scale": starlark.MakeInt(3)}})
	mustExec(t, in, "exec('def triple(n):\\n    return n * scale')\nprint(triple(2), eval('scale + 1'))\n")
	if got, want := stdout.String(), "6 4\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := evalString(t, in, `eval("triple(5)")`); got != "15" {
		t.Errorf("Eval: got %s, want 15", got)
	}
}

// TestEvalExecREPL runs exec and eval at the prompt: names one input
// binds through exec are globals of the next, and the other way round.
func TestEvalExecREPL(t *testing.T) {
	_, got := runREPL(t, []string{
		"exec('x = 1')\n",
		"x\n",
		"y = 5\n",
		"exec('print(y * 2)')\n",
		"exec('def f():\\n    return y + x')\n",
		"f()\n",
		"eval('f() + 1')\n",
		"sorted(k for k in globals() if not k.startswith('_'))\n",
	})
	want := "1\n10\n6\n7\n['f', 'x', 'y']\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// BenchmarkExecCode runs a code object that compile() made, 1000 times
// per iteration: the cost of a run of exec without the compile.
func BenchmarkExecCode(b *testing.B) {
	in, _, _ := newInterp(b, interp.Options{})
	if err := in.Exec(context.Background(), "code = compile('y = 2 * 3', '<s>', 'exec')\n"); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := in.Exec(context.Background(), "for _ in range(1000):\n    exec(code)\n"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExecSource runs exec of a short string 1000 times per
// iteration: compile and run.
func BenchmarkExecSource(b *testing.B) {
	in, _, _ := newInterp(b, interp.Options{})
	for b.Loop() {
		if err := in.Exec(context.Background(), "for i in range(1000):\n    exec('y = i * 3')\n"); err != nil {
			b.Fatal(err)
		}
	}
}
