package interp

// This file defines the builtins module: import builtins gives the
// names every module sees without an import, as attributes.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// builtinsModule makes the Interpreter's builtins module from its
// predeclared names, leaving out the lowering's internal helpers. One
// instance serves the Interpreter: eval and exec fall back to its
// members, so that setting builtins.name is seen by code they run and
// by names no module binds.
func (in *Interpreter) builtinsModule() *core.Module {
	m := &core.Module{Name: "builtins", Members: make(starlark.StringDict, len(in.predeclared)), Mutable: true,
		Doc: "Built-in functions, exceptions, and other objects."}
	for k, v := range in.predeclared {
		if !strings.HasPrefix(k, abi.Prefix) && k != "__file__" { // the script's, not the builtins'
			m.Members[k] = v
		}
	}
	m.Members["__name__"] = starlark.String("builtins")
	return m
}
