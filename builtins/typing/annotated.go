package typing

// This file defines typing.Annotated, a class whose subscription
// Annotated[int, 'meta'] is an alias.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// annotatedClass is typing.Annotated, and what get_origin answers for
// Annotated[T, x].
var annotatedClass = func() *py.Class {
	c := py.NewClass("Annotated", "typing")
	c.Ext = &py.NativeClass{Meta: annotatedMeta{}}
	return c
}()

// annotatedForm makes the aliases Annotated[...] returns.
var annotatedForm = &Alias{name: "Annotated", arity: annotated}

var _ py.Meta = annotatedMeta{}

// annotatedMeta gives Annotated its subscription and refuses calls.
type annotatedMeta struct{}

func (annotatedMeta) Subclassed(*starlark.Thread, *py.Class, []string) error { return nil }
func (annotatedMeta) Call(*starlark.Thread, *py.Class, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return nil, py.Raise(py.TypeError, "Type Annotated cannot be instantiated.")
}
func (annotatedMeta) Repr(cls *py.Class) string               { return "<class 'typing.Annotated'>" }
func (annotatedMeta) Len(cls *py.Class) int                   { return -1 }
func (annotatedMeta) Iterate(cls *py.Class) starlark.Iterator { return nil }
func (annotatedMeta) Has(cls *py.Class, x starlark.Value) (bool, error) {
	return false, py.Raise(py.TypeError, "argument of type 'type' is not iterable")
}

// Get is Annotated[T, x, ...].
func (annotatedMeta) Get(cls *py.Class, k starlark.Value) (starlark.Value, bool, error) {
	return annotatedForm.Get(k)
}
