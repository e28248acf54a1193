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
	m.Watch = in.rebindBuiltin
	return m
}

// rebindBuiltin makes builtins.name = v (patch("builtins.open", ...))
// seen by the code that reads name as a builtin, as CPython looks
// builtins up at each use: in the predeclared names of every module, and
// in the running __main__ chunk, whose builtins are globals, where they
// still hold old, the value replaced (a module's own global of that name
// stays). Deleting leaves the names as they were. The caller holds the GIL.
func (in *Interpreter) rebindBuiltin(name string, old, v starlark.Value) {
	if v == nil || old == nil {
		return
	}
	for _, pre := range in.preMaps {
		if cur, ok := (*pre)[name]; ok && sameValue(cur, old) {
			(*pre)[name] = v
		}
	}
	if vm := in.mainVM(); vm != nil && sameValue(core.VMGlobal(vm, name), old) {
		core.SetVMGlobal(vm, name, v)
	}
}
