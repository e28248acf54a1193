package pprint

// This file defines the PrettyPrinter class.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// PrettyPrinterClass is pprint.PrettyPrinter.
var PrettyPrinterClass = func() *py.Class {
	c := py.NewClass("PrettyPrinter", "pprint")
	c.Ext = &py.NativeClass{New: newPrettyPrinter}
	return c
}()

// PrettyPrinter is a pprint.PrettyPrinter: its settings never change.
type PrettyPrinter struct{ s *settings }

var _ starlark.HasAttrs = (*PrettyPrinter)(nil)

// newPrettyPrinter implements PrettyPrinter(indent=1, width=80,
// depth=None, stream=None, *, compact=False, sort_dicts=True,
// underscore_numbers=False).
// https://docs.python.org/3/library/pprint.html#pprint.PrettyPrinter
func newPrettyPrinter(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := parse("PrettyPrinter", args, kwargs, true, "indent", "width", "depth", "stream")
	if err != nil {
		return nil, err
	}
	return &PrettyPrinter{s: s}, nil
}

func (pp *PrettyPrinter) String() string {
	return fmt.Sprintf("<pprint.PrettyPrinter object at %#x>", py.Addr(pp))
}
func (pp *PrettyPrinter) Type() string          { return "PrettyPrinter" }
func (pp *PrettyPrinter) Freeze()               {}
func (pp *PrettyPrinter) Truth() starlark.Bool  { return true }
func (pp *PrettyPrinter) PyClass() *py.Class    { return PrettyPrinterClass }
func (pp *PrettyPrinter) Hash() (uint32, error) { return uint32(py.Addr(pp) >> 4), nil }

var printerMethods = map[string]*starlark.Builtin{
	"pprint":      starlark.NewBuiltin("pprint", printerPprint),
	"pformat":     starlark.NewBuiltin("pformat", printerPformat),
	"isreadable":  starlark.NewBuiltin("isreadable", printerIsreadable),
	"isrecursive": starlark.NewBuiltin("isrecursive", printerIsrecursive),
}

// Attr implements starlark.HasAttrs.
func (pp *PrettyPrinter) Attr(name string) (starlark.Value, error) {
	if m, ok := printerMethods[name]; ok {
		return m.BindReceiver(pp), nil
	}
	return nil, py.Raisef(py.AttributeError, "'PrettyPrinter' object has no attribute '%s'", name)
}

// AttrNames implements starlark.HasAttrs.
func (pp *PrettyPrinter) AttrNames() []string {
	return []string{"isreadable", "isrecursive", "pformat", "pprint"}
}

// objectOf returns the receiver and the one argument of a method.
func objectOf(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (*settings, starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, nil, err
	}
	return b.Receiver().(*PrettyPrinter).s, x, nil
}

// printerPprint implements PrettyPrinter.pprint(object).
func printerPprint(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, x, err := objectOf(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.None, s.print(thread, x)
}

// printerPformat implements PrettyPrinter.pformat(object).
func printerPformat(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, x, err := objectOf(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	p, err := s.run(thread, x)
	if err != nil {
		return nil, err
	}
	return starlark.String(p.out.String()), nil
}

// printerIsreadable implements PrettyPrinter.isreadable(object).
func printerIsreadable(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, x, err := objectOf(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	p := &printer{settings: s, thread: thread}
	r, err := p.safeRepr(x, context{}, 0)
	return starlark.Bool(r.readable && !r.recursive), err
}

// printerIsrecursive implements PrettyPrinter.isrecursive(object).
func printerIsrecursive(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, x, err := objectOf(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	p := &printer{settings: s, thread: thread}
	r, err := p.safeRepr(x, context{}, 0)
	return starlark.Bool(r.recursive), err
}
