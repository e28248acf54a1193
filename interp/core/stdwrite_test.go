package core

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// TestLineWriteHandsOver checks that a line written to stderr while a
// thread that has run waits for the GIL hands the GIL to that thread
// before the writer goes on, and that a write to a block-buffered stream
// does not. The waiter is queued for the GIL before the write, so the
// order is the same on every run.
func TestLineWriteHandsOver(t *testing.T) {
	for _, tc := range []struct {
		name   string
		stream func(*Runtime) *SyncWriter
		want   string
	}{
		{"stderr", (*Runtime).Stderr, "main,writer"},
		{"stdout to a buffer", (*Runtime).Stdout, "writer,main"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			rt := NewRuntime(Options{Stdout: &out, Stderr: &out})
			main := rt.NewThread(context.Background(), "MainThread")
			if err := rt.EnterMain(main); err != nil {
				t.Fatal(err)
			}
			var (
				mu     sync.Mutex
				order  []string
				woken  atomic.Bool
				record = func(s string) { mu.Lock(); order = append(order, s); mu.Unlock() }
			)
			w := rt.NewChildThread(main, "writer")
			err := rt.Start(w, func(w *Thread) error {
				woken.Store(true)
				main.Wake()
				for !rt.GIL.Contended() { // main queues for the GIL
				}
				tc.stream(rt).WriteFrom(w.ST, "a line\n")
				record("writer")
				return nil
			}, nil)
			if err != nil {
				t.Fatal(err)
			}
			// main releases the GIL until the writer wakes it, then waits
			// for the GIL behind the running writer.
			if err := Park(main.ST, StateBlocked, "test", -1, &woken); err != nil {
				t.Fatal(err)
			}
			record("main")
			rt.LeaveMain(main)
			rt.Wait()
			if got := strings.Join(order, ","); got != tc.want {
				t.Errorf("order %s, want %s", got, tc.want)
			}
		})
	}
}
