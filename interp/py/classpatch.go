package py

// This file lets scripts set attributes of the native classes that
// CPython writes in Python (queue.Queue, threading.Thread), as
// unittest.mock.patch.object(queue.Queue, "put") does: the values live
// in each Interpreter (see core.PatchClass); the class only counts
// them, so that an instance's attribute lookup pays one atomic load
// while no Interpreter patches it.

import (
	"sync/atomic"

	"go.starlark.net/starlark"
)

// SetPatchable marks the native class c (its Ext a *NativeClass) as one
// whose attributes a script may set through setattr.
func (c *Class) SetPatchable() {
	if n, ok := c.Ext.(*NativeClass); ok {
		n.patchable = true
	}
}

// Patchable reports whether c is a native class whose attributes a
// script may set (see SetPatchable).
func (c *Class) Patchable() bool {
	n, ok := c.Ext.(*NativeClass)
	return ok && n.patchable
}

// AddPatches counts delta more (or fewer) attributes set on the
// patchable class c across Interpreters.
func (c *Class) AddPatches(delta int32) {
	if n, ok := c.Ext.(*NativeClass); ok {
		n.patches.Add(delta)
	}
}

// Patched reports whether some class of c's MRO has attributes set by
// a script of any Interpreter.
func (c *Class) Patched() bool {
	for _, m := range c.MRO {
		if n, ok := m.Ext.(*NativeClass); ok && n.patches.Load() != 0 {
			return true
		}
	}
	return false
}

// Bind returns v, an attribute found in class c, as an attribute of
// its instance self: a function becomes a method of self.
func Bind(self, v starlark.Value, c *Class) starlark.Value { return bind(self, v, c) }

// nativePatches are the fields of NativeClass that classpatch.go uses.
type nativePatches struct {
	patchable bool
	patches   atomic.Int32 // attributes set by scripts, all Interpreters together
}
