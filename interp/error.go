package interp

// This file defines Error, the error type every Interpreter call returns
// for a script failure, carrying the Python-style traceback.

import (
	"errors"
	"strings"

	"go.starlark.net/resolve"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
)

// Error is an uncaught Python exception or a syntax error. Error()
// returns the traceback's last line ("ValueError: bad"); Traceback()
// returns the whole report. It is safe to use from any goroutine.
type Error struct {
	Exception *core.Exception
	traceback string
}

func (e *Error) Error() string { return strings.TrimSuffix(lastLine(e.traceback), "\n") }

// Traceback returns the full Python-style report, ending in a newline.
func (e *Error) Traceback() string { return e.traceback }

// Unwrap returns the underlying exception.
func (e *Error) Unwrap() error { return e.Exception }

// ExitCode is the process exit status CPython would use for this error.
func (e *Error) ExitCode() int {
	if e.Exception == nil || !e.Exception.Class.IsSubclass(core.SystemExit) {
		return 1
	}
	switch len(e.Exception.Args) {
	case 0:
		return 0
	case 1:
		if n, ok := core.Unbox(e.Exception.Args[0]).(interface{ Int64() (int64, bool) }); ok {
			v, _ := n.Int64()
			return int(v)
		}
	}
	return 1
}

func lastLine(s string) string {
	s = strings.TrimSuffix(s, "\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// wrapError converts any error from parsing or running into an *Error.
func (in *Interpreter) wrapError(err error) error {
	var ie *Error
	if errors.As(err, &ie) {
		return ie
	}
	if tb, ok := syntaxTraceback(err); ok {
		return &Error{Exception: core.Raise(core.SyntaxError, lastLine(tb)), traceback: tb}
	}
	exc := core.ToException(err)
	return &Error{Exception: exc, traceback: in.rt.FormatTraceback(exc)}
}

// syntaxTraceback formats parse and resolve errors as CPython does.
func syntaxTraceback(err error) (string, bool) {
	if f, ok := err.(interface{ Format() string }); ok {
		return f.Format(), true
	}
	var se syntax.Error
	if errors.As(err, &se) {
		return formatSyntax(se.Pos, se.Msg, "SyntaxError"), true
	}
	var rl resolve.ErrorList
	if errors.As(err, &rl) && len(rl) > 0 {
		msg := rl[0].Msg
		kind := "SyntaxError"
		if strings.HasPrefix(msg, "undefined: ") {
			kind = "NameError"
			msg = "name '" + strings.TrimPrefix(msg, "undefined: ") + "' is not defined"
		}
		return formatSyntax(rl[0].Pos, msg, kind), true
	}
	return "", false
}

func formatSyntax(pos syntax.Position, msg, kind string) string {
	var b strings.Builder
	b.WriteString("  File \"" + pos.Filename() + "\", line " + itoa(int(pos.Line)) + "\n")
	b.WriteString(kind + ": " + msg + "\n")
	return b.String()
}

func itoa(n int) string {
	return strings.TrimSpace(strings.Repeat(" ", 0) + fmtInt(n))
}
