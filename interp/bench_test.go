package interp_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/spindle-lang/spindle/interp"
)

const cpuScript = `
def work(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s
`

// BenchmarkParallelInterpreters runs a CPU-bound script call on two
// Interpreters, first one after the other on one goroutine, then at the
// same time on two goroutines, and reports the throughput ratio of the
// two ways as "speedup" (about 2 on a machine with two free cores:
// separate Interpreters share no GIL).
func BenchmarkParallelInterpreters(b *testing.B) {
	ctx := context.Background()
	ins := make([]*interp.Interpreter, 2)
	for i := range ins {
		ins[i] = interp.New(interp.Options{})
		defer ins[i].Close()
		if err := ins[i].Exec(ctx, cpuScript); err != nil {
			b.Fatal(err)
		}
	}
	run := func(in *interp.Interpreter) {
		if _, err := in.Call(ctx, "work", 200_000); err != nil {
			b.Error(err)
		}
	}
	var serial, parallel time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		run(ins[0])
		run(ins[1])
		serial += time.Since(start)

		start = time.Now()
		var wg sync.WaitGroup
		for _, in := range ins {
			wg.Add(1)
			go func() { defer wg.Done(); run(in) }()
		}
		wg.Wait()
		parallel += time.Since(start)
	}
	b.ReportMetric(serial.Seconds()/parallel.Seconds(), "speedup")
}

// BenchmarkCallsOneInterpreter measures calls into one Interpreter from
// parallel goroutines: they queue for its GIL.
func BenchmarkCallsOneInterpreter(b *testing.B) {
	ctx := context.Background()
	in := interp.New(interp.Options{})
	defer in.Close()
	if err := in.Exec(ctx, cpuScript); err != nil {
		b.Fatal(err)
	}
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := in.Call(ctx, "work", 100); err != nil {
				b.Error(err)
			}
		}
	})
}
