package builtins

// This file defines complex, Python's complex numbers: the constructor
// (from numbers, a string or __complex__), arithmetic with ints, floats
// and bools, ==, hash, abs, real, imag and conjugate(), and the repr
// CPython prints ((1+2j), 2j). A literal 2j is lowered to
// __sp_J[2.0] (see abi.Imaginary).

import (
	"math"
	"math/cmplx"
	"strconv"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// ComplexType is complex.
var ComplexType = newType("complex", ObjectType, newComplex)

// Complex is a complex number.
type Complex complex128

var (
	_ starlark.HasBinary               = Complex(0)
	_ starlark.HasUnary                = Complex(0)
	_ starlark.Comparable              = Complex(0)
	_ starlark.HasAttrs                = Complex(0)
	_ py.CrossComparable               = Complex(0)
	_ PyHasher                         = Complex(0)
	_ interface{ PyClass() *py.Class } = Complex(0)
)

// String returns CPython's repr: (1+2j), 2j, (-0-1j), (nan+infj).
func (c Complex) String() string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return complexPart(im) + "j"
	}
	sign := "+"
	if math.Signbit(im) || math.IsNaN(im) && math.Signbit(im) {
		sign = ""
	}
	return "(" + complexPart(re) + sign + complexPart(im) + "j)"
}

// complexPart is a part of a complex's repr: a float's repr without a
// trailing ".0".
func complexPart(f float64) string {
	return strings.TrimSuffix(py.FloatRepr(f), ".0")
}

func (c Complex) Type() string         { return "complex" }
func (c Complex) Freeze()              {}
func (c Complex) Truth() starlark.Bool { return c != 0 }
func (c Complex) PyClass() *py.Class   { return ComplexType }

// Hash implements starlark.Value.
func (c Complex) Hash() (uint32, error) {
	h, err := c.PyHash()
	return uint32(h), err
}

// PyHash is CPython's complex_hash: a complex with no imaginary part
// hashes as its real part.
func (c Complex) PyHash() (int64, error) {
	if math.IsNaN(real(c)) || math.IsNaN(imag(c)) {
		return int64(py.Addr(nil)), nil
	}
	h := floatHash(real(c)) + 1000003*floatHash(imag(c))
	if h == -1 {
		h = -2
	}
	return h, nil
}

// asComplex converts a number (int, float, bool, complex) to complex128.
func asComplex(v starlark.Value) (complex128, bool, error) {
	switch v := boolToInt(v).(type) {
	case Complex:
		return complex128(v), true, nil
	case starlark.Float:
		return complex(float64(v), 0), true, nil
	case starlark.Int:
		f, err := intToFloat(v)
		return complex(float64(f), 0), true, err
	}
	return 0, false, nil
}

// Binary implements starlark.HasBinary: + - * / and ** (through
// __sp_pow) with numbers; other operators are unsupported.
func (c Complex) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	other, ok, err := asComplex(y)
	if !ok || err != nil {
		return nil, err
	}
	x := complex128(c)
	if side == starlark.Right {
		x, other = other, x
	}
	switch op {
	case syntax.PLUS:
		return Complex(x + other), nil
	case syntax.MINUS:
		return Complex(x - other), nil
	case syntax.STAR:
		return Complex(complexProd(x, other)), nil
	case syntax.SLASH:
		if other == 0 {
			return nil, py.Raise(py.ZeroDivisionError, "complex division by zero")
		}
		return Complex(complexQuot(x, other)), nil
	}
	return nil, nil
}

// complexPow is x ** y for complex operands, as CPython's complex_pow
// computes it: by repeated squaring for an integral power up to 100,
// else in polar form (_Py_c_pow).
func complexPow(x, y complex128) (starlark.Value, error) {
	if imag(y) == 0 && real(y) == math.Floor(real(y)) && math.Abs(real(y)) <= 100 {
		n := int(real(y))
		if n >= 0 {
			return Complex(complexPowu(x, n)), nil
		}
		if x == 0 {
			return nil, py.Raise(py.ZeroDivisionError, "0.0 to a negative or complex power")
		}
		return Complex(complexQuot(1, complexPowu(x, -n))), nil
	}
	switch {
	case y == 0:
		return Complex(1), nil
	case x == 0:
		if imag(y) != 0 || real(y) < 0 {
			return nil, py.Raise(py.ZeroDivisionError, "0.0 to a negative or complex power")
		}
		return Complex(0), nil
	}
	vabs := math.Hypot(real(x), imag(x))
	length := math.Pow(vabs, real(y))
	at := math.Atan2(imag(x), real(x))
	phase := float64(at * real(y))
	if imag(y) != 0 {
		length /= math.Exp(float64(at * imag(y)))
		phase += float64(imag(y) * math.Log(vabs))
	}
	return Complex(complex(float64(length*math.Cos(phase)), float64(length*math.Sin(phase)))), nil
}

// complexPowu is CPython's c_powu: x ** n by repeated squaring.
func complexPowu(x complex128, n int) complex128 {
	r, p := complex128(1), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexProd(r, p)
		}
		p = complexProd(p, p)
	}
	return r
}

// complexProd is CPython's _Py_c_prod, each product rounded on its own
// (the conversions keep the compiler from fusing them).
func complexProd(a, b complex128) complex128 {
	return complex(float64(real(a)*real(b))-float64(imag(a)*imag(b)), float64(real(a)*imag(b))+float64(imag(a)*real(b)))
}

// complexQuot is CPython's _Py_c_quot (Smith's method); b is not 0.
func complexQuot(a, b complex128) complex128 {
	br, bi := real(b), imag(b)
	switch {
	case math.Abs(br) >= math.Abs(bi):
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((real(a)+float64(imag(a)*ratio))/denom, (imag(a)-float64(real(a)*ratio))/denom)
	case math.Abs(bi) >= math.Abs(br):
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(real(a)*ratio)+imag(a))/denom, (float64(imag(a)*ratio)-real(a))/denom)
	}
	return complex(math.NaN(), math.NaN())
}

// Unary implements starlark.HasUnary.
func (c Complex) Unary(op syntax.Token) (starlark.Value, error) {
	switch op {
	case syntax.MINUS:
		return -c, nil
	case syntax.PLUS:
		return c, nil
	}
	return nil, nil
}

// CompareSameType implements starlark.Comparable: == and != only.
func (c Complex) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return c.compare(op, complex128(y.(Complex)), y)
}

// CompareOther implements py.CrossComparable: a complex equals the int
// or float its real part is when it has no imaginary part.
func (c Complex) CompareOther(op syntax.Token, y starlark.Value, depth int, swapped bool) (bool, bool, error) {
	other, ok, _ := asComplex(y)
	if !ok {
		return false, false, nil
	}
	if swapped && op != syntax.EQL && op != syntax.NEQ {
		return false, true, notSupported(op, y, c)
	}
	r, err := c.compare(op, other, y)
	return r, true, err
}

func (c Complex) compare(op syntax.Token, other complex128, y starlark.Value) (bool, error) {
	switch op {
	case syntax.EQL:
		return complex128(c) == other, nil
	case syntax.NEQ:
		return complex128(c) != other, nil
	}
	return false, notSupported(op, c, y)
}

// Attr implements starlark.HasAttrs.
func (c Complex) Attr(name string) (starlark.Value, error) {
	switch name {
	case "real":
		return starlark.Float(real(c)), nil
	case "imag":
		return starlark.Float(imag(c)), nil
	case "conjugate":
		return starlark.NewBuiltin("conjugate", func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if err := py.NoArgsC("complex", "conjugate", args, kwargs); err != nil {
				return nil, err
			}
			return Complex(cmplx.Conj(complex128(c))), nil
		}), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (c Complex) AttrNames() []string { return []string{"conjugate", "imag", "real"} }

// newComplex implements complex(real=0, imag=0) and complex(string).
// https://docs.python.org/3/library/functions.html#complex
func newComplex(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var re, im starlark.Value
	if err := starlark.UnpackArgs("complex", args, kwargs, "real?", &re, "imag?", &im); err != nil {
		return nil, err
	}
	if s, ok := re.(starlark.String); ok {
		if im != nil {
			return nil, py.Raise(py.TypeError, "complex() can't take second arg if first is a string")
		}
		return parseComplex(string(s))
	}
	x, err := complexArg(thread, re, "first")
	if err != nil {
		return nil, err
	}
	if _, ok := im.(starlark.String); ok {
		return nil, py.Raise(py.TypeError, "complex() second arg can't be a string")
	}
	y, err := complexArg(thread, im, "second")
	if err != nil {
		return nil, err
	}
	// re + im*1j, as CPython's complex_new adds: a part that is not
	// complex adds no zero, which would lose a -0.0
	r, i := real(x), real(y)
	if im != nil && !isReal(im) {
		r -= imag(y)
	}
	if re != nil && !isReal(re) {
		i += imag(x)
	}
	return Complex(complex(r, i)), nil
}

// isReal reports whether v is an int, a float or a bool (or an
// instance of a subclass of one).
func isReal(v starlark.Value) bool {
	switch py.Base(v).(type) {
	case starlark.Int, starlark.Float, starlark.Bool:
		return true
	}
	return false
}

// complexArg converts an argument of complex() (nil: 0) to complex128,
// asking __complex__, then __float__ and __index__ of other values.
func complexArg(thread *starlark.Thread, v starlark.Value, which string) (complex128, error) {
	if v == nil {
		return 0, nil
	}
	if c, ok, err := ComplexOf(thread, v); ok || err != nil {
		return c, err
	}
	if which == "first" {
		return 0, py.Raisef(py.TypeError, "complex() first argument must be a string or a number, not '%s'", py.TypeName(v))
	}
	return 0, py.Raisef(py.TypeError, "complex() second argument must be a number, not '%s'", py.TypeName(v))
}

// ComplexOf converts a number to complex128, asking __complex__, then
// __float__ and __index__ of other values; ok is false for a value
// without them, which the caller refuses with its own error.
func ComplexOf(thread *starlark.Thread, v starlark.Value) (c complex128, ok bool, err error) {
	if c, ok, err := asComplex(v); ok || err != nil {
		return c, ok, err
	}
	if _, isClass := v.(*py.Class); isClass {
		return 0, false, nil // its __complex__ is a method of its instances
	}
	for _, m := range []string{"__complex__", "__float__", "__index__"} {
		if f, err := getAttr(v, m); err == nil && f != nil {
			r, err := starlark.Call(thread, f, nil, nil)
			if err != nil {
				return 0, false, err
			}
			if c, ok, err := asComplex(r); ok || err != nil {
				return c, ok, err
			}
			return 0, false, py.Raisef(py.TypeError, "%s returned non-complex (type %s)", m, py.TypeName(r))
		}
	}
	return 0, false, nil
}

// parseComplex parses complex("1+2j"), complex(" (3-4j) "), complex("2").
func parseComplex(s string) (starlark.Value, error) {
	bad := py.Raise(py.ValueError, "complex() arg is a malformed string")
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		t = strings.TrimSpace(t[1 : len(t)-1])
	}
	t = strings.ReplaceAll(t, "_", "")
	if t == "" || strings.ContainsAny(t, " \t\n") {
		return nil, bad
	}
	if !strings.HasSuffix(t, "j") && !strings.HasSuffix(t, "J") {
		f, err := strconv.ParseFloat(t, 64)
		if err != nil {
			return nil, bad
		}
		return Complex(complex(f, 0)), nil
	}
	body := t[:len(t)-1]
	split := -1 // where the imaginary part starts, after the real part
	for i := len(body) - 1; i > 0; i-- {
		if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
			split = i
			break
		}
	}
	re, imText := 0.0, body
	if split > 0 {
		var err error
		if re, err = strconv.ParseFloat(body[:split], 64); err != nil {
			return nil, bad
		}
		imText = body[split:]
	}
	switch imText {
	case "", "+":
		imText = "1"
	case "-":
		imText = "-1"
	}
	im, err := strconv.ParseFloat(imText, 64)
	if err != nil {
		return nil, bad
	}
	return Complex(complex(re, im)), nil
}

// Imaginary is the mapping __sp_J whose item __sp_J[f] is the literal
// fj, complex(0, f).
type Imaginary struct{}

var _ starlark.Mapping = Imaginary{}

func (Imaginary) String() string        { return "<imaginary literals>" }
func (Imaginary) Type() string          { return "imaginary" }
func (Imaginary) Freeze()               {}
func (Imaginary) Truth() starlark.Bool  { return true }
func (Imaginary) Hash() (uint32, error) { return 0, nil }

// Get implements starlark.Mapping.
func (Imaginary) Get(k starlark.Value) (starlark.Value, bool, error) {
	f, _ := starlark.AsFloat(k)
	return Complex(complex(0, f)), true, nil
}

// complexPowOf is x ** y when an operand is complex, or a negative
// number raised to a fractional power (a complex result in Python 3);
// ok is false for other operands. Bools are already ints.
func complexPowOf(x, y starlark.Value) (starlark.Value, bool, error) {
	_, xc := x.(Complex)
	_, yc := y.(Complex)
	if !xc && !yc {
		if !isNumber(x) || !isNumber(y) {
			return nil, false, nil
		}
		xf, _ := starlark.AsFloat(x)
		yf, _ := starlark.AsFloat(y)
		if xf >= 0 || yf == math.Trunc(yf) || math.IsInf(yf, 0) || math.IsNaN(yf) {
			return nil, false, nil
		}
	}
	a, ok1, err := asComplex(x)
	if err != nil {
		return nil, true, err
	}
	b, ok2, err := asComplex(y)
	if err != nil || !ok1 || !ok2 {
		return nil, err != nil, err
	}
	v, err := complexPow(a, b)
	return v, true, err
}
