package re_test

// This file runs the module's golden scripts through the interpreter
// (see interptest) and checks that a catastrophic backtracking match is
// ended by its context.

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/interptest"
)

func TestScripts(t *testing.T) { interptest.Run(t, "testdata") }

// TestCatastrophicCancelled runs (a+)+(?=b) on 40 a's and a c, which
// backtracks for hours, and checks that a context timeout ends it with
// a Python exception and leaves no goroutine behind (regexp2's clock,
// which stops itself a second after its last deadline, aside).
func TestCatastrophicCancelled(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreAnyFunction("github.com/dlclark/regexp2/v2.runClock"), goleak.IgnoreCurrent())
	var out strings.Builder
	in := interp.New(interp.Options{Stdout: &out})
	defer in.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	err := in.Exec(ctx, `import re
print("start")
re.match(r"(a+)+(?=b)", "a" * 40 + "c")
print("never")
`)
	var ie *interp.Error
	if !errors.As(err, &ie) || !strings.Contains(ie.Error(), "cancelled: context deadline exceeded") {
		t.Fatalf("got %v, want the interp.Error of a cancelled script", err)
	}
	if out.String() != "start\n" {
		t.Errorf("output %q, want start only", out.String())
	}
}

// notifyWriter closes started at its first write.
type notifyWriter struct {
	strings.Builder
	started chan struct{}
}

func (w *notifyWriter) Write(p []byte) (int, error) {
	if w.Len() == 0 {
		close(w.started)
	}
	return w.Builder.Write(p)
}

// TestCatastrophicInterrupted checks that Interpreter.Interrupt (Ctrl-C)
// reaches a catastrophic match as a KeyboardInterrupt the script catches.
func TestCatastrophicInterrupted(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreAnyFunction("github.com/dlclark/regexp2/v2.runClock"), goleak.IgnoreCurrent())
	out := &notifyWriter{started: make(chan struct{})}
	in := interp.New(interp.Options{Stdout: out})
	defer in.Close()
	go func() {
		<-out.started
		time.Sleep(200 * time.Millisecond) // into the match, most likely; either way the result is the same
		for !in.Interrupt() {
			time.Sleep(10 * time.Millisecond)
		}
	}()
	err := in.Exec(context.Background(), `import re
print("start")
try:
    re.match(r"(a+)+(?=b)", "a" * 40 + "c")
except KeyboardInterrupt:
    print("interrupted")
`)
	if err != nil || out.String() != "start\ninterrupted\n" {
		t.Errorf("got %v, output %q", err, out.String())
	}
}
