package threading

// This file defines threading.excepthook, its default (__excepthook__)
// and ExceptHookArgs, and calls a user-assigned hook for errors that
// escape a thread.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// excepthook is the default threading.excepthook, also __excepthook__.
var excepthook = starlark.NewBuiltin("_excepthook", defaultExceptHook)

// ExceptHookArgsClass is threading.ExceptHookArgs.
var ExceptHookArgsClass = newExceptHookArgsClass()

func newExceptHookArgsClass() *py.Class {
	c := py.NewClass("_ExceptHookArgs", "_thread")
	c.Ext = &py.NativeClass{New: newExceptHookArgs}
	return c
}

// ExceptHookArgs is the argument of threading.excepthook: a structseq of
// (exc_type, exc_value, exc_traceback, thread). It is immutable.
type ExceptHookArgs struct {
	starlark.Tuple
}

var exceptHookFields = []string{"exc_type", "exc_value", "exc_traceback", "thread"}

var _ starlark.HasAttrs = (*ExceptHookArgs)(nil)

// newExceptHookArgs implements ExceptHookArgs([type, value, tb, thread]).
func newExceptHookArgs(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var seq starlark.Iterable
	if err := starlark.UnpackPositionalArgs("_thread._ExceptHookArgs", args, kwargs, 1, &seq); err != nil {
		return nil, err
	}
	var t starlark.Tuple
	it := seq.Iterate()
	defer it.Done()
	var x starlark.Value
	for it.Next(&x) {
		t = append(t, x)
	}
	if len(t) != len(exceptHookFields) {
		return nil, py.Raisef(py.TypeError, "_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)", len(t))
	}
	return &ExceptHookArgs{t}, nil
}

func (a *ExceptHookArgs) String() string {
	s := "_thread._ExceptHookArgs("
	for i, f := range exceptHookFields {
		if i > 0 {
			s += ", "
		}
		s += f + "=" + py.Repr(a.Tuple[i])
	}
	return s + ")"
}

// Type implements starlark.Value.
func (a *ExceptHookArgs) Type() string { return "_ExceptHookArgs" }

// PyClass returns threading.ExceptHookArgs.
func (a *ExceptHookArgs) PyClass() *py.Class { return ExceptHookArgsClass }

// Attr implements starlark.HasAttrs.
func (a *ExceptHookArgs) Attr(name string) (starlark.Value, error) {
	for i, f := range exceptHookFields {
		if f == name {
			return a.Tuple[i], nil
		}
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (a *ExceptHookArgs) AttrNames() []string { return exceptHookFields }

// runExceptHook calls a user-assigned threading.excepthook for an error
// that escaped ct and reports whether it handled the error. The default
// report is printed by reportError when it returns false. It runs on
// ct's goroutine with the GIL held.
func runExceptHook(ct *core.Thread, e *py.Exception) bool {
	rt := ct.Runtime()
	m := rt.LoadedModule("threading")
	if m == nil {
		return false
	}
	hook := py.Unbox(m.Members["excepthook"])
	if hook == nil || hook == excepthook {
		return false
	}
	tb, err := e.Attr("__traceback__")
	if err != nil || tb == nil {
		tb = starlark.None
	}
	args := &ExceptHookArgs{starlark.Tuple{e.Class, e.Value(), tb, objectOf(ct)}}
	if _, err := starlark.Call(ct.ST, hook, starlark.Tuple{args}, nil); err != nil {
		hookFailed(ct, err)
	}
	return true
}

// hookFailed reports an error raised by threading.excepthook, as CPython
// does: a header on sys.stderr, then sys.excepthook if the script set
// one, else the traceback.
func hookFailed(ct *core.Thread, err error) {
	rt := ct.Runtime()
	writeStderr(ct.ST, "Exception in threading.excepthook:\n")
	e := py.ToException(err)
	if m := rt.LoadedModule("sys"); m != nil {
		if hook := py.Unbox(m.Members["excepthook"]); hook != nil && hook != starlark.None {
			tb, terr := e.Attr("__traceback__")
			if terr != nil || tb == nil {
				tb = starlark.None
			}
			if _, err := starlark.Call(ct.ST, hook, starlark.Tuple{e.Class, e.Value(), tb}, nil); err == nil {
				return
			}
		}
	}
	writeStderr(ct.ST, rt.Sources().FormatTraceback(err))
}

// writeStderr writes to sys.stderr: the script's replacement if it set
// one (as test.support.captured_output does), else the Interpreter's.
func writeStderr(thread *starlark.Thread, text string) { builtins.WriteStderr(thread, text) }

// defaultExceptHook implements threading.excepthook(args): it prints
// "Exception in thread NAME:" and the traceback to stderr.
// https://docs.python.org/3/library/threading.html#threading.excepthook
func defaultExceptHook(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var a *ExceptHookArgs
	if err := starlark.UnpackPositionalArgs("excepthook", args, kwargs, 1, &a); err != nil {
		return nil, err
	}
	if cls, ok := a.Tuple[0].(*py.Class); ok && cls.IsSubclass(py.SystemExit) {
		return starlark.None, nil
	}
	name := fmt.Sprint(identOf(thread))
	if t := a.Tuple[3]; t != starlark.None {
		if n, err := getattr(t, "name"); err == nil {
			name = py.Str(n)
		}
	}
	rt := core.RuntimeOf(thread)
	msg := "Exception in thread " + name + ":\n"
	if e, ok := a.Tuple[1].(*py.Exception); ok {
		rt.Suggest(thread, e)
		msg += rt.Sources().FormatTraceback(e)
	} else {
		msg += py.Str(a.Tuple[1]) + "\n"
	}
	writeStderr(thread, msg)
	return starlark.None, nil
}

// reportUncaught reports an error that escaped a thread: a SystemExit
// goes to a script's own threading.excepthook (CPython's
// _bootstrap_inner hands every exception to the hook; only the default
// one ignores SystemExit), anything else to reportError. A thread of
// _thread.start_new_thread reports as unraisable instead (reportIgnored).
func reportUncaught(ct *core.Thread, err error) {
	if t, ok := ct.Object.(*Thread); ok && t.dummy {
		reportIgnored(ct, t, err)
		return
	}
	if e, ok := py.AsException(err); ok && e.Class.IsSubclass(py.SystemExit) && ct.Ctx.Err() == nil {
		e = py.ToException(ct.RaisedError(err)) // with its traceback
		e.CaptureStr(ct.ST)
		runExceptHook(ct, e)
		return
	}
	reportError(ct, err)
}

// reportIgnored reports an error that escaped a thread of
// _thread.start_new_thread as CPython's thread_run does, through the
// unraisable hook rather than threading.excepthook: "Exception ignored
// in thread started by: <function>" and the traceback; SystemExit is
// silent.
func reportIgnored(ct *core.Thread, t *Thread, err error) {
	e := py.ToException(ct.RaisedError(err))
	if e.Class.IsSubclass(py.SystemExit) || e.Class == core.DeadlockError || ct.Ctx.Err() != nil {
		return
	}
	rt := ct.Runtime()
	rt.Sources().RefineCallError(e)
	e.CaptureStr(ct.ST)
	rt.Suggest(ct.ST, e)
	name, rerr := builtins.Repr(ct.ST, t.startFn)
	if rerr != nil {
		name = "<object repr() failed>"
	}
	writeStderr(ct.ST, "Exception ignored in thread started by: "+name+"\n"+rt.Sources().FormatTraceback(e))
}
