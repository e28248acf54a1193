package interp_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
	"go.uber.org/goleak"

	"github.com/spindle-lang/spindle/builtins/threading"
	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// An int power that a test cancels runs on to its end in computeWorker;
// regexp2's clock, which a script's backreference starts, stops by
// itself a while after its last match (see builtins/re's tests).
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m, goleak.IgnoreAnyFunction("github.com/spindle-lang/spindle/interp/core.computeWorker"),
		goleak.IgnoreAnyFunction("github.com/dlclark/regexp2/v2.runClock"))
}

// newInterp returns an Interpreter writing to buffers, closed when the
// test ends. Read the buffers only once no script thread runs.
func newInterp(t testing.TB, opts interp.Options) (in *interp.Interpreter, stdout, stderr *bytes.Buffer) {
	t.Helper()
	stdout, stderr = new(bytes.Buffer), new(bytes.Buffer)
	if opts.Stdout == nil {
		opts.Stdout = stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = stderr
	}
	in = interp.New(opts)
	t.Cleanup(func() { in.Close() })
	return in, stdout, stderr
}

// raise is a Go builtin that raises ValueError(msg).
var raise = interp.Func("raise_value_error", func(msg string) error {
	return py.Raise(py.ValueError, msg)
})

const prelude = `import threading
import time
`

func mustExec(t *testing.T, in *interp.Interpreter, src string) {
	t.Helper()
	if err := in.Exec(context.Background(), src); err != nil {
		t.Fatalf("Exec: %v\n%s", err, traceback(err))
	}
}

func traceback(err error) string {
	var ie *interp.Error
	if errors.As(err, &ie) {
		return ie.Traceback()
	}
	return ""
}

func evalString(t *testing.T, in *interp.Interpreter, expr string) string {
	t.Helper()
	v, err := in.Eval(context.Background(), expr)
	if err != nil {
		t.Fatalf("Eval(%q): %v\n%s", expr, err, traceback(err))
	}
	return py.Repr(v)
}

func TestExecFileWaitsForNonDaemonThreads(t *testing.T) {
	in, stdout, _ := newInterp(t, interp.Options{})
	mustExec(t, in, prelude+`
out = []
def work(n):
    time.sleep(0.01 * n)
    out.append(n)
for i in range(3):
    threading.Thread(target=work, args=(i,)).start()
print("started")
`)
	if got, want := evalString(t, in, "out"), "[0, 1, 2]"; got != want {
		t.Errorf("out = %s, want %s", got, want)
	}
	if got, want := stdout.String(), "started\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
}

func TestDaemonThreadRunsUntilClose(t *testing.T) {
	in := interp.New(interp.Options{})
	defer in.Close()
	mustExec(t, in, prelude+`
ticks = []
def tick():
    while True:
        ticks.append(1)
        time.sleep(0.001)
threading.Thread(target=tick, daemon=True).start()
`)
	deadline := time.Now().Add(5 * time.Second)
	for evalString(t, in, "len(ticks) > 3") != "True" {
		if time.Now().After(deadline) {
			t.Fatal("the daemon thread stopped when Exec returned")
		}
		time.Sleep(time.Millisecond)
	}
	in.Close()
	if n := in.Runtime().Count(); n != 0 {
		t.Errorf("after Close, %d threads live", n)
	}
}

func TestGlobalsPersistAcrossCalls(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{})
	mustExec(t, in, "x = 1\ndef get():\n    return x\n")
	mustExec(t, in, "x = x + 1\ny = [x]\n")
	if got := evalString(t, in, "(x, y)"); got != "(2, [2])" {
		t.Errorf("(x, y) = %s, want (2, [2])", got)
	}
	g := in.Globals()
	if _, ok := g["print"]; ok {
		t.Error("Globals includes the builtins")
	}
	var x int
	if err := interp.FromValue(g["x"], &x); err != nil || x != 2 {
		t.Errorf("Globals()[x] = %v (%v), want 2", g["x"], err)
	}
	if _, ok := g["get"].(*starlark.Function); !ok {
		t.Errorf("Globals()[get] = %v, want a function", g["get"])
	}
}

func TestEval(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{})
	mustExec(t, in, "base = 40\n")
	for _, tc := range []struct{ name, input, want string }{
		{"arith", "base + 2", "42"},
		{"builtin", "len([1, 2, 3])", "3"},
		{"dict", "{'k': base}", "{'k': 40}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := evalString(t, in, tc.input); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	_, err := in.Eval(context.Background(), "x = 1")
	if err == nil || !strings.HasPrefix(err.Error(), "SyntaxError") {
		t.Errorf("Eval of a statement: err = %v, want a SyntaxError", err)
	}
}

func TestCall(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{})
	mustExec(t, in, "def add(a, b):\n    return a + b\n")
	ctx := context.Background()
	v, err := in.Call(ctx, "add", 40, 2)
	if err != nil || v.String() != "42" {
		t.Errorf(`Call("add", 40, 2) = %v, %v; want 42`, v, err)
	}
	v, err = in.Call(ctx, in.Globals()["add"], []string{"a"}, []any{"b", 3})
	if err != nil || py.Repr(v) != "['a', 'b', 3]" {
		t.Errorf("Call(add, lists) = %v, %v", v, err)
	}
	if _, err := in.Call(ctx, "missing"); err == nil {
		t.Error("Call of a missing global succeeded")
	}
	_, err = in.Call(ctx, "add", 1, "x")
	if err == nil || !strings.Contains(err.Error(), "TypeError") {
		t.Errorf("Call(add, 1, \"x\") err = %v, want TypeError", err)
	}
	if tb := traceback(err); !strings.Contains(tb, "in add") {
		t.Errorf("traceback lacks the add frame:\n%s", tb)
	}
}

func TestError(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{
		Globals:  starlark.StringDict{"raise_value_error": raise},
		Filename: "job.py",
	})
	err := in.Exec(context.Background(), "def f():\n    raise_value_error('bad')\n\nf()\n")
	if err == nil {
		t.Fatal("no error")
	}
	var ie *interp.Error
	if !errors.As(err, &ie) {
		t.Fatalf("err is a %T, want *interp.Error", err)
	}
	if got, want := err.Error(), "ValueError: bad"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	want := `Traceback (most recent call last):
  File "job.py", line 4, in <module>
    f()
  File "job.py", line 2, in f
    raise_value_error('bad')
ValueError: bad
`
	if got := ie.Traceback(); got != want {
		t.Errorf("Traceback() =\n%s\nwant\n%s", got, want)
	}
	var exc *py.Exception
	if !errors.As(err, &exc) || exc.Class != py.ValueError {
		t.Errorf("errors.As(*py.Exception) = %v", exc)
	}
}

func TestRaise(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{Filename: "job.py"})
	err := in.Exec(context.Background(), "def check(x):\n    if x < 0:\n        raise ValueError(f'bad: {x}')\ncheck(-1)\n")
	var exc *py.Exception
	if !errors.As(err, &exc) || exc.Class != py.ValueError {
		t.Fatalf("err = %v, want a ValueError", err)
	}
	if got, want := err.Error(), "ValueError: bad: -1"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if tb := traceback(err); !strings.HasSuffix(tb, "  File \"job.py\", line 3, in check\n    raise ValueError(f'bad: {x}')\nValueError: bad: -1\n") {
		t.Errorf("traceback:\n%s", tb)
	}
}

func TestSyntaxError(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{})
	err := in.Exec(context.Background(), "x = 1\ny = = 2\n")
	var exc *py.Exception
	if !errors.As(err, &exc) || !exc.Class.IsSubclass(py.SyntaxError) {
		t.Fatalf("err = %v, want a SyntaxError", err)
	}
	tb := traceback(err)
	if !strings.HasPrefix(tb, `  File "<string>", line 2`) || !strings.Contains(tb, "y = = 2") {
		t.Errorf("traceback:\n%s", tb)
	}
	if strings.Contains(exc.Error(), "SyntaxError: SyntaxError") {
		t.Errorf("exception message repeats the class: %q", exc.Error())
	}
}

func TestOptionsStdoutStderr(t *testing.T) {
	in, stdout, stderr := newInterp(t, interp.Options{
		Globals: starlark.StringDict{"raise_value_error": raise},
	})
	mustExec(t, in, prelude+`
def fail():
    raise_value_error("in thread")
t = threading.Thread(target=fail, name="worker")
t.start()
t.join()
print("done")
`)
	if got := stdout.String(); got != "done\n" {
		t.Errorf("stdout = %q", got)
	}
	if got := stderr.String(); !strings.HasPrefix(got, "Exception in thread worker:\n") || !strings.HasSuffix(got, "ValueError: in thread\n") {
		t.Errorf("stderr = %q", got)
	}
}

func TestOptionsStdin(t *testing.T) {
	in, stdout, _ := newInterp(t, interp.Options{Stdin: strings.NewReader("Ada\nBob\n")})
	mustExec(t, in, "a = input('name? ')\nb = input()\nprint(f'hello {a} and {b}')\n")
	if got, want := stdout.String(), "name? hello Ada and Bob\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
}

func TestOptionsGlobals(t *testing.T) {
	in, stdout, _ := newInterp(t, interp.Options{Globals: starlark.StringDict{
		"greeting": starlark.String("hello"),
		"shout":    interp.Func("shout", strings.ToUpper),
	}})
	mustExec(t, in, "print(shout(greeting))\n")
	if got := stdout.String(); got != "HELLO\n" {
		t.Errorf("stdout = %q", got)
	}
}

func TestOptionsModules(t *testing.T) {
	members := starlark.StringDict{"x": starlark.MakeInt(7)}
	for _, tc := range []struct {
		name   string
		module any
	}{
		{"core.Module", &core.Module{Name: "m", Members: members}},
		{"StringDict", members},
		{"starlarkstruct", &starlarkstruct.Module{Name: "m", Members: members}},
		{"source", "x = 3 + 4\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, stdout, _ := newInterp(t, interp.Options{Modules: map[string]any{"m": tc.module}})
			mustExec(t, in, "import m\nfrom m import x\nprint(m.x, x)\nload('m', y='x')\nprint(y)\n")
			if got := stdout.String(); got != "7 7\n7\n" {
				t.Errorf("stdout = %q, want 7 three times", got)
			}
		})
	}
}

func TestHermeticByDefault(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{})
	for _, mod := range []string{"socket", "shutil"} {
		err := in.Exec(context.Background(), "import "+mod)
		want := fmt.Sprintf("ModuleNotFoundError: No module named '%s'", mod)
		if err == nil || err.Error() != want {
			t.Errorf("import %s: err = %v, want %s", mod, err, want)
		}
	}
	// os is importable for getpid, cpu_count and an environ whose
	// changes stay in the Interpreter, but reaches no processes, and
	// files only through a grant (see TestFilesNoGrant).
	for _, attr := range []string{"system", "open", "popen", "fork", "kill", "chdir"} {
		if err := in.Exec(context.Background(), "import os\nos."+attr); err == nil {
			t.Errorf("os.%s exists", attr)
		}
	}
	if err := in.Exec(context.Background(), "import os\nos.environ['SPINDLE_HERMETIC_X'] = '1'\nassert os.getenv('SPINDLE_HERMETIC_X') == '1'"); err != nil {
		t.Errorf("os.environ: %v", err)
	}
	if _, found := os.LookupEnv("SPINDLE_HERMETIC_X"); found {
		t.Error("os.environ changed the host's environment")
	}
	for _, src := range []string{"open('f')", "import os\nos.listdir('.')", "import os\nos.remove('f')"} {
		err := in.Exec(context.Background(), src)
		if err == nil || !strings.HasPrefix(err.Error(), "PermissionError") {
			t.Errorf("%s: err = %v, want a PermissionError", src, err)
		}
	}
	// subprocess imports, but starts nothing.
	if err := in.Exec(context.Background(), "import subprocess\nsubprocess.run(['true'])"); err == nil || err.Error() != "OSError: spindle does not start processes" {
		t.Errorf("subprocess.run: err = %v", err)
	}
	// exec, eval and compile run code in the same Interpreter: no escape
	// (see evalexec_test.go).
	for _, src := range []string{"exec(\"open('f')\")", "eval(\"open('f')\", {})", "exec(compile(\"open('f')\", 'f', 'exec'))"} {
		err := in.Exec(context.Background(), src)
		if err == nil || !strings.HasPrefix(err.Error(), "PermissionError") {
			t.Errorf("%s: err = %v, want a PermissionError", src, err)
		}
	}
}

func TestOptionsMaxThreads(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{MaxThreads: 3})
	err := in.Exec(context.Background(), prelude+`
def wait():
    time.sleep(60)
for i in range(5):
    threading.Thread(target=wait, daemon=True).start()
`)
	if err == nil || err.Error() != "RuntimeError: can't start new thread" {
		t.Fatalf("err = %v, want RuntimeError: can't start new thread", err)
	}
	if tb := traceback(err); !strings.Contains(tb, "line 7, in <module>") {
		t.Errorf("traceback:\n%s", tb)
	}
	if n := in.Runtime().Count(); n != 2 {
		t.Errorf("%d threads live, want the 2 daemons", n)
	}
}

// TestMaxThreadsQueuesCalls checks that concurrent calls wait for a
// thread slot instead of failing.
func TestMaxThreadsQueuesCalls(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{MaxThreads: 2})
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := in.Exec(context.Background(), "import time\ntime.sleep(0.005)"); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}

func TestOptionsMaxSteps(t *testing.T) {
	const want = "RuntimeError: too many steps (Options.MaxSteps = 100000)"
	in, _, _ := newInterp(t, interp.Options{MaxSteps: 100000})
	mustExec(t, in, "x = [i for i in range(100)]\n") // well within budget
	ctx := context.Background()
	err := in.Exec(ctx, prelude+`
def spin():
    while True:
        pass
t = threading.Thread(target=spin)
t.start()
t.join()
`)
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v, want %s", err, want)
	}
	// main is in start (line 8) while the new thread runs first, or in
	// join (line 9) if the thread was preempted before its budget ended
	if tb := traceback(err); !strings.Contains(tb, "line 8, in <module>") && !strings.Contains(tb, "line 9, in <module>") {
		t.Errorf("traceback:\n%s", tb)
	}
	if _, err := in.Eval(ctx, "1"); err == nil || err.Error() != want {
		t.Errorf("after the budget: err = %v, want %s", err, want)
	}
}

func TestOptionsSwitchInterval(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{SwitchInterval: 0.002})
	mustExec(t, in, "import sys")
	if got := evalString(t, in, "sys.getswitchinterval()"); got != "0.002" {
		t.Errorf("getswitchinterval() = %s, want 0.002", got)
	}
}

func TestOptionsArgvFilename(t *testing.T) {
	in, stdout, _ := newInterp(t, interp.Options{Argv: []string{"job.py", "-v"}, Filename: "job.py"})
	err := in.Exec(context.Background(), "import sys\nprint(sys.argv, __name__)\n1 // 0\n")
	if got := stdout.String(); got != "['job.py', '-v'] __main__\n" {
		t.Errorf("stdout = %q", got)
	}
	if tb := traceback(err); !strings.Contains(tb, "File \"job.py\", line 3, in <module>\n    1 // 0\n") {
		t.Errorf("traceback:\n%s", tb)
	}
}

func TestClose(t *testing.T) {
	in := interp.New(interp.Options{})
	done := make(chan error)
	go func() { done <- in.Exec(context.Background(), prelude+"time.sleep(60)\n") }()
	waitState(t, in, core.StateSleeping)
	if err := in.Close(); err != nil {
		t.Fatal(err)
	}
	err := <-done
	if !errors.Is(err, interp.ErrClosed) {
		t.Errorf("interrupted call: err = %v, want ErrClosed in its chain", err)
	}
	if err := in.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if err := in.Exec(context.Background(), "x = 1"); !errors.Is(err, interp.ErrClosed) {
		t.Errorf("Exec after Close: %v", err)
	}
	if _, err := in.Eval(context.Background(), "1"); !errors.Is(err, interp.ErrClosed) {
		t.Errorf("Eval after Close: %v", err)
	}
}

// waitState waits until some thread of in is in state s.
func waitState(t *testing.T, in *interp.Interpreter, s core.State) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		for _, th := range in.Runtime().Threads() {
			if th.State() == s {
				return
			}
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatalf("no thread reached state %v", s)
}

func TestCancel(t *testing.T) {
	waitGo := interp.Func("wait_go", func(ctx context.Context) error {
		<-ctx.Done()
		return ctx.Err()
	})
	cases := []struct{ name, script string }{
		{"sleep", "time.sleep(60)"},
		{"join sleeping", "t = threading.Thread(target=time.sleep, args=(60,))\nt.start()\nt.join()"},
		{"join spinning", "def spin():\n    while True:\n        pass\nt = threading.Thread(target=spin)\nt.start()\nt.join()"},
		{"spin with daemon", "threading.Thread(target=time.sleep, args=(60,), daemon=True).start()\nwhile True:\n    pass"},
		{"non-daemon left running", "threading.Thread(target=time.sleep, args=(60,)).start()"},
		{"blocking Go function", "wait_go()"},
	}
	if _, ok := threading.Module.Members["Event"]; ok {
		cases = append(cases,
			struct{ name, script string }{"event", "threading.Event().wait()"},
			struct{ name, script string }{"lock", "l = threading.Lock()\nl.acquire()\nl.acquire()"},
			struct{ name, script string }{"condition", "c = threading.Condition()\nc.acquire()\nc.wait()"},
			struct{ name, script string }{"queue", "import queue\nq = queue.Queue()\nthreading.Thread(target=q.get).start()\nq.get()"})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in, _, _ := newInterp(t, interp.Options{Globals: starlark.StringDict{"wait_go": waitGo}})
			ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
			defer cancel()
			start := time.Now()
			err := in.Exec(ctx, prelude+tc.script+"\n")
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("Exec returned after %v", d)
			}
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("err = %v, want context.DeadlineExceeded in its chain", err)
			}
			if got, want := fmt.Sprint(err), "RuntimeError: cancelled: context deadline exceeded"; got != want {
				t.Errorf("err = %q, want %q", got, want)
			}
			for _, th := range in.Runtime().Threads() {
				t.Errorf("thread %s (main %v) is %v after the cancelled Exec returned", th.Name, th.Main, th.State())
			}
		})
	}
}

func TestCancelAfterReturnStopsDaemons(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	if err := in.Exec(ctx, prelude+"threading.Thread(target=time.sleep, args=(60,), daemon=True).start()\n"); err != nil {
		t.Fatal(err)
	}
	if n := in.Runtime().Count(); n != 1 {
		t.Fatalf("%d threads live, want the daemon", n)
	}
	cancel()
	deadline := time.Now().Add(10 * time.Second)
	for in.Runtime().Count() > 0 {
		if time.Now().After(deadline) {
			t.Fatal("cancelling the call's context did not stop its daemon thread")
		}
		time.Sleep(time.Millisecond)
	}
}

// TestConcurrentCalls hammers one Interpreter from many goroutines with
// Exec, Eval and Call, all updating shared globals.
func TestConcurrentCalls(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{})
	mustExec(t, in, prelude+`
counts = {"exec": 0, "call": 0, "thread": 0}
log = []
def bump(kind, n):
    for i in range(n):
        counts[kind] += 1
    log.append(kind)
    return counts[kind]
`)
	const goroutines, rounds = 50, 20
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, goroutines*rounds)
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				var err error
				switch (g + r) % 4 {
				case 0:
					err = in.Exec(ctx, `bump("exec", 10)`)
				case 1:
					_, err = in.Call(ctx, "bump", "call", 10)
				case 2:
					err = in.Exec(ctx, "t = threading.Thread(target=bump, args=('thread', 10))\nt.start()\nt.join()")
				case 3:
					_, err = in.Eval(ctx, "len(log) + counts['exec']")
				}
				if err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	var counts map[string]int
	v, _ := in.Eval(ctx, "counts")
	if err := interp.FromValue(v, &counts); err != nil {
		t.Fatal(err)
	}
	calls := goroutines * rounds / 4
	want := map[string]int{"exec": 10 * calls, "call": 10 * calls, "thread": 10 * calls}
	if fmt.Sprint(counts) != fmt.Sprint(want) {
		t.Errorf("counts = %v, want %v", counts, want)
	}
	if got := evalString(t, in, "len(log)"); got != fmt.Sprint(3*calls) {
		t.Errorf("len(log) = %s, want %d", got, 3*calls)
	}
}

func TestPreemptionLetsNewThreadRun(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := in.Exec(ctx, prelude+`
seen = []
threading.Thread(target=seen.append, args=(1,)).start()
n = 0
while not seen:
    n += 1
`)
	if err != nil {
		t.Fatalf("a thread started by a spinning main thread never ran: %v", err)
	}
}

// TestThreadStartedByLaterCall: a Thread object made in one call and
// started in a later one runs under the later call.
func TestThreadStartedByLaterCall(t *testing.T) {
	in, stdout, stderr := newInterp(t, interp.Options{})
	mustExec(t, in, prelude+"def f():\n    time.sleep(0.001)\n    print('ran')\nt = threading.Thread(target=f)\n")
	mustExec(t, in, "t.start()\nt.join()\n")
	if stdout.String() != "ran\n" {
		t.Errorf("stdout = %q, want %q; stderr:\n%s", stdout.String(), "ran\n", stderr.String())
	}
}

// TestChainTraceback checks that the lambda holding a chained
// comparison's lazy operand leaves no frame of its own.
func TestChainTraceback(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{Filename: "job.py"})
	err := in.Exec(context.Background(), "def f():\n    return 1 // 0\n\ndef g():\n    return 0 < 1 < f()\n\ng()\n")
	want := `Traceback (most recent call last):
  File "job.py", line 7, in <module>
    g()
  File "job.py", line 5, in g
    return 0 < 1 < f()
                   ^^^
  File "job.py", line 2, in f
    return 1 // 0
           ~~^^~~
ZeroDivisionError: integer division or modulo by zero
`
	if got := traceback(err); got != want {
		t.Errorf("traceback:\n%s\nwant\n%s", got, want)
	}
}

// TestTracebackInTryBodies checks that an exception raised in an except,
// else or finally body is reported at its own line, in the function's
// frame, as CPython reports it.
func TestTracebackInTryBodies(t *testing.T) {
	for _, c := range []struct{ body, line string }{
		{"try:\n        1 / 0\n    except ZeroDivisionError:\n        raise KeyError('in except')", "line 5, in f\n    raise KeyError('in except')"},
		{"try:\n        pass\n    except ValueError:\n        pass\n    else:\n        raise KeyError('in else')", "line 7, in f\n    raise KeyError('in else')"},
		{"try:\n        pass\n    finally:\n        raise KeyError('in finally')", "line 5, in f\n    raise KeyError('in finally')"},
	} {
		in := interp.New(interp.Options{Stdout: io.Discard, Filename: "job.py"})
		err := in.Exec(context.Background(), "def f():\n    "+c.body+"\n\nf()\n")
		in.Close()
		var ie *interp.Error
		if !errors.As(err, &ie) {
			t.Fatalf("err = %v, want an *interp.Error", err)
		}
		want := "  File \"job.py\", " + c.line + "\nKeyError: "
		if tb := ie.Traceback(); !strings.Contains(tb, want) {
			t.Errorf("traceback lacks %q:\n%s", want, tb)
		}
	}
}
