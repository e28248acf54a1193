package decimal

// This file defines the conversions into Decimal: from strings, ints,
// floats (exactly), tuples and other Decimals.

import (
	"math"
	"math/big"
	"strings"
	"unicode"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// DecimalClass is decimal.Decimal.
var DecimalClass = func() *py.Class {
	c := py.NewClass("Decimal", "decimal")
	c.Ext = &py.NativeClass{New: newDecimal}
	builtins.MakeSubclassable(c, "__str__", "__repr__")
	return c
}()

// newDecimal implements Decimal(value='0', context=None).
// https://docs.python.org/3/library/decimal.html#decimal.Decimal
func newDecimal(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v, ctx starlark.Value = starlark.String("0"), starlark.None
	if err := starlark.UnpackArgs("Decimal", args, kwargs, "value?", &v, "context?", &ctx); err != nil {
		return nil, py.ToException(err)
	}
	c, err := contextArg(thread, ctx)
	if err != nil {
		return nil, err
	}
	d, err := convert(c, v)
	if err != nil {
		return nil, err
	}
	return d.in(core.RuntimeOf(thread)), nil
}

// convert implements the conversion of Decimal(value).
func convert(c *Context, v starlark.Value) (*Decimal, error) {
	switch x := v.(type) {
	case starlark.String:
		d, ok := parse(string(x))
		if !ok {
			return nil, c.signal(conversionSyntax)
		}
		return d, nil
	case starlark.Tuple:
		return fromTuple(x)
	case *starlark.List:
		t := make(starlark.Tuple, x.Len())
		for i := range t {
			t[i] = x.Index(i)
		}
		return fromTuple(t)
	}
	if d, ok := exact(v); ok {
		if _, isFloat := v.(starlark.Float); isFloat {
			return d, c.signal(FloatOperation)
		}
		return d, nil
	}
	return nil, py.Raisef(py.TypeError, "conversion from %s to Decimal is not supported", py.TypeName(v))
}

// exact converts a Decimal, int, bool or float exactly.
func exact(v starlark.Value) (*Decimal, bool) {
	switch x := v.(type) {
	case *Decimal:
		return x, true
	case starlark.Int:
		b := x.BigInt()
		return newDec(b.Sign() < 0, b.Abs(b), 0), true
	case starlark.Bool:
		if x {
			return newDec(false, big.NewInt(1), 0), true
		}
		return newDec(false, new(big.Int), 0), true
	case starlark.Float:
		return fromFloat(float64(x)), true
	}
	return nil, false
}

// fromFloat converts a float exactly: m * 2**e is m * 5**-e * 10**e.
func fromFloat(f float64) *Decimal {
	neg := math.Signbit(f)
	switch {
	case math.IsNaN(f):
		return &Decimal{coef: new(big.Int), form: qnan}
	case math.IsInf(f, 0):
		return &Decimal{neg: neg, coef: new(big.Int), form: infinite}
	}
	frac, e := math.Frexp(math.Abs(f))
	m := new(big.Int).SetUint64(uint64(math.Ldexp(frac, 53)))
	e -= 53
	for e < 0 && m.Bit(0) == 0 && m.Sign() != 0 {
		m.Rsh(m, 1)
		e++
	}
	if m.Sign() == 0 {
		return newDec(neg, m, 0)
	}
	if e >= 0 {
		return newDec(neg, m.Lsh(m, uint(e)), 0)
	}
	five := new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(-e)), nil)
	return newDec(neg, m.Mul(m, five), e)
}

// parse parses a numeric string: sign, digits with an optional point
// and exponent, or Infinity, Inf, NaN and sNaN; underscores may
// separate digits and surrounding whitespace is ignored.
func parse(s string) (*Decimal, bool) {
	s = strings.TrimFunc(s, unicode.IsSpace)
	if strings.Contains(s, "__") || strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") {
		return nil, false
	}
	s = strings.ReplaceAll(s, "_", "")
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg, s = s[0] == '-', s[1:]
	}
	switch l := strings.ToLower(s); {
	case l == "inf" || l == "infinity":
		return &Decimal{neg: neg, coef: new(big.Int), form: infinite}, true
	case strings.HasPrefix(l, "nan") || strings.HasPrefix(l, "snan"):
		return parseNaN(neg, l)
	}
	mant, expPart := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, expPart = s[:i], s[i+1:]
	}
	intPart, fracPart, _ := strings.Cut(mant, ".")
	digits := intPart + fracPart
	if digits == "" || !allDigits(digits) {
		return nil, false
	}
	exp := 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		n, ok := new(big.Int).SetString(expPart, 10)
		if !ok || expPart == "" || strings.ContainsAny(expPart[1:], "+-") || !n.IsInt64() {
			return nil, false
		}
		exp = int(n.Int64())
	}
	coef, _ := new(big.Int).SetString(digits, 10)
	return newDec(neg, coef, exp-len(fracPart)), true
}

func parseNaN(neg bool, l string) (*Decimal, bool) {
	f := qnan
	if strings.HasPrefix(l, "s") {
		f, l = snan, l[1:]
	}
	payload := l[3:]
	coef := new(big.Int)
	if payload != "" {
		if !allDigits(payload) {
			return nil, false
		}
		coef.SetString(payload, 10)
	}
	return &Decimal{neg: neg, coef: coef, form: f}, true
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// fromTuple implements Decimal((sign, digits, exponent)).
func fromTuple(t starlark.Tuple) (*Decimal, error) {
	if len(t) != 3 {
		return nil, py.Raise(py.ValueError, "argument must be a sequence of length 3")
	}
	sign, ok := t[0].(starlark.Int)
	s, _ := sign.Int64()
	if !ok || (s != 0 && s != 1) {
		return nil, py.Raise(py.ValueError, "sign must be an integer with the value 0 or 1")
	}
	digits, err := tupleDigits(t[1])
	if err != nil {
		return nil, err
	}
	coef, _ := new(big.Int).SetString("0"+digits, 10)
	switch e := t[2].(type) {
	case starlark.Int:
		n, _ := e.Int64()
		return newDec(s == 1, coef, int(n)), nil
	case starlark.String:
		switch e {
		case "F":
			return &Decimal{neg: s == 1, coef: new(big.Int), form: infinite}, nil
		case "n", "N":
			f := qnan
			if e == "N" {
				f = snan
			}
			return &Decimal{neg: s == 1, coef: coef, form: f}, nil
		}
	}
	return nil, py.Raise(py.ValueError, "string argument in the third position must be 'F', 'n' or 'N'")
}

func tupleDigits(v starlark.Value) (string, error) {
	t, ok := v.(starlark.Tuple)
	if !ok {
		return "", py.Raise(py.ValueError, "coefficient must be a tuple of digits")
	}
	var b strings.Builder
	for _, x := range t {
		n, ok := x.(starlark.Int)
		i, _ := n.Int64()
		if !ok || i < 0 || i > 9 {
			return "", py.Raise(py.ValueError, "coefficient must be a tuple of digits")
		}
		b.WriteByte(byte('0' + i))
	}
	return b.String(), nil
}
