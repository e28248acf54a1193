package builtins

// This file defines Python's identity, comparison and power operators,
// del of an item or attribute, and attribute lookup, as builtins and the
// runtime of lowered code (interp/pyrt) use them.

import (
	"math"
	"math/big"
	"reflect"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// HasDelField is implemented by values that support del x.name.
type HasDelField interface {
	DelField(name string) error
}

func notIterable(x starlark.Value) error {
	return py.Raisef(py.TypeError, "'%s' object is not iterable", py.TypeName(x))
}

// Unhashable rewrites Starlark's "unhashable type" errors as CPython's.
func Unhashable(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := py.AsException(err); ok {
		return err
	}
	msg := err.Error()
	const p = "unhashable type: "
	for i := 0; i+len(p) <= len(msg); i++ {
		if msg[i:i+len(p)] == p {
			name := msg[i+len(p):]
			if name == "string" {
				name = "str"
			}
			return py.Raisef(py.TypeError, "unhashable type: '%s'", trimQuotes(name))
		}
	}
	return err
}

func trimQuotes(s string) string {
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return s[1 : len(s)-1]
	}
	return s
}

// Identical reports whether x is y, Python's identity: by value for
// None, bools, numbers and strings; by reference otherwise.
func Identical(x, y starlark.Value) bool {
	switch x := x.(type) {
	case starlark.NoneType, starlark.Bool, starlark.String, starlark.Bytes:
		return x == y
	case starlark.Float: // a NaN is itself: x = nan; [x] == [x]
		yf, ok := y.(starlark.Float)
		return ok && math.Float64bits(float64(x)) == math.Float64bits(float64(yf))
	case starlark.Int:
		yi, ok := y.(starlark.Int)
		if !ok {
			return false
		}
		c, _ := x.Cmp(yi, 0) // ints compare without error or allocation
		return c == 0
	case starlark.Tuple:
		yt, ok := y.(starlark.Tuple)
		return ok && len(x) == len(yt) && (len(x) == 0 || &x[0] == &yt[0])
	case *py.Cell:
		return Identical(py.Unbox(x), y)
	}
	if c, ok := y.(*py.Cell); ok {
		return Identical(x, py.Unbox(c))
	}
	tx, ty := reflect.TypeOf(x), reflect.TypeOf(y)
	return tx == ty && tx.Comparable() && x == y
}

var cmpOps = map[string]syntax.Token{
	"<": syntax.LT, "<=": syntax.LE, ">": syntax.GT, ">=": syntax.GE,
	"==": syntax.EQL, "!=": syntax.NEQ,
}

// Compare applies a Python comparison operator: < <= > >= == != in,
// "not in", is, "is not".
func Compare(op string, x, y starlark.Value) (bool, error) {
	switch op {
	case "is":
		return Identical(x, y), nil
	case "is not":
		return !Identical(x, y), nil
	case "in", "not in":
		if s, ok := y.(starlark.String); ok { // a str, or a str subclass's instance's str
			sub, ok := py.Base(x).(starlark.String)
			if !ok {
				return false, py.Raisef(py.TypeError, "'in <string>' requires string as left operand, not %s", py.QualifiedName(x))
			}
			return strings.Contains(string(s), string(sub)) == (op == "in"), nil
		}
		if IsRange(y) {
			found, err := RangeHas(y.(starlark.Indexable), x)
			return found == (op == "in"), err
		}
		v, err := starlark.Binary(syntax.IN, x, y)
		if _, ok := py.AsException(err); ok {
			return false, err // an __eq__'s or __contains__'s own
		}
		if err != nil {
			return false, py.Raisef(py.TypeError, "argument of type '%s' is not iterable", py.TypeName(y))
		}
		return bool(v.Truth()) == (op == "in"), nil
	}
	tok, ok := cmpOps[op]
	if !ok {
		return false, py.Raisef(py.SystemError, "bad comparison operator %q", op)
	}
	return compareDepth(tok, x, y, starlark.CompareLimit)
}

// itemEquals is x == y as CPython's containers ask it (list.count,
// list.index, tuple.index, range.index): an object equals itself,
// whatever its __eq__ says, as PyObject_RichCompareBool has it.
func itemEquals(x, y starlark.Value) (bool, error) {
	if Identical(x, y) {
		return true, nil
	}
	return Compare("==", x, y)
}

func boolToInt(x starlark.Value) starlark.Value {
	if b, ok := x.(starlark.Bool); ok {
		if b {
			return starlark.MakeInt(1)
		}
		return starlark.MakeInt(0)
	}
	return x
}

// itemIndex returns the subscript k of a sequence as an int: an int, a
// bool, or k.__index__() (an int subclass's value); ok is false for
// anything else, which the caller refuses with its own error.
func itemIndex(k starlark.Value) (i starlark.Int, ok bool, err error) {
	if i, ok := boolToInt(k).(starlark.Int); ok {
		return i, true, nil
	}
	return py.Index(k)
}

// Less is Python's x < y, as sorting uses it.
func Less(x, y starlark.Value) (bool, error) { return Compare("<", x, y) }

// bigPowBits is the size of a result past which an int power runs under
// core.Compute, cancellable.
const bigPowBits = 1 << 22

// intPow returns x ** y for y >= 0.
func intPow(thread *starlark.Thread, x, y *big.Int) (starlark.Value, error) {
	yf, _ := new(big.Float).SetInt(y).Float64()
	bits := float64(x.BitLen()) * yf
	if x.CmpAbs(big.NewInt(1)) <= 0 || bits < bigPowBits {
		return starlark.MakeBigInt(new(big.Int).Exp(x, y, nil)), nil
	}
	// The result and the operands of the last squaring, in bytes.
	if err := core.CheckAlloc(thread, int64(min(bits/8*3, 1<<62))); err != nil {
		return nil, err
	}
	if bits > 1<<40 { // past any memory: CPython fails the same way
		return nil, py.NewException(py.MemoryError)
	}
	z := new(big.Int)
	if thread == nil {
		return starlark.MakeBigInt(z.Exp(x, y, nil)), nil
	}
	if err := core.Compute(thread, func() { z.Exp(x, y, nil) }); err != nil {
		return nil, err
	}
	return starlark.MakeBigInt(z), nil
}

// Power returns x ** y, the operator: the __pow__ or __rpow__ of a type
// defined in Go (decimal.Decimal), else PowIn.
func Power(thread *starlark.Thread, x, y starlark.Value) (starlark.Value, error) {
	if !isNumber(boolToInt(x)) || !isNumber(boolToInt(y)) {
		if v, err := dunderPow(thread, x, y); v != nil || err != nil {
			return v, err
		}
	}
	return powNamed(thread, py.Base(x), py.Base(y), x, y) // an int subclass's power is an int
}

// dunderPow tries x.__pow__(y), then y.__rpow__(x), for instances of
// user classes and types defined in Go modules (decimal.Decimal); nil,
// nil means neither applies.
func dunderPow(thread *starlark.Thread, x, y starlark.Value) (starlark.Value, error) {
	return dunderBinary(thread, x, y, "pow")
}

// dunderBinary tries x.__op__(y), then y.__rop__(x), as dunderPow does.
func dunderBinary(thread *starlark.Thread, x, y starlark.Value, op string) (starlark.Value, error) {
	for _, try := range []struct {
		recv, arg starlark.Value
		name      string
	}{{x, y, "__" + op + "__"}, {y, x, "__r" + op + "__"}} {
		if try.name[2] == 'r' && TypeOf(x) == TypeOf(y) {
			break // the reflected method is only for operands of other types
		}
		if o, isInstance := try.recv.(*py.Instance); isInstance {
			if v, err := o.SpecialBinary(try.name, try.arg); v != nil || err != nil {
				return v, err
			}
			continue
		}
		if m, err := getAttr(try.recv, try.name); err == nil && m != nil {
			return starlark.Call(thread, m, starlark.Tuple{try.arg}, nil)
		}
	}
	return nil, nil
}

// Pow returns x ** y with Python semantics.
func Pow(x, y starlark.Value) (starlark.Value, error) { return PowIn(nil, x, y) }

// PowIn is Pow for code running as thread: a huge int power is checked
// against the memory limit first and can be cancelled.
func PowIn(thread *starlark.Thread, x, y starlark.Value) (starlark.Value, error) {
	return powNamed(thread, x, y, x, y)
}

// powNamed is PowIn of x and y, the values of ox and oy, which a TypeError
// names (a bool, a subclass of int or str).
func powNamed(thread *starlark.Thread, x, y, ox, oy starlark.Value) (starlark.Value, error) {
	x, y = boolToInt(x), boolToInt(y)
	xi, xint := x.(starlark.Int)
	yi, yint := y.(starlark.Int)
	if xint && yint && yi.Sign() >= 0 {
		return intPow(thread, xi.BigInt(), yi.BigInt())
	}
	if c, ok, err := complexPowOf(x, y); ok || err != nil {
		return c, err
	}
	xf, ok1 := starlark.AsFloat(x)
	yf, ok2 := starlark.AsFloat(y)
	if !ok1 || !ok2 || !isNumber(x) || !isNumber(y) {
		return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", py.QualifiedName(ox), py.QualifiedName(oy))
	}
	if xf == 0 && yf < 0 {
		return nil, py.Raise(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
	}
	r := FloatPow(xf, yf)
	if math.IsInf(r, 0) && !math.IsInf(xf, 0) && !math.IsInf(yf, 0) {
		return nil, py.Raise(py.OverflowError, "(34, 'Numerical result out of range')")
	}
	return starlark.Float(r), nil
}

func isNumber(x starlark.Value) bool {
	switch x.(type) {
	case starlark.Int, starlark.Float:
		return true
	}
	return false
}

// DelItem implements Python's del x[k].
func DelItem(thread *starlark.Thread, x, k starlark.Value) error {
	switch x := x.(type) {
	case *starlark.List:
		return delListItem(thread, x, k)
	case *starlark.Dict:
		_, found, err := x.Delete(k)
		if err != nil {
			return Unhashable(err)
		}
		if !found {
			return py.NewException(py.KeyError, k)
		}
		return nil
	}
	if m, err := getAttr(x, "__delitem__"); err == nil && m != nil {
		_, err := starlark.Call(thread, m, starlark.Tuple{k}, nil)
		return err
	}
	return py.Raisef(py.TypeError, "'%s' object doesn't support item deletion", py.TypeName(x))
}

func delListItem(thread *starlark.Thread, l *starlark.List, k starlark.Value) error {
	i, ok, err := itemIndex(k)
	if err != nil {
		return err
	}
	if !ok {
		return py.Raisef(py.TypeError, "list indices must be integers or slices, not %s", py.TypeName(k))
	}
	n, ok := i.Int64()
	if ok && n < 0 {
		n += int64(l.Len())
	}
	if !ok || n < 0 || n >= int64(l.Len()) {
		return py.Raise(py.IndexError, "list assignment index out of range")
	}
	pop, err := l.Attr("pop")
	if err != nil {
		return err
	}
	_, err = starlark.Call(thread, pop, starlark.Tuple{starlark.MakeInt64(n)}, nil)
	return err
}

// delattr implements delattr(x, name).
// https://docs.python.org/3/library/functions.html#delattr
func delattr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var name string
	if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &x, &name); err != nil {
		return nil, err
	}
	if c, ok := x.(*py.Class); ok && core.UnpatchClass(thread, c, name) {
		return starlark.None, nil
	}
	return starlark.None, DelAttr(x, name)
}

// DelAttr implements Python's del x.name.
func DelAttr(x starlark.Value, name string) error {
	if d, ok := x.(HasDelField); ok {
		return d.DelField(name)
	}
	if delFuncAttr(x, name) {
		return nil
	}
	if v, err := getAttr(x, name); err != nil || v == nil {
		return noAttr(x, name)
	}
	return py.Raisef(py.AttributeError, "'%s' object attribute '%s' is read-only", py.TypeName(x), name)
}

// getAttr returns x.name, or nil if x has no such attribute. The dunder
// attributes Starlark's values lack (a function's __doc__) are found as
// x.name finds them (see DunderAttr).
func getAttr(x starlark.Value, name string) (starlark.Value, error) {
	return getAttrIn(nil, x, name)
}

// getAttrIn is getAttr in thread (see DunderAttrIn).
func getAttrIn(thread *starlark.Thread, x starlark.Value, name string) (starlark.Value, error) {
	h, ok := x.(starlark.HasAttrs)
	if !ok {
		v, _ := DunderAttrIn(thread, x, name)
		return v, nil
	}
	v, err := h.Attr(name)
	if _, missing := err.(starlark.NoSuchAttrError); missing || v == nil && err == nil {
		v, _ = DunderAttrIn(thread, x, name)
		return v, nil
	}
	return v, err
}

// GetAttr returns x.name, or Python's AttributeError.
func GetAttr(x starlark.Value, name string) (starlark.Value, error) {
	v, err := getAttr(x, name)
	if err == nil && v == nil {
		err = noAttr(x, name)
	}
	if err != nil {
		err = py.SetAttrContext(err, x, name)
	}
	return v, err
}

func noAttr(x starlark.Value, name string) error {
	if c, ok := x.(*py.Class); ok {
		return py.AttrError(x, "type object '"+c.ClassName+"' has no attribute '"+name+"'")
	}
	return py.NoAttr(x, py.TypeName(x), name)
}
