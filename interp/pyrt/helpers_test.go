package pyrt_test

// This file defines helpers that run Python, lowered by interp/parse,
// with Python's builtins and the helpers of pyrt predeclared.

import (
	"bytes"
	"context"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/front"
	"github.com/spindle-lang/spindle/interp/lower"
	"github.com/spindle-lang/spindle/interp/parse"
	"github.com/spindle-lang/spindle/interp/py"
	"github.com/spindle-lang/spindle/interp/pyrt"
)

// universe returns Python's builtins and the helpers, as an interpreter
// predeclares them (with no import helpers unless imp is given).
func universe(imp pyrt.Importer) starlark.StringDict {
	d := builtins.Universe()
	for k, v := range pyrt.Helpers(imp) {
		d[k] = v
	}
	return d
}

// newThread returns a starlark thread of a fresh runtime whose standard
// output is out.
func newThread(out *bytes.Buffer) *starlark.Thread {
	rt := core.NewRuntime(core.Options{Stdout: out, Stderr: out})
	st := rt.NewThread(context.Background(), "MainThread").ST
	st.OnMaxSteps = nil
	st.SetMaxExecutionSteps(0)
	return st
}

// errString renders err as the last line of a Python traceback.
func errString(err error) string {
	return py.ToException(err).Error()
}

// runPy lowers and runs the Python src with imp as the importer, and
// returns what it printed, followed by the error line if it failed.
func runPy(t *testing.T, src string, imp pyrt.Importer) string {
	t.Helper()
	u := universe(imp)
	f, err := front.ParseWith("t.py", []byte(src), parse.Options{}, lower.Options{Predeclared: u.Has})
	if err != nil {
		t.Fatal(err)
	}
	prog, err := starlark.FileProgram(f, u.Has)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := prog.Init(newThread(&out), u); err != nil {
		out.WriteString(errString(err) + "\n")
	}
	return out.String()
}
