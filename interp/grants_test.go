package interp_test

// This file checks the hermetic default: the zero Options grant no
// standard input, environment or process id, and the grants work.

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/spindle-lang/spindle/interp"
)

// TestHermeticDefault runs scripts that reach for the host under the
// zero Options: each gets what a script without the grant gets.
func TestHermeticDefault(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"environ empty", "import os\nprint(len(os.environ), dict(os.environ.items()), os.environ.get('HOME'))\n", "0 {} None\n"},
		{"environ key", "import os\ntry:\n    os.environ['PATH']\nexcept KeyError as e:\n    print('KeyError', e)\n", "KeyError 'PATH'\n"},
		{"getpid", "import os\ntry:\n    os.getpid()\nexcept PermissionError as e:\n    print(e.errno, e)\n",
			"1 [Errno 1] Operation not permitted: process id not granted (interp.Options.Pid)\n"},
		{"input", "try:\n    input()\nexcept PermissionError as e:\n    print(type(e).__name__, e)\n",
			"PermissionError [Errno 1] Operation not permitted: standard input not granted (interp.Options.Stdin)\n"},
		{"native id", "import threading\nprint(threading.get_native_id() < 100000)\n", "True\n"},
	}
	os.Setenv("SPINDLE_SECRET", "x")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in, stdout, _ := newInterp(t, interp.Options{})
			mustExec(t, in, tc.src)
			if got := stdout.String(); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGrants checks that granted environment and process id reach the
// script.
func TestGrants(t *testing.T) {
	in, stdout, _ := newInterp(t, interp.Options{Env: []string{"A=1", "B=x=y"}, Pid: 4321})
	mustExec(t, in, "import os\nprint(os.environ['B'], list(os.environ), os.getpid())\n")
	if got, want := stdout.String(), "x=y ['A', 'B'] 4321\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestInputNotDeadlock answers input() after a delay: waiting on the
// outside world is never a deadlock.
func TestInputNotDeadlock(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	in, stdout, _ := newInterp(t, interp.Options{Stdin: r})
	go func() {
		time.Sleep(300 * time.Millisecond)
		w.WriteString("Борис\n")
	}()
	mustExec(t, in, "x = input()\nprint(x)\n")
	if got := stdout.String(); got != "Борис\n" {
		t.Errorf("got %q", got)
	}
}

// TestInputCancelled cancels a blocked input(): the call stops, the next
// input() gets the line, and no goroutine outlives Close (goleak checks).
func TestInputCancelled(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	in := interp.New(interp.Options{Stdin: r})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	err = in.Exec(ctx, "input()\n")
	if err == nil || !strings.Contains(err.Error(), "cancelled") {
		t.Errorf("err = %v, want a cancellation", err)
	}
	w.WriteString("one\n")
	v, err := in.Eval(context.Background(), "input()")
	if err != nil || v.String() != `"one"` {
		t.Errorf("second input() = %v, %v", v, err)
	}
	ctx2, cancel2 := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel2()
	in.Exec(ctx2, "input()\n") // leaves a read in flight
	in.Close()                 // ends it through the pipe's read deadline
}
