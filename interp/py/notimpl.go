package py

// This file defines NotImplemented, what a binary special method
// returns to let the other operand's reflected method try.

import "go.starlark.net/starlark"

// NotImplemented is Python's NotImplemented singleton. An instance's
// __add__ (and the other binary methods) and rich comparisons that
// return it count as undefined for that operand: the reflected method
// of the other operand is tried, then == and != fall back to identity
// and the rest raise TypeError.
var NotImplemented starlark.Value = notImplemented{}

type notImplemented struct{}

func (notImplemented) String() string        { return "NotImplemented" }
func (notImplemented) Type() string          { return "NotImplementedType" }
func (notImplemented) Freeze()               {}
func (notImplemented) Truth() starlark.Bool  { return true }
func (notImplemented) Hash() (uint32, error) { return 0x4e6f7449, nil } // "NotI"

// notImpl reports whether v, the result of a special method, is
// NotImplemented.
func notImpl(v starlark.Value) bool { return v == NotImplemented }
