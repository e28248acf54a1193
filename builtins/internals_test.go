package builtins_test

// This file tests iteration under mutation, input and print's atomic
// writes.

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower"
	"github.com/spindle-lang/spindle/interp/parse"
)

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

func TestNextDictSizeChange(t *testing.T) {
	got := run(t, "d = {1: 2}\nit = iter(d)\nprint(next(it))\nd[5] = 6\nnext(it)\n")
	if want := "1\nRuntimeError: dictionary changed size during iteration\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestListAppendDuringMap(t *testing.T) {
	got := run(t, "l = [1, 2]\ndef f(x):\n    if x < 2:\n        l.append(9)\n    return x\nprint(list(map(f, l)), l)\n")
	if want := "[1, 2] [1, 2, 9]\n"; got != want {
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

// TestUndefinedName runs a file that refers to a name it never binds:
// the earlier lines run, and the reference raises NameError at run time.
func TestUndefinedName(t *testing.T) {
	src := "print('before')\ndef f():\n    return missing + 1\ntry:\n    f()\nexcept NameError as e:\n    print(e)\nprint(len('ab'))\nmissing2\n"
	universe := builtins.Universe()
	f, err := lower.ParseWith("t.py", []byte(src), parse.Options{}, lower.Options{Predeclared: universe.Has})
	if err != nil {
		t.Fatal(err)
	}
	prog, err := starlark.FileProgram(f, universe.Has)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	_, err = prog.Init(newThread(&out), universe)
	if err != nil {
		out.WriteString(errString(err) + "\n")
	}
	if got, want := out.String(), "before\nname 'missing' is not defined\n2\nNameError: name 'missing2' is not defined\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
