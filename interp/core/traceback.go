package core

// This file defines Python-style tracebacks and the mapping of Starlark
// VM errors to Python exceptions.

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// AddSource records a file's text so tracebacks can show its lines.
func (rt *Runtime) AddSource(filename string, src []byte) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if rt.sources == nil {
		rt.sources = map[string][]string{}
	}
	rt.sources[filename] = strings.Split(string(src), "\n")
}

// SourceLine returns line n (1-based) of filename, trimmed, or "".
func (rt *Runtime) SourceLine(filename string, n int32) string {
	return strings.TrimSpace(rt.rawSourceLine(filename, n))
}

// rawSourceLine returns line n (1-based) of filename as is, or "".
func (rt *Runtime) rawSourceLine(filename string, n int32) string {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	lines := rt.sources[filename]
	if n < 1 || int(n) > len(lines) {
		return ""
	}
	return lines[n-1]
}

// ToException converts any error from the VM or a builtin into a Python
// exception, keeping the call stack of an EvalError as its traceback.
func ToException(err error) *Exception {
	var ee *starlark.EvalError
	hasStack := errors.As(err, &ee)
	e, ok := AsException(err)
	if !ok {
		msg := err.Error()
		if hasStack {
			msg = ee.Msg
		}
		e = mapMessage(msg)
		e.floatMsg = floatDivMessages[msg]
	}
	if hasStack && e.Traceback == nil {
		e.Traceback = ee.CallStack
	}
	return e
}

var vmErrors = []struct {
	re  *regexp.Regexp
	cls *Class
	msg string // replacement; "" keeps the message
}{
	// Starlark's messages don't say whether the operands were ints; these
	// are CPython's words for the int operands tutorials use.
	{regexp.MustCompile(`^floating-point division by zero$`), ZeroDivisionError, "division by zero"},
	{regexp.MustCompile(`^floored division by zero$`), ZeroDivisionError, "integer division or modulo by zero"},
	{regexp.MustCompile(`^integer modulo by zero$`), ZeroDivisionError, "integer modulo by zero"},
	{regexp.MustCompile(`^floating-point modulo by zero$`), ZeroDivisionError, "float modulo"},
	{regexp.MustCompile(`by zero$`), ZeroDivisionError, ""},
	{regexp.MustCompile(`index (-?\d+) out of range`), IndexError, "list index out of range"},
	{regexp.MustCompile(`^key (.*) not in dict$`), KeyError, "$1"},
	{regexp.MustCompile(`^remove: element not found$`), ValueError, "list.remove(x): x not in list"},
	{regexp.MustCompile(`^undefined: (\w+)$`), NameError, "name '$1' is not defined"},
	{regexp.MustCompile(`^(?:\w+: )?([\w.]+): unexpected keyword argument "(\w+)"`), TypeError, "$1() got an unexpected keyword argument '$2'"},
	{regexp.MustCompile(`^(?:\w+: )?([\w.]+): missing argument for (\w+)$`), TypeError, "$1() missing 1 required positional argument: '$2'"},
	{regexp.MustCompile(`^(?:\w+: )?([\w.]+): got multiple values for (?:keyword )?(?:argument|parameter) "?(\w+)"?$`), TypeError, "$1() got multiple values for argument '$2'"},
	{regexp.MustCompile(`^local variable (\w+) referenced before assignment$`), UnboundLocalError, "cannot access local variable '$1' where it is not associated with a value"},
	{regexp.MustCompile(`has no .?field or method .?(\w+)`), AttributeError, ""},
	{regexp.MustCompile(`^Starlark computation cancelled: too many steps$`), RuntimeError, "too many steps"},
	{regexp.MustCompile(`^Starlark computation cancelled: RecursionError: (.*)$`), RecursionError, "$1"},
	{regexp.MustCompile(`^Starlark computation cancelled: (.*)$`), KeyboardInterrupt, ""},
	{regexp.MustCompile(`unknown binary op|unsupported|not iterable|not callable|unhashable|got .* want|missing .*argument|unexpected keyword|takes|for parameter|invalid call`), TypeError, ""},
	{regexp.MustCompile(`^invalid literal|invalid syntax|empty string|not in list|out of range|too many values|too few values`), ValueError, ""},
	{regexp.MustCompile(`called recursively|stack overflow`), RecursionError, "maximum recursion depth exceeded"},
	{regexp.MustCompile(`^comparison exceeded maximum recursion depth$`), RecursionError, "maximum recursion depth exceeded in comparison"},
}

// noMemory matches the VM's refusals of huge repeats and the step hook's
// MemoryError, which CPython reports as a MemoryError without message.
var noMemory = regexp.MustCompile(`^Starlark computation cancelled: MemoryError$|^excessive repeat \(|^repeat count \d+ too large$`)

// mapMessage turns a VM error message into the closest Python exception.
func mapMessage(msg string) *Exception {
	if strings.HasPrefix(msg, "Starlark computation cancelled: ") && (isInterrupt(errors.New(msg)) || strings.HasSuffix(msg, ": KeyboardInterrupt")) {
		return NewException(KeyboardInterrupt)
	}
	if noMemory.MatchString(msg) {
		return memoryError()
	}
	if m, ok := callError(msg); ok {
		e := Raise(TypeError, m)
		e.bindMsg, e.bindFn = msg, callErrorFunc(msg)
		return e
	}
	if e, ok := vmError(stripBuiltinPrefix(msg)); ok {
		return e
	}
	for _, m := range vmErrors {
		sub := m.re.FindStringSubmatchIndex(msg)
		if sub == nil {
			continue
		}
		if m.msg == "" {
			return Raise(m.cls, stripBuiltinPrefix(msg))
		}
		out := string(m.re.ExpandString(nil, m.msg, msg, sub))
		if m.cls == KeyError {
			return &Exception{Class: KeyError, Args: starlark.Tuple{keyErrorArg(out)}}
		}
		return Raise(m.cls, out)
	}
	return Raise(RuntimeError, stripBuiltinPrefix(msg))
}

// keyErrorArg recovers the key from Starlark's quoted repr where possible.
func keyErrorArg(s string) starlark.Value {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return starlark.String(strings.ReplaceAll(s[1:len(s)-1], `\"`, `"`))
	}
	var i int
	if _, err := fmt.Sscan(s, &i); err == nil {
		return starlark.MakeInt(i)
	}
	return starlark.String(s)
}

var builtinPrefix = regexp.MustCompile(`^[a-z_.]+: `)

// stripBuiltinPrefix removes Starlark's "fn: " prefix from builtin errors.
func stripBuiltinPrefix(msg string) string {
	return builtinPrefix.ReplaceAllString(msg, "")
}

// FormatTraceback returns the Python traceback for err: the header, one
// entry per visible frame with its source line, and "Type: message".
func (rt *Runtime) FormatTraceback(err error) string {
	e := ToException(err)
	var b strings.Builder
	if e.Cause != nil {
		b.WriteString(rt.FormatCaught(e.Cause)) // the cause was caught
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	}
	if len(visibleFrames(e.Traceback)) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		rt.writeFrames(&b, e.Traceback, true)
	}
	b.WriteString(rt.lastLine(e))
	b.WriteString("\n")
	return b.String()
}

// FormatStack returns the entries of the visible frames of stack, as
// traceback.format_stack writes them: with no caret lines, since CPython
// knows only the line of each frame of a live stack.
func (rt *Runtime) FormatStack(stack starlark.CallStack) string {
	var b strings.Builder
	rt.writeFrames(&b, stack, false)
	return b.String()
}

// writeFrames writes the entries of the visible frames of stack, with
// caret lines if carets is set.
func (rt *Runtime) writeFrames(b *strings.Builder, stack starlark.CallStack, carets bool) {
	for _, fr := range visibleFrames(stack) {
		name := fr.Name
		if name == "<toplevel>" {
			name = "<module>"
		}
		var a *abi.Anchor
		if carets {
			a = rt.anchorAt(fr.Pos)
		}
		rt.writeFrame(b, fr.Pos, name, a)
	}
}

// writeFrame writes the entry of a frame of function name at pos: its
// file and line, the source line, if known, and the caret line under its
// failing expression a, if known and CPython shows one. The line is that
// of the start of a, as in CPython.
func (rt *Runtime) writeFrame(b *strings.Builder, pos syntax.Position, name string, a *abi.Anchor) {
	switch {
	case a == nil:
	case a.Start.Line <= pos.Line:
		pos.Line = a.Start.Line
	default:
		a = nil
	}
	fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", pos.Filename(), pos.Line, name)
	raw := rt.rawSourceLine(pos.Filename(), pos.Line)
	line := strings.TrimSpace(raw)
	if line == "" {
		return
	}
	fmt.Fprintf(b, "    %s\n", line)
	if carets := caretLine(a, raw); carets != "" {
		fmt.Fprintf(b, "    %s\n", carets)
	}
}

// MarkCaught records that an except clause run by thread caught e, so
// that FormatCaught can start e's traceback where CPython's
// e.__traceback__ starts: at the frame whose try statement caught it.
// The caller is the builtin running the try statement.
func (e *Exception) MarkCaught(thread *starlark.Thread) {
	if d := thread.CallStackDepth(); d >= 2 {
		e.caughtIdx, e.caughtAt = d-2, thread.CallFrame(1)
	}
}

// caughtTraceback returns e.Traceback from the frame that caught it, or
// all of it when that frame is not on it (e was raised in another thread).
func (e *Exception) caughtTraceback() starlark.CallStack {
	tb, i := e.Traceback, e.caughtIdx
	if e.caughtAt.Name == "" || i >= len(tb) || tb[i] != e.caughtAt {
		return tb
	}
	for i > 0 && (tb[i].Pos.Filename() == "<builtin>" || abi.Hidden(tb[i].Name)) {
		i-- // a try body runs in the frame of its function
	}
	return tb[i:]
}

// FormatCaught is FormatTraceback for an exception that an except clause
// caught: its frames start at the one that caught it, as CPython's
// traceback.format_exc() and logging.exception() show them.
func (rt *Runtime) FormatCaught(e *Exception) string {
	c := *e
	c.Traceback = e.caughtTraceback()
	return rt.FormatTraceback(&c)
}

// lastLine is a traceback's last line as CPython writes it: the class
// name, qualified by its module unless that is builtins or __main__, then
// str(e) (a user class's __str__ result, when Freeze captured it).
func (rt *Runtime) lastLine(e *Exception) string {
	if e.Report != "" {
		return e.Report
	}
	name := e.Class.ClassName
	if m := e.Class.Module; m != "" && m != "builtins" && m != "__main__" {
		name = m + "." + name
	}
	msg := e.Message()
	if e.str != nil {
		msg = *e.str
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// visibleFrames drops builtin frames and the front-end's synthesized
// functions (abi.Hidden), keeping the user's own frames.
func visibleFrames(stack starlark.CallStack) starlark.CallStack {
	out, _ := visibleIndexed(stack)
	return out
}

// VisibleFrames returns the frames of stack that Python shows: those of
// the user's functions, without builtins and synthesized functions.
func VisibleFrames(stack starlark.CallStack) starlark.CallStack { return visibleFrames(stack) }

// visibleIndexed is visibleFrames, also returning the index in stack of
// each visible frame's function.
func visibleIndexed(stack starlark.CallStack) (starlark.CallStack, []int) {
	var out starlark.CallStack
	var idx []int
	for i, fr := range stack {
		if fr.Pos.Filename() == "<builtin>" || abi.Hidden(fr.Name) && !abi.InCallerFrame(fr.Name) {
			continue
		}
		// a try, except, else or finally body, or the lambda of a chained
		// comparison's operand, runs in the enclosing function's frame
		if abi.Hidden(fr.Name) || fr.Name == "lambda" && i > 0 && abi.LambdaInCallerFrame(stack[i-1].Name) {
			if len(out) > 0 {
				out[len(out)-1].Pos = fr.Pos
			}
			continue
		}
		if fr.Name == "lambda" && i > 0 && abi.GenexprLambda(stack[i-1].Name) {
			fr.Name = "<genexpr>" // a generator expression's body
		}
		out = append(out, fr)
		idx = append(idx, i)
	}
	return out, idx
}

// TracebackValue is e.__traceback__: an opaque traceback object (spindle
// has no frame objects), the frames of Exc from the one that caught it.
type TracebackValue struct{ Exc *Exception }

var (
	_ starlark.HasAttrs   = (*TracebackValue)(nil)
	_ starlark.Comparable = (*TracebackValue)(nil)
)

// String shows the exception's address: each read of __traceback__
// makes a TracebackValue, and they are all the same traceback.
func (t *TracebackValue) String() string {
	return fmt.Sprintf("<traceback object at %#x>", addr(t.Exc))
}
func (t *TracebackValue) Type() string          { return "traceback" }
func (t *TracebackValue) Freeze()               {}
func (t *TracebackValue) Truth() starlark.Bool  { return true }
func (t *TracebackValue) Hash() (uint32, error) { return uint32(addr(t.Exc)), nil }

// CompareSameType makes two reads of one exception's __traceback__ equal.
func (t *TracebackValue) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	same := t.Exc == y.(*TracebackValue).Exc
	switch op {
	case syntax.EQL:
		return same, nil
	case syntax.NEQ:
		return !same, nil
	}
	return false, Raisef(TypeError, "'%s' not supported between instances of 'traceback' and 'traceback'", op)
}

// AttrNames implements starlark.HasAttrs.
func (t *TracebackValue) AttrNames() []string { return []string{"tb_lineno"} }

// Attr implements starlark.HasAttrs: tb_lineno, the line of the first
// frame.
func (t *TracebackValue) Attr(name string) (starlark.Value, error) {
	if name != "tb_lineno" {
		return nil, nil
	}
	frames := visibleFrames(t.Exc.caughtTraceback())
	if len(frames) == 0 {
		return starlark.None, nil
	}
	return starlark.MakeInt(int(frames[0].Pos.Line)), nil
}
