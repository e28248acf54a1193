package builtins

// This file calls the __del__ methods of instances that py's registry
// finds unreachable (see py.Unreachable), at the moments a script can
// tell: after a del statement, before print writes, at gc.collect() and
// at exit.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// RunFinalizers calls __del__ of the instances with one that are no
// longer reachable; unless force is set, it may skip the look (see
// py.Unreachable). The caller holds the GIL.
func RunFinalizers(thread *starlark.Thread, force bool) {
	for _, inst := range py.Unreachable(thread, force) {
		callDel(thread, inst)
	}
}

// Collect implements abi.Collect(): a del statement's look for
// instances whose __del__ is due.
func Collect(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	RunFinalizers(thread, true)
	return starlark.None, nil
}

// FinalizeAll calls __del__ of every instance with one, the unreachable
// ones first, at exit.
func FinalizeAll(thread *starlark.Thread) {
	RunFinalizers(thread, true)
	for _, inst := range py.Remaining(thread) {
		callDel(thread, inst)
	}
}

// callDel calls inst.__del__(); an exception is printed to stderr as
// CPython prints one it ignores.
func callDel(thread *starlark.Thread, inst *py.Instance) {
	if inst.Class == nil {
		return
	}
	del, _ := inst.Class.Lookup("__del__")
	if del == nil {
		return
	}
	depth := thread.CallStackDepth()
	if _, err := starlark.Call(thread, del, starlark.Tuple{inst}, nil); err != nil {
		e := py.ToException(err)
		if len(e.Traceback) > depth {
			e.Traceback = e.Traceback[depth:] // CPython shows __del__'s frames only
		}
		name, _ := Repr(thread, del)
		WriteStderr(thread, "Exception ignored in: "+name+"\n"+core.RuntimeOf(thread).Sources().FormatTraceback(e))
	}
}
