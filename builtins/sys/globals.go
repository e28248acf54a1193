package sys

// This file finds the module a traceback's frame belongs to, for the
// suggestions of the default excepthook (see package suggest).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

// ModuleGlobals returns the globals, as they are now, of the module in
// sys.modules that was compiled from filename (its file, or its
// __file__ global), and whether there is one. The caller holds the GIL.
func ModuleGlobals(rt *core.Runtime, filename string) (starlark.StringDict, bool) {
	for _, item := range Modules(rt).Items() {
		m, ok := item[1].(*core.Module)
		if !ok {
			continue
		}
		if m.File == filename {
			return m.Globals(), true
		}
		if g := m.Globals(); g["__file__"] == starlark.String(filename) {
			return g, true
		}
	}
	return nil, false
}
