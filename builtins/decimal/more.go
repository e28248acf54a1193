package decimal

// This file defines the less common methods of Decimal: divmod(),
// hash() as CPython's (equal to an equal int's or float's),
// to_eng_string, compare, max, min, copy_sign, as_integer_ratio and
// the class method from_float.

import (
	"math/big"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

var _ builtins.PyHasher = (*Decimal)(nil)

func init() {
	for name, m := range map[string]decMethod{
		"__divmod__":       decDivmod(false),
		"__rdivmod__":      decDivmod(true),
		"to_eng_string":    decEng,
		"compare":          decCompare,
		"max":              decMinMax(1),
		"min":              decMinMax(-1),
		"copy_sign":        decCopySign,
		"as_integer_ratio": decRatio,
	} {
		decMethods[name] = m
	}
	DecimalClass.Dict["from_float"] = &py.StaticMethod{Fn: starlark.NewBuiltin("from_float", decFromFloat)}
}

// otherArg unpacks the one Decimal or int argument of method name.
func otherArg(name string, args starlark.Tuple, kwargs []starlark.Tuple) (*Decimal, error) {
	var v, ctx starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs(name, args, kwargs, "other", &v, "context?", &ctx); err != nil {
		return nil, py.ToException(err)
	}
	o, ok := operand(v)
	if !ok {
		return nil, py.Raisef(py.TypeError, "conversion from %s to Decimal is not supported", py.TypeName(v))
	}
	return o, nil
}

// decDivmod implements divmod(d, y) and divmod(y, d).
func decDivmod(reflected bool) decMethod {
	return func(_ *starlark.Thread, d *Decimal, c *Context, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 {
			return nil, py.Raise(py.TypeError, "expected 1 argument")
		}
		o, ok := operand(args[0])
		if !ok {
			return nil, nil
		}
		x, y := d, o
		if reflected {
			x, y = o, d
		}
		q, r, err := c.divmod(x, y, "divmod")
		if err != nil {
			return nil, err
		}
		if r == nil {
			r = &Decimal{coef: new(big.Int), form: qnan}
		}
		return starlark.Tuple{q.in(d.rt), r.in(d.rt)}, nil
	}
}

func decEng(_ *starlark.Thread, d *Decimal, _ *Context, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var ctx starlark.Value = starlark.None
	if err := starlark.UnpackArgs("to_eng_string", args, kwargs, "context?", &ctx); err != nil {
		return nil, py.ToException(err)
	}
	return starlark.String(d.format(true, true)), nil
}

// decCompare implements compare(other): Decimal -1, 0 or 1, NaN if
// either is a NaN.
func decCompare(_ *starlark.Thread, d *Decimal, c *Context, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	o, err := otherArg("compare", args, kwargs)
	if err != nil {
		return nil, err
	}
	if r, err, ok := c.nanOperand(d, o); ok {
		return r, err
	}
	n := cmp(d, o)
	return newDec(n < 0, big.NewInt(int64(n*n)), 0), nil
}

// decMinMax implements max(other) (sign 1) and min(other) (sign -1): of
// two equal values, max takes the one with the larger exponent (the
// positive sign first), as the specification's total order does.
func decMinMax(sign int) decMethod {
	name := map[int]string{1: "max", -1: "min"}[sign]
	return func(_ *starlark.Thread, d *Decimal, c *Context, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		o, err := otherArg(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		if d.isNaN() != o.isNaN() { // a quiet NaN loses to a number
			if d.isNaN() && d.form == qnan {
				return c.fix(o)
			}
			if o.form == qnan {
				return c.fix(d)
			}
		}
		if r, err, ok := c.nanOperand(d, o); ok {
			return r, err
		}
		n := cmp(d, o)
		if n == 0 {
			n = tieOrder(d, o)
		}
		if n*sign >= 0 {
			return c.fix(d)
		}
		return c.fix(o)
	}
}

// tieOrder orders two equal numbers as the total order does: -0 before
// 0, then by exponent (reversed for negatives).
func tieOrder(x, y *Decimal) int {
	if x.neg != y.neg {
		if x.neg {
			return -1
		}
		return 1
	}
	n := 0
	switch {
	case x.exp < y.exp:
		n = -1
	case x.exp > y.exp:
		n = 1
	}
	if x.neg {
		n = -n
	}
	return n
}

func decCopySign(_ *starlark.Thread, d *Decimal, _ *Context, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	o, err := otherArg("copy_sign", args, kwargs)
	if err != nil {
		return nil, err
	}
	n := *d
	n.neg = o.neg
	return &n, nil
}

func decRatio(thread *starlark.Thread, d *Decimal, _ *Context, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("as_integer_ratio", args, kwargs, 0); err != nil {
		return nil, err
	}
	r, err := d.Ratio(thread)
	if err != nil {
		return nil, err
	}
	return starlark.Tuple{starlark.MakeBigInt(r.Num()), starlark.MakeBigInt(r.Denom())}, nil
}

// decFromFloat implements Decimal.from_float(f): the float's exact value.
func decFromFloat(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs("from_float", args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	switch x := v.(type) {
	case starlark.Float:
		return fromFloat(float64(x)).in(core.RuntimeOf(thread)), nil
	case starlark.Int, starlark.Bool:
		d, _ := exact(x)
		return d.in(core.RuntimeOf(thread)), nil
	}
	return nil, py.Raisef(py.TypeError, "argument must be int or float")
}

// hash10Inv is the inverse of 10 modulo CPython's hash modulus.
var (
	hashModulus = big.NewInt(1<<61 - 1)
	hash10Inv   = new(big.Int).Exp(big.NewInt(10), big.NewInt(1<<61-3), hashModulus)
)

// PyHash is CPython's Decimal.__hash__: the hash of an equal int or
// float (coefficient times 10**exp, modulo 2**61-1).
func (d *Decimal) PyHash() (int64, error) {
	switch d.form {
	case snan:
		return 0, py.Raise(py.TypeError, "Cannot hash a signaling NaN value.")
	case qnan:
		return int64(py.Addr(d) >> 4), nil
	case infinite:
		if d.neg {
			return -314159, nil
		}
		return 314159, nil
	}
	e := new(big.Int)
	if d.exp >= 0 {
		e.Exp(bigTen, big.NewInt(int64(d.exp)), hashModulus)
	} else {
		e.Exp(hash10Inv, big.NewInt(int64(-d.exp)), hashModulus)
	}
	h := e.Mul(e, d.coef).Mod(e, hashModulus).Int64()
	if d.neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h, nil
}

func init() {
	decMethods["next_plus"] = decNext("ROUND_CEILING")
	decMethods["next_minus"] = decNext("ROUND_FLOOR")
}

// decNext implements next_plus (ROUND_CEILING) and next_minus
// (ROUND_FLOOR): d plus or minus an amount below half a unit in the last
// place, rounded that way to the context's precision.
func decNext(mode string) decMethod {
	return func(_ *starlark.Thread, d *Decimal, c *Context, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var ctx starlark.Value = starlark.None
		if err := starlark.UnpackArgs("next", args, kwargs, "context?", &ctx); err != nil {
			return nil, py.ToException(err)
		}
		if r, err, ok := c.nanOperand(d, nil); ok {
			return r, err
		}
		if d.form == infinite {
			return d, nil
		}
		if d.isZero() { // the smallest subnormal
			return newDec(mode == "ROUND_FLOOR", big.NewInt(1), c.emin-c.prec+1), nil
		}
		tiny := newDec(mode == "ROUND_FLOOR", big.NewInt(1), min(d.exp, d.adjusted()-c.prec)-1)
		directed := *c
		directed.rounding = mode
		directed.flags = map[*py.Class]bool{} // next_plus signals nothing
		directed.traps = map[*py.Class]bool{}
		return directed.add(d, tiny)
	}
}
