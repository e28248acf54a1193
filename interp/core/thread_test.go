package core

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

var testOpts = &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}

// spawn starts a script thread that calls fn(n) for the test's program.
func spawn(t *testing.T, rt *Runtime, parent *Thread, fn starlark.Value, arg int) *Thread {
	t.Helper()
	th := rt.NewChildThread(parent, "w")
	err := rt.Start(th, func(th *Thread) error {
		_, err := starlark.Call(th.ST, fn, starlark.Tuple{starlark.MakeInt(arg)}, nil)
		return err
	}, func(th *Thread, err error) {
		if err != nil {
			t.Errorf("thread error: %v", err)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return th
}

// run executes src on a main thread and returns its globals.
func run(t *testing.T, rt *Runtime, main *Thread, src string, pre starlark.StringDict) starlark.StringDict {
	t.Helper()
	f, err := testOpts.Parse("t.star", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := starlark.FileProgram(f, pre.Has)
	if err != nil {
		t.Fatal(err)
	}
	g, err := prog.Init(main.ST, pre) // unlike ExecFile, Init does not freeze
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestSharedAppendStress has many threads append to one list and dict
// without locks; the GIL must keep every update.
func TestSharedAppendStress(t *testing.T) {
	rt := NewRuntime(Options{})
	main := rt.NewThread(context.Background(), "MainThread")
	if err := rt.EnterMain(main); err != nil {
		t.Fatal(err)
	}
	g := run(t, rt, main, `
items = []
counts = {}
def work(n):
    for i in range(20):
        items.append(i)
        counts[n % 7] = counts.get(n % 7, 0) + 1
`, nil)
	n := stressThreads
	for i := 0; i < n; i++ {
		spawn(t, rt, main, g["work"], i)
	}
	rt.LeaveMain(main)
	if err := rt.WaitNonDaemon(context.Background()); err != nil {
		t.Fatal(err)
	}
	rt.Wait()
	if got := g["items"].(*starlark.List).Len(); got != n*20 {
		t.Errorf("items = %d, want %d", got, n*20)
	}
	total := 0
	for _, kv := range g["counts"].(*starlark.Dict).Items() {
		v, _ := starlark.AsInt32(kv[1])
		total += v
	}
	if total != n*20 {
		t.Errorf("counts total = %d, want %d", total, n*20)
	}
}

// TestPreemption checks that a busy loop does not starve a thread that
// sleeps and then records its progress.
func TestPreemption(t *testing.T) {
	rt := NewRuntime(Options{SwitchInterval: 0.001})
	main := rt.NewThread(context.Background(), "MainThread")
	rt.EnterMain(main)
	var mu sync.Mutex
	ticks := 0
	pre := starlark.StringDict{
		"nap": starlark.NewBuiltin("nap", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			return starlark.None, Sleep(th, 2*time.Millisecond)
		}),
		"tick": starlark.NewBuiltin("tick", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			mu.Lock()
			ticks++
			mu.Unlock()
			return starlark.None, nil
		}),
	}
	g := run(t, rt, main, `
state = {"stop": False}
def busy(n):
    while not state["stop"]:
        pass
def sleeper(n):
    for i in range(n):
        nap()
        tick()
    state["stop"] = True
`, pre)
	spawn(t, rt, main, g["busy"], 0)
	spawn(t, rt, main, g["sleeper"], 5)
	rt.LeaveMain(main)
	rt.WaitNonDaemon(context.Background())
	rt.Wait()
	if ticks != 5 {
		t.Errorf("ticks = %d, want 5", ticks)
	}
}

// TestCancelBlocked cancels threads blocked in sleep and join.
func TestCancelBlocked(t *testing.T) {
	rt := NewRuntime(Options{})
	ctx, cancel := context.WithCancel(context.Background())
	main := rt.NewThread(ctx, "MainThread")
	rt.EnterMain(main)
	var errs []string
	var mu sync.Mutex
	for i := 0; i < 10; i++ {
		th := rt.NewChildThread(main, "sleeper")
		rt.Start(th, func(th *Thread) error { return Sleep(th.ST, time.Hour) }, func(th *Thread, err error) {
			mu.Lock()
			errs = append(errs, fmt.Sprint(err))
			mu.Unlock()
		})
	}
	rt.LeaveMain(main)
	time.AfterFunc(20*time.Millisecond, cancel)
	if err := rt.WaitNonDaemon(context.Background()); err != nil {
		t.Fatal(err)
	}
	rt.Wait()
	if len(errs) != 10 || !strings.Contains(errs[0], "cancel") {
		t.Errorf("errors = %v", errs)
	}
}
