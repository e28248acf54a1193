package sys

// This file defines sys.excepthook: the default prints the traceback of
// an exception that ended the main script; a script may replace it, and
// the interpreter then calls the script's hook instead (CallExceptHook).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// ExceptHook is the default sys.excepthook and sys.__excepthook__.
var ExceptHook = starlark.NewBuiltin("excepthook", exceptHook)

// exceptHook implements excepthook(type, value, traceback): it prints
// value's traceback to stderr.
func exceptHook(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var typ, val, tb starlark.Value
	if err := starlark.UnpackPositionalArgs("excepthook", args, kwargs, 3, &typ, &val, &tb); err != nil {
		return nil, err
	}
	rt := core.RuntimeOf(thread)
	e, ok := py.ExceptionOf(val)
	if !ok {
		builtins.WriteStderr(thread, "TypeError: print_exception(): Exception expected for value, "+py.TypeName(val)+" found\n")
		return starlark.None, nil
	}
	rt.Suggest(thread, e)
	builtins.WriteStderr(thread, rt.Sources().FormatTraceback(e))
	return starlark.None, nil
}

// CallExceptHook calls the script's sys.excepthook for err, the
// exception that ended the main script on thread, if the script replaced
// the default hook (or replaced sys.stderr, which the default hook then
// writes to). It reports whether it called one: the hook reported
// the error (or its own failure, printed as CPython does), so the caller
// prints no traceback.
func CallExceptHook(thread *starlark.Thread, err error) bool {
	rt := core.RuntimeOf(thread)
	m := rt.LoadedModule("sys")
	if m == nil || err == nil || core.IsCancellation(err) {
		return false
	}
	hook, ok := m.Members["excepthook"]
	if !ok || hook == ExceptHook && builtins.ReplacedStream(rt, "stderr") == nil {
		return false // the interpreter prints it, to its stderr
	}
	e := py.ToException(err)
	if e.Class.IsSubclass(py.SystemExit) {
		return false
	}
	rt.Sources().RefineCallError(e)
	tb, _ := e.Attr("__traceback__")
	if _, herr := starlark.Call(thread, hook, starlark.Tuple{e.Class, e.Value(), tb}, nil); herr != nil {
		he := py.ToException(herr)
		rt.Suggest(thread, he)
		rt.Suggest(thread, e)
		builtins.WriteStderr(thread, "Error in sys.excepthook:\n"+rt.Sources().FormatTraceback(he)+"\nOriginal exception was:\n"+rt.Sources().FormatTraceback(e))
	}
	return true
}
