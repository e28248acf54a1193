package collections

// This file defines typing.NamedTuple: as the base of a class statement
// it makes a namedtuple of the annotated names (those given a value are
// its defaults), which the class, holding the body's methods, derives
// from; called, NamedTuple("P", [("x", int), ("y", int)]) is namedtuple.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// TypedNamedTuple is typing.NamedTuple.
var TypedNamedTuple = &typedNamedTuple{}

type typedNamedTuple struct{}

var (
	_ builtins.ClassBuilder = (*typedNamedTuple)(nil)
	_ starlark.Callable     = (*typedNamedTuple)(nil)
)

func (*typedNamedTuple) String() string        { return "<function NamedTuple>" }
func (*typedNamedTuple) Type() string          { return "function" }
func (*typedNamedTuple) Freeze()               {}
func (*typedNamedTuple) Truth() starlark.Bool  { return true }
func (*typedNamedTuple) Hash() (uint32, error) { return 0x4e54, nil }
func (*typedNamedTuple) Name() string          { return "NamedTuple" }

// CallInternal implements NamedTuple(typename, fields) with fields a
// sequence of (name, type) pairs, or NamedTuple(typename, name=type...).
func (*typedNamedTuple) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var typename string
	var pairs starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs("NamedTuple", args, nil, 1, &typename, &pairs); err != nil {
		return nil, err
	}
	var fields []string
	if pairs != starlark.None {
		items, err := builtins.Elements(thread, pairs)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			pair, err := builtins.Elements(thread, it)
			if err != nil || len(pair) != 2 {
				return nil, py.Raise(py.TypeError, "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type")
			}
			fields = append(fields, py.Str(pair[0]))
		}
	}
	for _, kv := range kwargs {
		fields = append(fields, py.Str(kv[0]))
	}
	if err := checkNames(typename, fields, false); err != nil {
		return nil, err
	}
	return newNamedTuple(thread, typename, "__main__", fields, nil)
}

// BuildClass implements builtins.ClassBuilder: class name(NamedTuple)
// with body.
func (*typedNamedTuple) BuildClass(thread *starlark.Thread, name, module string, body *starlark.Dict, skip func(starlark.Value) bool, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fields []string
	var defaults starlark.Tuple
	rest := starlark.NewDict(body.Len())
	if ann, found, _ := body.Get(starlark.String("__annotations__")); found {
		if d, ok := ann.(*starlark.Dict); ok {
			for _, k := range d.Keys() {
				fields = append(fields, py.Str(k))
			}
		}
	}
	isField := map[string]bool{}
	for i, f := range fields {
		isField[f] = true
		v, found, _ := body.Get(starlark.String(f))
		found = found && (skip == nil || !skip(v))
		switch {
		case found:
			defaults = append(defaults, v)
		case len(defaults) > 0:
			return nil, py.Raisef(py.TypeError, "Non-default namedtuple field %s cannot follow default field%s %s",
				f, plural(len(defaults)), strings.Join(fields[i-len(defaults):i], ", "))
		}
	}
	for _, kv := range body.Items() {
		if k, ok := kv[0].(starlark.String); !ok || !isField[string(k)] {
			if err := rest.SetKey(kv[0], kv[1]); err != nil {
				return nil, err
			}
		}
	}
	if err := checkNames(name, fields, false); err != nil {
		return nil, err
	}
	base, err := newNamedTuple(thread, name, module, fields, defaults)
	if err != nil {
		return nil, err
	}
	return builtins.NewUserClass(thread, name, module, starlark.Tuple{base}, rest, skip, kwargs...)
}

// newNamedTuple returns namedtuple(typename, fields, defaults=defaults,
// module=mod).
func newNamedTuple(thread *starlark.Thread, typename, mod string, fields []string, defaults starlark.Tuple) (starlark.Value, error) {
	spec := &ntSpec{name: typename, fields: fields, defaults: defaults}
	return builtins.NewUserClass(thread, typename, mod, starlark.Tuple{builtins.TupleType}, spec.body(), nil)
}

// plural is "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
