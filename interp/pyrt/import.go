package pyrt

// This file defines the helpers of import statements, abi.Import and
// abi.ImportFrom, which unpack their arguments for the interpreter's
// Importer (abi.ImportStar is in starimport.go), and the display hook
// of the interactive prompt.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// addImports adds abi.Import, abi.ImportFrom and abi.ImportStar,
// calling imp. The first two are named __import__, as their errors show
// them.
func addImports(d starlark.StringDict, imp Importer) {
	d[abi.Import] = starlark.NewBuiltin("__import__", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var name string
		var top bool
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name, &top); err != nil {
			return nil, err
		}
		return imp.Import(thread, name, top)
	})
	d[abi.ImportFrom] = starlark.NewBuiltin("__import__", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var modname, attr string
		var pkg starlark.Value = starlark.None
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &modname, &attr, &pkg); err != nil {
			return nil, err
		}
		return imp.ImportFrom(thread, modname, attr, pkg)
	})
	d[abi.ImportStar] = starlark.NewBuiltin(abi.ImportStar, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return importStar(thread, b, args, kwargs, imp)
	})
}

// DisplayHook returns abi.DisplayHook, which the interactive prompt
// calls with the value of each expression statement: it passes each
// value but None to show.
func DisplayHook(show func(v starlark.Value)) *starlark.Builtin {
	return starlark.NewBuiltin(abi.DisplayHook, func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 1 && args[0] != starlark.None {
			show(args[0])
		}
		return starlark.None, nil
	})
}
