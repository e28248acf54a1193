package builtins

// This file defines globals().

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

func addGlobals(d starlark.StringDict) {
	d["globals"] = starlark.NewBuiltin("globals", globals)
}

// globals implements globals(): a dict of the calling module's global
// variables that are bound, in sorted order. Unlike CPython's, it is a snapshot: storing
// into it does not assign the variables. It serves reads, such as
// timeit's globals=globals().
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
	for _, k := range g.Keys() {
		v := g[k]
		if v == nil {
			continue
		}
		if c, isCell := v.(*py.Cell); isCell && c.V == nil {
			continue
		}
		d.SetKey(starlark.String(k), py.Unbox(v))
	}
	return d, nil
}
