package core

// This file keeps the attributes that scripts set on patchable native
// classes (see py.Class.SetPatchable), per Interpreter.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

type classPatchKey struct{}

// classPatches maps a class to the attributes scripts of one
// Interpreter set on it; guarded by the GIL.
type classPatches map[*py.Class]map[string]starlark.Value

func patchesOf(rt *Runtime) classPatches {
	return rt.ModuleState(classPatchKey{}, func() any { return classPatches{} }).(classPatches)
}

// PatchClass sets attribute name of the patchable native class c to v
// for the Interpreter of thread; v being the class's own attribute
// (mock.patch.object putting the original back) removes the patch. The
// caller holds the GIL.
func PatchClass(thread *starlark.Thread, c *py.Class, name string, v starlark.Value) {
	if own, ok := c.Dict[name]; ok && own == v {
		UnpatchClass(thread, c, name)
		return
	}
	ps := patchesOf(RuntimeOf(thread))
	if ps[c] == nil {
		ps[c] = map[string]starlark.Value{}
	}
	if _, had := ps[c][name]; !had {
		c.AddPatches(1)
	}
	ps[c][name] = v
}

// UnpatchClass removes the attribute name that a script of thread's
// Interpreter set on c, reporting whether there was one. The caller
// holds the GIL.
func UnpatchClass(thread *starlark.Thread, c *py.Class, name string) bool {
	ps := patchesOf(RuntimeOf(thread))
	if _, had := ps[c][name]; !had {
		return false
	}
	delete(ps[c], name)
	c.AddPatches(-1)
	return true
}

// ClassPatch returns attribute name of an instance self of class c as
// a script of rt's Interpreter patched it on a class of c's MRO, bound
// to self if it is a function. The caller holds the GIL.
func ClassPatch(rt *Runtime, c *py.Class, self starlark.Value, name string) (starlark.Value, bool) {
	if rt == nil || !c.Patched() {
		return nil, false
	}
	ps := patchesOf(rt)
	for _, m := range c.MRO {
		if v, ok := ps[m][name]; ok {
			return py.Bind(self, v, m), true
		}
	}
	return nil, false
}
