package pyrt

// This file defines abi.ListAdd, the value of x += y lowered to
// x = __sp_A[x] + y where y may be an iterator: the VM extends a list by
// an iterable itself and can't take an error from its iterator's Next,
// so __sp_A[x] gives a list a stand-in whose + extends it in place with
// Python's iteration protocol (the items before the error stay, as in
// CPython), a bool its arithmetic operand, and passes every other x
// through, for the VM's +.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// listAdder is abi.ListAdd.
type listAdder struct{}

var _ starlark.Mapping = listAdder{}

func (listAdder) String() string        { return "<built-in function " + "__sp_A" + ">" }
func (listAdder) Type() string          { return "builtin_function_or_method" }
func (listAdder) Freeze()               {}
func (listAdder) Truth() starlark.Bool  { return true }
func (listAdder) Hash() (uint32, error) { return 0, nil }

// Get returns x, or for a list (or a deque) its in-place extender, or
// for a bool the operand that adds as Python does (n += 1 where n, a
// parameter, is True).
func (listAdder) Get(x starlark.Value) (starlark.Value, bool, error) {
	switch x := x.(type) {
	case *starlark.List:
		return &listExtender{x, x}, true, nil
	case starlark.Bool:
		return boolOperand{x}, true, nil
	}
	if o, ok := x.(*py.Instance); ok && !o.Overrides("__iadd__") {
		if l, ok := py.Base(o).(*starlark.List); ok {
			return &listExtender{l, o}, true, nil // a list subclass's += keeps the object
		}
	}
	if e, ok := x.(inPlaceExtender); ok {
		return extenderOf{e}, true, nil
	}
	return x, true, nil
}

// inPlaceExtender is a value defined in Go whose += extends it in place
// (collections.deque), by y's items through the iteration protocol.
type inPlaceExtender interface {
	starlark.Value
	ExtendInPlace(y starlark.Value) error
}

// extenderOf stands for an inPlaceExtender on the left of a lowered +=.
type extenderOf struct{ inPlaceExtender }

// Binary implements x += y: x extended in place.
func (e extenderOf) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	if op != syntax.PLUS || side != starlark.Left {
		return nil, nil
	}
	return e.inPlaceExtender, e.ExtendInPlace(y)
}

// listExtender stands for a list (or an instance of a list subclass,
// self) on the left of a lowered +=.
type listExtender struct {
	list *starlark.List
	self starlark.Value
}

func (e *listExtender) String() string        { return e.list.String() }
func (e *listExtender) Type() string          { return "list" }
func (e *listExtender) Freeze()               {}
func (e *listExtender) Truth() starlark.Bool  { return e.list.Truth() }
func (e *listExtender) Hash() (uint32, error) { return e.list.Hash() }

// Binary implements list += y: the list extended in place by y's items.
func (e *listExtender) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	if op != syntax.PLUS || side != starlark.Left {
		return nil, nil
	}
	switch y := y.(type) {
	case *starlark.List: // copied first: lst += lst doubles it
		items := make([]starlark.Value, y.Len())
		for i := range items {
			items[i] = y.Index(i)
		}
		return e.self, appendAll(e.list, items)
	case starlark.Tuple:
		return e.self, appendAll(e.list, y)
	case starlark.String:
		return e.self, appendAll(e.list, builtins.Chars(string(y)))
	}
	iter, err := py.Iterate(y)
	if err != nil {
		return nil, err
	}
	defer iter.Done()
	var x starlark.Value
	for iter.Next(&x) {
		if err := e.list.Append(x); err != nil {
			return nil, err
		}
	}
	return e.self, py.IterErr(iter)
}

func appendAll(l *starlark.List, xs []starlark.Value) error {
	for _, x := range xs {
		if err := l.Append(x); err != nil {
			return err
		}
	}
	return nil
}
