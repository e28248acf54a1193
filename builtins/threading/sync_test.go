package threading_test

// This file tests the synchronization primitives through small Starlark
// programs run by an Interpreter: results, CPython's error messages,
// timeouts, cancellation and (under -race) stress invariants.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/spindle-lang/spindle/interp"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// prelude imports the module without Python's import statement, so the
// tests run on the plain Starlark front-end too.
const prelude = "import threading\nimport time\n"

// run executes src in a fresh Interpreter and returns its output and the
// error's last traceback line ("" if none).
func run(t testing.TB, ctx context.Context, src string) (string, string) {
	t.Helper()
	var out bytes.Buffer
	in := interp.New(interp.Options{Stdout: &out, Stderr: &out})
	err := in.Exec(ctx, prelude+src)
	in.Close() // daemon threads may still write until Close returns
	msg := ""
	if err != nil {
		var ie *interp.Error
		if errors.As(err, &ie) {
			msg = ie.Error()
		} else {
			msg = err.Error()
		}
	}
	return out.String(), msg
}

func runOK(t *testing.T, src string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, msg := run(t, ctx, src)
	if msg != "" {
		t.Fatalf("error: %s\noutput:\n%s", msg, out)
	}
	return out
}

var addr = regexp.MustCompile(`0x[0-9a-f]+`)
var ident = regexp.MustCompile(`(owner=|stopped |started )[1-9][0-9]*`)

// scrub replaces addresses and thread idents, which vary between runs.
func scrub(s string) string {
	return ident.ReplaceAllString(addr.ReplaceAllString(s, "0x"), "${1}N")
}

func TestOutputs(t *testing.T) {
	for _, test := range []struct{ name, src, want string }{
		{"lock", `
l = threading.Lock()
print(l, l.locked())
print(l.acquire(), l, l.locked())
print(l.acquire(False), l.acquire(timeout=0.01), l.acquire(True, 0))
l.release()
print(l.acquire(blocking=0), l.acquire(timeout=0))
l.release_lock()
print(threading.Lock)
`, `<unlocked _thread.lock object at 0x> False
True <locked _thread.lock object at 0x> True
False False False
True False
<built-in function allocate_lock>
`},
		{"rlock", `
r = threading.RLock()
print(r)
print(r.acquire(), r.acquire(), r._is_owned())
print(r)
r.release()
r.release()
print(r, r._is_owned())
`, `<unlocked _thread.RLock object owner=0 count=0 at 0x>
True True True
<locked _thread.RLock object owner=N count=2 at 0x>
<unlocked _thread.RLock object owner=0 count=0 at 0x> False
`},
		{"semaphore", `
s = threading.Semaphore(2)
print(s, s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(s)
b = threading.BoundedSemaphore(1)
print(b, b.acquire(), b)
print(threading.Semaphore, type(s), type(b))
`, `<threading.Semaphore at 0x: value=0> True True False False
<threading.Semaphore at 0x: value=2>
<threading.BoundedSemaphore at 0x: value=0/1> True <threading.BoundedSemaphore at 0x: value=0/1>
<class 'threading.Semaphore'> <class 'threading.Semaphore'> <class 'threading.BoundedSemaphore'>
`},
		{"event", `
e = threading.Event()
print(e, e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(e, e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())
`, `<threading.Event at 0x: unset> False False False
<threading.Event at 0x: set> True True True
False
`},
		{"condition", `
c = threading.Condition()
print(c)
print(c.acquire(), c.wait(0.01), c.wait(0), c.wait_for(lambda: 7))
c.notify()
c.notify_all()
c.release()
c2 = threading.Condition(threading.Lock())
print(c2, c2.acquire(), c2.wait_for(lambda: 0, 0.01))
`, `<Condition(<unlocked _thread.RLock object owner=0 count=0 at 0x>, 0)>
True False False 7
<Condition(<locked _thread.lock object at 0x>, 0)> True 0
`},
		{"barrier", `
b = threading.Barrier(3)
print(b, b.parties, b.n_waiting, b.broken)
def w(i):
    b.wait()
ts = [threading.Thread(target=w, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
time.sleep(0.02)
print(b.n_waiting, b.wait())
for t in ts:
    t.join()
b2 = threading.Barrier(2, timeout=0.01)
print(b2.broken)
b2.abort()
print(b2.broken, b2)
b2.reset()
print(b2.broken)
print(threading.BrokenBarrierError, threading.ThreadError)
`, `<threading.Barrier at 0x: waiters=0/3> 3 0 False
2 2
False
True <threading.Barrier at 0x: broken>
False
<class 'threading.BrokenBarrierError'> <class 'RuntimeError'>
`},
		{"local", `
data = threading.local()
data.x = "main"
out = []
def w(i):
    out.append(hasattr(data, "x"))
    data.x = i
    time.sleep(0.01)
    out.append(data.x == i)
ts = [threading.Thread(target=w, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(data.x, len([x for x in out if not x]), len([x for x in out if x]), data, type(data))
`, `main 4 4 <_thread._local object at 0x> <class '_thread._local'>
`},
		{"excepthook", `
def hook(args):
    print("hook:", args.exc_type, args.exc_value.args, args.exc_traceback, args.thread.name)
threading.excepthook = hook
def boom():
    threading.Lock().release()
t = threading.Thread(target=boom, name="B")
t.start()
t.join()
print(threading.excepthook == threading.__excepthook__, threading.__excepthook__)
`, `hook: <class 'RuntimeError'> ('release unlocked lock',) <traceback object at 0x> B
False <built-in function _excepthook>
`},
		{"timer", `
out = []
t = threading.Timer(0.01, out.append, args=["fired"])
print(t, t.interval, t.args, t.kwargs, t.finished)
t.start()
t.join()
print(out, t.finished.is_set(), t)
c = threading.Timer(10, out.append, ["never"])
c.start()
c.cancel()
c.join()
print(out, c.name, threading.Timer)
`, `<Timer(Thread-1, initial)> 0.01 ['fired'] {} <threading.Event at 0x: unset>
['fired'] True <Timer(Thread-1, stopped N)>
['fired'] Thread-2 <class 'threading.Timer'>
`},
	} {
		t.Run(test.name, func(t *testing.T) {
			got := runOK(t, test.src)
			got = scrub(got)
			if got != test.want {
				t.Errorf("got %q, want %q", got, test.want)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	for _, test := range []struct{ name, src, want string }{
		{"lock release", "threading.Lock().release()", "RuntimeError: release unlocked lock"},
		{"lock nonblocking timeout", "threading.Lock().acquire(False, 1)", "ValueError: can't specify a timeout for a non-blocking call"},
		{"lock negative timeout", "threading.Lock().acquire(True, -2)", "ValueError: timeout value must be positive"},
		{"lock huge timeout", "threading.Lock().acquire(timeout=1e20)", "OverflowError: timestamp out of range for platform time_t"},
		{"lock bad timeout", "threading.Lock().acquire(True, 'x')", "TypeError: 'str' object cannot be interpreted as an integer"},
		{"lock args", "threading.Lock(1)", "TypeError: _thread.allocate_lock() takes no arguments (1 given)"},
		{"lock 3 args", "threading.Lock().acquire(1, 2, 3)", "TypeError: acquire() takes at most 2 arguments (3 given)"},
		{"rlock release", "threading.RLock().release()", "RuntimeError: cannot release un-acquired lock"},
		{"rlock other thread", `
r = threading.RLock()
r.acquire()
t = threading.Thread(target=r.release)
t.start()
t.join()
r.release()
r.release()`, "RuntimeError: cannot release un-acquired lock"},
		{"condition wait", "threading.Condition().wait()", "RuntimeError: cannot wait on un-acquired lock"},
		{"condition notify", "threading.Condition().notify()", "RuntimeError: cannot notify on un-acquired lock"},
		{"condition notify_all", "threading.Condition().notify_all()", "RuntimeError: cannot notify on un-acquired lock"},
		{"condition bad lock", "threading.Condition(1)", "AttributeError: 'int' object has no attribute 'acquire'"},
		{"semaphore value", "threading.Semaphore(-1)", "ValueError: semaphore initial value must be >= 0"},
		{"semaphore n", "threading.Semaphore().release(0)", "ValueError: n must be one or more"},
		{"semaphore nonblocking", "threading.Semaphore().acquire(False, 1)", "ValueError: can't specify timeout for non-blocking acquire"},
		{"bounded", "threading.BoundedSemaphore(1).release()", "ValueError: Semaphore released too many times"},
		{"barrier timeout", "threading.Barrier(2).wait(0.01)", "BrokenBarrierError"},
		{"barrier broken", "b = threading.Barrier(2)\nb.abort()\nb.wait()", "BrokenBarrierError"},
		{"barrier action", "threading.Barrier(1, action=threading.Lock().release).wait()", "RuntimeError: release unlocked lock"},
		{"local missing", "threading.local().x", "AttributeError: '_thread._local' object has no attribute 'x'"},
		{"local args", "threading.local(1)", "TypeError: Initialization arguments are not supported"},
	} {
		t.Run(test.name, func(t *testing.T) {
			out, msg := run(t, context.Background(), test.src)
			if !strings.HasPrefix(msg, test.want) && !strings.HasSuffix(msg, test.want) {
				t.Errorf("got %q, want %q\noutput: %s", msg, test.want, out)
			}
		})
	}
}

// TestHandOver checks FIFO hand-over and wake-ups between threads.
func TestHandOver(t *testing.T) {
	got := runOK(t, `
order = []
l = threading.Lock()
l.acquire()
def w(i):
    l.acquire()
    order.append(i)
    l.release()
ts = []
for i in range(5):
    t = threading.Thread(target=w, args=(i,))
    t.start()
    ts.append(t)
    time.sleep(0.005)
l.release()
for t in ts:
    t.join()
print(order)

c = threading.Condition()
woken = []
def cw(i):
    c.acquire()
    c.wait()
    woken.append(i)
    c.release()
ts = [threading.Thread(target=cw, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
    time.sleep(0.005)
c.acquire()
c.notify(2)
c.release()
time.sleep(0.02)
print(sorted(woken))
c.acquire()
c.notify_all()
c.release()
for t in ts:
    t.join()
print(sorted(woken))

e = threading.Event()
res = []
def ew():
    res.append(e.wait())
ts = [threading.Thread(target=ew) for i in range(3)]
for t in ts:
    t.start()
e.set()
for t in ts:
    t.join()
print(res)

s = threading.Semaphore(0)
got = []
def sw(i):
    s.acquire()
    got.append(i)
ts = [threading.Thread(target=sw, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
    time.sleep(0.005)
s.release(3)
for t in ts:
    t.join()
print(sorted(got))
`)
	want := "[0, 1, 2, 3, 4]\n[0, 1]\n[0, 1, 2, 3]\n[True, True, True]\n[0, 1, 2]\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTimeouts checks that timed waits give up with False.
func TestTimeouts(t *testing.T) {
	got := runOK(t, `
l = threading.Lock()
r = threading.RLock()
s = threading.Semaphore(0)
def hold():
    l.acquire()
    r.acquire()
h = threading.Thread(target=hold)
h.start()
h.join()
t0 = time.monotonic()
print(l.acquire(timeout=0.05), r.acquire(timeout=0.05), s.acquire(timeout=0.05))
print(threading.Event().wait(0.05), time.monotonic() - t0 >= 0.15)
print(l.locked(), r)
`)
	got = scrub(got)
	want := "False False False\nFalse True\nTrue <locked _thread.RLock object owner=N count=1 at 0x>\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCancel blocks threads on every primitive, cancels the context and
// checks that the program stops promptly (goleak checks the goroutines).
func TestCancel(t *testing.T) {
	for _, block := range []string{
		"l = threading.Lock()\nl.acquire()\ndef f():\n    l.acquire()",
		"l = threading.RLock()\nl.acquire()\ndef f():\n    l.acquire()",
		"c = threading.Condition()\ndef f():\n    c.acquire()\n    c.wait()",
		"s = threading.Semaphore(0)\ndef f():\n    s.acquire()",
		"e = threading.Event()\ndef f():\n    e.wait()",
		"b = threading.Barrier(9)\ndef f():\n    b.wait()",
		"l = threading.Lock()\nl.acquire()\ndef f():\n    l.acquire(timeout=60)",
	} {
		t.Run(strings.SplitN(block, "\n", 2)[0], func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(50*time.Millisecond, cancel)
			start := time.Now()
			src := block + "\nts = [threading.Thread(target=f) for i in range(4)]\nfor t in ts:\n    t.start()\nf()\n"
			_, msg := run(t, ctx, src)
			if msg == "" {
				t.Error("no error after cancellation")
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v to stop", d)
			}
		})
	}
}

// TestStress checks invariants under contention: mutual exclusion, exact
// counts and no lost items or wake-ups.
func TestStress(t *testing.T) {
	src := fmt.Sprintf(`
N, M = %d, %d
lock = threading.Lock()
rlock = threading.RLock()
sem = threading.BoundedSemaphore(2)
cond = threading.Condition()
state = {"count": 0, "inside": 0, "max": 0, "rcount": 0, "sem": 0, "semmax": 0}
items = []
got = []
def worker(i):
    for j in range(M):
        lock.acquire()
        state["inside"] += 1
        if state["inside"] > state["max"]:
            state["max"] = state["inside"]
        state["count"] += 1
        state["inside"] -= 1
        lock.release()
        rlock.acquire()
        rlock.acquire()
        state["rcount"] += 1
        rlock.release()
        rlock.release()
        sem.acquire()
        state["sem"] += 1
        if state["sem"] > state["semmax"]:
            state["semmax"] = state["sem"]
        state["sem"] -= 1
        sem.release()
        cond.acquire()
        items.append((i, j))
        cond.notify()
        cond.release()
def consumer():
    for k in range(N * M):
        cond.acquire()
        cond.wait_for(lambda: len(items) > 0)
        got.append(items.pop(0))
        cond.release()
c = threading.Thread(target=consumer)
c.start()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
c.join()
print(state["count"], state["max"], state["rcount"], state["semmax"] <= 2, len(got), len(set(got)))
`, stressThreads, stressOps)
	got := runOK(t, src)
	n := stressThreads * stressOps
	want := fmt.Sprintf("%d 1 %d True %d %d\n", n, n, n, n)
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
