package traceback

// This file defines the functions of a traceback object (e.__traceback__):
// extract_tb, format_tb and print_tb.

import (
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// tbEntries returns format_tb's entries for tb (None: none): the frame
// entries, with source and caret lines, of its exception's own traceback.
func tbEntries(thread *starlark.Thread, tb, limit starlark.Value) ([]string, error) {
	n, err := limitArg(limit)
	if err != nil {
		return nil, err
	}
	if tb == starlark.None {
		return nil, nil
	}
	t, ok := tb.(*py.TracebackValue)
	if !ok {
		return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute 'tb_frame'", py.TypeName(tb))
	}
	e := *t.Exc
	e.Cause, e.Context = nil, nil // this traceback only
	e.CaptureStr(thread)
	var frames []string
	for _, p := range split(core.RuntimeOf(thread).Sources().FormatCaught(&e)) {
		if strings.HasPrefix(p, frameStart) {
			frames = append(frames, p)
		}
	}
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
// entry of format_tb.
func extractTB(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tb, limit starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "tb", &tb, "limit?", &limit); err != nil {
		return nil, err
	}
	parts, err := tbEntries(thread, tb, limit)
	if err != nil {
		return nil, err
	}
	out := make([]starlark.Value, len(parts))
	for i, p := range parts {
		out[i] = entrySummary(p)
	}
	return starlark.NewList(out), nil
}

// entrySummary parses a frame entry, `  File "f", line n, in name` and
// its source line, into a FrameSummary.
func entrySummary(entry string) *FrameSummary {
	lines := strings.Split(entry, "\n")
	head := strings.TrimPrefix(lines[0], frameStart+`"`)
	s := &FrameSummary{}
	if i := strings.LastIndex(head, `", line `); i >= 0 {
		s.filename = head[:i]
		rest := head[i+len(`", line `):]
		if j := strings.Index(rest, ", in "); j >= 0 {
			s.lineno, _ = strconv.Atoi(rest[:j])
			s.name = rest[j+len(", in "):]
		}
	}
	if len(lines) > 1 {
		s.line = strings.TrimSpace(lines[1])
	}
	return s
}
