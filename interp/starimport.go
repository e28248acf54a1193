package interp

// This file gives from m import * the module object of the importing
// module.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp/core"
)

// Loaded implements pyrt.Importer: module name of sys.modules if it is
// a script's module (one with a file), else nil.
func (imp importer) Loaded(thread *starlark.Thread, name string) *core.Module {
	v, _, _ := sys.Modules(imp.in.rt).Get(starlark.String(name))
	if m, ok := v.(*core.Module); ok && m.File != "" {
		return m
	}
	return nil
}
