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

// TestGeneratorCollectedNoThread checks that closing garbage generators
// starts no thread of its own: the script's thread closes them at a safe
// point, so threading.active_count() stays 1 while Go's collector finds
// them (forced here every millisecond).
func TestGeneratorCollectedNoThread(t *testing.T) {
	in, stdout, _ := newInterp(t, interp.Options{})
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
				runtime.GC()
			}
		}
	}()
	mustExec(t, in, `
import threading
def gen():
    try:
        yield 1
    finally:
        pass
counts = set()
for i in range(4000):
    g = gen()
    next(g)
    g = None
    counts.add(threading.active_count())
print(sorted(counts))
`)
	close(stop)
	<-done
	if got := stdout.String(); got != "[1]\n" {
		t.Errorf("threading.active_count() while generators were collected: %q, want [1]", got)
	}
}
