package typing

// This file defines TypeVar, ParamSpec and NewType.

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// TypeVar is a type variable; its repr is ~name (+name, -name when
// covariant, contravariant). It is immutable.
type TypeVar struct {
	name        string
	constraints starlark.Tuple
	bound       starlark.Value
	co, contra  bool
	kind        string // "TypeVar", or "ParamSpec" or "TypeVarTuple"
}

var (
	_ starlark.HasAttrs  = (*TypeVar)(nil)
	_ starlark.HasBinary = (*TypeVar)(nil)
)

// newTypeVar implements TypeVar(name, *constraints, bound=None, ...).
// https://docs.python.org/3/library/typing.html#typing.TypeVar
func newTypeVar(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "TypeVar.__init__() missing 1 required positional argument: 'name'")
	}
	t := &TypeVar{name: py.Str(args[0]), bound: starlark.None, constraints: starlark.Tuple{}}
	for _, kv := range kwargs {
		switch k, _ := starlark.AsString(kv[0]); k {
		case "bound":
			t.bound = kv[1]
		case "covariant":
			t.co = bool(kv[1].Truth())
		case "contravariant":
			t.contra = bool(kv[1].Truth())
		default:
			return nil, py.Raisef(py.TypeError, "TypeVar.__init__() got an unexpected keyword argument '%s'", k)
		}
	}
	if t.co && t.contra {
		return nil, py.Raise(py.ValueError, "Bivariant types are not supported.")
	}
	if len(args) == 2 {
		return nil, py.Raise(py.TypeError, "A single constraint is not allowed")
	}
	if len(args) > 2 {
		if t.bound != starlark.None {
			return nil, py.Raise(py.TypeError, "Constraints cannot be combined with bound=...")
		}
		t.constraints = append(starlark.Tuple{}, args[1:]...)
	}
	return t, nil
}

// newParamSpec implements ParamSpec(name) and TypeVarTuple(name).
// https://docs.python.org/3/library/typing.html#typing.ParamSpec
func newParamSpec(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	if b.Name() == "TypeVarTuple" {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name); err != nil {
			return nil, err
		}
	} else {
		var bound, co, contra starlark.Value
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, "name", &name, "bound?", &bound, "covariant?", &co, "contravariant?", &contra); err != nil {
			return nil, err
		}
	}
	return &TypeVar{name: name, bound: starlark.None, constraints: starlark.Tuple{}, kind: b.Name()}, nil
}

func (t *TypeVar) String() string {
	switch {
	case t.kind == "TypeVarTuple":
		return t.name
	case t.co:
		return "+" + t.name
	case t.contra:
		return "-" + t.name
	}
	return "~" + t.name
}

func (t *TypeVar) Type() string {
	if t.kind != "" {
		return t.kind
	}
	return "TypeVar"
}
func (t *TypeVar) Freeze()               {}
func (t *TypeVar) Truth() starlark.Bool  { return true }
func (t *TypeVar) Hash() (uint32, error) { return uint32(py.Addr(t)), nil }

// Binary implements starlark.HasBinary: T | None is a typing.Optional.
func (t *TypeVar) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	return typingOr(op, t, y, side), nil
}

// Attr implements starlark.HasAttrs.
func (t *TypeVar) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__name__":
		return starlark.String(t.name), nil
	case "__bound__":
		return t.bound, nil
	case "__constraints__":
		return t.constraints, nil
	case "__covariant__":
		return starlark.Bool(t.co), nil
	case "__contravariant__":
		return starlark.Bool(t.contra), nil
	case "args", "kwargs":
		if t.kind == "ParamSpec" {
			return &paramSpecPart{t.name + "." + name}, nil
		}
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (t *TypeVar) AttrNames() []string {
	return []string{"__bound__", "__constraints__", "__contravariant__", "__covariant__", "__name__"}
}

// paramSpecPart is P.args or P.kwargs.
type paramSpecPart struct{ repr string }

func (p *paramSpecPart) String() string { return p.repr }
func (p *paramSpecPart) Type() string {
	if strings.HasSuffix(p.repr, ".kwargs") {
		return "typing.ParamSpecKwargs"
	}
	return "typing.ParamSpecArgs"
}
func (p *paramSpecPart) Freeze()               {}
func (p *paramSpecPart) Truth() starlark.Bool  { return true }
func (p *paramSpecPart) Hash() (uint32, error) { return starlark.String(p.repr).Hash() }

// NewType is what NewType(name, tp) returns: a callable returning its
// argument, whose repr is __main__.name.
type NewType struct {
	name   string
	super  starlark.Value
	module string
}

var (
	_ starlark.Callable = (*NewType)(nil)
	_ starlark.HasAttrs = (*NewType)(nil)
)

// newNewType implements NewType(name, tp).
// https://docs.python.org/3/library/typing.html#typing.NewType
func newNewType(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var tp starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "name", &name, "tp", &tp); err != nil {
		return nil, err
	}
	return &NewType{name: name, super: tp, module: "__main__"}, nil
}

func (n *NewType) String() string        { return n.module + "." + n.name }
func (n *NewType) Type() string          { return "NewType" }
func (n *NewType) Freeze()               {}
func (n *NewType) Truth() starlark.Bool  { return true }
func (n *NewType) Hash() (uint32, error) { return uint32(py.Addr(n)), nil }
func (n *NewType) Name() string          { return n.name }

// CallInternal returns the argument.
func (n *NewType) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(n.name, args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	return x, nil
}

// Attr implements starlark.HasAttrs.
func (n *NewType) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__name__", "__qualname__":
		return starlark.String(n.name), nil
	case "__supertype__":
		return n.super, nil
	case "__module__":
		return starlark.String(n.module), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (n *NewType) AttrNames() []string {
	return []string{"__module__", "__name__", "__qualname__", "__supertype__"}
}

// Binary implements starlark.HasBinary: UserId | None.
func (n *NewType) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	return typingOr(op, n, y, side), nil
}
