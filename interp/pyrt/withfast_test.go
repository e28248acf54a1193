package pyrt_test

// This file tests which context managers abi.WithFast enters for the
// fast form of a with statement: threading's locks (py.QuickExit),
// and no other value.

import (
	"bytes"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/threading"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/pyrt"
)

// blockingManager is a native context manager that is not one of
// threading's locks (as an Executor, whose exit waits).
type blockingManager struct{ entered bool }

func (m *blockingManager) String() string        { return "<manager>" }
func (m *blockingManager) Type() string          { return "manager" }
func (m *blockingManager) Freeze()               {}
func (m *blockingManager) Truth() starlark.Bool  { return true }
func (m *blockingManager) Hash() (uint32, error) { return 0, nil }
func (m *blockingManager) Enter(*starlark.Thread) (starlark.Value, error) {
	m.entered = true
	return m, nil
}
func (m *blockingManager) Exit(*starlark.Thread) error { return nil }

func TestWithFastTakesLocksOnly(t *testing.T) {
	var out bytes.Buffer
	thread := newThread(&out)
	fast := pyrt.Helpers(nil)[abi.WithFast]
	lock := threading.NewLock()
	blk, err := starlark.Call(thread, fast, starlark.Tuple{lock}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if blk == starlark.None || !lock.Locked() {
		t.Fatalf("a Lock: got %v, locked %v; want an entered block", blk, lock.Locked())
	}
	it := blk.(starlark.Iterable).Iterate()
	var v starlark.Value
	if !it.Next(&v) || it.Next(&v) {
		t.Error("the block does not iterate once")
	}
	it.Done()
	if lock.Locked() {
		t.Error("Done left the lock held")
	}
	for _, x := range []starlark.Value{&blockingManager{}, starlark.MakeInt(1), starlark.NewList(nil)} {
		got, err := starlark.Call(thread, fast, starlark.Tuple{x}, nil)
		if err != nil || got != starlark.None {
			t.Errorf("%s: got %v, %v; want None", x, got, err)
		}
		if m, ok := x.(*blockingManager); ok && m.entered {
			t.Error("a manager of another type was entered")
		}
	}
}
