package operator

// This file defines itemgetter, attrgetter and methodcaller: callables
// of one argument with CPython's reprs.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// Getter is an itemgetter, attrgetter or methodcaller. It is immutable.
type Getter struct {
	kind string // "itemgetter", "attrgetter" or "methodcaller"
	args string // the repr of the constructor's arguments
	get  func(thread *starlark.Thread, obj starlark.Value) (starlark.Value, error)
}

var _ starlark.Callable = (*Getter)(nil)

func (g *Getter) Name() string          { return g.kind }
func (g *Getter) String() string        { return "operator." + g.kind + "(" + g.args + ")" }
func (g *Getter) Type() string          { return "operator." + g.kind }
func (g *Getter) Freeze()               {}
func (g *Getter) Truth() starlark.Bool  { return true }
func (g *Getter) Hash() (uint32, error) { return uint32(py.Addr(g)), nil }

// CallInternal applies the getter to its one argument.
func (g *Getter) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := exactly(g.kind, 1, args, kwargs); err != nil {
		return nil, err
	}
	v, err := g.get(thread, args[0])
	return v, pyErr(err)
}

// reprs joins the reprs of values.
func reprs(values []starlark.Value) string {
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = py.Repr(v)
	}
	return strings.Join(parts, ", ")
}

// each returns a get function applying one to each key: one key gives
// its value, several a tuple.
func each(keys starlark.Tuple, one func(thread *starlark.Thread, obj, key starlark.Value) (starlark.Value, error)) func(*starlark.Thread, starlark.Value) (starlark.Value, error) {
	return func(thread *starlark.Thread, obj starlark.Value) (starlark.Value, error) {
		out := make(starlark.Tuple, len(keys))
		for i, k := range keys {
			v, err := one(thread, obj, k)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		if len(out) == 1 {
			return out[0], nil
		}
		return out, nil
	}
}

// itemgetter implements itemgetter(item, *items).
// https://docs.python.org/3/library/operator.html#operator.itemgetter
func itemgetter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := atLeastOne(b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	return &Getter{kind: b.Name(), args: reprs(args), get: each(args, func(_ *starlark.Thread, obj, key starlark.Value) (starlark.Value, error) {
		return builtins.GetItem(obj, key)
	})}, nil
}

// attrgetter implements attrgetter(attr, *attrs), with dotted names.
func attrgetter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := atLeastOne(b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	for _, a := range args {
		if _, ok := a.(starlark.String); !ok {
			return nil, py.Raise(py.TypeError, "attribute name must be a string")
		}
	}
	return &Getter{kind: b.Name(), args: reprs(args), get: each(args, func(thread *starlark.Thread, obj, key starlark.Value) (starlark.Value, error) {
		for _, name := range strings.Split(string(key.(starlark.String)), ".") {
			var err error
			if obj, err = builtins.GetAttrIn(thread, obj, name); err != nil {
				return nil, err
			}
		}
		return obj, nil
	})}, nil
}

// atLeastOne checks the arguments of itemgetter and attrgetter.
func atLeastOne(name string, args starlark.Tuple, kwargs []starlark.Tuple) error {
	if len(kwargs) > 0 {
		return py.Raisef(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) == 0 {
		return py.Raisef(py.TypeError, "%s expected 1 argument, got 0", name)
	}
	return nil
}

// methodcaller implements methodcaller(name, /, *args, **kwargs).
func methodcaller(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "methodcaller needs at least one argument, the method name")
	}
	name, ok := args[0].(starlark.String)
	if !ok {
		return nil, py.Raise(py.TypeError, "method name must be a string")
	}
	rest := append(starlark.Tuple(nil), args[1:]...)
	repr := reprs(args)
	for _, kv := range kwargs {
		repr += ", " + py.Str(kv[0]) + "=" + py.Repr(kv[1])
	}
	return &Getter{kind: b.Name(), args: repr, get: func(thread *starlark.Thread, obj starlark.Value) (starlark.Value, error) {
		return builtins.CallMethod(thread, obj, string(name), rest, kwargs)
	}}, nil
}
