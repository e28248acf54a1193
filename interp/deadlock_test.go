package interp_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/core"
)

var deadlocks = []struct {
	name string
	src  string
	want []string // substrings of the report
}{
	{"two locks", `
import threading, time
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        time.sleep(0.05)
        b.acquire()
def two():
    with b:
        time.sleep(0.05)
        a.acquire()
t1 = threading.Thread(target=one, name="one")
t2 = threading.Thread(target=two, name="two")
t1.start(); t2.start()
t1.join()
`, []string{"all 3 threads", "one at dl.py:8 in one", "two at dl.py:12 in two", "MainThread at dl.py:16"}},
	{"join cycle", `
import threading
ts = {}
go = threading.Event()
def a():
    go.wait()
    ts["b"].join()
def b():
    go.wait()
    ts["a"].join()
ts["a"] = threading.Thread(target=a, name="A")
ts["b"] = threading.Thread(target=b, name="B")
ts["a"].start(); ts["b"].start(); go.set()
ts["a"].join()
`, []string{"A at dl.py:7 in a", "join: B", "B at dl.py:10 in b", "join: A"}},
	{"event nobody sets", `
import threading
e = threading.Event()
def waiter():
    e.wait()
t = threading.Thread(target=waiter, name="waiter")
t.start()
t.join()
`, []string{"all 2 threads", "waiter at dl.py:5 in waiter"}},
	{"queue without producer", `
import queue
q = queue.Queue()
q.get()
`, []string{"all 1 threads", "MainThread at dl.py:4 in <module>"}},
	{"forgotten release", `
import threading
lock = threading.Lock()
def work():
    lock.acquire()
    print("working")
t = threading.Thread(target=work)
t.start()
t.join()
lock.acquire()
`, []string{"MainThread at dl.py:10 in <module>"}},
}

// TestDeadlockReports checks that deadlocked programs stop promptly
// with a report naming every thread, what it waits for and where.
func TestDeadlockReports(t *testing.T) {
	for _, tc := range deadlocks {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			in := interp.New(interp.Options{Stdout: &out, Stderr: &out})
			defer in.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			err := in.ExecFile(ctx, "dl.py", tc.src)
			var ie *interp.Error
			if !errors.As(err, &ie) || ie.Exception.Class != core.DeadlockError {
				t.Fatalf("err = %v, want a DeadlockError", err)
			}
			report := ie.Exception.Message()
			for _, w := range tc.want {
				if !strings.Contains(report, w) {
					t.Errorf("report lacks %q:\n%s", w, report)
				}
			}
			if strings.Contains(out.String(), "Exception in thread") {
				t.Errorf("threads printed their cancellation:\n%s", out.String())
			}
		})
	}
}

// TestNoFalseDeadlock runs programs whose threads sleep, wait with
// timeouts or block in Go callbacks; none may be reported.
func TestNoFalseDeadlock(t *testing.T) {
	slowGo := interp.Func("slow_go", func(ctx context.Context) {
		select {
		case <-time.After(300 * time.Millisecond):
		case <-ctx.Done():
		}
	})
	src := `
import threading, time
e = threading.Event()
lock = threading.Lock()
lock.acquire()
def sleeper():
    time.sleep(0.3)
def timed():
    e.wait(0.3)
    lock.acquire(timeout=0.3)
def gocall():
    slow_go()
ts = [threading.Thread(target=f) for f in (sleeper, timed, gocall)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("ok")
`
	var out bytes.Buffer
	in := interp.New(interp.Options{Stdout: &out, Stderr: &out, Globals: starlark.StringDict{"slow_go": slowGo}})
	defer in.Close()
	if err := in.ExecFile(context.Background(), "ok.py", src); err != nil {
		t.Fatalf("err = %v\n%s", err, out.String())
	}
	if out.String() != "ok\n" {
		t.Errorf("output %q", out.String())
	}
}
