package builtins

// This file defines the special methods of the builtin values that
// getattr returns (dunders.go): the operators (__add__, __radd__,
// __eq__, __iadd__...), which return NotImplemented for an operand of a
// type the method doesn't take, as CPython's, the protocols (__len__,
// __iter__, __getitem__...) and object's methods (__repr__, __format__,
// __getattribute__, __reduce_ex__...).

import (
	"math"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// binaryOps maps the binary special methods to their operators.
var binaryOps = map[string]string{
	"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%",
	"and": "&", "or": "|", "xor": "^", "lshift": "<<", "rshift": ">>",
	"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">=",
	"pow": "**", "divmod": "divmod",
}

// binaryDunder returns __op__ or __rop__ (the reflected operation), or
// nil for another name.
func binaryDunder(name string) dunderFunc {
	op := name[2 : len(name)-2]
	reflected := false
	if _, ok := binaryOps[op]; !ok && op[0] == 'r' {
		op, reflected = op[1:], true
	}
	sym, ok := binaryOps[op]
	if !ok {
		return nil
	}
	return oneArgDunder(name, func(thread *starlark.Thread, x, y starlark.Value) (starlark.Value, error) {
		if !takesOperand(sym, x, y) && !isSeqConcat(sym, x) {
			return py.NotImplemented, nil
		}
		if sym == "*" && isSeqConcat(sym, x) {
			if _, ok := boolToInt(y).(starlark.Int); !ok {
				return nil, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(y))
			}
		}
		if reflected {
			x, y = y, x
		}
		switch sym {
		case "**":
			return callBuiltin(thread, "pow", pow, x, y)
		case "divmod":
			return callBuiltin(thread, "divmod", divmod, x, y)
		}
		return Binop(sym, x, y)
	})
}

// isSeqConcat reports whether op is + or * of a sequence x, whose
// special method raises TypeError for a wrong operand where a number's
// returns NotImplemented.
func isSeqConcat(op string, x starlark.Value) bool {
	switch TypeOf(x) {
	case StrType, ListType, TupleType, BytesType, ByteArrayType:
		return op == "+" || op == "*"
	}
	return false
}

// takesOperand reports whether x's special method for op takes y: an
// operand of x's type (a number for a float, a set for a frozenset,
// bytes-like for bytes), an int for the repeat *, anything for the
// formatting % of a str or bytes.
func takesOperand(op string, x, y starlark.Value) bool {
	cx, cy := TypeOf(x), TypeOf(y)
	switch {
	case op == "%" && (cx == StrType || cx == BytesType || cx == ByteArrayType):
		return true
	case op == "*" && cx != IntType && cx != BoolType && cx != FloatType:
		return cy == IntType || cy == BoolType
	case cy.IsSubclass(cx) || cx == BoolType && cy == IntType:
		return true
	case cx == FloatType:
		return cy == IntType || cy == BoolType
	case cx == SetType || cx == FrozenSetType:
		return cy == SetType || cy == FrozenSetType
	case cx == BytesType || cx == ByteArrayType:
		return cy == BytesType || cy == ByteArrayType
	}
	return false
}

// dunders are the special methods other than the binary operators.
var dunders = map[string]dunderFunc{
	"__len__": unary("__len__", func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return callBuiltin(thread, "len", length, x)
	}),
	"__iter__": unary("__iter__", func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return Iter(thread, x)
	}),
	"__reversed__": unary("__reversed__", func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return callBuiltin(thread, "reversed", reversed, x)
	}),
	"__contains__": oneArgDunder("__contains__", func(thread *starlark.Thread, x, y starlark.Value) (starlark.Value, error) {
		return Binop("in", y, x)
	}),
	"__getitem__": oneArgDunder("__getitem__", func(thread *starlark.Thread, x, k starlark.Value) (starlark.Value, error) {
		return GetItem(x, k)
	}),
	"__setitem__": func(thread *starlark.Thread, x starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := clinicArgs(x, "__setitem__", args, kwargs, 2, 2); err != nil {
			return nil, err
		}
		return starlark.None, setItem(thread, x, args[0], args[1])
	},
	"__delitem__": oneArgDunder("__delitem__", func(thread *starlark.Thread, x, k starlark.Value) (starlark.Value, error) {
		return starlark.None, DelItem(thread, x, k)
	}),
	"__repr__": unary("__repr__", func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return strOf(Repr(thread, x))
	}),
	"__str__": unary("__str__", func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return strOf(Str(thread, x))
	}),
	"__format__": oneArgDunder("__format__", func(thread *starlark.Thread, x, spec starlark.Value) (starlark.Value, error) {
		return callBuiltin(thread, "format", format, x, spec)
	}),
	"__hash__": unary("__hash__", func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return callBuiltin(thread, "hash", hash, x)
	}),
	"__bool__": unary("__bool__", func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return x.Truth(), nil
	}),
	"__neg__":    unaryOp("__neg__", syntax.MINUS),
	"__pos__":    unaryOp("__pos__", syntax.PLUS),
	"__invert__": unaryOp("__invert__", syntax.TILDE),
	"__abs__": unary("__abs__", func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return callBuiltin(thread, "abs", abs, x)
	}),
	"__int__":   convertDunder("__int__", IntType),
	"__float__": convertDunder("__float__", FloatType),
	"__bytes__": convertDunder("__bytes__", BytesType),
	"__index__": unary("__index__", func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return boolToInt(x), nil
	}),
	"__trunc__": roundDunder("__trunc__", math.Trunc),
	"__floor__": roundDunder("__floor__", math.Floor),
	"__ceil__":  roundDunder("__ceil__", math.Ceil),
	"__round__": func(thread *starlark.Thread, x starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := clinicArgs(x, "__round__", args, kwargs, 0, 1); err != nil {
			return nil, err
		}
		return callBuiltin(thread, "round", round, append(starlark.Tuple{x}, args...)...)
	},
	"__iadd__": inPlaceDunder("__iadd__", "+"),
	"__imul__": inPlaceDunder("__imul__", "*"),
	"__ior__":  inPlaceDunder("__ior__", "|="),
	"__iand__": inPlaceDunder("__iand__", "&="),
	"__isub__": inPlaceDunder("__isub__", "-="),
	"__ixor__": inPlaceDunder("__ixor__", "^="),
}

func init() {
	for name, fn := range objectDunders {
		dunders[name] = fn
	}
}

// unaryOp returns the special method of a unary operator.
func unaryOp(name string, op syntax.Token) dunderFunc {
	return unary(name, func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return starlark.Unary(op, boolToInt(x))
	})
}

// convertDunder returns __int__, __float__ or __bytes__: x converted to c.
func convertDunder(name string, c *py.Class) dunderFunc {
	return unary(name, func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		return starlark.Call(thread, c, starlark.Tuple{x}, nil)
	})
}

// roundDunder returns __trunc__, __floor__ or __ceil__: x itself for an
// int, x rounded by fn to an int for a float.
func roundDunder(name string, fn func(float64) float64) dunderFunc {
	return unary(name, func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		f, ok := x.(starlark.Float)
		if !ok {
			return boolToInt(x), nil
		}
		return starlark.Call(thread, IntType, starlark.Tuple{starlark.Float(fn(float64(f)))}, nil)
	})
}

// inPlaceDunder returns __iadd__, __imul__, __ior__...: x updated in
// place (a list, bytearray, set or dict), then x.
func inPlaceDunder(name, op string) dunderFunc {
	return oneArgDunder(name, func(thread *starlark.Thread, x, y starlark.Value) (starlark.Value, error) {
		switch {
		case name == "__iadd__" && TypeOf(x) == ListType:
			_, err := listExtend(thread, x, starlark.Tuple{y}, nil)
			return x, err
		case name == "__ior__" && TypeOf(x) == DictType:
			if _, ok := y.(*starlark.Dict); !ok {
				return py.NotImplemented, nil
			}
			_, err := dictUpdate(thread, x, starlark.Tuple{y}, nil)
			return x, err
		case op != "+" && op != "*":
			if !takesOperand(op[:1], x, y) {
				return py.NotImplemented, nil
			}
			return Binop(op, x, y)
		}
		if !takesOperand(op, x, y) {
			return py.NotImplemented, nil
		}
		return inPlaceSeq(thread, x, op, y)
	})
}

// inPlaceSeq is x += y or x *= y for a list or bytearray x, in place.
func inPlaceSeq(thread *starlark.Thread, x starlark.Value, op string, y starlark.Value) (starlark.Value, error) {
	z, err := Binop(op, x, y)
	if err != nil {
		return nil, err
	}
	switch x := x.(type) {
	case *starlark.List:
		items := listElems(z.(*starlark.List))
		if err := x.Clear(); err != nil {
			return nil, err
		}
		for _, v := range items {
			if err := x.Append(v); err != nil {
				return nil, err
			}
		}
	case *ByteArray:
		x.b = append(x.b[:0], z.(*ByteArray).b...)
	}
	return x, nil
}

// setItem is x[k] = v for x.__setitem__(k, v).
func setItem(thread *starlark.Thread, x, k, v starlark.Value) error {
	if s, ok := k.(*Slice); ok {
		if a, ok := x.(*ByteArray); ok {
			return a.SetSlice(thread, s.Start, s.Stop, s.Step, v)
		}
		if _, ok := x.(*starlark.List); ok {
			return py.Raise(py.NotImplementedError, "spindle: list.__setitem__ with a slice; use l[i:j] = v")
		}
	}
	switch c := x.(type) {
	case starlark.HasSetKey:
		return Unhashable(c.SetKey(k, v))
	case starlark.HasSetIndex:
		i, err := SeqIndex(x, c.Len(), k, "assignment index")
		if err != nil {
			return err
		}
		return c.SetIndex(i, v)
	}
	return py.Raisef(py.TypeError, "'%s' object does not support item assignment", py.TypeName(x))
}
