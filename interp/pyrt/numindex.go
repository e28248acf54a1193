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
	case starlark.Mapping:
		return numMapping{x}
	case starlark.Indexable:
		return numSequence{x}
	}
	return x
}

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
