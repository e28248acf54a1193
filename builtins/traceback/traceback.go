// Package traceback is spindle's traceback module: printing and
// formatting the exception being handled or a given one, with the
// runtime's own traceback formatter (Sources.FormatCaught of package
// interp/traceback).
package traceback

// This file defines the module and its functions.

import (
	_ "embed"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the traceback module. Members:
//
//	print_exc(limit=None, file=None, chain=True)
//	format_exc(limit=None, chain=True)
//	print_exception(exc, /, value, tb, limit=None, file=None, chain=True)
//	format_exception(exc, /, value, tb, limit=None, chain=True)
//	format_exception_only(exc, /, value)
//	print_stack(f=None, limit=None, file=None), format_stack(f=None, limit=None)
//	extract_stack(f=None, limit=None), format_list(extracted_list), FrameSummary
//	extract_tb(tb, limit=None), format_tb(tb, limit=None), print_tb(tb, limit=None, file=None)
//	TracebackException(exc_type, exc_value, exc_traceback, *, limit=None, ...)
//	(from_exception, format, format_exception_only, print, stack, __cause__...)
//	StackSummary (a list of FrameSummary: format(), from_list)
//
// Its Source (tbexception.py) defines TracebackException and StackSummary
// over the native functions, which Members holds.
var Module = &core.Module{Name: "traceback", Source: source, Members: starlark.StringDict{
	"print_exc":             starlark.NewBuiltin("print_exc", printExc),
	"format_exc":            starlark.NewBuiltin("format_exc", formatExc),
	"print_exception":       starlark.NewBuiltin("print_exception", printException),
	"format_exception":      starlark.NewBuiltin("format_exception", formatException),
	"format_exception_only": starlark.NewBuiltin("format_exception_only", formatExceptionOnly),
	"print_stack":           starlark.NewBuiltin("print_stack", printStack),
	"format_stack":          starlark.NewBuiltin("format_stack", formatStack),
	"extract_stack":         starlark.NewBuiltin("extract_stack", extractStack),
	"format_list":           starlark.NewBuiltin("format_list", formatList),
	"extract_tb":            starlark.NewBuiltin("extract_tb", extractTB),
	"format_tb":             starlark.NewBuiltin("format_tb", formatTB),
	"print_tb":              starlark.NewBuiltin("print_tb", printTB),
	"FrameSummary":          frameSummaryClass,
}}

//go:embed tbexception.py
var source string

func init() {
	Module.Helpers = starlark.StringDict{"FrameSummary": frameSummaryClass}
	for _, name := range []string{"format_exception", "format_exception_only", "extract_tb", "format_list"} {
		Module.Helpers["_"+name] = Module.Members[name]
	}
	Module.Loaded = func(members starlark.StringDict) {
		for k, v := range Module.Members {
			members[k] = v
		}
	}
}

func printExc(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var limit, file, chain starlark.Value = starlark.None, starlark.None, starlark.True
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "limit?", &limit, "file?", &file, "chain?", &chain); err != nil {
		return nil, err
	}
	return output(thread, file, trimmed(current(thread), false, !bool(chain.Truth())), limit)
}

func formatExc(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var limit, chain starlark.Value = starlark.None, starlark.True
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "limit?", &limit, "chain?", &chain); err != nil {
		return nil, err
	}
	parts, err := format(thread, trimmed(current(thread), false, !bool(chain.Truth())), limit)
	return starlark.String(strings.Join(parts, "")), err
}

func printException(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var exc, value, tb, limit, file, chain starlark.Value = nil, nil, nil, starlark.None, starlark.None, starlark.True
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "exc", &exc, "value?", &value, "tb?", &tb, "limit?", &limit, "file?", &file, "chain?", &chain); err != nil {
		return nil, err
	}
	e, err := excArg(exc, value, tb, chain)
	if err != nil {
		return nil, err
	}
	return output(thread, file, e, limit)
}

func formatException(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var exc, value, tb, limit, chain starlark.Value = nil, nil, nil, starlark.None, starlark.True
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "exc", &exc, "value?", &value, "tb?", &tb, "limit?", &limit, "chain?", &chain); err != nil {
		return nil, err
	}
	e, err := excArg(exc, value, tb, chain)
	if err != nil {
		return nil, err
	}
	parts, err := format(thread, e, limit)
	return stringList(parts), err
}

func formatExceptionOnly(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var exc, value starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "exc", &exc, "value?", &value); err != nil {
		return nil, err
	}
	e, err := excArg(exc, value, starlark.None, starlark.False)
	if err != nil {
		return nil, err
	}
	if e != nil && e.IsGroup() { // its line only, not the tree of its exceptions
		e.CaptureStr(thread)
		return stringList(append([]string{e.LastLine() + "\n"}, noteLines(e)...)), nil
	}
	parts, err := format(thread, e, starlark.None)
	return stringList(parts), err
}

// noteLines returns the lines of e's notes, each a part, as
// format_exception_only yields them after the exception's line.
func noteLines(e *py.Exception) []string {
	var lines []string
	for _, note := range e.Notes() {
		for _, line := range strings.Split(note, "\n") {
			lines = append(lines, line+"\n")
		}
	}
	return lines
}

// splitNotes makes the lines of e's notes, which the last part ends
// with, parts of their own.
func splitNotes(parts []string, e *py.Exception) []string {
	lines := noteLines(e)
	if len(lines) == 0 || len(parts) == 0 {
		return parts
	}
	last, tail := parts[len(parts)-1], strings.Join(lines, "")
	if len(last) == len(tail) || !strings.HasSuffix(last, tail) {
		return parts
	}
	return append(append(parts[:len(parts)-1], strings.TrimSuffix(last, tail)), lines...)
}

// current is the exception the thread's innermost except clause handles.
func current(thread *starlark.Thread) *py.Exception { return builtins.Handling(thread) }

// excArg picks the exception of print_exception's arguments: value when
// given (the pre-3.10 form exc, value, tb), else exc; nil for None. With
// tb None, the result has no traceback of its own; with chain false, no
// cause nor context.
func excArg(exc, value, tb, chain starlark.Value) (*py.Exception, error) {
	if value != nil && value != starlark.None {
		exc = value
	}
	var e *py.Exception
	switch x := exc.(type) {
	case starlark.NoneType:
		return nil, nil
	case *py.Exception:
		e = x
	case interface{ PyException() *py.Exception }:
		e = x.PyException()
	default:
		return nil, py.Raisef(py.TypeError, "Exception expected for value, %s found", py.TypeName(exc))
	}
	return trimmed(e, tb == starlark.None, !bool(chain.Truth())), nil
}

// trimmed returns e as format_exception shows it: without its own
// traceback (its causes keep theirs) when noTB, without the exceptions
// it chains to when noChain.
func trimmed(e *py.Exception, noTB, noChain bool) *py.Exception {
	if e == nil || !noTB && !noChain {
		return e
	}
	c := *e
	if noTB {
		c.Traceback = nil
	}
	if noChain {
		c.Cause, c.Context = nil, nil
	}
	return &c
}

// output writes the formatted exception to file (None: sys.stderr).
func output(thread *starlark.Thread, file starlark.Value, e *py.Exception, limit starlark.Value) (starlark.Value, error) {
	parts, err := format(thread, e, limit)
	if err != nil {
		return nil, err
	}
	return starlark.None, write(thread, file, strings.Join(parts, ""))
}

// write writes s to file, or to sys.stderr for None.
func write(thread *starlark.Thread, file starlark.Value, s string) error {
	if file == starlark.None {
		builtins.WriteStderr(thread, s)
		return nil
	}
	return builtins.Write(thread, file, s)
}

// format returns format_exception's list for e (nil: no exception).
func format(thread *starlark.Thread, e *py.Exception, limit starlark.Value) ([]string, error) {
	n, err := limitArg(limit)
	if err != nil {
		return nil, err
	}
	if e == nil {
		return []string{"NoneType: None\n"}, nil
	}
	e.CaptureStr(thread)
	return applyLimit(splitNotes(split(core.RuntimeOf(thread).Sources().FormatCaught(e)), e), n), nil
}

func stringList(parts []string) *starlark.List {
	l := make([]starlark.Value, len(parts))
	for i, p := range parts {
		l[i] = starlark.String(p)
	}
	return starlark.NewList(l)
}
