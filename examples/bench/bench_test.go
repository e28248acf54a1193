// Package bench holds benchmark programs that run unchanged under spindle
// and python3 (compared by the compare script), and Go benchmarks: the
// programs run in-process, plus micro-benchmarks of the runtime core.
//
//	go test -run NONE -bench . ./examples/bench/
//
// Benchmarks that compare two ways of doing the same work run both in
// alternation inside one benchmark and report the ratio as a metric, so
// that a noisy machine affects both sides alike. Nothing here asserts on
// time.
package bench

// This file defines the Go benchmarks.

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// want is each program's output, as python3 prints it.
var want = map[string]string{
	"classes":          "classes 200000 -400000 1000002\n",
	"cpu_threads":      "results [196418, 196418, 196418, 196418]\n",
	"fib_single":       "fib 832040\n",
	"io_speedup":       "fetched 50\n",
	"lock_contended":   "counter 800000\n",
	"lock_uncontended": "pairs 1000000\n",
	"loop":             "loop 5320000\n",
	"many_sleepers":    "slept 10000\n",
	"pingpong":         "round trips 20000\n",
	"queue_throughput": "sum 9999900000\n",
	"spawn_join":       "joined 10000\n",
	"startup":          "ok 1\n",
	"words":            "words 26 [('the', 180000), ('a', 90000), ('fox', 90000), ('and', 60000), ('dog', 60000)]\n",
}

// unsupported reports whether err says that spindle can't run a program
// yet (its syntax or a module), rather than that the program failed.
func unsupported(err error) bool {
	var e *interp.Error
	if !errors.As(err, &e) || e.Exception == nil {
		return false
	}
	c := e.Exception.Class
	return c.IsSubclass(py.SyntaxError) || c.IsSubclass(py.ImportError) ||
		c.IsSubclass(py.AttributeError) && strings.Contains(e.Error(), "module")
}

// runProgram runs src as __main__ in a fresh Interpreter and returns its
// output. It skips b if spindle doesn't support the program yet.
func runProgram(b *testing.B, name string, src []byte, argv ...string) string {
	var out bytes.Buffer
	in := interp.New(interp.Options{Stdout: &out, Argv: append([]string{name + ".py"}, argv...)})
	defer in.Close()
	if err := in.ExecFile(context.Background(), name+".py", src); err != nil {
		if unsupported(err) {
			b.Skipf("spindle can't run %s.py yet: %v", name, err)
		}
		b.Fatal(err)
	}
	return out.String()
}

// BenchmarkPrograms runs every program of this directory in-process, as
// compare runs them under bin/spindle, and checks its output.
func BenchmarkPrograms(b *testing.B) {
	files, err := filepath.Glob("*.py")
	if err != nil || len(files) == 0 {
		b.Fatal("no programs", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(f, ".py")
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				got := runProgram(b, name, src)
				if w, ok := want[name]; ok && got != w {
					b.Fatalf("%s printed %q, want %q", f, got, w)
				}
			}
		})
	}
}

// fibSource defines fib and calls it with n, a predeclared name.
const fibSource = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

fib(n)
`

// fibN keeps one fib run near 25 ms.
const fibN = 25

// fibProgram compiles fibSource as plain go.starlark.net does.
func fibProgram(b *testing.B) *starlark.Program {
	opts := &syntax.FileOptions{Recursion: true, TopLevelControl: true}
	isPredeclared := func(name string) bool { return name == "n" }
	_, prog, err := starlark.SourceProgramOptions(opts, "fib.star", fibSource, isPredeclared)
	if err != nil {
		b.Fatal(err)
	}
	return prog
}

// fibRunner runs fib(fibN) one way.
type fibRunner func(b *testing.B)

// fibPlain is the baseline: go.starlark.net alone, on a starlark.Thread
// with no OnMaxSteps.
func fibPlain(b *testing.B) fibRunner {
	prog := fibProgram(b)
	env := starlark.StringDict{"n": starlark.MakeInt(fibN)}
	return func(b *testing.B) {
		if _, err := prog.Init(&starlark.Thread{}, env); err != nil {
			b.Fatal(err)
		}
	}
}

// fibArmed runs the same program on a spindle script thread that holds
// its Runtime's GIL, so the preemption check runs every 1000 steps
// (uncontended: it never hands over).
func fibArmed(b *testing.B) fibRunner {
	prog := fibProgram(b)
	env := starlark.StringDict{"n": starlark.MakeInt(fibN)}
	return func(b *testing.B) {
		rt := core.NewRuntime(core.Options{Stdout: io.Discard})
		t := rt.NewThread(context.Background(), "MainThread")
		if err := rt.EnterMain(t); err != nil {
			b.Fatal(err)
		}
		defer rt.LeaveMain(t)
		if _, err := prog.Init(t.ST, env); err != nil {
			b.Fatal(err)
		}
	}
}

// fibSpindle runs fibSource through a whole Interpreter: spindle's
// front-end, builtins and a script thread, as ExecFile runs a file.
func fibSpindle(b *testing.B) fibRunner {
	return func(b *testing.B) {
		in := interp.New(interp.Options{Stdout: io.Discard, Globals: starlark.StringDict{"n": starlark.MakeInt(fibN)}})
		defer in.Close()
		if err := in.ExecFile(context.Background(), "fib.py", fibSource); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFib runs fib(25) three ways: plain go.starlark.net (the
// baseline of the fib_single target), the same compiled program on a
// spindle script thread with the preemption check armed, and the whole
// Interpreter.
func BenchmarkFib(b *testing.B) {
	for _, c := range []struct {
		name string
		mk   func(*testing.B) fibRunner
	}{{"plain", fibPlain}, {"armed", fibArmed}, {"spindle", fibSpindle}} {
		b.Run(c.name, func(b *testing.B) {
			run := c.mk(b)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				run(b)
			}
		})
	}
}

// alternate runs each of fns once per iteration, in turn, and returns the
// total time spent in each.
func alternate(b *testing.B, fns ...func()) []time.Duration {
	total := make([]time.Duration, len(fns))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, fn := range fns {
			start := time.Now()
			fn()
			total[j] += time.Since(start)
		}
	}
	return total
}

// BenchmarkFibRatio alternates the three ways of BenchmarkFib and reports
// armed/plain (the cost of the preemption check) and spindle/plain (the
// fib_single target: at most 1.05).
func BenchmarkFibRatio(b *testing.B) {
	plain, armed, spindle := fibPlain(b), fibArmed(b), fibSpindle(b)
	d := alternate(b, func() { plain(b) }, func() { armed(b) }, func() { spindle(b) })
	b.ReportMetric(float64(d[1])/float64(d[0]), "armed/plain")
	b.ReportMetric(float64(d[2])/float64(d[0]), "spindle/plain")
	b.ReportMetric(0, "ns/op")
}

// cpuSource computes fib(n) four times, in four threads or one after the
// other in the main thread.
const cpuSource = `
import threading

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def work():
    fib(n)

if threaded:
    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
else:
    for _ in range(4):
        work()
`

// BenchmarkCPUThreads compares cpu_threads' shape (4 threads computing
// fib(23) under the GIL, switching every 5 ms) with the same four calls
// made one after the other, and reports threads/sequential (target: at
// most 1.05).
func BenchmarkCPUThreads(b *testing.B) {
	run := func(threaded bool) func() {
		return func() {
			in := interp.New(interp.Options{Stdout: io.Discard, Globals: starlark.StringDict{
				"n": starlark.MakeInt(23), "threaded": starlark.Bool(threaded),
			}})
			defer in.Close()
			if err := in.ExecFile(context.Background(), "cpu.py", cpuSource); err != nil {
				b.Fatal(err)
			}
		}
	}
	d := alternate(b, run(false), run(true))
	b.ReportMetric(float64(d[1])/float64(d[0]), "threads/sequential")
	b.ReportMetric(float64(d[1])/float64(b.N), "ns/op")
}

// BenchmarkInterpreters compares the throughput of one Interpreter
// computing fib(22) with that of two Interpreters doing so on two
// goroutines at once, and reports it as "speedup" (target: at least 1.8;
// it needs two idle cores). "plain-speedup" is the same measure for plain
// go.starlark.net, the ceiling the host allows: a busy or hyperthreaded
// host gives less than 2 for both.
func BenchmarkInterpreters(b *testing.B) {
	ctx := context.Background()
	ins := make([]*interp.Interpreter, 2)
	for i := range ins {
		ins[i] = interp.New(interp.Options{Stdout: io.Discard, Globals: starlark.StringDict{"n": starlark.MakeInt(1)}})
		defer ins[i].Close()
		if err := ins[i].ExecFile(ctx, "fib.py", fibSource); err != nil {
			b.Fatal(err)
		}
	}
	call := func(in *interp.Interpreter) {
		if _, err := in.Call(ctx, "fib", 22); err != nil {
			b.Error(err)
		}
	}
	one := func() { call(ins[0]) }
	two := func() { inParallel(func() { call(ins[0]) }, func() { call(ins[1]) }) }
	prog := fibProgram(b)
	env := starlark.StringDict{"n": starlark.MakeInt(22)}
	plain := func() {
		if _, err := prog.Init(&starlark.Thread{}, env); err != nil {
			b.Error(err)
		}
	}
	d := alternate(b, one, two, plain, func() { inParallel(plain, plain) })
	b.ReportMetric(2*float64(d[0])/float64(d[1]), "speedup")
	b.ReportMetric(2*float64(d[2])/float64(d[3]), "plain-speedup")
	b.ReportMetric(float64(d[1])/float64(b.N), "ns/op")
}

// inParallel runs each of fns on a goroutine of its own and waits for all.
func inParallel(fns ...func()) {
	var wg sync.WaitGroup
	for _, fn := range fns {
		wg.Add(1)
		go func() { defer wg.Done(); fn() }()
	}
	wg.Wait()
}

// BenchmarkGILHandoff measures one hand-over of the GIL between two
// goroutines that take turns (each Yield wakes the other), against the
// floor of two goroutines taking turns over channels.
func BenchmarkGILHandoff(b *testing.B) {
	b.Run("gil", func(b *testing.B) {
		g := core.NewGIL(0)
		mine, theirs := core.NewTurn(), core.NewTurn()
		g.AcquireTurn(mine)
		done := make(chan struct{})
		go func() {
			g.AcquireTurn(theirs)
			for i := 0; i < b.N/2; i++ {
				g.Yield(theirs)
			}
			g.Release()
			close(done)
		}()
		for !g.Contended() {
			runtime.Gosched()
		}
		b.ResetTimer()
		for i := 0; i < b.N-b.N/2; i++ {
			g.Yield(mine)
		}
		g.Release()
		<-done
	})
	b.Run("chan", func(b *testing.B) {
		ping, pong := make(chan struct{}, 1), make(chan struct{}, 1)
		go func() {
			for range ping {
				pong <- struct{}{}
			}
		}()
		for i := 0; i < b.N/2; i++ {
			ping <- struct{}{}
			<-pong
		}
		close(ping)
	})
}

// execN runs src in a fresh Interpreter with N = b.N predeclared, timing
// only the script.
func execN(b *testing.B, src string) {
	in := interp.New(interp.Options{Stdout: io.Discard, Globals: starlark.StringDict{"N": starlark.MakeInt(b.N)}})
	defer in.Close()
	b.ResetTimer()
	if err := in.ExecFile(context.Background(), "bench.py", src); err != nil {
		if unsupported(err) {
			b.Skipf("not supported yet: %v", err)
		}
		b.Fatal(err)
	}
}

// BenchmarkThreadStart starts and joins one empty thread per iteration.
func BenchmarkThreadStart(b *testing.B) {
	execN(b, `
import threading

def f():
    pass

for _ in range(N):
    t = threading.Thread(target=f)
    t.start()
    t.join()
`)
}

// BenchmarkLockFastPath measures an uncontended acquire/release pair,
// called as methods and through with.
func BenchmarkLockFastPath(b *testing.B) {
	b.Run("acquire-release", func(b *testing.B) {
		execN(b, `
import threading
lock = threading.Lock()
for _ in range(N):
    lock.acquire()
    lock.release()
`)
	})
	b.Run("with", func(b *testing.B) {
		execN(b, `
import threading
lock = threading.Lock()
for _ in range(N):
    with lock:
        pass
`)
	})
	b.Run("empty-loop", func(b *testing.B) {
		execN(b, `
for _ in range(N):
    pass
`)
	})
}

// BenchmarkThreadMemory keeps 10,000 threads alive at once, blocked at an
// Event or sleeping, and reports the memory each costs: goroutine stack
// and heap, after a GC. 8 GiB for a million threads is 8589 B/thread.
func BenchmarkThreadMemory(b *testing.B) {
	const n = 10000
	for _, c := range []struct{ name, wait string }{
		{"event", "gate.wait()"},
		{"sleep", "time.sleep(2)"},
	} {
		b.Run(c.name, func(b *testing.B) {
			var before, during runtime.MemStats
			measure := starlark.NewBuiltin("measure", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
				runtime.GC()
				runtime.ReadMemStats(&during)
				return starlark.None, nil
			})
			src := `
import threading, time
gate = threading.Event()
def f():
    ` + c.wait + `
threads = [threading.Thread(target=f) for _ in range(n)]
for t in threads:
    t.start()
time.sleep(0.5)  # every thread gets to its wait
measure()
gate.set()
for t in threads:
    t.join()
`
			for i := 0; i < b.N; i++ {
				in := interp.New(interp.Options{Stdout: io.Discard, Globals: starlark.StringDict{
					"n": starlark.MakeInt(n), "measure": measure,
				}})
				runtime.GC()
				runtime.ReadMemStats(&before)
				if err := in.ExecFile(context.Background(), "mem.py", src); err != nil {
					b.Fatal(err)
				}
				in.Close()
			}
			b.ReportMetric(float64(during.StackInuse-before.StackInuse)/n, "stack-B/thread")
			b.ReportMetric(float64(during.HeapAlloc-before.HeapAlloc)/n, "heap-B/thread")
			b.ReportMetric(float64(during.StackInuse+during.HeapAlloc-before.StackInuse-before.HeapAlloc)/n, "B/thread")
		})
	}
}
