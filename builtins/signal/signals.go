package signal

// This file defines Signals, the enumeration of signal names:
// Signals(2).name is 'SIGINT', and Signals.SIGTERM a member.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// Member is a member of signal.Signals. It prints as its number, as
// CPython's IntEnum members do; it is immutable.
type Member struct {
	name string
	num  int
}

var _ starlark.HasAttrs = (*Member)(nil)

var signalsClass = newSignalsClass()

func newSignalsClass() *py.Class {
	c := py.NewClass("Signals", "signal")
	members := map[int]*Member{}
	for _, s := range names {
		m := &Member{s.name, s.num}
		members[s.num] = m
		c.Dict[s.name] = m
	}
	c.Ext = &py.NativeClass{New: func(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var v starlark.Value
		if err := starlark.UnpackPositionalArgs("Signals", args, kwargs, 1, &v); err != nil {
			return nil, err
		}
		if m, ok := v.(*Member); ok {
			return m, nil
		}
		if n, err := starlark.AsInt32(v); err == nil {
			if m, ok := members[n]; ok {
				return m, nil
			}
		}
		return nil, py.Raisef(py.ValueError, "%s is not a valid Signals", py.Repr(v))
	}}
	return c
}

func (m *Member) String() string { return fmt.Sprintf("<Signals.%s: %d>", m.name, m.num) }

// PyStr is str(m): the number.
func (m *Member) PyStr() string { return fmt.Sprint(m.num) }

// Type implements starlark.Value.
func (m *Member) Type() string          { return "Signals" }
func (m *Member) Freeze()               {}
func (m *Member) Truth() starlark.Bool  { return true }
func (m *Member) Hash() (uint32, error) { return starlark.MakeInt(m.num).Hash() }

// PyClass returns signal.Signals.
func (m *Member) PyClass() *py.Class { return signalsClass }

// Attr implements starlark.HasAttrs.
func (m *Member) Attr(name string) (starlark.Value, error) {
	switch name {
	case "name", "_name_":
		return starlark.String(m.name), nil
	case "value", "_value_":
		return starlark.MakeInt(m.num), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (m *Member) AttrNames() []string { return []string{"name", "value"} }
