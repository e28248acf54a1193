package pyast

// This file defines Error, the CPython-style syntax error.

import (
	"fmt"
	"strings"
)

// An Error is a syntax error in Python source. Its Error method returns
// the last line of CPython's report ("SyntaxError: invalid syntax") and
// Format returns the whole report. Errors are immutable values, safe to
// share between goroutines.
type Error struct {
	Filename  string
	Line, Col int    // 1-based; Col is 0 when the report has no caret
	Msg       string // message without the class name
	Text      string // the offending source line, without its newline
	Kind      string // "SyntaxError" (when empty), "IndentationError", ...

	// EOF says that the input ended too early (the REPL asks for more).
	EOF bool
}

// Error returns the error's class and message, as CPython's last line.
func (e *Error) Error() string {
	if e.Msg == "" {
		return e.kind() // MemoryError
	}
	return e.kind() + ": " + e.Msg
}

func (e *Error) kind() string {
	if e.Kind == "" {
		return "SyntaxError"
	}
	return e.Kind
}

// Format returns CPython's report: the file and line, the source line,
// a caret under the column, and the class and message. Every line ends
// with a newline. An error with no line (Line 0: an undecodable file,
// "maximum recursion depth exceeded during compilation") is reported by
// its last line alone, as CPython does.
func (e *Error) Format() string {
	if e.Line == 0 {
		return e.Error() + "\n"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Line)
	text := strings.TrimRight(e.Text, " \t\r\n")
	if text != "" {
		trimmed := strings.TrimLeft(text, " \t\f")
		fmt.Fprintf(&b, "    %s\n", trimmed)
		if e.Col > 0 {
			col := e.Col - 1 - (len([]rune(text)) - len([]rune(trimmed)))
			if col < 0 {
				col = 0
			}
			fmt.Fprintf(&b, "    %s^\n", strings.Repeat(" ", col))
		}
	}
	b.WriteString(e.Error())
	b.WriteString("\n")
	return b.String()
}

// LineText returns line n (1-based) of src without its line ending.
func LineText(src []byte, n int) string {
	s := string(src)
	for i := 1; i < n; i++ {
		j := strings.IndexAny(s, "\r\n")
		if j < 0 {
			return ""
		}
		if s[j] == '\r' && j+1 < len(s) && s[j+1] == '\n' {
			j++
		}
		s = s[j+1:]
	}
	if j := strings.IndexAny(s, "\r\n"); j >= 0 {
		s = s[:j]
	}
	return s
}

// RecursionError is CPython's error for a tree too deep to compile,
// reported without a location.
func RecursionError(filename string) *Error {
	return &Error{Filename: filename, Kind: "RecursionError", Msg: "maximum recursion depth exceeded during compilation"}
}
