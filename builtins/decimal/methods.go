package decimal

// This file defines the module table and Decimal's operators and methods.

import (
	"math/big"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the decimal module. Members:
//
//	Decimal(value='0', context=None), Context(...), getcontext(),
//	setcontext(ctx), localcontext(ctx=None, **kwargs), DefaultContext,
//	BasicContext, ExtendedContext, the ROUND_* constants, the signals
//	(DecimalException, InvalidOperation, DivisionByZero, Inexact,
//	Rounded, Overflow, Underflow, Subnormal, Clamped), MAX_PREC
var Module = func() *core.Module {
	m := &core.Module{Name: "decimal", Members: starlark.StringDict{
		"Decimal":          DecimalClass,
		"Context":          ContextClass,
		"getcontext":       starlark.NewBuiltin("getcontext", getcontext),
		"setcontext":       starlark.NewBuiltin("setcontext", setcontext),
		"localcontext":     starlark.NewBuiltin("localcontext", localcontext),
		"DefaultContext":   defaultContextMember{defaultContext()},
		"BasicContext":     contextMember(func(c *Context) { c.prec, c.rounding = 9, "ROUND_HALF_UP"; c.traps = allTraps() }),
		"ExtendedContext":  contextMember(func(c *Context) { c.prec, c.traps = 9, map[*py.Class]bool{} }),
		"DecimalException": DecimalException,
		"MAX_PREC":         starlark.MakeInt64(999999999999999999),
		"MAX_EMAX":         starlark.MakeInt64(999999999999999999),
		"MIN_EMIN":         starlark.MakeInt64(-999999999999999999),
	}}
	for _, r := range roundings {
		m.Members[r] = starlark.String(r)
	}
	for _, s := range signals {
		m.Members[s.ClassName] = s
	}
	return m
}()

func allTraps() map[*py.Class]bool {
	t := map[*py.Class]bool{}
	for _, s := range signals {
		if s != Inexact && s != Rounded && s != Subnormal {
			t[s] = true
		}
	}
	return t
}

// preset is a module context made per Interpreter.
type preset func(c *Context)

func contextMember(f func(c *Context)) preset { return f }

func (p preset) ForRuntime(rt *core.Runtime) starlark.Value {
	c := defaultContext()
	p(c)
	return c
}

func (p preset) String() string        { return "<context preset>" }
func (p preset) Type() string          { return "decimal.Context" }
func (p preset) Freeze()               {}
func (p preset) Truth() starlark.Bool  { return true }
func (p preset) Hash() (uint32, error) { return 0, nil }

var (
	_ starlark.HasBinary  = (*Decimal)(nil)
	_ starlark.HasUnary   = (*Decimal)(nil)
	_ starlark.Comparable = (*Decimal)(nil)
	_ starlark.HasAttrs   = (*Decimal)(nil)
)

// operand converts the other operand of an operator: Decimal, int or
// bool; anything else leaves the operation unsupported.
func operand(v starlark.Value) (*Decimal, bool) {
	if _, isFloat := v.(starlark.Float); isFloat {
		return nil, false
	}
	return exact(v)
}

// Binary implements the arithmetic operators with Decimals and ints. The
// current context comes from the thread holding the GIL.
func (d *Decimal) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	o, ok := operand(y)
	if !ok {
		return nil, nil
	}
	x := d
	if side == starlark.Right {
		x, o = o, d
	}
	c := d.context()
	var r *Decimal
	var err error
	switch op {
	case syntax.PLUS:
		r, err = c.add(x, o)
	case syntax.MINUS:
		r, err = c.add(x, negate(o))
	case syntax.STAR:
		r, err = c.mul(x, o)
	case syntax.SLASH:
		r, err = c.div(x, o)
	case syntax.SLASHSLASH:
		r, _, err = c.divmod(x, o, "//")
	case syntax.PERCENT:
		_, r, err = c.divmod(x, o, "%")
	default:
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return r.in(d.rt), nil
}

func negate(d *Decimal) *Decimal {
	if d.isNaN() {
		return d
	}
	n := *d
	n.neg = !d.neg
	return &n
}

// Unary implements -d, +d (both rounded to the context) and ~d (unsupported).
func (d *Decimal) Unary(op syntax.Token) (starlark.Value, error) {
	if op != syntax.MINUS && op != syntax.PLUS {
		return nil, nil
	}
	c := d.context()
	r := d
	if op == syntax.MINUS {
		r = negate(d)
	}
	if r.isZero() && c.rounding != "ROUND_FLOOR" {
		r = newDec(false, r.coef, r.exp)
	}
	v, err := c.fix(r)
	if err != nil {
		return nil, err
	}
	return v.in(d.rt), nil
}

// CompareSameType compares two Decimals; NaNs are unordered and
// InvalidOperation is signalled by ordering comparisons with them.
func (d *Decimal) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	o, ok := y.(*Decimal)
	if !ok {
		return py.CompareForeign(op, d, y)
	}
	if d.isNaN() || o.isNaN() {
		switch op {
		case syntax.EQL:
			return false, nil
		case syntax.NEQ:
			return true, nil
		}
		return false, d.context().signal(InvalidOperation)
	}
	return threeway(op, cmp(d, o)), nil
}

func threeway(op syntax.Token, c int) bool {
	switch op {
	case syntax.EQL:
		return c == 0
	case syntax.NEQ:
		return c != 0
	case syntax.LT:
		return c < 0
	case syntax.LE:
		return c <= 0
	case syntax.GT:
		return c > 0
	}
	return c >= 0
}

// context returns the context of the thread holding the GIL, for
// operators, which receive no thread: that of d's Interpreter, or a
// default context for a Decimal no script made.
func (d *Decimal) context() *Context {
	if d.rt != nil {
		if t := d.rt.Current(); t != nil {
			if st := t.Active(); st != nil {
				return current(st)
			}
		}
	}
	return defaultContext()
}

// intExponent returns the integer value of an exponent for **, if it has one.
func intExponent(v starlark.Value) (*big.Int, bool) {
	switch x := v.(type) {
	case starlark.Int:
		return x.BigInt(), true
	case *Decimal:
		if x.form != finite {
			return nil, false
		}
		q, r := new(big.Int).Mul(x.coef, pow10(max(x.exp, 0))), new(big.Int)
		if x.exp < 0 {
			q.QuoRem(x.coef, pow10(-x.exp), r)
		}
		if r.Sign() == 0 {
			if x.neg {
				q.Neg(q)
			}
			return q, true
		}
	}
	return nil, false
}
