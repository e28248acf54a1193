package sys

// This file defines _getframe and _current_frames.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// getframe implements _getframe(depth=0): the caller's frame, or the
// one depth calls out.
// https://docs.python.org/3/library/sys.html#sys._getframe
func getframe(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	depth := 0
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "_getframe expected at most 1 argument, got %d", len(args))
	}
	if len(args)+len(kwargs) > 0 {
		n, err := cInt(b, args, kwargs)
		if err != nil {
			return nil, err
		}
		depth = n
	}
	t := core.FromThread(thread)
	if t == nil {
		return nil, py.Raise(py.RuntimeError, "sys._getframe needs a spindle interpreter")
	}
	frames := t.ThreadFrames()
	if depth < 0 {
		depth = 0
	}
	if depth >= len(frames) {
		return nil, py.Raise(py.ValueError, "call stack is not deep enough")
	}
	return frames[len(frames)-1-depth], nil
}

// currentFrames implements _current_frames(): each live thread's ident
// mapped to its innermost frame.
// https://docs.python.org/3/library/sys.html#sys._current_frames
func currentFrames(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	rt := core.RuntimeOf(thread)
	if rt == nil {
		return nil, py.Raise(py.RuntimeError, "sys._current_frames needs a spindle interpreter")
	}
	return rt.CurrentFrames()
}
