package interp_test

// This file tests that a suspended generator found garbage is closed:
// its finally blocks run (at the next gc.collect() at the latest) and
// its goroutine ends.

import (
	"runtime"
	"strings"
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

make(N)
gc.collect()
print(closed)
`

func TestGeneratorCollectedRunsFinally(t *testing.T) {
	n := "10000"
	if raceOn {
		n = "2000" // under the race detector's limit of live goroutines
	}
	before := runtime.NumGoroutine()
	in, stdout, _ := newInterp(t, interp.Options{})
	mustExec(t, in, strings.Replace(collectSrc, "make(N)", "make("+n+")", 1))
	if got := stdout.String(); got != n+"\n" {
		t.Errorf("finally blocks run by gc.collect(): %q, want %s", got, n)
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
