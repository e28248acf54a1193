package dataclasses

// This file defines dataclasses.InitVar, whose subscription InitVar[int]
// annotates a pseudo-field: an argument of __init__ and __post_init__.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// InitVarClass is dataclasses.InitVar: InitVar[int] and InitVar(int)
// make an InitVar.
var InitVarClass = func() *py.Class {
	c := py.NewClass("InitVar", "dataclasses", builtins.ObjectType)
	c.Ext = &py.NativeClass{New: newInitVar, Meta: initVarMeta{}}
	return c
}()

func init() {
	Module.Members["InitVar"] = InitVarClass // see initvar.go
}

// InitVar is InitVar[T], the annotation of an init-only pseudo-field. It
// is immutable.
type InitVar struct {
	Arg starlark.Value // T
}

var (
	_ starlark.HasAttrs = (*InitVar)(nil)
	_ py.Meta           = initVarMeta{}
)

// newInitVar implements InitVar(type).
func newInitVar(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var typ starlark.Value
	if err := starlark.UnpackArgs("InitVar", args, kwargs, "type", &typ); err != nil {
		return nil, err
	}
	return &InitVar{Arg: typ}, nil
}

// String is CPython's repr: dataclasses.InitVar[int].
func (v *InitVar) String() string {
	if c, ok := v.Arg.(*py.Class); ok {
		return "dataclasses.InitVar[" + c.Name() + "]"
	}
	return "dataclasses.InitVar[" + py.Repr(v.Arg) + "]"
}

func (v *InitVar) Type() string          { return "InitVar" }
func (v *InitVar) Freeze()               {}
func (v *InitVar) Truth() starlark.Bool  { return true }
func (v *InitVar) Hash() (uint32, error) { return uint32(py.Addr(v)), nil }

// PyClass is type(v): InitVar.
func (v *InitVar) PyClass() *py.Class { return InitVarClass }

// Attr implements starlark.HasAttrs: type.
func (v *InitVar) Attr(name string) (starlark.Value, error) {
	if name == "type" {
		return v.Arg, nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (v *InitVar) AttrNames() []string { return []string{"type"} }

// initVarMeta gives InitVar its subscription (CPython's
// __class_getitem__).
type initVarMeta struct{}

func (initVarMeta) Subclassed(*starlark.Thread, *py.Class, []string) error { return nil }
func (initVarMeta) Call(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return newInitVar(thread, cls, args, kwargs)
}
func (initVarMeta) Repr(cls *py.Class) string               { return "<class 'dataclasses.InitVar'>" }
func (initVarMeta) Len(cls *py.Class) int                   { return -1 }
func (initVarMeta) Iterate(cls *py.Class) starlark.Iterator { return nil }
func (initVarMeta) Has(cls *py.Class, x starlark.Value) (bool, error) {
	return false, py.Raise(py.TypeError, "argument of type 'type' is not iterable")
}

// Get is InitVar[T].
func (initVarMeta) Get(cls *py.Class, k starlark.Value) (starlark.Value, bool, error) {
	return &InitVar{Arg: k}, true, nil
}
