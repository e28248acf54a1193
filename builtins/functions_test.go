package builtins_test

// This file tests ForEach under mutation, input and print's atomic
// writes through the Go API.

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

var fileOpts = &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}

// errString renders err as the last line of a Python traceback.
func errString(err error) string {
	return py.ToException(err).Error()
}

func TestForEachDictSizeChange(t *testing.T) {
	d := starlark.NewDict(2)
	d.SetKey(starlark.MakeInt(1), starlark.None)
	d.SetKey(starlark.MakeInt(2), starlark.None)
	n := 10
	err := builtins.ForEach(nil, d, func(k starlark.Value) error {
		n++
		return d.SetKey(starlark.MakeInt(n), starlark.None)
	})
	if got, want := errString(err), "RuntimeError: dictionary changed size during iteration"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestInput(t *testing.T) {
	var out bytes.Buffer
	rt := core.NewRuntime(core.Options{Stdout: &out, Stdin: strings.NewReader("Анна\nБорис\r\n")})
	st := rt.NewThread(context.Background(), "MainThread").ST
	st.OnMaxSteps = nil
	st.SetMaxExecutionSteps(0)
	src := "a = input('name? ')\nb = input()\nprint([a, b])\ninput()\n"
	_, err := starlark.ExecFileOptions(fileOpts, st, "t.star", src, builtins.Universe())
	if got, want := out.String(), "name? ['Анна', 'Борис']\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := errString(err), "EOFError: EOF when reading a line"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPrintOneWrite checks that print writes a whole line at once.
func TestPrintOneWrite(t *testing.T) {
	var w countingWriter
	rt := core.NewRuntime(core.Options{Stdout: &w})
	st := rt.NewThread(context.Background(), "MainThread").ST
	st.OnMaxSteps = nil
	st.SetMaxExecutionSteps(0)
	if _, err := starlark.ExecFileOptions(fileOpts, st, "t.star", "print(1, 'a', [2], sep='-', end='.\\n')", builtins.Universe()); err != nil {
		t.Fatal(err)
	}
	if w.writes != 1 || w.buf.String() != "1-a-[2].\n" {
		t.Errorf("got %d writes of %q", w.writes, w.buf.String())
	}
}

type countingWriter struct {
	buf    bytes.Buffer
	writes int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.writes++
	return w.buf.Write(p)
}
