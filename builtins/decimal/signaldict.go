package decimal

// This file defines SignalDict, the live view of a context's flags or
// traps: context.traps[Inexact] = True traps Inexact from then on.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// SignalDict is a Context's flags or traps. It is guarded by the GIL of
// the Interpreter that owns the context.
type SignalDict struct {
	ctx   *Context
	traps bool
}

var (
	_ starlark.IterableMapping = (*SignalDict)(nil)
	_ starlark.HasSetKey       = (*SignalDict)(nil)
)

func (s *SignalDict) set() map[*py.Class]bool {
	if s.traps {
		return s.ctx.traps
	}
	return s.ctx.flags
}

func (s *SignalDict) String() string {
	var parts []string
	for _, k := range signalKeys {
		parts = append(parts, "<class 'decimal."+k.ClassName+"'>:"+py.Repr(starlark.Bool(s.set()[k])))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func (s *SignalDict) Type() string         { return "SignalDict" }
func (s *SignalDict) Freeze()              {}
func (s *SignalDict) Truth() starlark.Bool { return true }
func (s *SignalDict) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'SignalDict'")
}
func (s *SignalDict) Len() int { return len(signalKeys) }

var badSignal = starlark.String("valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]")

func signalKey(k starlark.Value) (*py.Class, error) {
	c, ok := k.(*py.Class)
	if ok {
		for _, s := range signalKeys {
			if s == c {
				return c, nil
			}
		}
	}
	return nil, py.NewException(py.KeyError, badSignal)
}

// Get implements d[signal].
func (s *SignalDict) Get(k starlark.Value) (starlark.Value, bool, error) {
	c, err := signalKey(k)
	if err != nil {
		return nil, false, err
	}
	return starlark.Bool(s.set()[c]), true, nil
}

// SetKey implements d[signal] = value.
func (s *SignalDict) SetKey(k, v starlark.Value) error {
	c, err := signalKey(k)
	if err != nil {
		return err
	}
	s.set()[c] = bool(v.Truth())
	return nil
}

// Items implements starlark.IterableMapping.
func (s *SignalDict) Items() []starlark.Tuple {
	items := make([]starlark.Tuple, len(signalKeys))
	for i, k := range signalKeys {
		items[i] = starlark.Tuple{k, starlark.Bool(s.set()[k])}
	}
	return items
}

// Iterate iterates over the signals.
func (s *SignalDict) Iterate() starlark.Iterator {
	keys := make([]starlark.Value, len(signalKeys))
	for i, k := range signalKeys {
		keys[i] = k
	}
	return starlark.NewList(keys).Iterate()
}

// Attr provides keys, values, items, get and copy, as a mapping does.
func (s *SignalDict) Attr(name string) (starlark.Value, error) {
	d := starlark.NewDict(len(signalKeys))
	for _, kv := range s.Items() {
		d.SetKey(kv[0], kv[1])
	}
	switch name {
	case "keys", "values", "items", "get", "copy":
		return d.Attr(name)
	}
	return nil, py.Raisef(py.AttributeError, "'SignalDict' object has no attribute '%s'", name)
}

// AttrNames implements starlark.HasAttrs.
func (s *SignalDict) AttrNames() []string { return []string{"copy", "get", "items", "keys", "values"} }
