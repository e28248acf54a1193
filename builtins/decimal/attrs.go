package decimal

// This file defines Decimal's methods: quantize and the other
// operations tutorials use, and the special methods behind int(),
// float(), round(), abs() and **.

import (
	"math/big"
	"strconv"
	"sync"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/collections"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

type decMethod func(thread *starlark.Thread, d *Decimal, c *Context, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

var decMethods = map[string]decMethod{
	"quantize":          decQuantize,
	"to_integral_value": decToIntegral,
	"to_integral":       decToIntegral,
	"normalize":         decNormalize,
	"as_tuple":          decAsTuple,
	"adjusted": func(_ *starlark.Thread, d *Decimal, _ *Context, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		return starlark.MakeInt(d.adjusted()), nil
	},
	"is_zero":     predicate(func(d *Decimal) bool { return d.isZero() }),
	"is_nan":      predicate(func(d *Decimal) bool { return d.isNaN() }),
	"is_infinite": predicate(func(d *Decimal) bool { return d.form == infinite }),
	"is_finite":   predicate(func(d *Decimal) bool { return d.form == finite }),
	"is_signed":   predicate(func(d *Decimal) bool { return d.neg }),
	"copy_abs": func(_ *starlark.Thread, d *Decimal, _ *Context, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		n := *d
		n.neg = false
		return &n, nil
	},
	"copy_negate": func(_ *starlark.Thread, d *Decimal, _ *Context, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		return negate(d), nil
	},
	"__abs__":    decAbs,
	"sqrt":       decSqrt,
	"__int__":    decInt,
	"__trunc__":  decInt,
	"__floor__":  decToInt("ROUND_FLOOR"),
	"__ceil__":   decToInt("ROUND_CEILING"),
	"__float__":  decFloat,
	"__round__":  decRound,
	"__pow__":    decPow(false),
	"__rpow__":   decPow(true),
	"__format__": decFormat,
}

func predicate(f func(d *Decimal) bool) decMethod {
	return func(_ *starlark.Thread, d *Decimal, _ *Context, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		return starlark.Bool(f(d)), nil
	}
}

// Attr implements starlark.HasAttrs.
func (d *Decimal) Attr(name string) (starlark.Value, error) {
	switch name {
	case "real":
		return d, nil
	case "imag":
		return newDec(false, new(big.Int), 0).in(d.rt), nil
	}
	m, ok := decMethods[name]
	if !ok {
		return nil, py.Raisef(py.AttributeError, "'decimal.Decimal' object has no attribute '%s'", name)
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		v, err := m(thread, d, current(thread), args, kwargs)
		if err != nil {
			return nil, err // v may be a nil *Decimal
		}
		if r, ok := v.(*Decimal); ok {
			v = r.in(core.RuntimeOf(thread))
		}
		return v, nil
	}).BindReceiver(d), nil
}

// AttrNames implements starlark.HasAttrs.
func (d *Decimal) AttrNames() []string {
	names := []string{"imag", "real"}
	for k := range decMethods {
		names = append(names, k)
	}
	return names
}

// decQuantize implements quantize(exp, rounding=None, context=None).
func decQuantize(thread *starlark.Thread, d *Decimal, _ *Context, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var ev, rounding, ctx starlark.Value = nil, starlark.None, starlark.None
	if err := starlark.UnpackArgs("quantize", args, kwargs, "exp", &ev, "rounding?", &rounding, "context?", &ctx); err != nil {
		return nil, py.ToException(err)
	}
	c, err := contextArg(thread, ctx)
	if err != nil {
		return nil, err
	}
	e, ok := operand(ev)
	if !ok {
		return nil, py.Raisef(py.TypeError, "conversion from %s to Decimal is not supported", py.TypeName(ev))
	}
	mode := c.rounding
	if rounding != starlark.None {
		s, ok := rounding.(starlark.String)
		if !ok || !validRounding(string(s)) {
			return nil, py.Raise(py.TypeError, "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
		}
		mode = string(s)
	}
	if r, err, ok := c.nanOperand(d, e); ok {
		return r, err
	}
	if d.form == infinite || e.form == infinite {
		if d.form == infinite && e.form == infinite {
			return d, nil
		}
		return c.invalid(InvalidOperation)
	}
	return c.quantize(d, e.exp, mode)
}

// quantize rescales d to exponent exp, signalling InvalidOperation when
// the result would need more digits than the precision.
func (c *Context) quantize(d *Decimal, exp int, mode string) (*Decimal, error) {
	r, inexact := rescale(d, exp, mode)
	if r.digits() > c.prec {
		return c.invalid(InvalidOperation)
	}
	if exp > d.exp && !d.isZero() {
		if err := c.signal(Rounded); err != nil {
			return nil, err
		}
		if inexact {
			if err := c.signal(Inexact); err != nil {
				return nil, err
			}
		}
	}
	return c.fix(r)
}

// decToIntegral implements to_integral_value(rounding=None, context=None).
func decToIntegral(thread *starlark.Thread, d *Decimal, _ *Context, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var rounding, ctx starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs("to_integral_value", args, kwargs, "rounding?", &rounding, "context?", &ctx); err != nil {
		return nil, py.ToException(err)
	}
	c, err := contextArg(thread, ctx)
	if err != nil {
		return nil, err
	}
	mode := c.rounding
	if s, ok := rounding.(starlark.String); ok && validRounding(string(s)) {
		mode = string(s)
	}
	if d.form != finite || d.exp >= 0 {
		return d, nil
	}
	r, _ := rescale(d, 0, mode)
	return r, nil
}

// decNormalize implements normalize(): rounded, trailing zeros stripped.
func decNormalize(thread *starlark.Thread, d *Decimal, c *Context, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	r, err := c.fix(d)
	if err != nil || r.form != finite {
		return r, err
	}
	if r.isZero() {
		return newDec(r.neg, new(big.Int), 0), nil
	}
	coef, exp := new(big.Int).Set(r.coef), r.exp
	m := new(big.Int)
	for exp < c.emax {
		q, rem := new(big.Int).QuoRem(coef, bigTen, m)
		if rem.Sign() != 0 {
			break
		}
		coef, exp = q, exp+1
	}
	return newDec(r.neg, coef, exp), nil
}

// decimalTuple returns DecimalTuple, namedtuple('DecimalTuple', 'sign
// digits exponent'), made on the first as_tuple() rather than at package
// init (10 ms of the wasm playground's start).
var decimalTuple = sync.OnceValue(func() *py.Class {
	return collections.SharedClass("DecimalTuple", "sign digits exponent", "decimal")
})

// decAsTuple implements as_tuple(): DecimalTuple(sign, digits, exponent).
func decAsTuple(thread *starlark.Thread, d *Decimal, _ *Context, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
	sign := 0
	if d.neg {
		sign = 1
	}
	var digits starlark.Tuple
	for _, ch := range d.coef.String() {
		digits = append(digits, starlark.MakeInt(int(ch-'0')))
	}
	var exp starlark.Value = starlark.MakeInt(d.exp)
	switch d.form {
	case infinite:
		exp, digits = starlark.String("F"), starlark.Tuple{starlark.MakeInt(0)}
	case qnan:
		exp = starlark.String("n")
	case snan:
		exp = starlark.String("N")
	}
	return starlark.Call(thread, decimalTuple(), starlark.Tuple{starlark.MakeInt(sign), digits, exp}, nil)
}

// decSqrt implements sqrt(context=None).
func decSqrt(thread *starlark.Thread, d *Decimal, _ *Context, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var ctx starlark.Value = starlark.None
	if err := starlark.UnpackArgs("sqrt", args, kwargs, "context?", &ctx); err != nil {
		return nil, py.ToException(err)
	}
	c, err := contextArg(thread, ctx)
	if err != nil {
		return nil, err
	}
	return c.sqrt(d)
}

func decAbs(_ *starlark.Thread, d *Decimal, c *Context, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
	n := *d
	n.neg = false
	if d.isNaN() {
		n.neg = d.neg
	}
	return c.fix(&n)
}

// decInt truncates toward zero.
var decInt = decToInt("ROUND_DOWN")

// decToInt returns int(d) (__int__, __trunc__), math.floor(d) or
// math.ceil(d): d rounded to an integer in the rounding mode given.
func decToInt(mode string) decMethod {
	return func(_ *starlark.Thread, d *Decimal, _ *Context, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		switch d.form {
		case infinite:
			return nil, py.Raise(py.OverflowError, "cannot convert Infinity to integer")
		case qnan, snan:
			return nil, py.Raise(py.ValueError, "cannot convert NaN to integer")
		}
		r, _ := rescale(d, max(d.exp, 0), mode)
		v := new(big.Int).Mul(r.coef, pow10(r.exp))
		if d.neg {
			v.Neg(v)
		}
		return starlark.MakeBigInt(v), nil
	}
}

// decFloat converts through the string, as CPython does.
func decFloat(_ *starlark.Thread, d *Decimal, _ *Context, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
	if d.form == snan {
		return nil, py.Raise(py.ValueError, "cannot convert signaling NaN to float")
	}
	s := d.str(true)
	if d.isNaN() {
		s = "nan"
		if d.neg {
			s = "-nan"
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && d.form == finite {
		return starlark.Float(f), nil // overflow gives ±Inf, as float(str) does
	}
	return starlark.Float(f), nil
}

// decRound implements round(d) (an int, halves to even) and round(d, n)
// (a Decimal quantized to 10**-n).
func decRound(thread *starlark.Thread, d *Decimal, c *Context, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		if d.form != finite {
			return decInt(thread, d, c, nil, nil)
		}
		r, _ := rescale(d, 0, "ROUND_HALF_EVEN")
		return decInt(thread, r, c, nil, nil)
	}
	n, ok := args[0].(starlark.Int)
	k, exact := n.Int64()
	if !ok || !exact {
		return nil, py.Raise(py.TypeError, "optional arg must be an integer")
	}
	if d.form != finite {
		return c.invalid(InvalidOperation)
	}
	return c.quantize(d, -int(k), c.rounding)
}

// decPow implements **: exact with an integer exponent, correctly
// rounded with any other (see realPow).
func decPow(reflected bool) decMethod {
	return func(_ *starlark.Thread, d *Decimal, c *Context, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 {
			return nil, py.Raise(py.TypeError, "expected 1 argument")
		}
		other, ok := operand(py.Base(args[0])) // an int subclass's value
		if !ok {
			x, y := py.QualifiedName(d), py.QualifiedName(args[0])
			if reflected {
				x, y = y, x
			}
			return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", x, y)
		}
		base, exp := d, other
		if reflected {
			base, exp = other, d
		}
		n, ok := intExponent(exp)
		if !ok {
			return c.realPow(base, exp)
		}
		return c.pow(base, n)
	}
}
