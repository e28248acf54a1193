package core

import (
	"context"
	"testing"

	"go.starlark.net/starlark"
)

// lostUpdates runs an unlocked read-modify-write counter under a seeded
// schedule and returns the final count (4 threads × 500 increments).
func lostUpdates(t *testing.T, seed uint64) int {
	rt := NewRuntime(Options{ScheduleSeed: seed})
	main := rt.NewThread(context.Background(), "MainThread")
	rt.EnterMain(main)
	g := run(t, rt, main, `
c = {"n": 0}
def work(k):
    for i in range(500):
        v = c["n"]
        v = v + 1
        c["n"] = v
`, nil)
	for i := 0; i < 4; i++ {
		spawn(t, rt, main, g["work"], i)
	}
	rt.LeaveMain(main)
	rt.WaitNonDaemon(context.Background())
	rt.Wait()
	n, _ := starlark.AsInt32(g["c"].(*starlark.Dict).Items()[0][1])
	return n
}

// TestScheduleReplays checks that a seed replays the same interleaving
// and that seeds expose the lost update.
func TestScheduleReplays(t *testing.T) {
	first := lostUpdates(t, 7)
	for i := 0; i < 20; i++ {
		if got := lostUpdates(t, 7); got != first {
			t.Fatalf("run %d with seed 7: %d, first run %d", i, got, first)
		}
	}
	lost := false
	for seed := uint64(1); seed <= 10; seed++ {
		if lostUpdates(t, seed) < 2000 {
			lost = true
		}
	}
	if !lost {
		t.Error("no seed lost an update")
	}
}
