package builtins

// This file defines the operator special methods of the builtin data
// types (int.__add__, str.__lt__, list.__iadd__, ...) that super() and
// explicit calls reach: a subclass's def __add__(self, o): return
// super().__add__(o). The instance protocols of a subclass that defines
// none answer from the value without them (py.Instance's Binary,
// CompareSameType, Hash). As in CPython, a method returns NotImplemented
// for an operand of a type it doesn't handle (int.__add__(1, 2.0)),
// except that a sequence's + raises its own TypeError.

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// The operators by the name of their method, without underscores.
var (
	arithOps = map[string]string{
		"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%",
		"and": "&", "or": "|", "xor": "^", "lshift": "<<", "rshift": ">>", "pow": "**",
	}
	compareOps = map[string]string{"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}
)

// opNames lists each data type's operator methods (r: also the
// reflected one, i: also the in-place one), besides the comparisons,
// which every type has.
var opNames = map[*py.Class][]string{
	IntType:       {"r:add", "r:sub", "r:mul", "r:truediv", "r:floordiv", "r:mod", "r:pow", "r:and", "r:or", "r:xor", "r:lshift", "r:rshift"},
	FloatType:     {"r:add", "r:sub", "r:mul", "r:truediv", "r:floordiv", "r:mod", "r:pow"},
	StrType:       {"add", "r:mul", "mod"},
	BytesType:     {"add", "r:mul", "mod"},
	TupleType:     {"add", "r:mul"},
	ListType:      {"i:add", "i:mul", "r:mul"},
	DictType:      {"i:or", "r:or"},
	SetType:       {"i:and", "i:or", "i:xor", "i:sub", "r:and", "r:or", "r:xor", "r:sub"},
	FrozenSetType: {"r:and", "r:or", "r:xor", "r:sub"},
}

// addOperatorSlots puts the operator methods of each data type in its
// dict, with __hash__ and the unary ones of the immutable numbers.
func addOperatorSlots() {
	for c, names := range opNames {
		for _, n := range names {
			kind, op := "", n
			if len(n) > 2 && n[1] == ':' {
				kind, op = n[:1], n[2:]
			}
			addOpSlot(c, "__"+op+"__", arithOps[op], false)
			switch kind {
			case "r":
				addOpSlot(c, "__r"+op+"__", arithOps[op], true)
			case "i":
				addOpSlot(c, "__i"+op+"__", arithOps[op]+"=", false)
			}
		}
		for op, sym := range compareOps {
			addOpSlot(c, "__"+op+"__", sym, false)
		}
	}
	for _, c := range []*py.Class{IntType, FloatType, StrType, BytesType, TupleType, FrozenSetType} {
		c.Dict["__hash__"] = slot(c, "__hash__", func(thread *starlark.Thread, _, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return hash(thread, hashBuiltin, starlark.Tuple{base}, nil)
		})
	}
	for _, c := range []*py.Class{IntType, FloatType} {
		c.Dict["__bool__"] = slot(c, "__bool__", func(_ *starlark.Thread, _, base starlark.Value, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			return base.Truth(), nil
		})
		for name, op := range map[string]string{"__neg__": "-", "__pos__": "+", "__invert__": "~"} {
			if c == FloatType && op == "~" {
				continue
			}
			op := op
			c.Dict[name] = slot(c, name, func(_ *starlark.Thread, _, base starlark.Value, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
				return Unop(op, base)
			})
		}
		c.Dict["__abs__"] = slot(c, "__abs__", func(thread *starlark.Thread, _, base starlark.Value, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			return abs(thread, absBuiltin, starlark.Tuple{base}, nil)
		})
	}
}

var (
	hashBuiltin = starlark.NewBuiltin("hash", hash)
	absBuiltin  = starlark.NewBuiltin("abs", abs)
)

// addOpSlot puts c's method name, x op y (y op x when reflected), in
// c's dict.
func addOpSlot(c *py.Class, name, op string, reflected bool) {
	c.Dict[name] = slot(c, name, func(thread *starlark.Thread, self, base starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var y starlark.Value
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &y); err != nil {
			return nil, err
		}
		y = py.Base(y)
		if !handles(c, op, y) {
			return notHandled(c, op, y)
		}
		x := base
		if reflected {
			x, y = y, x
		}
		v, err := operate(thread, op, x, y)
		if err == nil && strings.HasSuffix(op, "=") {
			return self, nil // an in-place method updates and returns its receiver
		}
		return v, err
	})
}

// operate is x op y.
func operate(thread *starlark.Thread, op string, x, y starlark.Value) (starlark.Value, error) {
	if err := ZeroDivision(op, x, y); err != nil {
		return nil, err
	}
	switch op {
	case "**":
		return PowIn(thread, x, y)
	case "+=", "*=":
		if l, ok := x.(*starlark.List); ok {
			return listInPlace(thread, l, op, y)
		}
	case "|=":
		if d, ok := x.(*starlark.Dict); ok {
			return d, updateFrom(thread, d, y)
		}
	}
	return Binop(op, x, y)
}

// listInPlace is list += y (extend by any iterable) or list *= n.
func listInPlace(thread *starlark.Thread, l *starlark.List, op string, y starlark.Value) (starlark.Value, error) {
	if op == "+=" {
		_, err := listExtend(thread, l, starlark.Tuple{y}, nil)
		return l, err
	}
	v, err := Binop("*", l, y)
	if err != nil {
		return nil, err
	}
	if err := l.Clear(); err != nil {
		return nil, err
	}
	return l, appendList(l, v.(*starlark.List))
}

// handles reports whether c's method for op takes y, a value (not an
// instance of a subclass).
func handles(c *py.Class, op string, y starlark.Value) bool {
	switch op {
	case "%":
		if c == StrType || c == BytesType {
			return true // the right operand of formatting may be anything
		}
	case "*", "*=":
		if c != IntType && c != FloatType {
			return isInt(y)
		}
	case "+=":
		if c == ListType {
			return true // extend takes any iterable, and raises for others
		}
	}
	switch c {
	case IntType:
		return isInt(y)
	case FloatType:
		return isInt(y) || isFloat(y)
	case SetType, FrozenSetType:
		return IsInstance(y, SetType) || IsInstance(y, FrozenSetType)
	}
	return IsInstance(y, c)
}

func isInt(y starlark.Value) bool {
	switch y.(type) {
	case starlark.Int, starlark.Bool:
		return true
	}
	return false
}

func isFloat(y starlark.Value) bool {
	_, ok := y.(starlark.Float)
	return ok
}

// notHandled is NotImplemented, or the TypeError of a sequence's + or *
// with an operand of another type, in CPython's words.
func notHandled(c *py.Class, op string, y starlark.Value) (starlark.Value, error) {
	switch {
	case op == "+" && c == BytesType:
		return nil, py.Raisef(py.TypeError, "can't concat %s to bytes", py.TypeName(y))
	case op == "+" && (c == StrType || c == ListType || c == TupleType):
		return nil, py.Raise(py.TypeError, fmt.Sprintf("can only concatenate %s (not \"%s\") to %s", c.ClassName, py.TypeName(y), c.ClassName))
	case (op == "*" || op == "*=") && c != IntType && c != FloatType:
		return nil, py.Raisef(py.TypeError, "can't multiply sequence by non-int of type '%s'", py.TypeName(y))
	}
	return py.NotImplemented, nil
}
