package contextvars

// This file defines ContextVar and Token.

import (
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// ContextVarClass is contextvars.ContextVar.
var ContextVarClass = func() *py.Class {
	c := py.NewClass("ContextVar", "_contextvars")
	c.Ext = &py.NativeClass{New: newContextVar}
	c.Generic = true
	return c
}()

// TokenClass is contextvars.Token.
var TokenClass = func() *py.Class {
	c := py.NewClass("Token", "_contextvars")
	c.Generic = true // Token[int]
	c.Ext = &py.NativeClass{New: func(*starlark.Thread, *py.Class, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		return nil, py.Raise(py.RuntimeError, "Tokens can only be created by ContextVars")
	}}
	c.Dict["MISSING"] = Missing
	return c
}()

// ContextVar is a contextvars.ContextVar: a name and an optional
// default. Its value lives in contexts. Immutable.
type ContextVar struct {
	name string
	def  starlark.Value // nil for none
}

var (
	_ starlark.HasAttrs   = (*ContextVar)(nil)
	_ starlark.Comparable = (*ContextVar)(nil)
)

// newContextVar implements ContextVar(name, *, default).
// https://docs.python.org/3/library/contextvars.html#contextvars.ContextVar
func newContextVar(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		how := "exactly"
		if len(args) > 1 {
			how = "at most"
		}
		return nil, py.Raisef(py.TypeError, "ContextVar() takes %s 1 positional argument (%d given)", how, len(args))
	}
	v := &ContextVar{}
	for _, kv := range kwargs {
		if k := string(kv[0].(starlark.String)); k != "default" {
			return nil, py.Raisef(py.TypeError, "'%s' is an invalid keyword argument for ContextVar()", k)
		}
		v.def = kv[1]
	}
	name, ok := args[0].(starlark.String)
	if !ok {
		return nil, py.Raise(py.TypeError, "context variable name must be a str")
	}
	v.name = string(name)
	return v, nil
}

func (v *ContextVar) String() string {
	s := "<ContextVar name=" + py.Repr(starlark.String(v.name))
	if v.def != nil {
		s += " default=" + py.Repr(v.def)
	}
	return fmt.Sprintf("%s at %#x>", s, py.Addr(v))
}
func (v *ContextVar) Type() string          { return "_contextvars.ContextVar" }
func (v *ContextVar) Freeze()               {}
func (v *ContextVar) Truth() starlark.Bool  { return true }
func (v *ContextVar) PyClass() *py.Class    { return ContextVarClass }
func (v *ContextVar) Hash() (uint32, error) { return uint32(py.Addr(v) >> 4), nil }

// CompareSameType compares variables by identity.
func (v *ContextVar) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return identity(op, v == y, "_contextvars.ContextVar")
}

// identity answers == and != from same; other comparisons are
// TypeErrors between instances of typ.
func identity(op syntax.Token, same bool, typ string) (bool, error) {
	switch op {
	case syntax.EQL:
		return same, nil
	case syntax.NEQ:
		return !same, nil
	}
	return false, py.Raisef(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", op, typ, typ)
}

var varMethods = map[string]*starlark.Builtin{
	"get":   starlark.NewBuiltin("get", varGet),
	"set":   starlark.NewBuiltin("set", varSet),
	"reset": starlark.NewBuiltin("reset", varReset),
}

// Attr implements starlark.HasAttrs.
func (v *ContextVar) Attr(name string) (starlark.Value, error) {
	if name == "name" {
		return starlark.String(v.name), nil
	}
	if m, ok := varMethods[name]; ok {
		return m.BindReceiver(v), nil
	}
	return nil, py.Raisef(py.AttributeError, "'_contextvars.ContextVar' object has no attribute '%s'", name)
}

// AttrNames implements starlark.HasAttrs.
func (v *ContextVar) AttrNames() []string { return []string{"get", "name", "reset", "set"} }

// varGet implements ContextVar.get([default]): the value in the current
// context, else default, else the variable's default, else
// LookupError.
// https://docs.python.org/3/library/contextvars.html#contextvars.ContextVar.get
func varGet(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "ContextVar.get() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "get expected at most 1 argument, got %d", len(args))
	}
	v := b.Receiver().(*ContextVar)
	if x, ok := current(thread).vars.get(v); ok {
		return x, nil
	}
	if len(args) == 1 {
		return args[0], nil
	}
	if v.def != nil {
		return v.def, nil
	}
	return nil, py.NewException(py.LookupError, v)
}

// oneArg checks the one argument of ContextVar.set and reset.
func oneArg(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (*ContextVar, error) {
	if len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "ContextVar.%s() takes no keyword arguments", b.Name())
	}
	if len(args) != 1 {
		return nil, py.Raisef(py.TypeError, "ContextVar.%s() takes exactly one argument (%d given)", b.Name(), len(args))
	}
	return b.Receiver().(*ContextVar), nil
}

// varSet implements ContextVar.set(value): it sets the variable in the
// current context and returns a Token for reset.
func varSet(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	v, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	c := current(thread)
	old, _ := c.vars.get(v)
	c.vars = c.vars.with(v, args[0])
	return &Token{ctx: c, v: v, old: old}, nil
}

// varReset implements ContextVar.reset(token): the variable gets back
// the value it had before the set that made token.
func varReset(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	v, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	t, ok := args[0].(*Token)
	switch {
	case !ok:
		return nil, py.Raisef(py.TypeError, "expected an instance of Token, got %s", py.Repr(args[0]))
	case t.used:
		return nil, py.Raisef(py.RuntimeError, "%s has already been used once", t)
	case t.v != v:
		return nil, py.Raisef(py.ValueError, "%s was created by a different ContextVar", t)
	}
	c := current(thread)
	if t.ctx != c {
		return nil, py.Raisef(py.ValueError, "%s was created in a different Context", t)
	}
	t.used = true
	if t.old == nil {
		c.vars = c.vars.without(v)
	} else {
		c.vars = c.vars.with(v, t.old)
	}
	return starlark.None, nil
}

// Token is a contextvars.Token, returned by ContextVar.set. Guarded by
// the GIL.
type Token struct {
	ctx  *Context
	v    *ContextVar
	old  starlark.Value // nil for MISSING
	used bool
}

var _ starlark.HasAttrs = (*Token)(nil)

func (t *Token) String() string {
	used := ""
	if t.used {
		used = "used "
	}
	return fmt.Sprintf("<Token %svar=%s at %#x>", used, t.v, py.Addr(t))
}
func (t *Token) Type() string          { return "_contextvars.Token" }
func (t *Token) Freeze()               {}
func (t *Token) Truth() starlark.Bool  { return true }
func (t *Token) PyClass() *py.Class    { return TokenClass }
func (t *Token) Hash() (uint32, error) { return uint32(py.Addr(t) >> 4), nil }

// Attr implements starlark.HasAttrs: var and old_value.
func (t *Token) Attr(name string) (starlark.Value, error) {
	switch name {
	case "var":
		return t.v, nil
	case "old_value":
		if t.old == nil {
			return Missing, nil
		}
		return t.old, nil
	case "MISSING":
		return Missing, nil
	}
	return nil, py.Raisef(py.AttributeError, "'_contextvars.Token' object has no attribute '%s'", name)
}

// AttrNames implements starlark.HasAttrs.
func (t *Token) AttrNames() []string { return []string{"MISSING", "old_value", "var"} }

// missing is the type of Token.MISSING.
type missing struct{}

// Missing is Token.MISSING, a Token's old_value when the variable had no
// value before the set.
var Missing starlark.Value = missing{}

func (missing) String() string        { return "<Token.MISSING>" }
func (missing) Type() string          { return "Token.MISSING" }
func (missing) Freeze()               {}
func (missing) Truth() starlark.Bool  { return true }
func (missing) Hash() (uint32, error) { return 0x70c3, nil }
