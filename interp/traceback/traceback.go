package traceback

// This file defines Sources, the files an Interpreter compiled, and the
// Python-style tracebacks formatted from them.

import (
	"fmt"
	"strconv"
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
	w := &chainWriter{s: s, seen: seen, hook: hook}
	w.chain(e)
	return w.b.String()
}

// chainWriter writes an exception's traceback and those chained to it,
// and for an exception group its exceptions', each in a box as
// CPython's traceback._ExceptionPrintContext draws them.
type chainWriter struct {
	s         *Sources
	seen      map[*py.Exception]bool
	hook      bool
	b         strings.Builder
	depth     int  // the exception group nesting
	needClose bool // the last box of a group is still open
}

// Group limits, as CPython's TracebackException has them.
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// emit writes text, each line in the margin of the current group depth.
func (w *chainWriter) emit(text string, margin byte) {
	if w.depth == 0 {
		w.b.WriteString(text)
		return
	}
	prefix := strings.Repeat(" ", 2*w.depth) + string(margin) + " "
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			w.b.WriteString(prefix + line)
		}
	}
}

func (w *chainWriter) indent() string { return strings.Repeat(" ", 2*w.depth) }

// caught writes e as it was caught: its frames from the one that caught
// it (a cause, a context, an exception of a group).
func (w *chainWriter) caught(e *py.Exception) {
	w.seen[e] = true
	c := *e
	c.Traceback = e.CaughtTraceback()
	w.chain(&c)
}

// chain writes e after the chain before it.
func (w *chainWriter) chain(e *py.Exception) {
	w.seen[e] = true
	switch {
	case e.Cause != nil && !w.seen[e.Cause]:
		w.caught(e.Cause)
		w.emit("\nThe above exception was the direct cause of the following exception:\n\n", '|')
	case e.Cause == nil && e.Context != nil && !e.SuppressContext && !w.seen[e.Context]:
		w.caught(e.Context)
		w.emit("\nDuring handling of the above exception, another exception occurred:\n\n", '|')
	}
	switch {
	case e.IsGroup() && w.depth > maxGroupDepth:
		w.emit(fmt.Sprintf("... (max_group_depth is %d)\n", maxGroupDepth), '|')
	case e.IsGroup():
		w.group(e)
	default:
		w.emit(w.frames(e, "Traceback (most recent call last):\n"), '|')
		w.emit(w.exceptionOnly(e), '|')
	}
}

// frames returns header and e's frames, or "" if none is visible.
func (w *chainWriter) frames(e *py.Exception, header string) string {
	if len(py.VisibleFrames(e.Traceback)) == 0 {
		return ""
	}
	style := pyCarets
	if w.hook {
		style = cCarets
	}
	var b strings.Builder
	b.WriteString(header)
	w.s.writeFrames(&b, e.Traceback, style)
	return b.String()
}

// exceptionOnly returns "Type: message" and the notes.
func (w *chainWriter) exceptionOnly(e *py.Exception) string {
	text := e.LastLine()
	if w.hook && e.Report == "" {
		text += e.Suggestion()
	}
	text += "\n"
	for _, note := range e.Notes() {
		text += note + "\n"
	}
	return text
}

// group writes an exception group: its frames, its line, then each of
// its exceptions in a numbered box.
func (w *chainWriter) group(e *py.Exception) {
	top := w.depth == 0
	if top {
		w.depth++
	}
	margin := byte('|')
	if top {
		margin = '+'
	}
	if text := w.frames(e, "Exception Group Traceback (most recent call last):\n"); text != "" {
		header, rest, _ := strings.Cut(text, "\n")
		w.emit(header+"\n", margin)
		w.emit(rest, '|')
	}
	w.emit(w.exceptionOnly(e), '|')
	excs := e.GroupExceptions()
	n := min(len(excs), maxGroupWidth+1)
	w.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			w.needClose = true
		}
		title := strconv.Itoa(i + 1)
		if i >= maxGroupWidth {
			title = "..."
		}
		corner := "  "
		if i == 0 {
			corner = "+-"
		}
		w.b.WriteString(w.indent() + corner + "+---------------- " + title + " ----------------\n")
		w.depth++
		if i < maxGroupWidth {
			w.caught(excs[i])
		} else {
			more := len(excs) - maxGroupWidth
			w.emit(fmt.Sprintf("and %d more exception%s\n", more, map[bool]string{true: "s"}[more > 1]), '|')
		}
		if last && w.needClose {
			w.b.WriteString(w.indent() + "+------------------------------------\n")
			w.needClose = false
		}
		w.depth--
	}
	if top {
		w.depth = 0
	}
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
	w := &chainWriter{s: s, seen: seen, hook: hook}
	w.caught(e)
	return w.b.String()
}

// SourceLines returns a copy of the lines of filename as AddSource
// registered them (without their newlines), or nil.
func (s *Sources) SourceLines(filename string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.sources[filename]...)
}
