package decimal

// This file defines Context's attributes and methods, and localcontext.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

var (
	_ starlark.HasAttrs    = (*Context)(nil)
	_ starlark.HasSetField = (*Context)(nil)
)

// Attr implements starlark.HasAttrs.
func (c *Context) Attr(name string) (starlark.Value, error) {
	switch name {
	case "prec":
		return starlark.MakeInt(c.prec), nil
	case "rounding":
		return starlark.String(c.rounding), nil
	case "Emin":
		return starlark.MakeInt(c.emin), nil
	case "Emax":
		return starlark.MakeInt(c.emax), nil
	case "capitals":
		return starlark.MakeInt(c.capitals), nil
	case "clamp":
		return starlark.MakeInt(c.clamp), nil
	case "flags", "traps":
		return &SignalDict{ctx: c, traps: name == "traps"}, nil
	case "copy", "clear_flags", "clear_traps":
		return starlark.NewBuiltin(name, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if err := py.NoArgsC("Context", name, args, kwargs); err != nil {
				return nil, err
			}
			switch name {
			case "copy":
				return c.copy(), nil
			case "clear_flags":
				c.flags = map[*py.Class]bool{}
			default:
				c.traps = map[*py.Class]bool{}
			}
			return starlark.None, nil
		}).BindReceiver(c), nil
	}
	return nil, py.Raisef(py.AttributeError, "'decimal.Context' object has no attribute '%s'", name)
}

// AttrNames implements starlark.HasAttrs.
func (c *Context) AttrNames() []string {
	return []string{"Emax", "Emin", "capitals", "clamp", "clear_flags", "clear_traps", "copy", "flags", "prec", "rounding", "traps"}
}

// SetField sets prec, rounding and the other settings, checked as CPython checks them.
func (c *Context) SetField(name string, v starlark.Value) error {
	if name == "rounding" {
		s, ok := v.(starlark.String)
		if !ok || !validRounding(string(s)) {
			return py.Raise(py.TypeError, "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
		}
		c.rounding = string(s)
		return nil
	}
	if name == "flags" || name == "traps" {
		return c.setSignals(name, v)
	}
	n, ok := v.(starlark.Int)
	i64, exact := n.Int64()
	i := int(i64)
	if !ok || !exact {
		return py.Raise(py.TypeError, "an integer is required")
	}
	switch name {
	case "prec":
		if i < 1 || i > 999999999999999999 {
			return py.Raise(py.ValueError, "valid range for prec is [1, MAX_PREC]")
		}
		c.prec = i
	case "Emin":
		if i > 0 {
			return py.Raise(py.ValueError, "valid range for Emin is [MIN_EMIN, 0]")
		}
		c.emin = i
	case "Emax":
		if i < 0 {
			return py.Raise(py.ValueError, "valid range for Emax is [0, MAX_EMAX]")
		}
		c.emax = i
	case "capitals", "clamp":
		if i != 0 && i != 1 {
			return py.Raisef(py.ValueError, "valid values for %s are 0 or 1", name)
		}
		if name == "clamp" {
			c.clamp = i
		} else {
			c.capitals = i
		}
	default:
		return py.Raisef(py.AttributeError, "'decimal.Context' object has no attribute '%s'", name)
	}
	return nil
}

func validRounding(s string) bool {
	for _, r := range roundings {
		if r == s {
			return true
		}
	}
	return false
}

// setSignals sets flags or traps from a list of signals or a dict.
func (c *Context) setSignals(name string, v starlark.Value) error {
	set := map[*py.Class]bool{}
	var pairs []starlark.Tuple
	switch x := v.(type) {
	case starlark.IterableMapping:
		pairs = x.Items()
	case *starlark.List:
		for i := 0; i < x.Len(); i++ {
			pairs = append(pairs, starlark.Tuple{x.Index(i), starlark.True})
		}
	default:
		return py.Raisef(py.TypeError, "%s must be a list or a dict of signals", name)
	}
	for _, kv := range pairs {
		s, ok := kv[0].(*py.Class)
		if !ok || signalOf(s) != s {
			return py.Raise(py.KeyError, "invalid signal dict")
		}
		set[s] = bool(kv[1].Truth())
	}
	if name == "flags" {
		c.flags = set
	} else {
		c.traps = set
	}
	return nil
}

// localcontext implements localcontext(ctx=None, **kwargs): a context
// manager that installs a copy of ctx (or of the current context) with
// kwargs applied, and restores the previous context on exit.
// https://docs.python.org/3/library/decimal.html#decimal.localcontext
func localcontext(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var ctx starlark.Value = starlark.None
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "localcontext() takes at most 1 positional argument (%d given)", len(args))
	}
	if len(args) == 1 {
		ctx = args[0]
	}
	base, err := contextArg(thread, ctx)
	if err != nil {
		return nil, err
	}
	m := &manager{ctx: base.copy()}
	for _, kv := range kwargs {
		k := string(kv[0].(starlark.String))
		if k == "ctx" {
			continue
		}
		if err := m.ctx.SetField(k, kv[1]); err != nil {
			if e, ok := py.AsException(err); ok && e.Class == py.AttributeError {
				return nil, py.Raisef(py.TypeError, "'%s' is an invalid keyword argument for this function", k)
			}
			return nil, err
		}
	}
	return m, nil
}

// manager is the context manager localcontext returns.
type manager struct {
	ctx   *Context
	saved *Context
}

func (m *manager) String() string        { return "<decimal.ContextManager object>" }
func (m *manager) Type() string          { return "decimal.ContextManager" }
func (m *manager) Freeze()               {}
func (m *manager) Truth() starlark.Bool  { return true }
func (m *manager) Hash() (uint32, error) { return uint32(py.Addr(m)), nil }

// Attr provides __enter__ and __exit__.
func (m *manager) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__enter__":
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, _ *starlark.Builtin, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			m.saved = current(thread)
			thread.SetLocal(localKey, m.ctx)
			return m.ctx, nil
		}), nil
	case "__exit__":
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, _ *starlark.Builtin, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			if m.saved != nil {
				thread.SetLocal(localKey, m.saved)
			}
			return starlark.None, nil
		}), nil
	}
	return nil, py.Raisef(py.AttributeError, "'decimal.ContextManager' object has no attribute '%s'", name)
}

func (m *manager) AttrNames() []string { return []string{"__enter__", "__exit__"} }
