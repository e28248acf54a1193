package threading

// This file defines settrace, gettrace, setprofile, getprofile and
// stack_size. spindle calls no trace or profile functions (threads are
// traced with --trace instead); the functions are kept and returned, as
// code that saves and restores them expects. stack_size reports 0:
// goroutine stacks grow as needed.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

type hooksKey struct{}

// hooks are the functions given to settrace and setprofile.
type hooks struct {
	trace, profile starlark.Value
}

func hooksOf(thread *starlark.Thread) *hooks {
	return core.RuntimeOf(thread).ModuleState(hooksKey{}, func() any {
		return &hooks{trace: starlark.None, profile: starlark.None}
	}).(*hooks)
}

// setHook makes settrace(func) or setprofile(func).
func setHook(profile bool) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var fn starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &fn); err != nil {
			return nil, err
		}
		if profile {
			hooksOf(thread).profile = fn
		} else {
			hooksOf(thread).trace = fn
		}
		return starlark.None, nil
	}
}

// getHook makes gettrace() or getprofile().
func getHook(profile bool) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		if profile {
			return hooksOf(thread).profile, nil
		}
		return hooksOf(thread).trace, nil
	}
}

// stackSize implements stack_size(size=0).
// https://docs.python.org/3/library/threading.html#threading.stack_size
func stackSize(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	size := 0
	if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &size); err != nil {
		return nil, err
	}
	if size != 0 && size < 32768 {
		return nil, py.Raisef(py.ValueError, "size not valid: %d bytes", size)
	}
	return starlark.MakeInt(0), nil
}

func hookMembers() starlark.StringDict {
	return starlark.StringDict{
		"settrace":   starlark.NewBuiltin("settrace", setHook(false)),
		"gettrace":   starlark.NewBuiltin("gettrace", getHook(false)),
		"setprofile": starlark.NewBuiltin("setprofile", setHook(true)),
		"getprofile": starlark.NewBuiltin("getprofile", getHook(true)),
		"stack_size": starlark.NewBuiltin("stack_size", stackSize),
	}
}
