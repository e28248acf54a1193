package threading

// This file tests the Go API of the primitives on a bare core.Runtime
// and benchmarks the uncontended lock path.

import (
	"context"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// withMain runs fn on a main script thread holding the GIL.
func withMain(t testing.TB, fn func(st *starlark.Thread)) {
	rt := core.NewRuntime(core.Options{})
	ct := rt.NewThread(context.Background(), "MainThread")
	if err := rt.EnterMain(ct); err != nil {
		t.Fatal(err)
	}
	defer rt.Wait()
	defer rt.LeaveMain(ct)
	fn(ct.ST)
}

func TestContextManagers(t *testing.T) {
	withMain(t, func(st *starlark.Thread) {
		for _, test := range []struct {
			name   string
			cm     py.ContextManager
			locked func() bool
		}{
			{"Lock", NewLock(), nil},
			{"RLock", NewRLock(), nil},
			{"Condition", NewCondition(nil), nil},
			{"Semaphore", NewSemaphore(1, true), nil},
		} {
			v, err := test.cm.Enter(st)
			if err != nil || v != starlark.True {
				t.Errorf("%s: Enter = %v, %v", test.name, v, err)
			}
			if err := test.cm.Exit(st); err != nil {
				t.Errorf("%s: Exit: %v", test.name, err)
			}
			if err := test.cm.Exit(st); err == nil {
				t.Errorf("%s: second Exit succeeded", test.name)
			}
		}
	})
}

func TestLockGo(t *testing.T) {
	withMain(t, func(st *starlark.Thread) {
		l := NewLock()
		if ok, _ := l.Acquire(st, -1); !ok || !l.Locked() {
			t.Fatal("Acquire failed")
		}
		if ok, _ := l.Acquire(st, 0); ok {
			t.Fatal("second Acquire succeeded")
		}
		if err := l.Release(); err != nil || l.Locked() {
			t.Fatal("Release failed")
		}
		r := NewRLock()
		r.Acquire(st, -1)
		r.Acquire(st, -1)
		if !r.IsOwned(st) || r.count != 2 {
			t.Fatalf("RLock count %d", r.count)
		}
	})
}

func BenchmarkLockUncontendedGo(b *testing.B) {
	withMain(b, func(st *starlark.Thread) {
		l := NewLock()
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			l.Acquire(st, -1)
			l.Release()
		}
	})
}
