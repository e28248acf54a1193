package builtins_test

// This file defines helpers that run Starlark snippets with spindle's
// builtins and the helpers of interp/pyrt (the golden expressions call
// some by name), and compare results with CPython's (see -update).

import (
	"bytes"
	"context"
	"flag"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	_ "github.com/spindle-lang/spindle/interp/interptest" // defines -update
	"github.com/spindle-lang/spindle/interp/pyrt"
)

// updating reports the -update flag (defined by interptest): rewrite
// golden files by running python3.
func updating() bool { return flag.Lookup("update").Value.String() == "true" }

var fileOpts = &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}

// universe returns the builtins and the helpers of interp/pyrt.
func universe() starlark.StringDict {
	d := builtins.Universe()
	for k, v := range pyrt.Helpers(nil) {
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
	return core.ToException(err).Error()
}

// run executes src and returns what it printed, followed by the error
// line if it failed.
func run(t *testing.T, src string) string {
	t.Helper()
	var out bytes.Buffer
	st := newThread(&out)
	_, err := starlark.ExecFileOptions(fileOpts, st, "t.star", src, universe())
	if err != nil {
		out.WriteString(errString(err) + "\n")
	}
	return out.String()
}

// eval evaluates expr and returns Python's repr of the result, or the
// error line.
func eval(expr string) string {
	var out bytes.Buffer
	st := newThread(&out)
	v, err := starlark.EvalOptions(fileOpts, st, "t.star", expr, universe())
	if err != nil {
		return errString(err)
	}
	s, err := core.ReprOf(st, v)
	if err != nil {
		return errString(err)
	}
	return out.String() + s
}
