package traceback

// This file defines the functions of a traceback object (e.__traceback__):
// extract_tb, format_tb and print_tb.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// tbException returns the exception of traceback tb, nil for None,
// without its chained exceptions: format_tb shows this traceback only;
// and the index of tb's first frame among the exception's (tb_next's
// traceback starts at the second).
func tbException(tb starlark.Value) (*py.Exception, int, error) {
	if tb == starlark.None {
		return nil, 0, nil
	}
	t, ok := tb.(*py.TracebackValue)
	if !ok {
		return nil, 0, py.Raisef(py.AttributeError, "'%s' object has no attribute 'tb_frame'", py.TypeName(tb))
	}
	e := *t.Exc
	e.Cause, e.Context = nil, nil
	return &e, t.Index, nil
}

// tbEntries returns format_tb's entries for tb: the frame entries, with
// source and caret lines, of its exception's own traceback.
func tbEntries(thread *starlark.Thread, tb, limit starlark.Value) ([]string, error) {
	n, err := limitArg(limit)
	if err != nil {
		return nil, err
	}
	e, first, err := tbException(tb)
	if e == nil {
		return nil, err
	}
	e.CaptureStr(thread)
	frames := frameEntries(core.RuntimeOf(thread).Sources().FormatCaught(e))
	frames = frames[min(first, len(frames)):]
	if n != nil {
		frames = keep(frames, *n)
	}
	return frames, nil
}

// formatTB implements format_tb(tb, limit=None).
func formatTB(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tb, limit starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "tb", &tb, "limit?", &limit); err != nil {
		return nil, err
	}
	parts, err := tbEntries(thread, tb, limit)
	return stringList(parts), err
}

// printTB implements print_tb(tb, limit=None, file=None).
func printTB(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tb, limit, file starlark.Value = nil, starlark.None, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "tb", &tb, "limit?", &limit, "file?", &file); err != nil {
		return nil, err
	}
	parts, err := tbEntries(thread, tb, limit)
	if err != nil {
		return nil, err
	}
	return starlark.None, write(thread, file, strings.Join(parts, ""))
}

// extractTB implements extract_tb(tb, limit=None): a FrameSummary per
// frame of tb.
func extractTB(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tb, limit starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "tb", &tb, "limit?", &limit); err != nil {
		return nil, err
	}
	n, err := limitArg(limit)
	if err != nil {
		return nil, err
	}
	e, first, err := tbException(tb)
	if e == nil {
		return starlark.NewList(nil), err
	}
	cs := py.VisibleFrames(e.CaughtTraceback())
	cs = cs[min(first, len(cs)):]
	if n != nil {
		cs = keep(cs, *n)
	}
	return summaries(thread, cs), nil
}
