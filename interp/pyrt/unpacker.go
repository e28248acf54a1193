package pyrt

// This file defines abi.Unpacker, the value of a, b = x lowered to
// a, b = __sp_U[2] + x where x is not a display: __sp_U[n] is an
// unpacker for n targets, whose + returns a tuple or list as it is (the
// VM's unpacking checks its length) and unpacks anything else as
// abi.Unpack does, so that a generator's error propagates and a str
// unpacks. An index and a + cost the VM no call.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// maxUnpackers is how many unpackers __sp_U keeps; more targets than
// that take a new one.
const maxUnpackers = 64

// unpackerTable is abi.Unpacker: __sp_U[n] is the unpacker for n
// targets.
type unpackerTable struct{ small [maxUnpackers]*unpacker }

var _ starlark.Indexable = (*unpackerTable)(nil)

func newUnpackerTable() *unpackerTable {
	u := &unpackerTable{}
	for i := range u.small {
		u.small[i] = &unpacker{n: i}
	}
	return u
}

func (u *unpackerTable) String() string        { return "<built-in function __sp_U>" }
func (u *unpackerTable) Type() string          { return "builtin_function_or_method" }
func (u *unpackerTable) Freeze()               {}
func (u *unpackerTable) Truth() starlark.Bool  { return true }
func (u *unpackerTable) Hash() (uint32, error) { return 0, nil }
func (u *unpackerTable) Len() int              { return 1 << 30 }

// Index returns the unpacker for n targets.
func (u *unpackerTable) Index(n int) starlark.Value {
	if n < maxUnpackers {
		return u.small[n]
	}
	return &unpacker{n: n}
}

// unpacker stands, on the left of a +, for the n targets of an
// unpacking assignment.
type unpacker struct{ n int }

func (p *unpacker) String() string        { return "<unpacker>" }
func (p *unpacker) Type() string          { return "unpacker" }
func (p *unpacker) Freeze()               {}
func (p *unpacker) Truth() starlark.Bool  { return true }
func (p *unpacker) Hash() (uint32, error) { return uint32(p.n), nil }

// Binary returns the value the VM unpacks into p's n targets.
func (p *unpacker) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	if op != syntax.PLUS || side != starlark.Left {
		return nil, nil
	}
	switch y.(type) {
	case starlark.Tuple, *starlark.List:
		return y, nil
	}
	return unpack(y, p.n)
}
