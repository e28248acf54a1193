package main

// This file defines the interactive prompt: reading inputs with readline,
// running them in one Interpreter, Ctrl-C and Ctrl-D, and the exit.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chzyer/readline"
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/py"
)

const (
	ps1 = ">>> "
	ps2 = "... "
)

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && readline.IsTerminal(int(f.Fd()))
}

// banner is printed when the prompt starts.
func banner() string {
	return fmt.Sprintf("spindle %s (Python 3.11 subset on go.starlark.net; threads are goroutines)\n"+
		"Type \"help()\" for help, \"help(threading)\" for the threading module, Ctrl-D to exit.\n", sys.Version)
}

// session is one run of the prompt.
type session struct {
	rl   *readline.Instance
	in   *interp.Interpreter
	hist *history

	atPrompt atomic.Bool // set while readChunk waits in Readline

	mu        sync.Mutex // protects following fields
	interrupt func()     // what Ctrl-C does now; nil at the prompt
}

// repl runs the interactive prompt until EOF or SystemExit and returns
// the exit status.
func repl(opts interp.Options, quiet bool) int {
	s := &session{hist: loadHistory(historyPath())}
	rl, err := readline.NewEx(&readline.Config{
		Prompt:                 ps1,
		DisableAutoSaveHistory: true,
		HistoryLimit:           historyLimit,
		InterruptPrompt:        "^C",
		EOFPrompt:              "",
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer rl.Close()
	s.rl = rl
	for _, e := range s.hist.entries {
		rl.SaveHistory(e)
	}
	opts.Stdout, opts.Stderr = promptWriter{s, rl.Stdout()}, promptWriter{s, rl.Stderr()}
	opts.Globals = withHelp(opts.Globals, func() []string { return s.in.ModuleNames() })
	s.in = interp.New(opts)
	rl.Config.AutoComplete = completer{s.in}
	stop := s.handleSignals()
	defer stop()
	if !quiet {
		io.WriteString(rl.Stdout(), banner())
	}
	code := s.loop()
	return s.shutdown(code)
}

// promptWriter writes the interpreter's output through readline, which
// clears the line being edited, writes, and redraws it below. readline
// draws a prompt a moment before it takes over output, and gives output
// back a moment after the line is entered; a write in between waits
// (briefly) for readline to catch up, so that it cannot land inside the
// prompt or redraw a stale one.
type promptWriter struct {
	s *session
	w io.Writer
}

func (p promptWriter) Write(b []byte) (int, error) {
	for i := 0; i < 50 && p.s.atPrompt.Load() != p.s.rl.Terminal.IsReading(); i++ {
		time.Sleep(time.Millisecond)
	}
	return p.w.Write(b)
}

// withHelp adds the REPL-only builtin help to globals; modules lists
// the importable modules.
func withHelp(globals starlark.StringDict, modules func() []string) starlark.StringDict {
	out := starlark.StringDict{"help": helper{modules}}
	for k, v := range globals {
		out[k] = v
	}
	return out
}

// handleSignals routes SIGINT to the current interrupt function. At the
// prompt the terminal is raw, so Ctrl-C arrives as a key instead.
func (s *session) handleSignals() (stop func()) {
	sig := make(chan os.Signal, 4)
	signal.Notify(sig, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-sig:
				s.mu.Lock()
				f := s.interrupt
				s.mu.Unlock()
				if f != nil {
					f()
				}
			case <-done:
				return
			}
		}
	}()
	return func() { signal.Stop(sig); close(done) }
}

func (s *session) setInterrupt(f func()) {
	s.mu.Lock()
	s.interrupt = f
	s.mu.Unlock()
}

// loop reads and runs inputs until EOF; it returns an exit status, or -1
// for a plain EOF.
func (s *session) loop() int {
	for {
		chunk, err := s.readChunk()
		switch {
		case errors.Is(err, io.EOF):
			return -1
		case errors.Is(err, readline.ErrInterrupt):
			io.WriteString(s.rl.Stderr(), "KeyboardInterrupt\n")
			continue
		case err != nil:
			fmt.Fprintln(s.rl.Stderr(), err)
			return 1
		}
		if strings.TrimSpace(chunk) == "" {
			continue
		}
		if s.hist.add(strings.TrimRight(chunk, "\n")) {
			s.syncHistory()
		}
		if code, exit := s.exec(chunk); exit {
			return code
		}
	}
}

// syncHistory makes readline's in-memory history match s.hist.
func (s *session) syncHistory() {
	s.rl.ResetHistory()
	for _, e := range s.hist.entries {
		s.rl.SaveHistory(e)
	}
}

// readChunk reads one complete input: a line, or the lines of a block up
// to a blank line. A recalled multi-line history entry is complete as is.
func (s *session) readChunk() (string, error) {
	s.rl.SetPrompt(ps1)
	var lines []string
	for {
		s.atPrompt.Store(true)
		line, err := s.rl.Readline()
		s.atPrompt.Store(false)
		if err != nil {
			if errors.Is(err, io.EOF) && len(lines) > 0 {
				return strings.Join(lines, "\n") + "\n", nil
			}
			return "", err
		}
		recalled := strings.Contains(line, "\n")
		lines = append(lines, strings.Split(line, "\n")...)
		if recalled && !scanSource(strings.Join(lines, "\n")).open() {
			return strings.Join(lines, "\n") + "\n", nil
		}
		if !needMore(lines) {
			return strings.Join(lines, "\n") + "\n", nil
		}
		s.rl.SetPrompt(ps2)
	}
}

// exec runs one chunk. It reports whether the REPL should exit (after
// SystemExit), with the status.
func (s *session) exec(chunk string) (code int, exit bool) {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	s.setInterrupt(func() { cancel(py.NewException(py.KeyboardInterrupt)) })
	defer s.setInterrupt(nil)
	out := s.in.Runtime().Stdout()
	err := s.in.ExecREPL(ctx, "<stdin>", chunk, func(v starlark.Value) {
		out.WriteString(py.Repr(v) + "\n")
	})
	var ie *interp.Error
	if errors.As(err, &ie) && ie.Exception != nil && ie.Exception.Class.IsSubclass(py.SystemExit) {
		return exitStatus(err, s.rl.Stderr()), true
	}
	if err != nil {
		exitStatus(err, s.rl.Stderr())
	}
	return 0, false
}

// shutdown waits for non-daemon threads, as CPython does at exit; Ctrl-C
// stops them. It returns the exit status.
func (s *session) shutdown(code int) int {
	if code < 0 {
		io.WriteString(s.rl.Stdout(), "\n")
		code = 0
	}
	ctx, cancel := context.WithCancelCause(context.Background())
	s.setInterrupt(func() { cancel(py.NewException(py.KeyboardInterrupt)) })
	if s.in.Runtime().WaitNonDaemon(ctx) != nil {
		io.WriteString(s.rl.Stderr(), "KeyboardInterrupt\n")
		// A further Ctrl-C leaves at once, even if a thread won't stop.
		s.setInterrupt(func() { os.Exit(130) })
	}
	s.in.Close()
	s.setInterrupt(nil)
	return code
}
