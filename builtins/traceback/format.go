package traceback

// This file splits a formatted traceback into format_exception's list
// entries, applies limit, and defines print_stack and format_stack.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

const frameStart = "  File "

// split cuts a formatted traceback into CPython's entries: the header,
// one entry per frame (with its source line), a chaining message, and
// the exception line, with every further line of its message.
func split(text string) []string {
	var parts []string
	inExc := false // the last part is an exception line
	lines := strings.SplitAfter(text, "\n")
	for i, line := range lines {
		n := len(parts)
		switch {
		case line == "":
		case inExc && !(line == "\n" && i+1 < len(lines) && chainLine(lines[i+1])):
			parts[n-1] += line // the message's next line
		case n > 0 && strings.HasPrefix(line, "    ") && strings.HasPrefix(parts[n-1], frameStart):
			parts[n-1] += line
		case n > 0 && strings.HasPrefix(parts[n-1], "\n") && strings.Count(parts[n-1], "\n") < 3:
			parts[n-1] += line // "\nThe above exception ...:\n\n"
		default:
			parts = append(parts, line)
			inExc = line != tracebackHeader && !strings.HasPrefix(line, frameStart) && line != "\n"
		}
	}
	return parts
}

const tracebackHeader = "Traceback (most recent call last):\n"

// chainLine reports whether line starts the message between chained
// exceptions.
func chainLine(line string) bool {
	return strings.HasPrefix(line, "The above exception was the direct cause") ||
		strings.HasPrefix(line, "During handling of the above exception")
}

// limitArg unpacks limit: nil for None.
func limitArg(v starlark.Value) (*int, error) {
	if v == starlark.None {
		return nil, nil
	}
	n, err := starlark.AsInt32(v)
	if err != nil {
		return nil, py.Raisef(py.TypeError, "'>=' not supported between instances of '%s' and 'int'", py.TypeName(v))
	}
	return &n, nil
}

// applyLimit keeps the first limit frames of each traceback in parts (the
// last -limit when negative), and drops the header of one left empty.
func applyLimit(parts []string, limit *int) []string {
	if limit == nil {
		return parts
	}
	var out []string
	for i := 0; i < len(parts); {
		j := i
		for j < len(parts) && strings.HasPrefix(parts[j], frameStart) {
			j++
		}
		if j == i {
			out = append(out, parts[i])
			i++
			continue
		}
		frames := keep(parts[i:j], *limit)
		if len(frames) == 0 && len(out) > 0 && strings.HasPrefix(out[len(out)-1], "Traceback ") {
			out = out[:len(out)-1]
		}
		out = append(out, frames...)
		i = j
	}
	return out
}

func keep[T any](frames []T, limit int) []T {
	if limit >= 0 {
		return frames[:min(limit, len(frames))]
	}
	return frames[max(0, len(frames)+limit):]
}

func printStack(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var f, limit, file starlark.Value = starlark.None, starlark.None, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "f?", &f, "limit?", &limit, "file?", &file); err != nil {
		return nil, err
	}
	frames, err := stack(thread, f, limit)
	if err != nil {
		return nil, err
	}
	return starlark.None, write(thread, file, strings.Join(frames, ""))
}

func formatStack(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var f, limit starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "f?", &f, "limit?", &limit); err != nil {
		return nil, err
	}
	frames, err := stack(thread, f, limit)
	return stringList(frames), err
}

// stack returns the entries of the caller's stack, or of frame f and
// its callers, outermost first; with limit, the innermost limit of them
// (CPython's limit for stacks).
func stack(thread *starlark.Thread, f, limit starlark.Value) ([]string, error) {
	cs, err := callStack(thread, f, limit)
	if err != nil {
		return nil, err
	}
	return frameEntries(core.RuntimeOf(thread).Sources().FormatStack(cs)), nil
}

// frameEntries returns the frame entries of a formatted traceback or
// stack, each with its source and caret lines.
func frameEntries(text string) []string {
	var frames []string
	for _, p := range split(text) {
		if strings.HasPrefix(p, frameStart) {
			frames = append(frames, p)
		}
	}
	return frames
}

// callStack returns the visible frames of the caller's stack, or those
// from the outermost to frame f, keeping the innermost limit of them.
func callStack(thread *starlark.Thread, f, limit starlark.Value) (starlark.CallStack, error) {
	n, err := limitArg(limit)
	if err != nil {
		return nil, err
	}
	var cs starlark.CallStack
	switch f := f.(type) {
	case starlark.NoneType:
		cs = thread.CallStack()
		cs = py.VisibleFrames(cs[:len(cs)-1])
	case *core.Frame:
		cs = f.Stack()
	default:
		return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute 'f_lineno'", py.TypeName(f))
	}
	if n != nil {
		cs = keep(cs, -*n)
	}
	return cs, nil
}
