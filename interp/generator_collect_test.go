package interp_test

// This file tests that a suspended generator found garbage is closed:
// its finally blocks run (at the next gc.collect() at the latest) and
// its goroutine ends.

import (
	"runtime"
	"testing"
	"time"

	"github.com/spindle-lang/spindle/interp"
)

const collectSrc = `
import gc
closed = 0
def gen(i):
    global closed
    try:
        yield i
        yield i + 1
    finally:
        closed += 1

def make(n):
    for i in range(n):
        g = gen(i)
        next(g)

make(10000)
gc.collect()
print(closed)
`

func TestGeneratorCollectedRunsFinally(t *testing.T) {
	before := runtime.NumGoroutine()
	in, stdout, _ := newInterp(t, interp.Options{})
	mustExec(t, in, collectSrc)
	if got := stdout.String(); got != "10000\n" {
		t.Errorf("finally blocks run by gc.collect(): %q, want 10000", got)
	}
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > before+5 {
		if time.Now().After(deadline) {
			t.Fatalf("goroutines: %d before, %d after the generators were closed", before, runtime.NumGoroutine())
		}
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
}
