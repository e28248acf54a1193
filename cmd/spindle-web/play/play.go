// Package play runs the scripts of the browser playground
// (cmd/spindle-web): one run at a time, its output collected in chunks
// that the page polls while threads print, its thread timeline drawn as
// the same chart --timeline writes, and Stop cancelling every thread
// through the run's context, as Ctrl-C does once the main thread has
// ended. It uses no syscall/js, so it is tested on any GOOS; the wasm
// main package (cmd/spindle-web/wasm) is the thin layer over it.
package play

import (
	"context"
	"io"
	"strings"
	"sync"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Config is what the page's controls set for a run.
type Config struct {
	Seed   uint64 // --schedule seed=N; 0 for the time-based switch
	Stress int    // --stress K: run under seeds 1..K; 0 for one run
	// Input, if set, serves input(): it is given the text printed since
	// the last newline (input's prompt) and returns a line without its
	// newline, or false at the end of the input.
	Input func(prompt string) (string, bool)
	// Checkpoint is interp.Options.Checkpoint (see cmd/spindle-web/wasm).
	Checkpoint func()
}

// Stream names the kind of a Chunk of output.
type Stream string

// The streams of a run's output.
const (
	Stdout Stream = "out"
	Stderr Stream = "err"
	Info   Stream = "info" // the playground's own lines (stress reports)
)

// Chunk is a piece of output of one stream.
type Chunk struct {
	Stream Stream `json:"stream"`
	Text   string `json:"text"`
}

// Run is one run of a script. Its methods are safe for concurrent use.
type Run struct {
	cancel context.CancelCauseFunc
	done   chan struct{}

	mu     sync.Mutex // protects following fields
	chunks []Chunk    // not yet polled
	tracer *core.Tracer
	status int
	first  time.Duration // time to the first output; 0 before it
	tail   string        // output after the last newline
	start  time.Time
}

// Start runs the script src, named name in tracebacks, on a new goroutine.
func Start(name string, src []byte, c Config) *Run {
	ctx, cancel := context.WithCancelCause(context.Background())
	r := &Run{cancel: cancel, done: make(chan struct{}), start: time.Now()}
	go func() {
		defer close(r.done)
		var status int
		if c.Stress > 0 {
			status = r.stress(ctx, name, src, c)
		} else {
			status = r.once(ctx, name, src, c, c.Seed, r.writer(Stdout), r.writer(Stderr))
		}
		r.mu.Lock()
		r.status = status
		r.mu.Unlock()
	}()
	return r
}

// options returns the interpreter options of one run under seed.
func (r *Run) options(name string, c Config, seed uint64, stdout, stderr io.Writer) interp.Options {
	var stdin io.Reader = strings.NewReader("")
	if c.Input != nil {
		stdin = &inputReader{r: r, input: c.Input}
	}
	tr := core.NewTracer()
	r.mu.Lock()
	r.tracer = tr
	r.mu.Unlock()
	return interp.Options{
		Stdout: stdout, Stderr: stderr, Stdin: stdin,
		Argv: []string{name}, Trace: tr, ScheduleSeed: seed,
		Globals:    starlark.StringDict{"__file__": starlark.String(name)},
		Checkpoint: c.Checkpoint,
	}
}

// once runs the script once and returns its exit status.
func (r *Run) once(ctx context.Context, name string, src []byte, c Config, seed uint64, stdout, stderr io.Writer) int {
	in := interp.New(r.options(name, c, seed, stdout, stderr))
	status := interp.ReportExit(in.ExecFile(ctx, name, src), stderr)
	in.Close()
	return status
}

// Stop cancels every thread of the run with KeyboardInterrupt.
func (r *Run) Stop() { r.cancel(py.NewException(py.KeyboardInterrupt)) }

// Done is closed when the run has ended.
func (r *Run) Done() <-chan struct{} { return r.done }

// Poll returns the output written since the last Poll and, once the run
// has ended and all its output is returned, true with the exit status.
func (r *Run) Poll() (chunks []Chunk, ended bool, status int) {
	select {
	case <-r.done:
		ended = true
	default:
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	chunks, r.chunks = r.chunks, nil
	return chunks, ended, r.status
}

// FirstOutput returns the time from Start to the first output, or 0.
func (r *Run) FirstOutput() time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.first
}

// Timeline returns the current run's thread timeline as an HTML
// fragment: the chart --timeline draws, one row per thread so far.
func (r *Run) Timeline() string {
	r.mu.Lock()
	tr := r.tracer
	r.mu.Unlock()
	if tr == nil {
		return ""
	}
	var b strings.Builder
	tr.WriteSVG(&b)
	return b.String()
}

// add appends text to the output, merging it with a last chunk of the
// same stream.
func (r *Run) add(s Stream, text string) {
	if text == "" {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.first == 0 {
		r.first = time.Since(r.start)
	}
	if i := strings.LastIndexByte(text, '\n'); i >= 0 {
		r.tail = text[i+1:]
	} else {
		r.tail += text
	}
	if n := len(r.chunks); n > 0 && r.chunks[n-1].Stream == s {
		r.chunks[n-1].Text += text
		return
	}
	r.chunks = append(r.chunks, Chunk{s, text})
}

// writer returns an io.Writer adding to stream s.
func (r *Run) writer(s Stream) io.Writer { return streamWriter{r, s} }

type streamWriter struct {
	r *Run
	s Stream
}

func (w streamWriter) Write(p []byte) (int, error) {
	w.r.add(w.s, string(p))
	return len(p), nil
}

// inputReader reads the lines Config.Input returns.
type inputReader struct {
	r     *Run
	input func(prompt string) (string, bool)
	buf   string
}

func (in *inputReader) Read(p []byte) (int, error) {
	if in.buf == "" {
		in.r.mu.Lock()
		prompt := in.r.tail
		in.r.mu.Unlock()
		line, ok := in.input(prompt)
		if !ok {
			return 0, io.EOF
		}
		in.buf = line + "\n"
	}
	n := copy(p, in.buf)
	in.buf = in.buf[n:]
	return n, nil
}
