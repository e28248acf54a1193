package concurrent_test

// This file tests concurrent.futures through Starlark programs.

import (
	"bytes"
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/spindle-lang/spindle/builtins/concurrent"
	"github.com/spindle-lang/spindle/interp"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

const prelude = "import threading\nimport time\nimport concurrent.futures as cf\n"

func newInterp(out *bytes.Buffer) *interp.Interpreter {
	return interp.New(interp.Options{Stdout: out, Stderr: out, Modules: map[string]any{
		"concurrent": concurrent.Module, "concurrent.futures": concurrent.Futures}})
}

// run executes src and returns its output and the last traceback line.
func run(t testing.TB, ctx context.Context, src string) (string, string) {
	t.Helper()
	var out bytes.Buffer
	in := newInterp(&out)
	err := in.Exec(ctx, prelude+src)
	in.Close()
	msg := ""
	var ie *interp.Error
	if errors.As(err, &ie) {
		msg = ie.Error()
	} else if err != nil {
		msg = err.Error()
	}
	return out.String(), msg
}

var addr = regexp.MustCompile(`0x[0-9a-f]+`)

func TestOutputs(t *testing.T) {
	for _, test := range []struct{ name, src, want string }{
		{"submit", `
ex = cf.ThreadPoolExecutor(2)
def work(x):
    return (x * 2, threading.current_thread().name)
f = ex.submit(work, 3)
print(f.result(), f.done(), f.running(), f.cancelled(), f)
g = ex.submit(threading.Lock().release)
print(g.exception().args, g)
def work2(x, y):
    return (x * 2 + y, threading.current_thread().name)
print([r[0] for r in ex.map(work2, [1, 2], [0, 0])])
ex.shutdown()
print(ex._max_workers, cf.ThreadPoolExecutor()._max_workers > 4)
`, `(6, 'ThreadPoolExecutor-0_0') True False False <Future at 0x state=finished returned tuple>
('release unlocked lock',) <Future at 0x state=finished raised RuntimeError>
[2, 4]
2 True
`},
		{"names", `
ex = cf.ThreadPoolExecutor(2, thread_name_prefix="pool")
def nap(x):
    time.sleep(0.03)
    return threading.current_thread().name
fs = [ex.submit(nap, i) for i in range(3)]
print(sorted(set([f.result() for f in fs])))
ex.shutdown(wait=True)
ex2 = cf.ThreadPoolExecutor()
print(ex2.submit(nap, 0).result())
`, `['pool_0', 'pool_1']
ThreadPoolExecutor-0_0
`},
		{"as_completed", `
ex = cf.ThreadPoolExecutor(3)
def nap(x):
    time.sleep(x)
    return x
fs = [ex.submit(nap, x) for x in [0.09, 0.01, 0.05]]
print([f.result() for f in cf.as_completed(fs)])
r = cf.wait(fs)
print(len(r.done), len(r.not_done), type(r))
e = threading.Event()
slow = ex.submit(e.wait)
fast = ex.submit(nap, 0)
done, not_done = cf.wait([slow, fast], return_when=cf.FIRST_COMPLETED)
print(list(done) == [fast], list(not_done) == [slow])
print(cf.wait([slow], timeout=0.01).not_done == set([slow]))
e.set()
ex.shutdown()
print(cf.TimeoutError, cf.CancelledError, cf.ALL_COMPLETED)
`, `[0.01, 0.05, 0.09]
3 0 <class 'concurrent.futures._base.DoneAndNotDoneFutures'>
True True
True
<class 'TimeoutError'> <class 'concurrent.futures._base.CancelledError'> ALL_COMPLETED
`},
		{"cancel", `
ex = cf.ThreadPoolExecutor(1)
e = threading.Event()
a = ex.submit(e.wait)
b = ex.submit(e.wait)
time.sleep(0.01)
print(a, b)
print(a.cancel(), b.cancel(), b, b.cancelled(), b.done())
calls = []
a.add_done_callback(lambda f: calls.append(f.result()))
e.set()
ex.shutdown()
print(calls)
f = cf.Future()
f.set_result(5)
print(f.result())
`, `<Future at 0x state=running> <Future at 0x state=pending>
False True <Future at 0x state=cancelled> True True
[True]
5
`},
		{"worker starts in submit", `
e = threading.Event()
order = []
def init():
    order.append("init")
ex = cf.ThreadPoolExecutor(1, initializer=init)
f = ex.submit(e.wait)
order.append("submitted")
print(f.running(), order)
g = ex.submit(e.wait)
print(g.running())
e.set()
ex.shutdown()
`, `True ['init', 'submitted']
False
`},
		{"no shutdown", `
ex = cf.ThreadPoolExecutor(2)
def nap(x):
    time.sleep(0.02)
    print("done", x)
ex.submit(nap, 1)
print("main ends")
`, `main ends
done 1
`},
	} {
		t.Run(test.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			out, msg := run(t, ctx, test.src)
			if msg != "" {
				t.Fatalf("error: %s\n%s", msg, out)
			}
			if got := addr.ReplaceAllString(out, "0x"); got != test.want {
				t.Errorf("got %q, want %q", got, test.want)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	for _, test := range []struct{ name, src, want string }{
		{"result", "cf.ThreadPoolExecutor().submit(threading.Lock().release).result()", "RuntimeError: release unlocked lock"},
		{"shutdown", "ex = cf.ThreadPoolExecutor()\nex.shutdown()\nex.submit(print)", "RuntimeError: cannot schedule new futures after shutdown"},
		{"max_workers", "cf.ThreadPoolExecutor(0)", "ValueError: max_workers must be greater than 0"},
		{"timeout", "cf.Future().result(timeout=0.01)", "TimeoutError"},
		{"cancelled", "f = cf.Future()\nf.cancel()\nf.result()", "concurrent.futures._base.CancelledError"},
		{"process pool", "with cf.ProcessPoolExecutor(2) as ex:\n    ex.map(abs, [1])", "OSError: spindle has no access to processes, which ProcessPoolExecutor needs;" +
			" use threads instead (threading, multiprocessing.dummy, concurrent.futures.ThreadPoolExecutor)"},
	} {
		t.Run(test.name, func(t *testing.T) {
			out, msg := run(t, context.Background(), test.src)
			if msg != test.want {
				t.Errorf("got %q, want %q\n%s", msg, test.want, out)
			}
		})
	}
}

func TestCancel(t *testing.T) {
	for _, src := range []string{
		"e = threading.Event()\nex = cf.ThreadPoolExecutor(2)\nf = ex.submit(e.wait)\nf.result()",
		"e = threading.Event()\nex = cf.ThreadPoolExecutor(2)\nf = ex.submit(e.wait)\nfor x in cf.as_completed([f]):\n    pass",
		"ex = cf.ThreadPoolExecutor(2)\nex.submit(print, 1)\nthreading.Event().wait()",
	} {
		t.Run(strings.SplitN(src, "\n", 2)[0], func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(50*time.Millisecond, cancel)
			start := time.Now()
			run(t, ctx, src)
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v to stop", d)
			}
		})
	}
}
