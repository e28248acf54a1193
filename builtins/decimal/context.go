package decimal

// This file defines Context, the signals and their exception classes,
// and the thread-local current context: getcontext, setcontext and
// localcontext.

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// The signal classes, as CPython's decimal defines them.
var (
	DecimalException   = py.NewClass("DecimalException", "decimal", py.ArithmeticError)
	Clamped            = py.NewClass("Clamped", "decimal", DecimalException)
	InvalidOperation   = py.NewClass("InvalidOperation", "decimal", DecimalException)
	DivisionByZero     = py.NewClass("DivisionByZero", "decimal", DecimalException, py.ZeroDivisionError)
	Inexact            = py.NewClass("Inexact", "decimal", DecimalException)
	Rounded            = py.NewClass("Rounded", "decimal", DecimalException)
	Subnormal          = py.NewClass("Subnormal", "decimal", DecimalException)
	Overflow           = py.NewClass("Overflow", "decimal", Inexact, Rounded)
	Underflow          = py.NewClass("Underflow", "decimal", Inexact, Rounded, Subnormal)
	FloatOperation     = py.NewClass("FloatOperation", "decimal", DecimalException, py.TypeError)
	conversionSyntax   = py.NewClass("ConversionSyntax", "decimal", InvalidOperation)
	divisionImpossible = py.NewClass("DivisionImpossible", "decimal", InvalidOperation)
	divisionUndefined  = py.NewClass("DivisionUndefined", "decimal", InvalidOperation, py.ZeroDivisionError)
)

// signals lists the signals in CPython's order for Context reprs;
// signalKeys in the order of the flags and traps dicts.
var (
	signals    = []*py.Class{Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal, Underflow}
	signalKeys = []*py.Class{InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped}
)

// signalOf maps a condition to the signal it raises.
func signalOf(c *py.Class) *py.Class {
	switch c {
	case conversionSyntax, divisionImpossible, divisionUndefined:
		return InvalidOperation
	}
	return c
}

var roundings = []string{"ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP"}

// Context is a decimal.Context. It is guarded by the GIL of the
// Interpreter that owns it.
type Context struct {
	prec       int
	rounding   string
	emin, emax int
	capitals   int
	clamp      int
	flags      map[*py.Class]bool
	traps      map[*py.Class]bool
}

// ContextClass is decimal.Context.
var ContextClass = func() *py.Class {
	c := py.NewClass("Context", "decimal")
	c.Ext = &py.NativeClass{New: newContext}
	return c
}()

func defaultContext() *Context {
	return &Context{prec: 28, rounding: "ROUND_HALF_EVEN", emin: -999999, emax: 999999, capitals: 1,
		flags: map[*py.Class]bool{}, traps: map[*py.Class]bool{InvalidOperation: true, DivisionByZero: true, Overflow: true}}
}

func (c *Context) copy() *Context {
	n := *c
	n.flags, n.traps = map[*py.Class]bool{}, map[*py.Class]bool{}
	for k, v := range c.flags {
		n.flags[k] = v
	}
	for k, v := range c.traps {
		n.traps[k] = v
	}
	return &n
}

// newContext implements Context(prec=None, rounding=None, Emin=None,
// Emax=None, capitals=None, clamp=None, flags=None, traps=None).
// https://docs.python.org/3/library/decimal.html#decimal.Context
func newContext(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c := defaultContext()
	names := []string{"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"}
	if len(args) > len(names) {
		return nil, py.Raisef(py.TypeError, "Context() takes at most 8 arguments (%d given)", len(args))
	}
	for i, v := range args {
		kwargs = append(kwargs, starlark.Tuple{starlark.String(names[i]), v})
	}
	for _, kv := range kwargs {
		if kv[1] == starlark.None {
			continue
		}
		if err := c.SetField(string(kv[0].(starlark.String)), kv[1]); err != nil {
			return nil, err
		}
	}
	return c, nil
}

func (c *Context) String() string {
	return fmt.Sprintf("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])",
		c.prec, c.rounding, c.emin, c.emax, c.capitals, c.clamp, signalList(c.flags), signalList(c.traps))
}

func signalList(set map[*py.Class]bool) string {
	var names []string
	for _, s := range signals {
		if set[s] {
			names = append(names, s.ClassName)
		}
	}
	return strings.Join(names, ", ")
}

func (c *Context) Type() string         { return "decimal.Context" }
func (c *Context) Freeze()              {}
func (c *Context) Truth() starlark.Bool { return true }
func (c *Context) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'decimal.Context'")
}
func (c *Context) PyClass() *py.Class { return ContextClass }

// signal records condition cond, and returns its exception when its
// signal is trapped.
func (c *Context) signal(cond *py.Class) error {
	sig := signalOf(cond)
	c.flags[sig] = true
	if !c.traps[sig] {
		return nil
	}
	return py.Raisef(sig, "[<class 'decimal.%s'>]", cond.ClassName)
}

// localKey is the starlark.Thread local that holds the current context.
const localKey = "spindle.decimal.context"

// current returns the calling thread's context, a copy of the
// Interpreter's DefaultContext at first use.
func current(thread *starlark.Thread) *Context {
	if c, ok := thread.Local(localKey).(*Context); ok {
		return c
	}
	c := defaultContext()
	if m := core.RuntimeOf(thread).LoadedModule("decimal"); m != nil {
		if d, ok := m.Members["DefaultContext"].(*Context); ok {
			c = d.copy()
		}
	}
	thread.SetLocal(localKey, c)
	return c
}

// contextArg returns the context argument, or the current context.
func contextArg(thread *starlark.Thread, v starlark.Value) (*Context, error) {
	if v == nil || v == starlark.None {
		return current(thread), nil
	}
	c, ok := v.(*Context)
	if !ok {
		return nil, py.Raise(py.TypeError, "optional argument must be a context")
	}
	return c, nil
}

// defaultContextMember is DefaultContext: a fresh Context per Interpreter.
type defaultContextMember struct{ *Context }

func (defaultContextMember) ForRuntime(rt *core.Runtime) starlark.Value { return defaultContext() }

func getcontext(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("decimal", "getcontext", args, kwargs); err != nil {
		return nil, err
	}
	return current(thread), nil
}

func setcontext(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs("setcontext", args, kwargs, 1, &v); err != nil {
		return nil, py.ToException(err)
	}
	c, ok := v.(*Context)
	if !ok {
		return nil, py.Raise(py.TypeError, "argument must be a context")
	}
	if m := core.RuntimeOf(thread).LoadedModule("decimal"); m != nil && m.Members["DefaultContext"] == c {
		c = c.copy() // CPython installs a copy of the default contexts
	}
	thread.SetLocal(localKey, c)
	return starlark.None, nil
}
