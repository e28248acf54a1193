package threading_test

// This file benchmarks the primitives as scripts use them.

import (
	"context"
	"fmt"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

// bench runs src with N = b.N in a fresh Interpreter.
func bench(b *testing.B, src string) {
	in := interp.New(interp.Options{})
	defer in.Close()
	b.ResetTimer()
	if err := in.Exec(context.Background(), prelude+fmt.Sprintf("N = %d\n", b.N)+src); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkLockUncontended(b *testing.B) {
	bench(b, `
l = threading.Lock()
def f():
    for i in range(N):
        l.acquire()
        l.release()
f()
`)
}

func BenchmarkLockContended4(b *testing.B) {
	bench(b, `
l = threading.Lock()
c = {"n": 0}
def f():
    for i in range(N // 4 + 1):
        l.acquire()
        c["n"] += 1
        l.release()
ts = [threading.Thread(target=f) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
`)
}

func BenchmarkEventPingPong(b *testing.B) {
	bench(b, `
ping, pong = threading.Event(), threading.Event()
def player():
    for i in range(N):
        ping.wait()
        ping.clear()
        pong.set()
t = threading.Thread(target=player)
t.start()
for i in range(N):
    ping.set()
    pong.wait()
    pong.clear()
t.join()
`)
}
