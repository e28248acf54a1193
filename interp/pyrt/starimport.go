package pyrt

// This file defines abi.ImportStar, from m import * at module level.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// importStar implements abi.ImportStar(module, name): it binds the
// public names of module as globals of the calling module, named name,
// as exec binds them: in the global's slot when the file binds the name
// (a later def rebinds it, and a read sees the import), else among the
// names abi.Undefined reads; and as members of the calling module's
// module object, which imp finds, unless it is __main__ (whose globals
// exec binds); in code that exec runs, in its namespace.
func importStar(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple, imp Importer) (starlark.Value, error) {
	var mod starlark.Value
	var self string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &mod, &self); err != nil {
		return nil, err
	}
	var fn *starlark.Function
	if thread.CallStackDepth() > 1 {
		fn, _ = thread.DebugFrame(1).Callable().(*starlark.Function)
	}
	if fn == nil {
		return nil, py.Raise(py.SystemError, "import *: no calling module")
	}
	m, ok := mod.(starlark.HasAttrs)
	if !ok {
		return starlark.None, nil
	}
	names, err := publicNames(m)
	if err != nil {
		return nil, err
	}
	bind := builtins.ExecGlobals(fn.Module())
	var target *core.Module
	if self != "__main__" && bind == nil {
		target = imp.Loaded(thread, self)
	}
	for _, name := range names {
		v, err := m.Attr(name)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, py.Raisef(py.AttributeError, "module '%s' has no attribute '%s'", moduleName(m), name)
		}
		v = py.Unbox(v)
		if bind != nil {
			if err := bind(name, v); err != nil {
				return nil, err
			}
			continue
		}
		builtins.SetModuleGlobal(thread, fn.Module(), name, v)
		if target != nil {
			target.Members[name] = v
		}
	}
	return starlark.None, nil
}

// publicNames returns the names from m import * binds: the items of
// m.__all__, else the names of m not starting with "_".
func publicNames(m starlark.HasAttrs) ([]string, error) {
	all, err := m.Attr("__all__")
	if err != nil || all == nil {
		var names []string
		for _, name := range m.AttrNames() {
			if name != "" && name[0] != '_' {
				names = append(names, name)
			}
		}
		return names, nil
	}
	iter, err := py.Iterate(all)
	if err != nil {
		return nil, err
	}
	defer iter.Done()
	var names []string
	var x starlark.Value
	for iter.Next(&x) {
		s, ok := py.Unbox(x).(starlark.String)
		if !ok {
			return nil, py.Raisef(py.TypeError, "Item in %s.__all__ must be str, not %s", moduleName(m), py.TypeName(x))
		}
		names = append(names, string(s))
	}
	return names, py.IterErr(iter)
}

// moduleName is the __name__ of module m, for messages.
func moduleName(m starlark.HasAttrs) string {
	if mod, ok := m.(*core.Module); ok {
		return mod.Name
	}
	return py.TypeName(m)
}
