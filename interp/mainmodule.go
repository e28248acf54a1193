package interp

// This file defines sys.modules['__main__']: the module whose globals
// are those of the script ExecFile runs, read live while it runs.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// runAsMain notes that thread st starts running a __main__ chunk from
// file, and puts the __main__ module in sys.modules. The caller holds
// the GIL and pops in.mainRun when the chunk ends.
func (in *Interpreter) runAsMain(st *starlark.Thread, file string) {
	if in.main == nil {
		in.main = &core.Module{Name: "__main__", Members: starlark.StringDict{}, Mutable: true, Live: in.mainGlobals, VM: in.mainVM}
	}
	if file != "" && file[0] != '<' {
		in.main.File = in.displayName(file)
	}
	in.mainRun = append(in.mainRun, st)
	sys.Modules(in.rt).SetKey(starlark.String("__main__"), in.main)
}

// mainGlobals returns the __main__ globals: those the finished chunks
// stored, overlaid with those of the chunk running now (the globals of
// its top-level function, at the bottom of its thread's stack). The
// builtins the chunk sees as globals are left out, as __main__ has no
// such attributes, and so are the names the lowering made up. The
// caller holds the GIL.
func (in *Interpreter) mainGlobals() starlark.StringDict {
	in.mu.Lock()
	g := make(starlark.StringDict, len(in.globals))
	for k, v := range in.globals {
		if v, ok := globalValue(v); ok && !strings.HasPrefix(k, abi.Prefix) {
			g[k] = v
		}
	}
	in.mu.Unlock()
	if fn := in.mainTop(); fn != nil {
		for k, v := range fn.Globals() {
			if p, ok := in.predeclared[k]; (!ok || !sameValue(p, v)) && !strings.HasPrefix(k, abi.Prefix) {
				g[k] = v
			}
		}
	}
	return g
}

// mainTop returns the top-level function of the __main__ chunk running
// now (at the bottom of its thread's stack), or nil. The caller holds
// the GIL.
func (in *Interpreter) mainTop() *starlark.Function {
	if n := len(in.mainRun); n > 0 {
		st := in.mainRun[n-1]
		if d := st.CallStackDepth(); d > 0 {
			fn, _ := st.DebugFrame(d - 1).Callable().(*starlark.Function)
			return fn
		}
	}
	return nil
}

// mainVM returns the starlark.Module of the __main__ chunk running now,
// whose functions read the globals that setting sys.modules['__main__']
// attributes sets, or nil.
func (in *Interpreter) mainVM() *starlark.Module {
	if fn := in.mainTop(); fn != nil {
		return fn.Module()
	}
	return nil
}
