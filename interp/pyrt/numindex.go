package pyrt

// This file defines abi.NumIndex(x), the substitute a loop indexes in
// place of x when it reads x's items as operands of arithmetic (see
// interp/lower/numindex.go).

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// spNumx implements abi.NumIndex(x): what abi.StrIndex(x) returns, but a
// list, tuple or mapping as a view whose bool items come back as
// boolOperands, as numbers' Get returns them. A str's or bytes' items
// are never bools.
func spNumx(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, py.Raise(py.SystemError, abi.NumIndex+" takes 1 argument")
	}
	switch x := args[0].(type) {
	case starlark.String, starlark.Bytes:
		return builtins.IndexView(thread, x), nil
	}
	return numView(args[0]), nil
}

// numKey is abi.NumKey: (numKey + x)[i] is (abi.StrKey + x)[i], but a
// container's bool items come back as boolOperands, as from spNumx.
// The view of the list or dict it was given last is kept for the next
// step of the loop, which reads the same container: the sum then
// allocates nothing.
type numKey struct {
	*builtins.StrIndexer
	last     starlark.Value // a *starlark.List or *starlark.Dict
	lastView starlark.Value
}

// Binary returns y as x[i] should index it.
func (k *numKey) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	switch v := y.(type) {
	case *starlark.List, *starlark.Dict:
		if y != k.last {
			k.last, k.lastView = y, numView(v)
		}
		return k.lastView, nil
	case starlark.String, starlark.Bytes:
		return k.StrIndexer.Binary(op, y, side)
	}
	return numView(y), nil
}

// numView returns x's items as numbers: a numSequence or numMapping of
// a sequence or mapping, else x.
func numView(x starlark.Value) starlark.Value {
	switch x := x.(type) {
	case *starlark.List:
		return &numList{x}
	case starlark.Mapping:
		return numMapping{x}
	case starlark.Indexable:
		return numSequence{x}
	}
	return x
}

// numList is numSequence for a list, whose calls of the list's methods
// are direct.
type numList struct{ *starlark.List }

func (l *numList) Len() int { return l.List.Len() }

// Index returns item i, a bool as a boolOperand.
func (l *numList) Index(i int) starlark.Value { return asNum(l.List.Index(i)) }

// numSequence is a sequence whose items are read as numbers; it is
// the sequence in all else, so the VM's errors name its type.
type numSequence struct{ starlark.Indexable }

// Index returns item i, a bool as a boolOperand.
func (s numSequence) Index(i int) starlark.Value { return asNum(s.Indexable.Index(i)) }

// numMapping is a mapping whose values are read as numbers.
type numMapping struct{ starlark.Mapping }

// Get returns the value of k, a bool as a boolOperand.
func (m numMapping) Get(k starlark.Value) (starlark.Value, bool, error) {
	v, found, err := m.Mapping.Get(k)
	return asNum(v), found, err
}

// asNum returns v, or a boolOperand for a bool.
func asNum(v starlark.Value) starlark.Value {
	if b, ok := v.(starlark.Bool); ok {
		return boolOperand{b}
	}
	return v
}

// numLoopOf returns abi.Iter(x, abi.NumLoopShape): the loop over x
// whose variable the function reads only as an operand of arithmetic,
// so a bool item comes as a boolOperand (see interp/lower/numloop.go).
func numLoopOf(x starlark.Value) (starlark.Value, error) {
	if l, ok := x.(*starlark.List); ok {
		return &numListLoop{list: l}, nil
	}
	it, err := builtins.ForLoop(x)
	if err != nil {
		return nil, err
	}
	return numLoop{it.(starlark.Iterable)}, nil
}

// numListLoop is the numeric loop over a list. Like builtins.ForLoop's,
// it goes by index, rereading the length, so the body may append; its
// calls of the list's methods are direct, which pays for the check.
type numListLoop struct {
	list *starlark.List
	i    int
}

func (l *numListLoop) String() string       { return "<list_iterator object>" }
func (l *numListLoop) Type() string         { return "list_iterator" }
func (l *numListLoop) Freeze()              {}
func (l *numListLoop) Truth() starlark.Bool { return true }
func (l *numListLoop) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'list_iterator'")
}

// Iterate restarts the loop: the VM iterates it once per run of the
// for statement.
func (l *numListLoop) Iterate() starlark.Iterator {
	l.i = 0
	return l
}

func (l *numListLoop) Next(p *starlark.Value) bool {
	if l.i >= l.list.Len() {
		return false
	}
	*p = asNum(l.list.Index(l.i))
	l.i++
	return true
}

func (l *numListLoop) Done() {}

// numLoop is the numeric loop over any other iterable.
type numLoop struct{ starlark.Iterable }

var _ builtins.LoopErrer = numLoop{}

func (l numLoop) Iterate() starlark.Iterator { return numIter{l.Iterable.Iterate()} }

// LoopErr returns the error that ended X's loop, if any.
func (l numLoop) LoopErr() error { return builtins.LoopErr(l.Iterable) }

type numIter struct{ starlark.Iterator }

func (it numIter) Next(p *starlark.Value) bool {
	if !it.Iterator.Next(p) {
		return false
	}
	*p = asNum(*p)
	return true
}
