package interp_test

import (
	"context"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

// TestCheckpoint checks that a computing script calls the Checkpoint
// hook (every thread, about every 1000 steps) and that a script that
// runs few steps does not.
func TestCheckpoint(t *testing.T) {
	calls := 0 // the hook runs with the GIL held: no lock needed
	in, _, _ := newInterp(t, interp.Options{Checkpoint: func() { calls++ }})
	if err := in.Exec(context.Background(), "x = 1"); err != nil {
		t.Fatal(err)
	}
	if calls != 0 {
		t.Fatalf("a 1-step script made %d checkpoint calls", calls)
	}
	src := `
import threading
def spin():
    n = 0
    for i in range(20000):
        n += i
ts = [threading.Thread(target=spin) for _ in range(2)]
for t in ts: t.start()
spin()
for t in ts: t.join()
`
	if err := in.Exec(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	if calls < 30 {
		t.Errorf("60000 loop iterations made %d checkpoint calls, want at least 30", calls)
	}
}
