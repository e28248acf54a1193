package core

import (
	"runtime"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// TestGILFIFO checks that waiters get the GIL in arrival order.
func TestGILFIFO(t *testing.T) {
	g := NewGIL(0)
	g.Acquire()
	const n = 20
	var (
		mu    sync.Mutex
		order []int
		wg    sync.WaitGroup
	)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			g.Acquire()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
			g.Release()
		}(i)
		// wait until goroutine i is queued before starting the next
		for int(g.nwait.Load()) != i+1 {
			time.Sleep(time.Millisecond)
		}
	}
	g.Release()
	wg.Wait()
	for i, v := range order {
		if v != i {
			t.Fatalf("order = %v, want 0..%d", order, n-1)
		}
	}
}

// TestGILShouldYield checks the switch-interval test.
func TestGILShouldYield(t *testing.T) {
	g := NewGIL(time.Millisecond)
	g.Acquire()
	if g.ShouldYield() {
		t.Fatal("ShouldYield with no waiter")
	}
	done := make(chan struct{})
	go func() { g.Acquire(); g.Release(); close(done) }()
	for !g.Contended() {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(2 * time.Millisecond)
	if !g.ShouldYield() {
		t.Fatal("ShouldYield false after the interval with a waiter")
	}
	g.Yield(NewTurn())
	<-done
	g.Release()
}

func BenchmarkGILHandoff(b *testing.B) {
	g := NewGIL(0)
	var wg sync.WaitGroup
	wg.Add(2)
	for w := 0; w < 2; w++ {
		go func() {
			defer wg.Done()
			for i := 0; i < b.N/2; i++ {
				g.Acquire()
				g.Release()
			}
		}()
	}
	wg.Wait()
}

func BenchmarkShouldYield(b *testing.B) {
	g := NewGIL(0)
	g.Acquire()
	for i := 0; i < b.N; i++ {
		g.ShouldYield()
	}
}

// TestNextHasRun checks that a started thread's reserved first turn
// does not count as a thread that has run (WriteFrom hands it no turn)
// until it takes the GIL.
func TestNextHasRun(t *testing.T) {
	g := NewGIL(0)
	g.Acquire()
	if g.nextHasRun() {
		t.Fatal("no waiter, yet nextHasRun")
	}
	fresh := NewTurn()
	g.reserve(fresh)
	if g.nextHasRun() {
		t.Fatal("a reserved turn counts as a thread that has run")
	}
	done := make(chan struct{})
	go func() {
		g.wait(fresh)
		close(done)
	}()
	g.Release()
	<-done
	old := NewTurn()
	go g.AcquireTurn(old)
	for !g.Contended() {
		runtime.Gosched()
	}
	if !g.nextHasRun() {
		t.Fatal("a waiting thread that has run does not count")
	}
	g.Release()
}
