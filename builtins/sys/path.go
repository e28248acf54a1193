package sys

// This file defines sys.path and sys.modules, per-Interpreter values the
// import machinery in package interp reads and writes.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

type pathKey struct{}
type modulesKey struct{}
type warnOptionsKey struct{}

// Path returns the Interpreter's sys.path list.
func Path(rt *core.Runtime) *starlark.List {
	return rt.ModuleState(pathKey{}, func() any { return starlark.NewList(nil) }).(*starlark.List)
}

// Modules returns the Interpreter's sys.modules dict.
func Modules(rt *core.Runtime) *starlark.Dict {
	return rt.ModuleState(modulesKey{}, func() any { return starlark.NewDict(16) }).(*starlark.Dict)
}

// runtimeValue is a placeholder member replaced per Interpreter.
type runtimeValue struct {
	typ string
	get func(*core.Runtime) starlark.Value
}

func (v runtimeValue) String() string        { return v.typ }
func (v runtimeValue) Type() string          { return v.typ }
func (runtimeValue) Freeze()                 {}
func (runtimeValue) Truth() starlark.Bool    { return false }
func (v runtimeValue) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable type: '%s'", v.typ) }

// ForRuntime implements core.RuntimeBound.
func (v runtimeValue) ForRuntime(rt *core.Runtime) starlark.Value { return v.get(rt) }

var (
	pathValue    = runtimeValue{"list", func(rt *core.Runtime) starlark.Value { return Path(rt) }}
	modulesValue = runtimeValue{"dict", func(rt *core.Runtime) starlark.Value { return Modules(rt) }}
	// warnOptionsValue is sys.warnoptions, the -W options: none.
	warnOptionsValue = runtimeValue{"list", func(rt *core.Runtime) starlark.Value {
		return rt.ModuleState(warnOptionsKey{}, func() any { return starlark.NewList(nil) }).(*starlark.List)
	}}
)

// Instance returns the Interpreter's sys module, importing it (into
// sys.modules) if no script has yet: contextlib.redirect_stdout swaps
// its stdout.
func Instance(rt *core.Runtime) *core.Module {
	if m := rt.LoadedModule("sys"); m != nil {
		return m
	}
	m := Module.Instantiate(rt)
	rt.SetModule(m)
	Modules(rt).SetKey(starlark.String("sys"), m)
	return m
}
