package builtins

// This file defines Ellipsis, the value of the expression "...".

import (
	"go.starlark.net/starlark"
)

// Ellipsis is Python's Ellipsis singleton, the value of "..." (the
// lowering reads it through the helper abi.EllipsisValue, so that a
// script rebinding the name Ellipsis doesn't change "..."). It is
// compared, like every value of a type without an order, by identity.
var Ellipsis starlark.Value = &ellipsis{}

type ellipsis struct{}

func (*ellipsis) String() string        { return "Ellipsis" }
func (*ellipsis) PyRepr() string        { return "Ellipsis" }
func (*ellipsis) Type() string          { return "ellipsis" }
func (*ellipsis) Freeze()               {}
func (*ellipsis) Truth() starlark.Bool  { return true }
func (*ellipsis) Hash() (uint32, error) { return 0x2e2e2e, nil } // "..."
