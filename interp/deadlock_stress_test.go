package interp_test

// This file checks that the deadlock detector never reports a correct
// program: many Interpreters in parallel, under CPU hogs, each running a
// producer/consumer queue script whose threads block and wake all the time.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

const queueScript = `
import queue, threading
q = queue.Queue(maxsize=2)
N = 200
def producer():
    for i in range(N):
        q.put(i)
def consumer(out):
    while True:
        x = q.get()
        if x is None:
            return
        out.append(x)
outs = [[] for _ in range(4)]
ps = [threading.Thread(target=producer) for _ in range(4)]
cs = [threading.Thread(target=consumer, args=(outs[i],)) for i in range(4)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    q.put(None)
for t in cs:
    t.join()
print(sum(len(o) for o in outs))
`

// TestNoFalseDeadlockUnderLoad runs the queue script in parallel
// Interpreters while goroutines spin on every core; every run must print
// its total. SPINDLE_DEADLOCK_RUNS sets the number of runs (1,000 for the
// full check; fewer by default so that -race on two cores stays quick).
func TestNoFalseDeadlockUnderLoad(t *testing.T) {
	runs := 100
	if testing.Short() {
		runs = 20
	}
	if n, err := atoiEnv("SPINDLE_DEADLOCK_RUNS"); err == nil && n > 0 {
		runs = n
	}
	stop := make(chan struct{})
	var hogs sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		hogs.Add(1)
		go func() {
			defer hogs.Done()
			for n := 0; ; n++ { // spin, looking at stop now and then
				if n%1024 == 0 && stopped(stop) {
					return
				}
			}
		}()
	}
	defer func() { close(stop); hogs.Wait() }()
	const parallel = 50
	var next, failures atomic.Int64
	var wg sync.WaitGroup
	for range parallel {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for next.Add(1) <= int64(runs) {
				var out bytes.Buffer
				in := interp.New(interp.Options{Stdout: &out, Stderr: &out})
				err := in.ExecFile(context.Background(), "pc.py", queueScript)
				in.Close()
				if err != nil || out.String() != "800\n" {
					if failures.Add(1) <= 3 {
						t.Errorf("err = %v, output:\n%s", err, out.String())
					}
				}
			}
		}()
	}
	wg.Wait()
	if n := failures.Load(); n > 0 {
		t.Errorf("%d of %d runs failed", n, runs)
	}
}

func atoiEnv(name string) (int, error) {
	var n int
	_, err := fmt.Sscan(os.Getenv(name), &n)
	return n, err
}

// stopped reports whether stop is closed.
func stopped(stop <-chan struct{}) bool {
	select {
	case <-stop:
		return true
	default:
		return false
	}
}
