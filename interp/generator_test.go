package interp_test

// This file tests the goroutines of generator bodies: an abandoned
// generator's goroutine ends when the generator is garbage, and an
// unfinished one's when the Interpreter closes; a long body is
// cancelled with its consumer. BenchmarkGeneratorNext measures a resume.

import (
	"context"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/spindle-lang/spindle/interp"
)

const genSrc = `
def gen():
    try:
        while True:
            yield 1
    finally:
        print("never printed")
`

func TestGeneratorAbandonedEndsOnGC(t *testing.T) {
	in, stdout, _ := newInterp(t, interp.Options{})
	mustExec(t, in, genSrc)
	before := runtime.NumGoroutine()
	mustExec(t, in, "for i in range(50):\n    g = gen()\n    next(g)\n    for v in g:\n        break\ng = None\n")
	if n := runtime.NumGoroutine(); n < before+40 {
		t.Fatalf("goroutines: %d before, %d with 50 suspended generators", before, n)
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before+1 {
		if time.Now().After(deadline) {
			t.Fatalf("goroutines: %d before, %d after GC", before, runtime.NumGoroutine())
		}
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	mustExec(t, in, "print(next(gen()))")
	if got := stdout.String(); got != "1\n" {
		t.Errorf("output %q", got)
	}
}

func TestGeneratorUnfinishedEndsOnClose(t *testing.T) {
	in := interp.New(interp.Options{Stdout: new(strings.Builder)})
	mustExec(t, in, genSrc+"keep = [gen() for i in range(5)]\nfor k in keep:\n    next(k)\n")
	done := make(chan struct{})
	go func() {
		in.Close()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not return")
	}
}

func TestGeneratorBodyCancelled(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err := in.Exec(ctx, "def spin():\n    while True:\n        pass\n    yield\nnext(spin())\n")
	if err == nil {
		t.Fatal("Exec of an endless generator body returned nil")
	}
}

func BenchmarkGeneratorNext(b *testing.B) {
	in := interp.New(interp.Options{})
	defer in.Close()
	ctx := context.Background()
	if err := in.Exec(ctx, "def g(n):\n    for i in range(n):\n        yield i\n"); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	if err := in.Exec(ctx, "for v in g("+strconv.Itoa(b.N)+"):\n    pass\n"); err != nil {
		b.Fatal(err)
	}
}
