package core

// This file defines Poll, the check that long-running builtins (sorting,
// building big lists, joining) make every PollEvery items, so that
// cancellation, Ctrl-C and the memory limit reach a script stuck in one
// Go call as they reach one running bytecode.

import (
	"time"

	"go.starlark.net/starlark"
)

// PollEvery is how many items a long builtin handles between two Polls.
const PollEvery = 4096

// Poll returns the error st's builtin must stop with: the thread was
// cancelled or interrupted, or the heap is over the memory limit.
// Otherwise it returns nil. Call it from st's goroutine with the GIL held.
func Poll(st *starlark.Thread) error {
	t := FromThread(st)
	if t == nil {
		return nil
	}
	if t.Ctx != nil && t.Ctx.Err() != nil {
		return Cancelled(t.Ctx)
	}
	if t.waitContext().Err() != nil {
		if e := t.TakeInterrupt(); e != nil {
			return e
		}
	}
	if limit := t.rt.opts.MaxMemory; limit > 0 {
		if t.memHooks++; t.memHooks >= memoryCheckHooks {
			t.memHooks = 0
			if processMemory.read(limit) > limit {
				return memoryError()
			}
		}
	}
	return nil
}

// PollAt is Poll at every PollEvery-th item i of a long loop and nil at
// the others: call it once per item, from st's goroutine with the GIL
// held.
func PollAt(st *starlark.Thread, i int) error {
	if i%PollEvery != PollEvery-1 {
		return nil
	}
	return Poll(st)
}

// Compute runs fn, a long computation that cannot poll (one huge big-int
// operation), on another goroutine while st's thread keeps the GIL, as
// CPython keeps it, and polls every 20 ms. If Poll reports an error,
// Compute returns it at once and abandons fn, which runs to its end on
// its own; the result is dropped. Call it from st's goroutine.
func Compute(st *starlark.Thread, fn func()) error {
	done := make(chan struct{})
	go computeWorker(fn, done)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return nil
		case <-tick.C:
			if err := Poll(st); err != nil {
				return err
			}
		}
	}
}

// computeWorker runs a Compute's fn (a named function, so that leak
// checkers can recognise an abandoned one).
func computeWorker(fn func(), done chan<- struct{}) {
	fn()
	close(done)
}
