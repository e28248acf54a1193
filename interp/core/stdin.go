package core

// This file defines the script's standard input: a grant (Options.Stdin)
// read one line at a time by at most one goroutine, so that a cancelled
// input() leaves its read for the next one instead of a goroutine per call.

import (
	"bufio"
	"context"
	"strings"
	"sync"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// stdin reads lines from Options.Stdin. The read in flight, if any,
// survives a cancelled input(): its line goes to the next caller.
type stdin struct {
	mu      sync.Mutex // protects following fields
	r       *bufio.Reader
	pending chan lineResult // the read in flight, or nil
}

type lineResult struct {
	line string
	err  error
}

// ReadLine reads a line of the script's standard input for input(),
// without its line ending, releasing the GIL while it waits. It raises
// EOFError at the end of the input and PermissionError if the
// Interpreter was given no standard input. Call it from st's goroutine.
func ReadLine(st *starlark.Thread, eof *py.Class) (string, error) {
	line, err := ReadStdinLine(st)
	if err != nil {
		return "", err
	}
	if line == "" {
		return "", py.Raise(eof, "EOF when reading a line")
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), nil
}

// ReadStdinLine reads a line of the script's standard input with its
// line ending ("" at the end of the input), releasing the GIL while it
// waits, for input() and sys.stdin. It raises PermissionError if the
// Interpreter was given no standard input. Call it from st's goroutine.
func ReadStdinLine(st *starlark.Thread) (string, error) {
	rt := RuntimeOf(st)
	if rt == nil || rt.opts.Stdin == nil {
		return "", py.NotGranted("standard input", "interp.Options.Stdin")
	}
	ch := rt.stdin.start(rt)
	var res lineResult
	got := false
	// Not StateBlocked: the outside world ends this wait, so it is never
	// part of a deadlock.
	err := Blocking(st, StateSleeping, "input", func(ctx context.Context) error {
		select {
		case res = <-ch:
			got = true
		case <-ctx.Done():
		}
		return nil
	})
	if got {
		rt.stdin.finish()
	}
	if err != nil {
		return "", err
	}
	return res.line, nil
}

// start returns the channel of the read in flight, starting one if none is.
func (s *stdin) start(rt *Runtime) chan lineResult {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pending != nil {
		return s.pending
	}
	if s.r == nil {
		s.r = bufio.NewReader(rt.opts.Stdin)
		rt.OnClose(&s.r, func() { unblockRead(rt.opts.Stdin) })
	}
	ch := make(chan lineResult, 1)
	s.pending = ch
	r := s.r
	go func() {
		line, err := r.ReadString('\n')
		ch <- lineResult{line, err}
	}()
	return ch
}

// finish forgets the read whose result was taken.
func (s *stdin) finish() {
	s.mu.Lock()
	s.pending = nil
	s.mu.Unlock()
}

// unblockRead ends a read in flight on r at Close, if r can be
// interrupted (an *os.File pipe or a net.Conn can); otherwise its
// goroutine ends when the read returns.
func unblockRead(r any) {
	if d, ok := r.(interface{ SetReadDeadline(time.Time) error }); ok {
		d.SetReadDeadline(time.Unix(1, 0))
	}
}
