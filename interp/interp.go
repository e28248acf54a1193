package interp

// This file defines Interpreter, its Options, New and Close.

import (
	"context"
	"io"
	"sync"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
)

// Options configure an Interpreter. The zero value is a hermetic
// interpreter writing to os.Stdout and os.Stderr.
type Options struct {
	Stdout io.Writer // default os.Stdout
	Stderr io.Writer // default os.Stderr
	Stdin  io.Reader // default os.Stdin

	// Modules adds importable modules: a *core.Module, a
	// starlark.StringDict, a value with attributes (such as a
	// *starlarkstruct.Module), or script source (string or []byte).
	Modules map[string]any
	// Globals are extra predeclared names visible to every module.
	Globals starlark.StringDict

	MaxThreads     int     // limit on live threads, main included; 0: none
	MaxSteps       uint64  // VM step budget across all threads; 0: none
	SwitchInterval float64 // preemption interval in seconds; 0: 5 ms
	Filename       string  // default file name for Exec; "<string>" if empty
	Argv           []string
}

// Interpreter runs Python-subset scripts whose threads are goroutines.
// All its methods are safe to call from any goroutine: calls queue for the
// Interpreter's GIL. Separate Interpreters share nothing and run in
// parallel.
type Interpreter struct {
	opts        Options
	rt          *core.Runtime
	natives     map[string]*core.Module
	predeclared starlark.StringDict

	mu      sync.Mutex // protects following fields
	globals starlark.StringDict
	closed  bool
	ctx     context.Context // cancelled by Close
	cancel  context.CancelCauseFunc
}

// New returns an Interpreter configured by opts.
func New(opts Options) *Interpreter {
	in := &Interpreter{opts: opts, natives: nativeModules(), globals: starlark.StringDict{}}
	in.rt = core.NewRuntime(core.Options{
		Stdout: opts.Stdout, Stderr: opts.Stderr, Stdin: opts.Stdin,
		SwitchInterval: opts.SwitchInterval,
		MaxThreads:     opts.MaxThreads,
		MaxSteps:       opts.MaxSteps,
		Setup:          in.setupThread,
	})
	in.ctx, in.cancel = context.WithCancelCause(context.Background())
	in.predeclared = builtins.Universe()
	for k, v := range in.importBuiltins() {
		in.predeclared[k] = v
	}
	for k, v := range opts.Globals {
		in.predeclared[k] = v
	}
	if opts.Filename == "" {
		in.opts.Filename = "<string>"
	}
	setArgv(in.rt, opts.Argv)
	return in
}

// setupThread prepares each new starlark.Thread of this Interpreter.
func (in *Interpreter) setupThread(st *starlark.Thread) {
	st.Print = func(thread *starlark.Thread, msg string) {
		in.rt.Stdout().WriteString(msg + "\n")
	}
}

// Runtime returns the Interpreter's runtime core, for native modules and
// tools such as the REPL.
func (in *Interpreter) Runtime() *core.Runtime { return in.rt }

// Close cancels every thread still running (daemon threads included) and
// waits until all of the Interpreter's goroutines have returned. It is
// safe to call more than once and from any goroutine.
func (in *Interpreter) Close() error {
	in.mu.Lock()
	in.closed = true
	in.mu.Unlock()
	in.cancel(core.Raise(core.SystemExit, ""))
	in.rt.Wait()
	return nil
}
