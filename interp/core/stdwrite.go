package core

// This file models how CPython's buffering of the standard streams
// schedules threads: a line-buffered stream (stderr always, stdout on a
// terminal) makes each write that ends a line a write(2) system call
// made with the GIL released, so a thread waiting for the GIL runs
// then. stdout to a pipe or a file is block-buffered: print releases
// nothing.

import (
	"io"
	"os"
	"strings"

	"go.starlark.net/starlark"
)

// WriteFrom writes s whole for script thread st, which holds the GIL.
// If w is line-buffered and s ends a line while another thread waits
// for the GIL, st then hands the GIL over, as CPython's write does, and
// waits for its turn behind the waiting threads; a thread just started
// (which in CPython is still being created, not waiting) is not handed
// the GIL. Alone, st goes on at once: the check is one atomic load.
func (w *SyncWriter) WriteFrom(st *starlark.Thread, s string) (int, error) {
	n, err := w.WriteString(s)
	if w.lineBuffered && strings.ContainsAny(s, "\n\r") {
		YieldToWaiting(st)
	}
	return n, err
}

// YieldToWaiting hands the GIL over if the longest-waiting thread has
// run before (it was woken, or preempted), and waits for st's turn
// behind the waiting threads, as a CPython thread does at a call that
// releases the GIL for a moment. A thread just started is not handed
// the GIL: in CPython it is still being created, not waiting. Alone, st
// goes on at once: the check is one atomic load. st holds the GIL.
func YieldToWaiting(st *starlark.Thread) {
	if t := FromThread(st); t != nil && t.rt.GIL.Contended() && t.rt.GIL.nextHasRun() {
		t.handOver()
	}
}

// isTerminal reports whether w is a character device other than the
// null device: a terminal, on which CPython line-buffers stdout.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}

// RunStarted hands the GIL to the threads queued before st, which
// include the thread st has just started, and waits for st's turn
// behind them, as CPython's Thread.start waits until the new thread has
// run its bootstrap: the new thread then keeps the GIL until it blocks
// or its switch interval ends. st holds the GIL. As any wait, it
// returns the cancellation of st's context if that came meanwhile (the
// new thread ran out of a step budget, say).
func RunStarted(st *starlark.Thread) error {
	t := FromThread(st)
	if t == nil || !t.rt.GIL.Contended() {
		return nil
	}
	t.handOver()
	if t.Ctx != nil && t.Ctx.Err() != nil {
		return Cancelled(t.Ctx)
	}
	return nil
}
