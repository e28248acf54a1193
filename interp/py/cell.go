package py

// This file defines Cell, the box of a variable that nested code
// assigns, and Unbox, which opens a Cell or a SharedCell.

import (
	"fmt"

	"go.starlark.net/starlark"
)

// Cell is a mutable box. The front-end stores a variable in a cell when
// nested code assigns it (global, nonlocal, try bodies). Fields are
// guarded by the GIL.
type Cell struct {
	V   starlark.Value // nil means unbound
	Nam string
}

var _ starlark.HasSetField = (*Cell)(nil)

func (c *Cell) String() string        { return "<cell>" }
func (c *Cell) Type() string          { return "cell" }
func (c *Cell) Freeze()               {}
func (c *Cell) Truth() starlark.Bool  { return true }
func (c *Cell) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable type: 'cell'") }

// Attr returns the cell's value as attribute "v".
func (c *Cell) Attr(name string) (starlark.Value, error) {
	if name != "v" {
		return nil, nil
	}
	if c.V == nil {
		return nil, NameErr(c.Nam)
	}
	return c.V, nil
}

// AttrNames implements starlark.HasAttrs.
func (c *Cell) AttrNames() []string { return []string{"v"} }

// SetField sets the cell's value.
func (c *Cell) SetField(name string, v starlark.Value) error {
	c.V = v
	return nil
}

// Unbox returns the value inside a cell (a Cell or a SharedCell; None
// if it is unbound), or v itself.
func Unbox(v starlark.Value) starlark.Value {
	var inner starlark.Value
	switch c := v.(type) {
	case *Cell:
		inner = c.V
	case *SharedCell:
		inner = c.V
	default:
		return v
	}
	if inner == nil {
		return starlark.None
	}
	return inner
}
