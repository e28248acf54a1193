package py

// This file defines what an exception value knows of its traceback:
// e.__traceback__ (a TracebackValue), the frame whose except clause
// caught it, the frames Python shows, and the traceback's last line.

import (
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// MarkCaught records that an except clause run by thread caught e, so
// that FormatCaught can start e's traceback where CPython's
// e.__traceback__ starts: at the frame whose try statement caught it.
// The caller is the builtin running the try statement.
func (e *Exception) MarkCaught(thread *starlark.Thread) {
	if d := thread.CallStackDepth(); d >= 2 {
		e.caughtIdx, e.caughtAt = d-2, thread.CallFrame(1)
	}
}

// CaughtTraceback returns e.Traceback from the frame that caught it, or
// all of it when that frame is not on it (e was raised in another thread).
func (e *Exception) CaughtTraceback() starlark.CallStack {
	tb, i := e.Traceback, e.caughtIdx
	if e.caughtAt.Name == "" || i >= len(tb) || tb[i] != e.caughtAt {
		return tb
	}
	for i > 0 && (tb[i].Pos.Filename() == "<builtin>" || abi.Hidden(tb[i].Name)) {
		i-- // a try body runs in the frame of its function
	}
	return tb[i:]
}

// LastLine is a traceback's last line as CPython writes it: the class's
// qualified name, prefixed by its module unless that is builtins or __main__, then
// str(e) (a user class's __str__ result, when Freeze captured it).
func (e *Exception) LastLine() string {
	if e.Report != "" {
		return e.Report
	}
	name := e.Class.qualName()
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
	out, _ := VisibleIndexed(stack)
	return out
}

// VisibleFrames returns the frames of stack that Python shows: those of
// the user's functions, without builtins and synthesized functions.
func VisibleFrames(stack starlark.CallStack) starlark.CallStack { return visibleFrames(stack) }

// VisibleIndexed is VisibleFrames, also returning the index in stack of
// each visible frame's function.
func VisibleIndexed(stack starlark.CallStack) (starlark.CallStack, []int) {
	var out starlark.CallStack
	var idx []int
	for i, fr := range stack {
		if class, ok := abi.ClassName(fr.Name); ok {
			fr.Name = class // a class body runs in a frame named after the class
			out, idx = append(out, fr), append(idx, i)
			continue
		}
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
		if fr.Name == "lambda" {
			fr.Name = "<lambda>" // CPython's name for a lambda's code
			if i > 0 && abi.GenexprLambda(stack[i-1].Name) {
				fr.Name = "<genexpr>" // a generator expression's body
			}
		}
		out = append(out, fr)
		idx = append(idx, i)
	}
	return out, idx
}

// TracebackValue is e.__traceback__, or one of the tracebacks its
// tb_next leads to: the frames of Exc from the one that caught it, from
// the Index-th on.
type TracebackValue struct {
	Exc   *Exception
	Index int
}

var (
	_ starlark.HasAttrs   = (*TracebackValue)(nil)
	_ starlark.Comparable = (*TracebackValue)(nil)
)

// TracebackFrame, set by package core, returns the frame object of
// frames[i] for tb_frame: a snapshot whose f_back is frames[i-1]'s.
var TracebackFrame func(frames starlark.CallStack, i int) starlark.Value

// String shows the exception's address: each read of __traceback__
// makes a TracebackValue, and they are all the same traceback.
func (t *TracebackValue) String() string {
	return fmt.Sprintf("<traceback object at %#x>", addr(t.Exc)+uintptr(t.Index))
}
func (t *TracebackValue) Type() string          { return "traceback" }
func (t *TracebackValue) Freeze()               {}
func (t *TracebackValue) Truth() starlark.Bool  { return true }
func (t *TracebackValue) Hash() (uint32, error) { return uint32(addr(t.Exc)) + uint32(t.Index), nil }

// CompareSameType makes two reads of one exception's __traceback__ equal.
func (t *TracebackValue) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	u := y.(*TracebackValue)
	same := t.Exc == u.Exc && t.Index == u.Index
	switch op {
	case syntax.EQL:
		return same, nil
	case syntax.NEQ:
		return !same, nil
	}
	return false, Raisef(TypeError, "'%s' not supported between instances of 'traceback' and 'traceback'", op)
}

// AttrNames implements starlark.HasAttrs.
func (t *TracebackValue) AttrNames() []string {
	return []string{"tb_frame", "tb_lineno", "tb_next"}
}

// Attr implements starlark.HasAttrs: tb_lineno, the line of the
// traceback's frame; tb_frame, that frame; tb_next, the traceback of
// the next frame, or None after the last.
func (t *TracebackValue) Attr(name string) (starlark.Value, error) {
	switch name {
	case "tb_lineno", "tb_next", "tb_frame":
	default:
		return nil, nil
	}
	frames := visibleFrames(t.Exc.CaughtTraceback())
	if t.Index >= len(frames) {
		return starlark.None, nil
	}
	switch name {
	case "tb_next":
		if t.Index+1 == len(frames) {
			return starlark.None, nil
		}
		return &TracebackValue{Exc: t.Exc, Index: t.Index + 1}, nil
	case "tb_frame":
		return TracebackFrame(frames, t.Index), nil
	}
	return starlark.MakeInt(int(frames[t.Index].Pos.Line)), nil
}
