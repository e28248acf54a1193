package dataclasses

// This file defines Field, the value field() returns and fields() lists,
// and MISSING.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// missingType is the type of MISSING, the absent default.
type missingType struct{}

var missing = &missingType{}

func (*missingType) String() string        { return "<dataclasses._MISSING_TYPE object>" }
func (*missingType) Type() string          { return "_MISSING_TYPE" }
func (*missingType) Freeze()               {}
func (*missingType) Truth() starlark.Bool  { return true }
func (*missingType) Hash() (uint32, error) { return 0, nil }

// Field describes one field of a dataclass. def and factory are nil when
// missing.
type Field struct {
	name                string
	typ                 starlark.Value // the annotation's source text
	def, factory        starlark.Value
	init, repr, compare bool
	hash                starlark.Value // hash=: None (follow compare) or whether the generated __hash__ uses it
	kwOnly, kwOnlySet   bool           // kw_only, and whether field() gave it
	initVar             bool           // an InitVar[T] pseudo-field: an argument of __init__ and __post_init__ only
}

var _ starlark.HasAttrs = (*Field)(nil)

func (f *Field) String() string {
	return fmt.Sprintf("Field(name=%s,type=%s,default=%s,default_factory=%s,init=%s,repr=%s,compare=%s)",
		py.Repr(starlark.String(f.name)), py.Repr(orNone(f.typ)), py.Repr(orMissing(f.def)),
		py.Repr(orMissing(f.factory)), pyBool(f.init), pyBool(f.repr), pyBool(f.compare))
}
func (f *Field) Type() string          { return "Field" }
func (f *Field) Freeze()               {}
func (f *Field) Truth() starlark.Bool  { return true }
func (f *Field) Hash() (uint32, error) { return uint32(py.Addr(f)), nil }

// Attr implements starlark.HasAttrs.
func (f *Field) Attr(name string) (starlark.Value, error) {
	switch name {
	case "name":
		return starlark.String(f.name), nil
	case "type":
		return orNone(f.typ), nil
	case "default":
		return orMissing(f.def), nil
	case "default_factory":
		return orMissing(f.factory), nil
	case "init":
		return starlark.Bool(f.init), nil
	case "repr":
		return starlark.Bool(f.repr), nil
	case "compare":
		return starlark.Bool(f.compare), nil
	case "kw_only":
		return starlark.Bool(f.kwOnly), nil
	case "hash":
		return orNone(f.hash), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (f *Field) AttrNames() []string {
	return []string{"compare", "default", "default_factory", "hash", "init", "kw_only", "name", "repr", "type"}
}

// hashed reports whether the generated __hash__ uses the field: its
// hash= if given, else its compare=.
func (f *Field) hashed() bool {
	if f.hash == nil || f.hash == starlark.None {
		return f.compare
	}
	return bool(f.hash.Truth())
}

func (f *Field) hasDefault() bool { return f.def != nil || f.factory != nil }

// defaultValue returns the field's default, calling its factory.
func (f *Field) defaultValue(thread *starlark.Thread) (starlark.Value, error) {
	if f.factory != nil {
		return starlark.Call(thread, f.factory, nil, nil)
	}
	return f.def, nil
}

func orMissing(v starlark.Value) starlark.Value {
	if v == nil {
		return missing
	}
	return v
}

func orNone(v starlark.Value) starlark.Value {
	if v == nil {
		return starlark.None
	}
	return v
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// newField implements field(*, default=MISSING, default_factory=MISSING,
// init=True, repr=True, hash=None, compare=True, metadata=None,
// kw_only=MISSING).
// https://docs.python.org/3/library/dataclasses.html#dataclasses.field
func newField(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, py.Raisef(py.TypeError, "field() takes 0 positional arguments but %d were given", len(args))
	}
	var def, factory, hash, metadata, kwOnly starlark.Value = missing, missing, starlark.None, starlark.None, missing
	f := &Field{init: true, repr: true, compare: true}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "default?", &def, "default_factory?", &factory,
		"init?", &f.init, "repr?", &f.repr, "hash?", &hash, "compare?", &f.compare, "metadata?", &metadata, "kw_only?", &kwOnly); err != nil {
		return nil, err
	}
	if def != missing && factory != missing {
		return nil, py.Raise(py.ValueError, "cannot specify both default and default_factory")
	}
	if def != missing {
		f.def = def
	}
	if factory != missing {
		f.factory = factory
	}
	if kwOnly != missing {
		f.kwOnly, f.kwOnlySet = bool(kwOnly.Truth()), true
	}
	f.hash = hash
	return f, nil
}
