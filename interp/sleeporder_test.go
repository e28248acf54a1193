package interp_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

// TestSleepWakeOrder checks that threads whose timed waits end together
// wake in the order of their deadlines, which is the order CPython's
// threads wake in most runs: workers sleeping the same time finish in
// the order they went to sleep, and so do equal Event.wait timeouts.
// With a Go timer per thread they woke in the order Go ran their
// goroutines, the last one readied first (2, 0, 1 in most runs).
func TestSleepWakeOrder(t *testing.T) {
	var out bytes.Buffer
	in := interp.New(interp.Options{Stdout: &out})
	defer in.Close()
	err := in.ExecFile(context.Background(), "order.py", `
import sys, threading, time
sys.setswitchinterval(1)  # no preemption between a thread's note and its wait
began, done = [], []
never = threading.Event()
def sleeper(n):
    began.append(n)
    time.sleep(0.05)
    done.append(n)
def waiter(n):
    began.append(n)
    never.wait(0.05)
    done.append(n)
for target in (sleeper, waiter):
    for round in range(5):
        del began[:], done[:]
        threads = [threading.Thread(target=target, args=(i,)) for i in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(done == began, len(done))
`)
	if err != nil {
		t.Fatal(err)
	}
	want := bytes.Repeat([]byte("True 6\n"), 10)
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("wake orders:\n%s", out.String())
	}
}
