package interp

// This file defines importlib.reload: a module imported from a file runs
// its file again, read afresh, in the same module object.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// reloadFn implements importlib.reload(module). The module's top level
// runs again from a fresh read of its file, and what it binds replaces
// the module's attributes (those it no longer binds stay, as in
// CPython); built-in modules are returned as they are. Functions the
// first run defined keep reading the globals of that run.
func (in *Interpreter) reloadFn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	m, ok := v.(*core.Module)
	if !ok {
		return nil, py.Raise(py.TypeError, "reload() argument must be a module")
	}
	if cur, found, _ := sys.Modules(in.rt).Get(starlark.String(m.Name)); !found || cur != starlark.Value(m) {
		return nil, py.Raisef(py.ImportError, "module %s not in sys.modules", m.Name)
	}
	file := in.programFile(m)
	if file == "" || strings.HasPrefix(file, "<") {
		return m, nil // a built-in module: nothing to run again
	}
	delete(in.programs, file) // read the file again
	if err := in.runFileModule(thread, m, file); err != nil {
		sys.Modules(in.rt).SetKey(starlark.String(m.Name), m) // a failed reload leaves the module in place
		return nil, err
	}
	return m, nil
}

// programFile returns the ModuleFS name of the file module m was
// compiled from, or "" if it has none.
func (in *Interpreter) programFile(m *core.Module) string {
	if m.Program == nil {
		return ""
	}
	for file, prog := range in.programs {
		if prog == m.Program {
			return file
		}
	}
	return ""
}
