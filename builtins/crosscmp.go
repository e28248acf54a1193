package builtins

// This file defines comparisons between values of different Go types,
// which go.starlark.net answers without asking either operand: == is
// False, != True and an ordering an error. Python asks the operands'
// rich comparison methods, so an instance whose __eq__ takes an int,
// an IntEnum member, a Decimal, a str subclass or True against 1
// compare as in CPython only when spindle asks them itself. The
// lowering routes a comparison here when an operand may be such a
// value (see MayCompareAcross and interp/lower/typed.go).

import (
	"fmt"
	"reflect"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// MayCompareAcross reports whether the VM may compare x wrongly with a
// value of another type, or wrongly with a value of its own type (a
// list, tuple or dict whose items are such values, a NaN, which the
// VM's total order on floats makes equal to itself). The VM's numbers,
// strs, bytes and None compare with each other as Python's do.
func MayCompareAcross(x starlark.Value) bool {
	switch x := x.(type) {
	case starlark.Float:
		return x != x
	case starlark.Int, starlark.String, starlark.NoneType, starlark.Bytes:
		return false
	case *starlark.Dict:
		return dictMayCompareAcross(x)
	}
	return true
}

// dictMayCompareAcross reports whether a key or a value of d may
// compare wrongly in the VM (a bool, an IntEnum member, a Decimal, a
// list); a dict value counts as one, unlooked into (d may hold itself).
func dictMayCompareAcross(d *starlark.Dict) bool {
	for _, kv := range d.Items() {
		if _, nested := kv[1].(*starlark.Dict); nested || MayCompareAcross(kv[0]) || MayCompareAcross(kv[1]) {
			return true
		}
	}
	return false
}

// compareAcross answers x op y where the VM would answer wrongly: a
// list or tuple with each other item by item, and operands of different
// Go types by their CompareOther methods (py.CrossComparable), x's
// first. handled is false for what the VM answers right.
func compareAcross(op syntax.Token, x, y starlark.Value, depth int) (result, handled bool, err error) {
	if isNaN(x) && isNumber(boolToInt(y)) || isNaN(y) && isNumber(boolToInt(x)) {
		return op == syntax.NEQ, true, nil // a NaN equals nothing and orders with nothing
	}
	tx, ty := reflect.TypeOf(x), reflect.TypeOf(y)
	if tx == ty {
		switch x := x.(type) {
		case *starlark.List, starlark.Tuple:
			return compareItems(op, x.(starlark.Indexable), y.(starlark.Indexable), depth)
		case *starlark.Dict:
			if op == syntax.EQL || op == syntax.NEQ {
				eq, err := dictsEqual(x, y.(*starlark.Dict), depth)
				return eq == (op == syntax.EQL), true, err
			}
		}
		return false, false, nil
	}
	if xc, ok := x.(py.CrossComparable); ok {
		if r, handled, err := xc.CompareOther(op, y, depth, false); handled || err != nil {
			return r, true, err
		}
	}
	if yc, ok := y.(py.CrossComparable); ok {
		swapped := x != starlark.None
		if !swapped {
			op = reflectedOp[op] // None == y asks y == None: CompareOther leaves a swapped None alone
		}
		if r, handled, err := yc.CompareOther(op, x, depth, swapped); handled || err != nil {
			if e, ok := py.AsException(err); ok && !swapped && e.Class == py.TypeError && e.Message() == notSupportedMessage(op, y, x) {
				err = notSupported(reflectedOp[op], x, y) // None < y: the message keeps the operands as written
			}
			return r, true, err
		}
		if !swapped {
			op = reflectedOp[op]
		}
	}
	if x.Type() == y.Type() {
		// The VM would take them for one type and hand y to x's
		// comparison, which expects its own Go type (a class named
		// int against an int).
		switch op {
		case syntax.EQL:
			return false, true, nil
		case syntax.NEQ:
			return true, true, nil
		}
		return false, true, notSupported(op, x, y)
	}
	return false, false, nil
}

// reflectedOp maps a comparison to the one with its operands swapped.
var reflectedOp = map[syntax.Token]syntax.Token{
	syntax.LT: syntax.GT, syntax.GT: syntax.LT, syntax.LE: syntax.GE, syntax.GE: syntax.LE,
	syntax.EQL: syntax.EQL, syntax.NEQ: syntax.NEQ,
}

// compareItems compares two sequences as Python does: by the first
// items that differ, else by length.
func compareItems(op syntax.Token, xs, ys starlark.Indexable, depth int) (bool, bool, error) {
	if depth < 1 {
		return false, true, py.Raise(py.RecursionError, "maximum recursion depth exceeded in comparison")
	}
	if (op == syntax.EQL || op == syntax.NEQ) && xs.Len() != ys.Len() {
		return op == syntax.NEQ, true, nil
	}
	for i := 0; i < xs.Len() && i < ys.Len(); i++ { // an item's __eq__ may shrink a list
		x, y := xs.Index(i), ys.Index(i)
		if Identical(x, y) {
			continue
		}
		eq, err := compareDepth(syntax.EQL, x, y, depth-1)
		if err != nil || eq {
			if err != nil {
				return false, true, err
			}
			continue
		}
		switch op {
		case syntax.EQL:
			return false, true, nil
		case syntax.NEQ:
			return true, true, nil
		}
		r, err := compareDepth(op, x, y, depth-1)
		return r, true, err
	}
	r, err := starlark.Compare(op, starlark.MakeInt(xs.Len()), starlark.MakeInt(ys.Len()))
	return r, true, err
}

// dictsEqual is Python's x == y of two dicts: each key of x is found in
// y (by LookupKey: 1 finds True, an IntEnum member its int) with an
// equal value.
func dictsEqual(x, y *starlark.Dict, depth int) (bool, error) {
	if depth < 1 {
		return false, py.Raise(py.RecursionError, "maximum recursion depth exceeded in comparison")
	}
	if x.Len() != y.Len() {
		return false, nil
	}
	for _, kv := range x.Items() {
		yv, found, err := LookupKey(y, kv[0])
		if err != nil || !found {
			return false, err
		}
		if Identical(kv[1], yv) {
			continue
		}
		if eq, err := compareDepth(syntax.EQL, kv[1], yv, depth-1); !eq || err != nil {
			return false, err
		}
	}
	return true, nil
}

func init() { py.CompareValues = CompareOp }

// CompareOp is Python's x op y for the six comparison operators.
func CompareOp(op syntax.Token, x, y starlark.Value) (bool, error) {
	return compareDepth(op, x, y, starlark.CompareLimit)
}

// compareDepth is Python's x op y for the six comparison operators.
func compareDepth(op syntax.Token, x, y starlark.Value, depth int) (bool, error) {
	if r, handled, err := compareAcross(op, x, y, depth); handled {
		return r, err
	}
	r, err := starlark.CompareDepth(op, boolToInt(x), boolToInt(y), depth)
	if err == nil {
		return r, nil
	}
	if _, ok := py.AsException(err); ok || op == syntax.EQL || op == syntax.NEQ {
		return false, err // the operands' own error, or a RecursionError
	}
	return false, notSupported(op, x, y) // the VM's, about x and y (not 0 and 1 for bools)
}

// notSupported is CPython's TypeError for an ordering of x and y that
// neither defines, naming their types as CPython's messages do.
func notSupported(op syntax.Token, x, y starlark.Value) error {
	return py.Raise(py.TypeError, notSupportedMessage(op, x, y))
}

// notSupportedMessage is notSupported's message.
func notSupportedMessage(op syntax.Token, x, y starlark.Value) string {
	return fmt.Sprintf("'%s' not supported between instances of '%s' and '%s'", op, py.QualifiedName(x), py.QualifiedName(y))
}

// isNaN reports whether x is a float NaN.
func isNaN(x starlark.Value) bool {
	f, ok := x.(starlark.Float)
	return ok && f != f
}
