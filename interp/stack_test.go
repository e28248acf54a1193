//go:build !race

package interp_test

import (
	"context"
	"io"
	"runtime"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp"
)

// TestWaitingThreadStack guards the memory of a waiting thread: a thread
// blocked at an Event, a Lock or a Condition or sleeping inside a script
// function must keep a 4 KB goroutine stack, not 8 KB (which is what a
// million threads would otherwise cost twice over). (A queue's get is
// three frames deeper and takes 8 KB.) The race detector's frames are
// larger, so the test runs without it.
func TestWaitingThreadStack(t *testing.T) {
	const n = 2000
	for _, wait := range []string{"gate.wait()", "time.sleep(0.3)", "lock.acquire(); lock.release()", "with cv: cv.wait()"} {
		t.Run(wait, func(t *testing.T) {
			// Goroutines of earlier tests still winding down only add to
			// the measure, so the least of three runs is the thread's.
			best := waitingStack(t, n, wait)
			for i := 0; i < 2 && best > 5000; i++ {
				best = min(best, waitingStack(t, n, wait))
			}
			t.Logf("%.0f bytes of stack per waiting thread", best)
			if best > 5000 {
				t.Errorf("a waiting thread has %.0f bytes of stack, want about 4096", best)
			}
		})
	}
}

// waitingStack runs n threads that all wait at wait and returns the
// goroutine stack in use per thread while they do.
func waitingStack(t *testing.T, n int, wait string) float64 {
	var before, during runtime.MemStats
	measure := starlark.NewBuiltin("measure", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		runtime.GC()
		runtime.ReadMemStats(&during)
		return starlark.None, nil
	})
	in := interp.New(interp.Options{Stdout: io.Discard, Globals: starlark.StringDict{
		"n": starlark.MakeInt(n), "measure": measure,
	}})
	defer in.Close()
	runtime.GC()
	runtime.ReadMemStats(&before)
	err := in.ExecFile(context.Background(), "stack.py", `
import threading, time
gate = threading.Event()
lock = threading.Lock()
lock.acquire()
cv = threading.Condition()
ready = []
def f():
    ready.append(1)
    `+wait+`
threads = [threading.Thread(target=f) for _ in range(n)]
for t in threads:
    t.start()
while len(ready) < n:
    time.sleep(0.01)
time.sleep(0.05)
measure()
gate.set()
lock.release()
with cv:
    cv.notify_all()
for t in threads:
    t.join()
`)
	if err != nil {
		t.Fatal(err)
	}
	return float64(during.StackInuse-before.StackInuse) / float64(n)
}
