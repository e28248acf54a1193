package interp_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/py"
)

// TestREPLInterruptSparesThreads interrupts a REPL statement blocked in
// join: the statement fails with KeyboardInterrupt, and the thread it
// started keeps running.
func TestREPLInterruptSparesThreads(t *testing.T) {
	var out bytes.Buffer
	in := interp.New(interp.Options{Stdout: &out, Stderr: &out})
	defer in.Close()
	ctx, cancel := context.WithCancelCause(context.Background())
	time.AfterFunc(100*time.Millisecond, func() { cancel(py.NewException(py.KeyboardInterrupt)) })
	src := "import threading, time\ndef work():\n    time.sleep(0.3)\n    print('worker done')\nt = threading.Thread(target=work)\nt.start(); t.join()\n"
	err := in.ExecREPL(ctx, "<stdin>", src, nil)
	var ie *interp.Error
	if !errors.As(err, &ie) || ie.Exception.Class != py.KeyboardInterrupt {
		t.Fatalf("err = %v, want KeyboardInterrupt", err)
	}
	if err := in.ExecREPL(context.Background(), "<stdin>", "t.join()\n", nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "worker done") {
		t.Errorf("the thread did not finish: %q", out.String())
	}
}
