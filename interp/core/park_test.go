package core

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/spindle-lang/spindle/interp/py"
)

// startParked starts a child of main that parks on woken with timeout d
// and reports Park's error on the returned channel.
func startParked(t *testing.T, rt *Runtime, main *Thread, woken *atomic.Bool, d time.Duration) (*Thread, <-chan error) {
	t.Helper()
	done := make(chan error, 1)
	th := rt.NewChildThread(main, "parker")
	err := rt.Start(th, func(th *Thread) error {
		done <- Park(th.ST, StateBlocked, "test", d, woken)
		return nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return th, done
}

// waitState polls until th is in state s.
func waitState(t *testing.T, th *Thread, s State) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); th.State() != s; {
		if time.Now().After(deadline) {
			t.Fatalf("thread state %v, want %v", th.State(), s)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestParkWokenByWake(t *testing.T) {
	rt := NewRuntime(Options{})
	main := rt.NewThread(context.Background(), "MainThread")
	if err := rt.EnterMain(main); err != nil {
		t.Fatal(err)
	}
	var woken atomic.Bool
	th, done := startParked(t, rt, main, &woken, -1)
	rt.LeaveMain(main)
	waitState(t, th, StateBlocked)

	th.Wake() // a spurious wake: woken is still false, so it parks again
	select {
	case err := <-done:
		t.Fatalf("Park returned after a spurious Wake: %v", err)
	case <-time.After(20 * time.Millisecond):
	}
	woken.Store(true)
	th.Wake()
	if err := <-done; err != nil {
		t.Fatalf("Park: %v", err)
	}
	rt.Wait()
}

func TestParkTimeoutAndCancel(t *testing.T) {
	rt := NewRuntime(Options{})
	ctx, cancel := context.WithCancel(context.Background())
	main := rt.NewThread(ctx, "MainThread")
	if err := rt.EnterMain(main); err != nil {
		t.Fatal(err)
	}
	var never atomic.Bool
	_, timedOut := startParked(t, rt, main, &never, time.Millisecond)
	// The longest limit, TIMEOUT_MAX, whose deadline is past the clock's
	// range, waits: it is not an immediate return.
	forever, cancelled := startParked(t, rt, main, &never, maxWait)
	// A longer one is CPython's OverflowError.
	_, overflow := startParked(t, rt, main, &never, maxWait+1)
	rt.LeaveMain(main)
	if err := <-timedOut; err != nil {
		t.Fatalf("Park with a timeout: %v", err)
	}
	if err := <-overflow; err == nil || !py.ToException(err).Class.IsSubclass(py.OverflowError) {
		t.Fatalf("Park past TIMEOUT_MAX: %v, want OverflowError", err)
	}
	waitState(t, forever, StateBlocked)
	select {
	case err := <-cancelled:
		t.Fatalf("Park with the longest timeout returned: %v", err)
	case <-time.After(20 * time.Millisecond):
	}
	cancel()
	if err := <-cancelled; err == nil {
		t.Fatal("Park of a cancelled thread returned no error")
	}
	rt.Wait()
}

func TestSleepInterrupted(t *testing.T) {
	rt := NewRuntime(Options{})
	main := rt.NewThread(context.Background(), "MainThread")
	main.EnableInterrupts()
	if err := rt.EnterMain(main); err != nil {
		t.Fatal(err)
	}
	go func() {
		waitState(t, main, StateSleeping)
		main.Interrupt(py.NewException(py.KeyboardInterrupt))
	}()
	err := Sleep(main.ST, time.Hour)
	if e, ok := err.(*py.Exception); !ok || e.Class != py.KeyboardInterrupt {
		t.Fatalf("Sleep returned %v, want KeyboardInterrupt", err)
	}
	// The interrupt is consumed: the next sleep runs to its end.
	if err := Sleep(main.ST, time.Millisecond); err != nil {
		t.Fatalf("Sleep after the interrupt: %v", err)
	}
	rt.LeaveMain(main)
	rt.Wait()
}
