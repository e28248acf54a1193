package contextlib

// This file defines redirect_stdout and redirect_stderr.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp/core"
)

// redirect returns redirect_stdout or redirect_stderr, which replace
// sys.<stream> by new_target for the block, as CPython does: print then
// writes to it. Entering it again nests, restoring in turn.
func redirect(name, stream string) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var target starlark.Value
		if err := starlark.UnpackArgs(name, args, kwargs, "new_target", &target); err != nil {
			return nil, err
		}
		var saved []starlark.Value
		return &manager{name: name, enter: func(thread *starlark.Thread) (starlark.Value, error) {
			m := sys.Instance(core.RuntimeOf(thread))
			saved = append(saved, m.Members[stream])
			m.Members[stream] = target
			return target, nil
		}, exit: func(thread *starlark.Thread, _, _ starlark.Value) (bool, error) {
			m := sys.Instance(core.RuntimeOf(thread))
			m.Members[stream] = saved[len(saved)-1]
			saved = saved[:len(saved)-1]
			return false, nil
		}}, nil
	})
}
