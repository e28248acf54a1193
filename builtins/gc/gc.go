// Package gc is spindle's gc module. collect() runs Go's collector, so
// that weak references (package weakref) to freed objects die and their
// callbacks run, and closes the suspended generators it found garbage
// (their finally blocks run, as when CPython frees them); it returns 0,
// as spindle finds no cycles to report.
package gc

// This file defines the module.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/weakref"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the gc module. Members:
//
//	collect(generation=2), enable(), disable(), isenabled()
var Module = &core.Module{Name: "gc", Members: starlark.StringDict{
	"collect":   starlark.NewBuiltin("collect", collect),
	"enable":    starlark.NewBuiltin("enable", setEnabled(true)),
	"disable":   starlark.NewBuiltin("disable", setEnabled(false)),
	"isenabled": starlark.NewBuiltin("isenabled", isEnabled),
}}

func collect(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	generation := 2
	if err := core.UnpackArgs(b.Name(), args, kwargs, "generation?", &generation); err != nil {
		return nil, err
	}
	if generation < 0 || generation > 2 {
		return nil, py.Raise(py.ValueError, "invalid generation")
	}
	if err := weakref.Collect(thread); err != nil {
		return nil, err
	}
	builtins.CloseCollected(thread)      // suspended generators found garbage
	builtins.RunFinalizers(thread, true) // and instances with __del__
	return starlark.MakeInt(0), nil
}

type enabledKey struct{}

type enabled struct{ off bool }

func state(thread *starlark.Thread) *enabled {
	return core.RuntimeOf(thread).ModuleState(enabledKey{}, func() any { return &enabled{} }).(*enabled)
}

func setEnabled(on bool) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		state(thread).off = !on
		return starlark.None, nil
	}
}

func isEnabled(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Bool(!state(thread).off), nil
}
