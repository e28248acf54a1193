package traceback

// This file defines Sources, the files an Interpreter compiled, and the
// Python-style tracebacks formatted from them.

import (
	"fmt"
	"strings"
	"sync"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// Sources holds the text and the SourceMap of every file an Interpreter
// compiled, and formats the tracebacks of its exceptions from them: the
// source line of each frame, and (carets.go) the caret line under the
// expression that failed. Its methods are safe for concurrent use.
type Sources struct {
	mu         sync.Mutex
	sources    map[string][]string
	sourceMaps map[string]*abi.SourceMap // see AddSourceMap
}

// RefineCallError completes the message of e, a bad call of a def or a
// division by zero, with what the SourceMap of its file tells (see
// Exception.RefineCallError), and words an augmented assignment's
// unsupported operation (Exception.RefineAugmented); it does nothing for
// a nil s. Call it with the GIL.
func (s *Sources) RefineCallError(e *py.Exception) {
	if s != nil {
		e.RefineCallError(s.sourceMap)
		e.RefineAugmented(s.rawSourceLine)
	}
}

// RefineZeroDivisionWith rewords e, a division by zero, from the
// run-time values lookup gives (see Exception.RefineZeroDivisionWith);
// it does nothing for a nil s. Call it with the GIL.
func (s *Sources) RefineZeroDivisionWith(e *py.Exception, lookup py.VarLookup) {
	if s != nil {
		e.RefineZeroDivisionWith(s.sourceMap, lookup)
	}
}

// AddSource records a file's text so tracebacks can show its lines.
func (s *Sources) AddSource(filename string, src []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sources == nil {
		s.sources = map[string][]string{}
	}
	s.sources[filename] = strings.Split(string(src), "\n")
}

// SourceLine returns line n (1-based) of filename, trimmed, or "".
func (s *Sources) SourceLine(filename string, n int32) string {
	return strings.TrimSpace(s.rawSourceLine(filename, n))
}

// rawSourceLine returns line n (1-based) of filename as is, or "".
func (s *Sources) rawSourceLine(filename string, n int32) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	lines := s.sources[filename]
	if n < 1 || int(n) > len(lines) {
		return ""
	}
	return lines[n-1]
}

// FormatTraceback returns the Python traceback for err: the header, one
// entry per visible frame with its source line, "Type: message" and the
// exception's notes, after the traceback of its cause (or of its
// context, unless suppressed), as CPython chains them.
// The last line of each exception ends with the "Did you mean" trailer
// a default hook recorded in it (see package suggest).
func (s *Sources) FormatTraceback(err error) string {
	return s.formatChain(py.ToException(err), map[*py.Exception]bool{}, true)
}

// formatChain formats e after the chain before it, with the trailers of
// package suggest if hook is set; seen guards against a cycle of causes
// and contexts.
func (s *Sources) formatChain(e *py.Exception, seen map[*py.Exception]bool, hook bool) string {
	seen[e] = true
	var b strings.Builder
	switch {
	case e.Cause != nil && !seen[e.Cause]:
		b.WriteString(s.formatCaught(e.Cause, seen, hook))
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	case e.Cause == nil && e.Context != nil && !e.SuppressContext && !seen[e.Context]:
		b.WriteString(s.formatCaught(e.Context, seen, hook))
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if len(py.VisibleFrames(e.Traceback)) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		style := pyCarets
		if hook {
			style = cCarets
		}
		s.writeFrames(&b, e.Traceback, style)
	}
	b.WriteString(e.LastLine())
	if hook && e.Report == "" {
		b.WriteString(e.Suggestion())
	}
	b.WriteString("\n")
	for _, note := range e.Notes() {
		b.WriteString(note)
		b.WriteString("\n")
	}
	return b.String()
}

// FormatStack returns the entries of the visible frames of stack, as
// traceback.format_stack writes them: with no caret lines, since CPython
// knows only the line of each frame of a live stack.
func (s *Sources) FormatStack(stack starlark.CallStack) string {
	var b strings.Builder
	s.writeFrames(&b, stack, noCarets)
	return b.String()
}

// writeFrames writes the entries of the visible frames of stack, with
// caret lines of the given style.
func (s *Sources) writeFrames(b *strings.Builder, stack starlark.CallStack, carets caretStyle) {
	for _, fr := range py.VisibleFrames(stack) {
		name := fr.Name
		if name == "<toplevel>" {
			name = "<module>"
		}
		var a *abi.Anchor
		if carets != noCarets {
			a = s.anchorAt(fr.Pos)
			for _, c := range s.compsAt(fr.Pos) {
				// CPython runs a comprehension in a frame of its own,
				// under the whole comprehension in the frame that runs it
				s.writeFrame(b, fr.Pos, name, &abi.Anchor{Start: c.Start, End: c.End}, carets)
				name = c.Name
			}
		}
		s.writeFrame(b, fr.Pos, name, a, carets)
	}
}

// compsAt returns the comprehensions that run the instruction at pos
// (see abi.SourceMap.CompsAt).
func (s *Sources) compsAt(pos syntax.Position) []*abi.Comp {
	return s.sourceMap(pos.Filename()).CompsAt(abi.Pos{Line: pos.Line, Col: pos.Col})
}

// writeFrame writes the entry of a frame of function name at pos: its
// file and line, the source line, if known, and the caret line under its
// failing expression a, if known and CPython shows one. The line is that
// of the start of a, as in CPython.
func (s *Sources) writeFrame(b *strings.Builder, pos syntax.Position, name string, a *abi.Anchor, style caretStyle) {
	switch {
	case a == nil:
	case a.Start.Line <= pos.Line:
		pos.Line = a.Start.Line
	default:
		a = nil
	}
	fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", pos.Filename(), pos.Line, name)
	raw := s.rawSourceLine(pos.Filename(), pos.Line)
	line := strings.TrimSpace(raw)
	if line == "" {
		return
	}
	fmt.Fprintf(b, "    %s\n", line)
	if carets := caretLine(a, raw, style); carets != "" {
		fmt.Fprintf(b, "    %s\n", carets)
	}
}

// FormatCaught is FormatTraceback for an exception that an except clause
// caught: its frames start at the one that caught it, as CPython's
// traceback.format_exc() and logging.exception() show them, without the
// trailers of the default hooks.
func (s *Sources) FormatCaught(e *py.Exception) string {
	return s.formatCaught(e, map[*py.Exception]bool{}, false)
}

func (s *Sources) formatCaught(e *py.Exception, seen map[*py.Exception]bool, hook bool) string {
	seen[e] = true
	c := *e
	c.Traceback = e.CaughtTraceback()
	return s.formatChain(&c, seen, hook)
}

// SourceLines returns a copy of the lines of filename as AddSource
// registered them (without their newlines), or nil.
func (s *Sources) SourceLines(filename string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.sources[filename]...)
}
