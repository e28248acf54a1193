package interp_test

// This file tests that the inputs of a REPL session share one global
// namespace, as at CPython's prompt. Each session's expected output is
// what `python3 -i` prints for the same inputs; TestREPLGlobalsOracle
// checks that against python3 when it is installed.

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/py"
)

// replSessions are sequences of REPL inputs, each a complete chunk as the
// prompt passes it (a block ends with its blank line), with the output
// CPython's prompt gives: displayed values, prints and tracebacks.
var replSessions = []struct {
	name   string
	inputs []string
	want   string
}{
	{"star_import", []string{
		"from threading import *\n",
		"Thread\n",
		"def Lock(): return 'mine'\n\n",
		"Lock()\n",
		"def who(): return current_thread().name, Lock is not None\n\n",
		"from threading import *\n",
		"print(type(Lock()).__name__ != 'str', who())\n",
	}, "<class 'threading.Thread'>\n'mine'\nTrue ('MainThread', True)\n"},
	{"function_defined_later", []string{
		"def f(): return g()\n\n",
		"f()\n",
		"def g(): return 42\n\n",
		"f()\n",
	}, "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  File \"<stdin>\", line 1, in f\nNameError: name 'g' is not defined\n42\n"},
	{"global_rebound_in_function", []string{
		"counter = 0\n",
		"def inc():\n    global counter\n    counter += 1\n\n",
		"inc(); print(counter)\n",
		"inc(); inc()\n",
		"counter\n",
		"counter = 10\n",
		"inc(); counter\n",
	}, "1\n3\n11\n"},
	{"thread_sees_rebinding", []string{
		"import threading, time\n",
		"running = True\n",
		"def worker():\n    while running:\n        time.sleep(0.01)\n    print('stopped')\n\n",
		"t = threading.Thread(target=worker); t.start()\n",
		"running = False\n",
		"t.join(60); print(t.is_alive())\n",
	}, "stopped\nFalse\n"},
	{"redefined_function", []string{
		"def f(): return 1\n\n",
		"def g(): return f() + 10\n\n",
		"def f(): return 2\n\n",
		"g()\n",
		"h = g\n",
		"def g(): return 0\n\n",
		"h(), g()\n",
	}, "12\n(12, 0)\n"},
	{"never_bound", []string{
		"x\n",
		"def h(): return missing_value\n\n",
		"h()\n",
		"missing_value = 'now bound'\n",
		"h()\n",
	}, "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: name 'x' is not defined\n" +
		"Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  File \"<stdin>\", line 1, in h\nNameError: name 'missing_value' is not defined\n'now bound'\n"},
	{"builtin_shadowed", []string{
		"def biggest(xs): return max(xs)\n\n",
		"print(max([1, 2])); max = lambda xs: 'mine'\n",
		"biggest([1, 2])\n",
		"def size(): return len\n\n",
		"size()([1, 2, 3])\n",
	}, "2\n'mine'\n3\n"},
	{"underscore", []string{
		"6 * 7\n",
		"_ + 1\n",
		"def last(): return _\n\n",
		"'s'\n",
		"last()\n",
	}, "42\n43\n's'\n's'\n"},
	{"recursion_and_class", []string{
		"def fact(n): return 1 if n < 2 else n * fact(n - 1)\n\n",
		"fact(5)\n",
		"class C:\n    def m(self): return helper() + fact(3)\n\n",
		"def helper(): return 100\n\n",
		"C().m()\n",
	}, "120\n106\n"},
	{"walrus", []string{
		"def show(): return y, w\n\n",
		"(y := 5)\n",
		"def f():\n    global z\n    return (z := 3)\n\n",
		"f(), z\n",
		"[w := i for i in range(3)]\n",
		"show()\n",
	}, "5\n(3, 3)\n[0, 1, 2]\n(5, 2)\n"},
	{"top_level_blocks", []string{
		"total = 0\n",
		"def add(n):\n    global total\n    total += n\n\n",
		"for i in range(4):\n    add(i)\n\n",
		"i, total\n",
		"try:\n    def risky(): return undefined_yet\n    risky()\nexcept NameError as e:\n    print('caught', e)\n\n",
		"undefined_yet = 7\n",
		"risky()\n",
		"with open_ctx() as v:\n    pass\n\n",
	}, "(3, 6)\ncaught name 'undefined_yet' is not defined\n7\n" +
		"Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: name 'open_ctx' is not defined\n"},
}

// syncBuffer is a bytes.Buffer that threads may write concurrently.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// runREPL runs inputs with ExecREPL as the spindle prompt does and
// returns the Interpreter, still open, and what the session printed.
func runREPL(t *testing.T, inputs []string) (*interp.Interpreter, string) {
	t.Helper()
	out := new(syncBuffer)
	in := interp.New(interp.Options{Stdout: out, Stderr: out})
	t.Cleanup(func() { in.Close() })
	for _, src := range inputs {
		err := in.ExecREPL(context.Background(), "<stdin>", src, func(v starlark.Value) {
			out.Write([]byte(py.Repr(v) + "\n"))
		})
		var ie *interp.Error
		if errors.As(err, &ie) {
			out.Write([]byte(ie.Traceback()))
		} else if err != nil {
			t.Fatalf("ExecREPL(%q): %v", src, err)
		}
	}
	return in, out.String()
}

func TestREPLGlobals(t *testing.T) {
	for _, tt := range replSessions {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := runREPL(t, tt.inputs); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// TestREPLGlobalsOracle checks each session's expected output against
// CPython's prompt, fed the same inputs.
func TestREPLGlobalsOracle(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed")
	}
	for _, tt := range replSessions {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Join(tt.inputs, "")
			cmd := exec.Command("python3", "-u", "-q", "-i")
			cmd.Stdin = strings.NewReader(src)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("python3: %v\n%s", err, out)
			}
			if got := stripPrompts(string(out)); got != tt.want {
				t.Errorf("python3 printed:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// stripPrompts removes the prompts that python3 -i writes to stderr,
// and the newline it writes at the end of the input.
func stripPrompts(s string) string {
	s = strings.ReplaceAll(s, ">>> ", "")
	s = strings.ReplaceAll(s, "... ", "")
	return strings.TrimSuffix(s, "\n")
}

// TestREPLNamesSkipUnbound checks that tab completion (Names, AttrNames)
// and Globals offer the globals bound at the prompt, including through
// `global` in a thread, and not the names only read so far.
func TestREPLNamesSkipUnbound(t *testing.T) {
	in, out := runREPL(t, []string{
		"import threading\n",
		"def later(): return not_yet\n\n",
		"def bind():\n    global from_thread\n    from_thread = 'x'\n\n",
		"t = threading.Thread(target=bind); t.start(); t.join()\n",
	})
	if out != "" {
		t.Fatalf("output: %q", out)
	}
	names := in.Names()
	for _, want := range []string{"later", "bind", "from_thread", "threading", "t", "len"} {
		if !slices.Contains(names, want) {
			t.Errorf("Names() lacks %q", want)
		}
	}
	if slices.Contains(names, "not_yet") {
		t.Error("Names() offers not_yet, which is not bound")
	}
	if _, ok := in.AttrNames("not_yet"); ok {
		t.Error("AttrNames(not_yet) = true")
	}
	if attrs, ok := in.AttrNames("from_thread"); !ok || !slices.Contains(attrs, "upper") {
		t.Errorf("AttrNames(from_thread) = %v, %v", attrs, ok)
	}
	g := in.Globals()
	if _, ok := g["not_yet"]; ok {
		t.Error("Globals() has not_yet")
	}
	if v, ok := g["from_thread"]; !ok || v != starlark.String("x") {
		t.Errorf("Globals()[from_thread] = %v, %v", v, ok)
	}
}

// TestREPLAndExec mixes ExecREPL with Exec and Eval: a script sees the
// prompt's globals, its assignments reach the prompt's functions, and a
// name the prompt only read is still undefined for the script.
func TestREPLAndExec(t *testing.T) {
	in, out := runREPL(t, []string{
		"n = 1\n",
		"def get(): return n, m\n\n",
	})
	if out != "" {
		t.Fatalf("output: %q", out)
	}
	ctx := context.Background()
	err := in.Exec(ctx, "m\n")
	if err == nil || err.Error() != "NameError: name 'm' is not defined" {
		t.Fatalf("Exec(m): %v", err)
	}
	if err := in.Exec(ctx, "n = n + 1\nm = 'script'\n"); err != nil {
		t.Fatal(err)
	}
	v, err := in.Eval(ctx, "get()")
	if err != nil || v.String() != `(2, "script")` {
		t.Fatalf("get() = %v, %v", v, err)
	}
	if err := in.ExecREPL(ctx, "<stdin>", "n = 5\n", nil); err != nil {
		t.Fatal(err)
	}
	if v, err := in.Call(ctx, "get"); err != nil || v.String() != `(5, "script")` {
		t.Fatalf("Call(get) = %v, %v", v, err)
	}
}
