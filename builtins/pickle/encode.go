package pickle

// This file defines the encoder: a value as a stream of opcodes, each a
// byte followed by its operands. Lengths and counts are uvarints; a
// list, dict, set, bytearray or object gets the next memo index when
// made, so that a second reference to it is an index (memoRef).

import (
	"encoding/binary"
	"math"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// The opcodes.
const (
	opNone      = 'N'
	opTrue      = 'T'
	opFalse     = 'F'
	opInt       = 'I' // decimal digits
	opFloat     = 'D' // 8 bytes, IEEE 754, little-endian
	opComplex   = 'C' // two floats
	opStr       = 'S'
	opBytes     = 'B'
	opByteArray = 'A'
	opTuple     = '('
	opList      = 'L'
	opDict      = 'd'
	opSet       = 's'
	opFrozenSet = 'f'
	opGlobal    = 'G' // module, qualified name
	opObject    = 'O' // callable, args, new flag, then state, listitems, dictitems
	opMemo      = 'M'
	opStop      = '.'
)

// header starts every pickle, as CPython's protocol 4 does.
var header = []byte{0x80, 4}

// encoder writes one pickle.
type encoder struct {
	thread *starlark.Thread
	out    []byte
	memo   map[starlark.Value]int
	depth  int
}

// encode returns the pickle of obj.
func encode(thread *starlark.Thread, obj starlark.Value) ([]byte, error) {
	e := &encoder{thread: thread, out: append([]byte(nil), header...), memo: map[starlark.Value]int{}}
	if err := e.value(obj); err != nil {
		return nil, err
	}
	return append(e.out, opStop), nil
}

func (e *encoder) op(op byte)   { e.out = append(e.out, op) }
func (e *encoder) count(n int)  { e.out = binary.AppendUvarint(e.out, uint64(n)) }
func (e *encoder) str(s string) { e.count(len(s)); e.out = append(e.out, s...) }
func (e *encoder) float(f float64) {
	e.out = binary.LittleEndian.AppendUint64(e.out, math.Float64bits(f))
}
func (e *encoder) remember(x starlark.Value) { e.memo[x] = len(e.memo) }

// memoizable reports whether x is an object a second reference to
// which stays the same object.
func memoizable(x starlark.Value) bool {
	switch x.(type) {
	case *starlark.List, *starlark.Dict, *builtins.Set, *builtins.ByteArray, *py.Instance, *py.Exception:
		return true
	}
	return false
}

// value writes x.
func (e *encoder) value(x starlark.Value) error {
	if memoizable(x) {
		if i, ok := e.memo[x]; ok {
			e.op(opMemo)
			e.count(i)
			return nil
		}
	}
	if e.depth >= py.RecursionLimit(e.thread) {
		return py.Recursion("while pickling an object")
	}
	e.depth++
	defer func() { e.depth-- }()
	switch x := x.(type) {
	case starlark.NoneType:
		e.op(opNone)
	case starlark.Bool:
		e.op(map[bool]byte{true: opTrue, false: opFalse}[bool(x)])
	case starlark.Int:
		e.op(opInt)
		e.str(x.String())
	case starlark.Float:
		e.op(opFloat)
		e.float(float64(x))
	case builtins.Complex:
		e.op(opComplex)
		e.float(real(x))
		e.float(imag(x))
	case starlark.String:
		e.op(opStr)
		e.str(string(x))
	case starlark.Bytes:
		e.op(opBytes)
		e.str(string(x))
	case *builtins.ByteArray:
		e.op(opByteArray)
		e.remember(x)
		e.str(string(x.Bytes()))
	case starlark.Tuple:
		e.op(opTuple)
		return e.items(x)
	case *starlark.List:
		e.op(opList)
		e.remember(x)
		return e.items(listElems(x))
	case *starlark.Dict:
		e.op(opDict)
		e.remember(x)
		return e.pairs(x.Items())
	case *builtins.Set:
		e.op(map[bool]byte{true: opFrozenSet, false: opSet}[x.PyClass() == builtins.FrozenSetType])
		e.remember(x)
		return e.items(x.Elems())
	case *py.Instance:
		return e.instance(x)
	case *py.Exception:
		return e.exception(x)
	case *py.Class, *starlark.Function, *starlark.Builtin:
		return e.global(x)
	default:
		return cannotPickle(x)
	}
	return nil
}

// listElems returns a list's items.
func listElems(l *starlark.List) []starlark.Value {
	xs := make([]starlark.Value, l.Len())
	for i := range xs {
		xs[i] = l.Index(i)
	}
	return xs
}

// cannotPickle is CPython's TypeError for an object it can't pickle.
func cannotPickle(x starlark.Value) error {
	return py.Raisef(py.TypeError, "cannot pickle '%s' object", py.QualifiedName(x))
}

// items writes a count and the values.
func (e *encoder) items(xs []starlark.Value) error {
	e.count(len(xs))
	for _, x := range xs {
		if err := e.value(x); err != nil {
			return err
		}
	}
	return nil
}

// pairs writes a count and the key-value pairs.
func (e *encoder) pairs(kvs []starlark.Tuple) error {
	e.count(len(kvs))
	for _, kv := range kvs {
		if err := e.value(kv[0]); err != nil {
			return err
		}
		if err := e.value(kv[1]); err != nil {
			return err
		}
	}
	return nil
}

// global writes a class or function by reference, once its module and
// qualified name are found to name it, as CPython's save_global checks.
func (e *encoder) global(x starlark.Value) error {
	module, qual := nameOf(e.thread, x)
	switch {
	case strings.Contains(qual, "<locals>"):
		return py.Raisef(py.AttributeError, "Can't pickle local object %s", py.Repr(starlark.String(qual)))
	case module == "":
		return cannotPickle(x)
	}
	found, err := resolve(e.thread, module, qual)
	if err != nil || found == nil {
		return py.Raisef(PicklingError, "Can't pickle %s: attribute lookup %s on %s failed", py.Repr(x), qual, module)
	}
	if !builtins.Identical(found, x) && !sameBuiltin(found, x) {
		return py.Raisef(PicklingError, "Can't pickle %s: it's not the same object as %s.%s", py.Repr(x), module, qual)
	}
	e.op(opGlobal)
	e.str(module)
	e.str(qual)
	return nil
}

// sameBuiltin reports whether x and y are builtin functions of one
// name: each Interpreter may make its own of a function.
func sameBuiltin(x, y starlark.Value) bool {
	bx, okx := x.(*starlark.Builtin)
	by, oky := y.(*starlark.Builtin)
	return okx && oky && bx.Name() == by.Name() && bx.Receiver() == nil && by.Receiver() == nil
}

// nameOf returns x's __module__ and __qualname__ (or __name__).
func nameOf(thread *starlark.Thread, x starlark.Value) (module, qual string) {
	if c, ok := x.(*py.Class); ok && !c.IsUser() && c.Module == "" {
		module = "builtins"
	} else if m, err := builtins.GetAttrIn(thread, x, "__module__"); err == nil {
		module, _ = starlark.AsString(m)
	}
	for _, attr := range []string{"__qualname__", "__name__"} {
		if q, err := builtins.GetAttrIn(thread, x, attr); err == nil {
			if s, ok := starlark.AsString(q); ok {
				return module, s
			}
		}
	}
	return module, ""
}
