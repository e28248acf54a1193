package py

// This file defines SharedCell, the cell of a global in a namespace that
// several compiled chunks share (the REPL's __main__).

import (
	"sync/atomic"

	"go.starlark.net/starlark"
)

// SharedCell is a Cell that holds one global of a namespace shared by
// several compiled chunks: the REPL keeps every __main__ global in one,
// and each input reads and writes it as cell.v (see interp/lower's
// ParseShared), so a function defined by any input sees the current
// binding. V is guarded by the GIL; Bound may be called without it.
type SharedCell struct {
	Cell
	// Builtin, if not nil, is the builtin that the global shadows: reading
	// the unbound global gives it, as Python falls back to builtins.
	Builtin starlark.Value
	bound   atomic.Bool // V has been set; a global is never unbound again
}

// NewSharedCell returns the cell of global name, bound to v unless v is
// nil.
func NewSharedCell(name string, v starlark.Value) *SharedCell {
	c := &SharedCell{Cell: Cell{Nam: name}}
	if v != nil {
		c.Set(v)
	}
	return c
}

// Attr returns the value as attribute "v": the bound value, else the
// builtin, else a NameError.
func (c *SharedCell) Attr(name string) (starlark.Value, error) {
	if name == "v" && c.V == nil && c.Builtin != nil {
		return c.Builtin, nil
	}
	return c.Cell.Attr(name)
}

// SetField sets the cell's value (assignment to cell.v).
func (c *SharedCell) SetField(name string, v starlark.Value) error {
	c.Set(v)
	return nil
}

// Set binds the cell to v. The caller holds the GIL.
func (c *SharedCell) Set(v starlark.Value) {
	c.V = v
	if !c.bound.Load() {
		c.bound.Store(true)
	}
}

// Bound reports whether the global has been bound. It is safe to call
// without the GIL.
func (c *SharedCell) Bound() bool { return c.bound.Load() }
