package py

// This file gives instances of user classes the arithmetic operators:
// __add__ and the other binary methods with their reflected forms
// (__radd__...) and in-place forms (__iadd__...), and __neg__, __pos__,
// __invert__.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

var (
	_ starlark.HasBinary = (*Instance)(nil)
	_ starlark.HasUnary  = (*Instance)(nil)
)

// binaryNames maps an operator to its special method's name, without
// the underscores and the reflected "r".
var binaryNames = map[syntax.Token]string{
	syntax.PLUS: "add", syntax.MINUS: "sub", syntax.STAR: "mul",
	syntax.SLASH: "truediv", syntax.SLASHSLASH: "floordiv", syntax.PERCENT: "mod",
	syntax.AMP: "and", syntax.PIPE: "or", syntax.CIRCUMFLEX: "xor",
	syntax.LTLT: "lshift", syntax.GTGT: "rshift",
}

var unaryNames = map[syntax.Token]string{
	syntax.MINUS: "__neg__", syntax.PLUS: "__pos__", syntax.TILDE: "__invert__",
}

// Binary implements starlark.HasBinary: o op y calls o.__op__(y), and
// y op o, when y has no method of its own, calls o.__rop__(y); but when
// y's class is a proper subclass of o's that overrides __rop__, o op y
// tries y.__rop__(o) first. A missing method, or one that returns
// NotImplemented, leaves the operation unsupported (nil, nil).
func (o *Instance) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	name, ok := binaryNames[op]
	if !ok {
		return nil, nil
	}
	if _, ok := y.(DeferredOperand); ok {
		return nil, nil
	}
	x, _ := y.(*Instance)
	method := "__" + name + "__"
	switch {
	case side == starlark.Left && x != nil && reflectedFirst(o, x, name):
		if v, err := x.special("__r"+name+"__", o); v != nil || err != nil {
			return v, err
		}
	case side == starlark.Right && x != nil && (x.Class == o.Class || reflectedFirst(x, o, name)):
		method = "" // no reflected method between the same types; or x.Binary tried it first
	case side == starlark.Right:
		method = "__r" + name + "__"
	}
	if method != "" {
		if v, err := o.special(method, y); v != nil || err != nil {
			return v, err
		}
	}
	if d := o.data(); d != nil {
		if o.declined(name, method, side) && !numberFallback(d, o, y) {
			return nil, nil // the class's own method declined: the base's is not tried
		}
		return dataBinary(o, d, op, y, side)
	}
	if op == syntax.STAR {
		return o.repeat(y)
	}
	return nil, nil
}

// declined reports whether o's class defines the method of the binary
// operator name that was asked (the forward one on the left, and on the
// right when the other operand, of o's class, was asked already:
// method is then ""), so that its NotImplemented stands.
func (o *Instance) declined(name, method string, side starlark.Side) bool {
	forward := "__" + name + "__"
	return (side == starlark.Left || method == "") && o.Overrides(forward)
}

// numberFallback reports whether the base type's operator still applies
// to o, whose class's own method returned NotImplemented, and y: as in
// CPython, where y's number slot takes o's value (a float's takes an
// int or a float, an int's only an int) and y is not of o's class;
// never a sequence's concatenation or repetition, whose slot a class
// defining the method loses.
func numberFallback(d starlark.Value, o *Instance, y starlark.Value) bool {
	if x, ok := y.(*Instance); ok {
		if x.Class == o.Class {
			return false
		}
		y = Base(x)
	}
	_, intValue := d.(starlark.Int)
	switch y.(type) {
	case starlark.Float:
		_, floatValue := d.(starlark.Float)
		return intValue || floatValue
	case starlark.Int, starlark.Bool:
		return intValue
	}
	return false
}

// repeat returns the sequence y repeated o times, as CPython repeats a
// str, bytes, list or tuple by an object whose class defines __index__
// (on either side of *) when neither operand's __mul__ answers.
func (o *Instance) repeat(y starlark.Value) (starlark.Value, error) {
	switch y.(type) {
	case starlark.String, starlark.Bytes, *starlark.List, starlark.Tuple:
		if n, ok, err := Index(o); ok || err != nil {
			if err != nil {
				return nil, err
			}
			return starlark.Binary(syntax.STAR, y, n)
		}
	}
	return nil, nil
}

// reflectedFirst reports whether y's reflected method for the operator
// named op ("add"...) comes before x's own, as in CPython: y's class is
// a proper subclass of x's that overrides it.
func reflectedFirst(x, y *Instance, op string) bool {
	if y.Class == x.Class || !y.Class.IsSubclass(x.Class) {
		return false
	}
	rop := "__r" + op + "__"
	yv, _ := y.Class.Lookup(rop)
	xv, _ := x.Class.Lookup(rop)
	return yv != nil && yv != xv
}

// special calls o's special method name with args, reporting nil (nil,
// nil) when o's class has none or it returned NotImplemented.
func (o *Instance) special(name string, args ...starlark.Value) (starlark.Value, error) {
	if m := o.method(name); m != nil {
		v, err := o.callSpecial(m, args...)
		if err != nil || notImpl(v) {
			return nil, err
		}
		return v, nil
	}
	return nil, nil
}

// SpecialBinary calls o's binary special method name (__pow__,
// __rpow__...) with y: nil (nil, nil) when o's class has none or it
// returned NotImplemented.
func (o *Instance) SpecialBinary(name string, y starlark.Value) (starlark.Value, error) {
	return o.special(name, y)
}

// TernaryPow returns pow(o, y, mod) as o.__pow__(y, mod): nil (nil,
// nil) when o's class has none or it returned NotImplemented. Unlike
// the binary form, three-argument pow never calls __rpow__.
func (o *Instance) TernaryPow(y, mod starlark.Value) (starlark.Value, error) {
	return o.special("__pow__", y, mod)
}

// MatMul returns x @ y: x.__matmul__(y), else y.__rmatmul__(x), or
// CPython's TypeError when neither is an instance that answers.
func MatMul(x, y starlark.Value) (starlark.Value, error) { return matMul(x, y, "@") }

// InPlaceMatMul returns x @= y: x.__imatmul__(y), else x @ y, with
// CPython's TypeError naming @= when none answers.
func InPlaceMatMul(x, y starlark.Value) (starlark.Value, error) {
	if o, ok := x.(*Instance); ok {
		if v, err := o.special("__imatmul__", y); v != nil || err != nil {
			return v, err
		}
	}
	return matMul(x, y, "@=")
}

// matMul is x @ y for the operator op ("@" or "@=").
func matMul(x, y starlark.Value, op string) (starlark.Value, error) {
	if o, ok := x.(*Instance); ok {
		if v, err := o.special("__matmul__", y); v != nil || err != nil {
			return v, err
		}
	}
	if o, ok := y.(*Instance); ok {
		if v, err := o.special("__rmatmul__", x); v != nil || err != nil {
			return v, err
		}
	}
	return nil, Raisef(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op, TypeName(x), TypeName(y))
}

// InPlace calls o.__iop__(y) for the augmented assignment o op= y (op
// a binary operator such as PLUS), or reports nil (nil, nil) if o's
// class has no such method or it returned NotImplemented.
func (o *Instance) InPlace(op syntax.Token, y starlark.Value) (starlark.Value, error) {
	name, ok := binaryNames[op]
	if !ok {
		return nil, nil
	}
	return o.special("__i"+name+"__", y)
}

// Unary implements starlark.HasUnary: -o calls o.__neg__(), +o
// o.__pos__() and ~o o.__invert__().
func (o *Instance) Unary(op syntax.Token) (starlark.Value, error) {
	if m := o.method(unaryNames[op]); m != nil {
		return o.callSpecial(m)
	}
	if d := o.data(); d != nil {
		return starlark.Unary(op, d)
	}
	return nil, nil
}
