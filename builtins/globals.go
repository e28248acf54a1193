package builtins

// This file defines globals().

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

func addGlobals(d starlark.StringDict) {
	d["globals"] = starlark.NewBuiltin("globals", globals)
}

// globals implements globals(): a dict of the calling module's global
// variables that are bound (those exec bound included), in sorted
// order. Unlike CPython's, it is a snapshot: storing into it does not
// assign the variables, except through exec and eval, which run in the
// module's own globals when given one of the last dicts globals() made
// for it (exec(src, globals())). It serves reads, such as timeit's
// globals=globals().
// https://docs.python.org/3/library/functions.html#globals
func globals(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args)+len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "globals() takes no arguments (%d given)", len(args)+len(kwargs))
	}
	d := starlark.NewDict(0)
	if thread.CallStackDepth() < 2 {
		return d, nil
	}
	fn, ok := thread.DebugFrame(1).Callable().(*starlark.Function)
	if !ok {
		return d, nil
	}
	g := fn.Globals()
	rt := core.RuntimeOf(thread)
	for k, v := range rt.ExtraGlobals(fn.Module(), false) {
		g[k] = v
	}
	var builtins starlark.StringDict
	if c, err := rt.Compiler(); err == nil {
		builtins = c.Builtins().Members
		if mg := c.MainGlobals(thread, fn.Module()); mg != nil {
			for k, v := range mg.All() { // those exec bound without a slot
				if g[k] == nil {
					g[k] = v
				}
			}
		}
	}
	for _, k := range g.Keys() {
		v := py.Unbox(g[k])
		if v == nil || strings.HasPrefix(k, abi.Prefix) {
			continue
		}
		if b, ok := builtins[k]; ok && Identical(b, v) {
			continue // a builtin that a __main__ chunk sees as a global
		}
		d.SetKey(starlark.String(k), v)
	}
	core.RuntimeOf(thread).NoteGlobalsDict(fn.Module(), d)
	return d, nil
}
