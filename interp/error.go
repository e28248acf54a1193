package interp

// This file defines Error, the error type every Interpreter call returns
// for a script failure, carrying the Python-style traceback.

import (
	"errors"
	"strconv"
	"strings"

	"go.starlark.net/resolve"
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// Error is an uncaught Python exception or a syntax error. Error()
// returns the traceback's last line ("ValueError: bad"); Traceback()
// returns the whole report. errors.As reaches the *py.Exception, and
// for a cancelled call errors.Is reaches context.Cause(ctx) (such as
// context.DeadlineExceeded) or ErrClosed. An Error is immutable and safe
// to use from any goroutine.
type Error struct {
	Exception *py.Exception
	traceback string
	cause     error // the cancellation cause or Go error behind Exception
}

// Error returns the line that names the exception: the traceback's last
// line, or for a message of several lines, the first of them. It is
// never empty.
func (e *Error) Error() string {
	lines := strings.Split(strings.TrimRight(e.traceback, "\n"), "\n")
	n := 0
	if e.Exception != nil {
		n = strings.Count(strings.TrimRight(e.Exception.Message(), "\n"), "\n")
	}
	if n < len(lines) {
		if line := lines[len(lines)-1-n]; strings.TrimSpace(line) != "" {
			return line
		}
	}
	if e.Exception != nil {
		return e.Exception.Class.ClassName
	}
	return "interp: error"
}

// Traceback returns the full Python-style report, ending in a newline.
func (e *Error) Traceback() string { return e.traceback }

// Unwrap returns the exception and, if any, the Go error that caused it.
func (e *Error) Unwrap() []error {
	if e.cause != nil {
		return []error{e.Exception, e.cause}
	}
	return []error{e.Exception}
}

// ExitCode is the process exit status CPython would use for this error.
func (e *Error) ExitCode() int {
	if e.Exception == nil || !e.Exception.Class.IsSubclass(py.SystemExit) {
		return 1
	}
	switch len(e.Exception.Args) {
	case 0:
		return 0
	case 1:
		switch v := py.Unbox(e.Exception.Args[0]).(type) {
		case interface{ Int64() (int64, bool) }:
			n, _ := v.Int64()
			return int(n)
		case starlark.Bool: // sys.exit(True), as unittest.main() exits
			if v {
				return 1
			}
			return 0
		case starlark.NoneType: // exit()
			return 0
		}
	}
	return 1
}

// lastLine returns the last line of s, without its newline.
func lastLine(s string) string {
	s = strings.TrimSuffix(s, "\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// wrapError converts any error from parsing or running into an *Error.
func (in *Interpreter) wrapError(err error) error { return in.wrapSource(err, nil) }

// wrapSource is wrapError for an error in source text src, which syntax
// errors quote.
func (in *Interpreter) wrapSource(err error, src []byte) error {
	var ie *Error
	if errors.As(err, &ie) {
		return ie
	}
	if tb, ok := in.syntaxTraceback(err, src); ok {
		return &Error{Exception: lastLineException(tb), traceback: tb}
	}
	var r reported
	if errors.As(err, &r) {
		return &Error{Exception: py.ToException(r.err)} // the script's sys.excepthook printed it
	}
	exc := py.ToException(err)
	in.rt.Sources().RefineCallError(exc)
	return &Error{Exception: exc, traceback: in.formatTraceback(exc)}
}

// formatTraceback formats exc's traceback, naming an evaluated
// expression's frame <module> as CPython does.
func (in *Interpreter) formatTraceback(exc *py.Exception) string {
	for i, fr := range exc.Traceback {
		if fr.Name == "<expr>" {
			stack := append(starlark.CallStack(nil), exc.Traceback...)
			stack[i].Name = "<module>"
			c := *exc
			c.Traceback = stack
			exc = &c
		}
	}
	return in.rt.Sources().FormatTraceback(exc)
}

// reported is an error that ended the main script and that the
// script's sys.excepthook has reported: it has no traceback to print.
type reported struct{ err error }

func (r reported) Error() string { return r.err.Error() }
func (r reported) Unwrap() error { return r.err }

// lastLineException rebuilds the exception a report ends with, such as
// "IndentationError: unexpected indent".
func lastLineException(tb string) *py.Exception {
	kind, msg, _ := strings.Cut(lastLine(tb), ": ")
	for _, c := range py.BuiltinExceptions() {
		if c.ClassName == kind {
			return py.Raise(c, msg)
		}
	}
	return py.Raise(py.SyntaxError, msg)
}

// syntaxTraceback formats parse and resolve errors as CPython does.
func (in *Interpreter) syntaxTraceback(err error, src []byte) (string, bool) {
	if f, ok := err.(interface{ Format() string }); ok {
		return f.Format(), true
	}
	var se syntax.Error
	if errors.As(err, &se) {
		return formatSyntax(se.Pos, se.Msg, src), true
	}
	var rl resolve.ErrorList
	if errors.As(err, &rl) && len(rl) > 0 {
		msg := rl[0].Msg
		if name, ok := strings.CutPrefix(msg, "undefined: "); ok {
			// CPython finds this at run time and prints a traceback.
			exc := py.Raisef(py.NameError, "name '%s' is not defined", name)
			pos := rl[0].Pos
			return "Traceback (most recent call last):\n" +
				"  File \"" + pos.Filename() + "\", line " + strconv.Itoa(int(pos.Line)) + ", in <module>\n" +
				quoteLine(pos, src) + exc.Error() + "\n", true
		}
		return formatSyntax(rl[0].Pos, msg, src), true
	}
	return "", false
}

// formatSyntax formats a SyntaxError report quoting the line of src at
// pos. (The Python front-end's errors format themselves, with a caret.)
func formatSyntax(pos syntax.Position, msg string, src []byte) string {
	return "  File \"" + pos.Filename() + "\", line " + strconv.Itoa(int(pos.Line)) + "\n" +
		quoteLine(pos, src) + "SyntaxError: " + msg + "\n"
}

// quoteLine returns the line of src at pos, indented for a report, or "".
func quoteLine(pos syntax.Position, src []byte) string {
	lines := strings.Split(string(src), "\n")
	if n := int(pos.Line); n >= 1 && n <= len(lines) {
		if line := strings.TrimSpace(lines[n-1]); line != "" {
			return "    " + line + "\n"
		}
	}
	return ""
}
