package core

// This file defines frame and code objects: what sys._getframe and
// sys._current_frames return, for traceback.print_stack(f) and friends.

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// Frame is a frame object: one visible frame of a script thread's
// stack. Its line is read live while the frame runs, as CPython's
// f_lineno is. It is guarded by the GIL.
type Frame struct {
	st   *starlark.Thread   // nil for a traceback's frame
	idx  int                // index of the frame's function in st.CallStack()
	snap starlark.CallFrame // the frame as last seen (its line once it returned)
	raw  string             // the VM's name of the frame's function ("lambda" for "<lambda>")
	code *Code
	back starlark.Value // the calling frame, or None
}

// Code is a code object: a frame's function.
type Code struct {
	Name      string // co_name
	Filename  string // co_filename
	FirstLine int    // co_firstlineno; 0 if unknown (a traceback's frame)
	// Compiled is what exec and eval run, for the code objects compile()
	// makes (see code.go); nil for a frame's function.
	Compiled *Compiled
	// Func is the function whose __code__ this is, for its argument
	// counts; nil for a frame's.
	Func *starlark.Function
}

var (
	_ starlark.HasAttrs = (*Frame)(nil)
	_ starlark.HasAttrs = (*Code)(nil)
)

// Frames returns the frame objects of the visible frames of st's stack,
// outermost first, each with its f_back. The caller holds the GIL.
func Frames(st *starlark.Thread) []*Frame {
	return appendFrames(nil, st)
}

// appendFrames appends st's frames to frames, the outer ones (the stack
// st runs on the behalf of) linking to the last of frames.
func appendFrames(frames []*Frame, st *starlark.Thread) []*Frame {
	stack := st.CallStack()
	vis, idx := py.VisibleIndexed(stack)
	for k, fr := range vis {
		f := &Frame{st: st, idx: idx[k], snap: fr, raw: stack[idx[k]].Name, back: starlark.None}
		f.code = &Code{Name: frameName(fr.Name), Filename: fr.Pos.Filename(), FirstLine: int(fr.Pos.Line)}
		if fn, ok := st.DebugFrame(len(stack) - 1 - idx[k]).Callable().(*starlark.Function); ok {
			f.code.FirstLine = int(fn.Position().Line)
		}
		if n := len(frames); n > 0 {
			f.back = frames[n-1]
		}
		frames = append(frames, f)
	}
	return frames
}

// ThreadFrames returns the frame objects of t's whole stack, including
// the code (generator bodies) running on its behalf, outermost first.
// The caller holds the GIL.
func (t *Thread) ThreadFrames() []*Frame {
	frames := appendFrames(nil, t.ST)
	for _, st := range t.lent.sts {
		frames = appendFrames(frames, st)
	}
	return frames
}

func frameName(name string) string {
	if name == "<toplevel>" {
		return "<module>"
	}
	return name
}

func init() { py.TracebackFrame = tracebackFrame }

// tracebackFrame is py.TracebackFrame: the frame object of frames[i] of
// a traceback, a snapshot at the line the traceback shows. Unlike
// CPython's, the frame that caught the exception, still running, keeps
// that line too, and the first frame's f_back is None: a traceback
// keeps only its own frames' functions and lines.
func tracebackFrame(frames starlark.CallStack, i int) starlark.Value {
	var back starlark.Value = starlark.None
	if i > 0 {
		back = tracebackFrame(frames, i-1)
	}
	fr := frames[i]
	return &Frame{snap: fr, raw: fr.Name, back: back,
		code: &Code{Name: frameName(fr.Name), Filename: fr.Pos.Filename()}} // no co_firstlineno: the function is gone
}

// Pos returns the frame's current position: live while it runs, else
// where it was last seen (a traceback's frame: where it was).
func (f *Frame) Pos() starlark.CallFrame {
	if f.st == nil {
		return f.snap
	}
	stack := f.st.CallStack()
	if f.idx >= len(stack) || stack[f.idx].Name != f.raw {
		return f.snap // the frame has returned
	}
	vis, idx := py.VisibleIndexed(stack)
	for k, i := range idx {
		if i == f.idx {
			f.snap = vis[k]
		}
	}
	return f.snap
}

// Stack returns the frames from the outermost to f, as CallFrames.
func (f *Frame) Stack() starlark.CallStack {
	var out starlark.CallStack
	for x := f; x != nil; {
		fr := x.Pos()
		out = append(starlark.CallStack{fr}, out...)
		x, _ = x.back.(*Frame)
	}
	return out
}

// Code returns the frame's code object.
func (f *Frame) Code() *Code { return f.code }

func (f *Frame) String() string {
	return fmt.Sprintf("<frame at %#x, file '%s', line %d, code %s>", py.Addr(f), f.code.Filename, f.Pos().Pos.Line, f.code.Name)
}

// Type implements starlark.Value.
func (f *Frame) Type() string          { return "frame" }
func (f *Frame) Freeze()               {}
func (f *Frame) Truth() starlark.Bool  { return true }
func (f *Frame) Hash() (uint32, error) { return uint32(py.Addr(f)), nil }

// Attr implements starlark.HasAttrs.
func (f *Frame) Attr(name string) (starlark.Value, error) {
	switch name {
	case "f_code":
		return f.code, nil
	case "f_lineno":
		return starlark.MakeInt(int(f.Pos().Pos.Line)), nil
	case "f_back":
		return f.back, nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (f *Frame) AttrNames() []string { return []string{"f_back", "f_code", "f_lineno"} }

func (c *Code) String() string {
	return fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", c.Name, py.Addr(c), c.Filename, c.FirstLine)
}

// Type implements starlark.Value.
func (c *Code) Type() string          { return "code" }
func (c *Code) Freeze()               {}
func (c *Code) Truth() starlark.Bool  { return true }
func (c *Code) Hash() (uint32, error) { return uint32(py.Addr(c)), nil }

// Attr implements starlark.HasAttrs.
func (c *Code) Attr(name string) (starlark.Value, error) {
	switch name {
	case "co_name":
		return starlark.String(c.Name), nil
	case "co_filename":
		return starlark.String(c.Filename), nil
	case "co_firstlineno":
		if c.FirstLine == 0 {
			return nil, nil
		}
		return starlark.MakeInt(c.FirstLine), nil
	}
	if c.Func != nil {
		return c.argCount(name), nil
	}
	return nil, nil
}

// argCount answers co_argcount, co_posonlyargcount and
// co_kwonlyargcount of a function's code (nil for other names).
func (c *Code) argCount(name string) starlark.Value {
	fn := c.Func
	kwonly := fn.NumKwonlyParams()
	positional, posonly := PositionalParams(fn), 0
	for i := 0; i < positional; i++ {
		if p, _ := fn.Param(i); strings.HasPrefix(p, abi.PosOnlyParam) {
			posonly++
		}
	}
	switch name {
	case "co_argcount":
		return starlark.MakeInt(positional)
	case "co_posonlyargcount":
		return starlark.MakeInt(posonly)
	case "co_kwonlyargcount":
		return starlark.MakeInt(kwonly)
	}
	return nil
}

// PositionalParams counts fn's parameters before *args (or the bare *):
// those that take positional arguments.
func PositionalParams(fn *starlark.Function) int {
	n := fn.NumParams() - fn.NumKwonlyParams()
	if fn.HasVarargs() {
		n--
	}
	if fn.HasKwargs() {
		n--
	}
	return n
}

// AttrNames implements starlark.HasAttrs.
func (c *Code) AttrNames() []string {
	if c.Func != nil {
		return []string{"co_argcount", "co_filename", "co_firstlineno", "co_kwonlyargcount", "co_name", "co_posonlyargcount"}
	}
	return []string{"co_filename", "co_firstlineno", "co_name"}
}

// CurrentFrames returns sys._current_frames(): each live thread's ident
// mapped to its innermost frame, the newest thread first as in CPython.
// The caller holds the GIL.
func (rt *Runtime) CurrentFrames() (*starlark.Dict, error) {
	ts := rt.Threads()
	d := starlark.NewDict(len(ts))
	for i := len(ts) - 1; i >= 0; i-- {
		t := ts[i]
		if !t.Alive() {
			continue
		}
		frames := t.ThreadFrames()
		if len(frames) == 0 {
			continue // not yet running
		}
		if err := d.SetKey(starlark.MakeInt64(t.Ident), frames[len(frames)-1]); err != nil {
			return nil, err
		}
	}
	return d, nil
}
