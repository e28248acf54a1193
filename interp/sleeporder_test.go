package interp_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

// TestSleepWakeOrder checks that threads whose timed waits end together
// wake in the order of their deadlines, which is the order CPython's
// threads wake in most runs: workers started in a loop and sleeping the
// same time finish in start order, and so do equal Event.wait timeouts.
// With a Go timer per thread they woke in the order Go ran their
// goroutines, the last one readied first (2, 0, 1 in most runs).
func TestSleepWakeOrder(t *testing.T) {
	var out bytes.Buffer
	in := interp.New(interp.Options{Stdout: &out})
	defer in.Close()
	err := in.ExecFile(context.Background(), "order.py", `
import threading, time
done = []
never = threading.Event()
def sleeper(n):
    time.sleep(0.05)
    done.append(n)
def waiter(n):
    never.wait(0.05)
    done.append(n)
for target in (sleeper, waiter):
    for round in range(5):
        del done[:]
        threads = [threading.Thread(target=target, args=(i,)) for i in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(done)
`)
	if err != nil {
		t.Fatal(err)
	}
	want := bytes.Repeat([]byte("[0, 1, 2, 3, 4, 5]\n"), 10)
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("wake orders:\n%s", out.String())
	}
}
