// Package contextvars is spindle's contextvars module: ContextVar,
// Token, Context and copy_context. Each script thread has its own
// current Context, which starts empty in a new thread, as in CPython
// 3.11 (threading.Thread does not copy its creator's context);
// generators share their thread's context. A Context's variables are
// immutable once made (setting one makes a new mapping), so copies are
// cheap and a Token remembers the value a set replaced. Iteration
// follows the order in which variables were first set; CPython's
// follows a hash of their addresses and names.
package contextvars

import (
	"fmt"
	"slices"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the contextvars module. Members:
//
//	ContextVar(name, *, default)
//	Token, with Token.MISSING
//	Context()
//	copy_context()
var Module = &core.Module{Name: "contextvars", Members: starlark.StringDict{
	"ContextVar":   ContextVarClass,
	"Token":        TokenClass,
	"Context":      ContextClass,
	"copy_context": starlark.NewBuiltin("copy_context", copyContext),
}}

// ContextClass is contextvars.Context.
var ContextClass = func() *py.Class {
	c := py.NewClass("Context", "_contextvars")
	c.Ext = &py.NativeClass{New: newContext}
	return c
}()

// localKey is the local of a script thread's starlark.Thread that holds
// its current Context.
const localKey = "spindle.contextvars"

// owner returns the starlark.Thread whose locals hold the current
// context of the script thread running thread: its own, for a
// generator body too.
func owner(thread *starlark.Thread) *starlark.Thread {
	if t := core.FromThread(thread); t != nil && t.ST != nil {
		return t.ST
	}
	return thread
}

// current returns the calling thread's context, empty at first use.
func current(thread *starlark.Thread) *Context {
	st := owner(thread)
	if c, ok := st.Local(localKey).(*Context); ok {
		return c
	}
	c := &Context{}
	st.SetLocal(localKey, c)
	return c
}

// copyContext implements copy_context().
// https://docs.python.org/3/library/contextvars.html#contextvars.copy_context
func copyContext(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("_contextvars", "copy_context", args, kwargs); err != nil {
		return nil, err
	}
	return current(thread).copy(), nil
}

// vars is an immutable mapping of context variables, in the order they
// were first set.
type vars struct {
	keys []*ContextVar
	vals map[*ContextVar]starlark.Value
}

// with returns m with v set to x.
func (m *vars) with(v *ContextVar, x starlark.Value) *vars {
	n := &vars{keys: m.keysOf(), vals: make(map[*ContextVar]starlark.Value, len(m.keysOf())+1)}
	for k, y := range m.valsOf() {
		n.vals[k] = y
	}
	if _, ok := n.vals[v]; !ok {
		n.keys = append(slices.Clip(n.keys), v)
	}
	n.vals[v] = x
	return n
}

// without returns m without v.
func (m *vars) without(v *ContextVar) *vars {
	n := &vars{vals: make(map[*ContextVar]starlark.Value, len(m.keysOf()))}
	for _, k := range m.keysOf() {
		if k != v {
			n.keys = append(n.keys, k)
			n.vals[k] = m.vals[k]
		}
	}
	return n
}

func (m *vars) keysOf() []*ContextVar {
	if m == nil {
		return nil
	}
	return m.keys
}

func (m *vars) valsOf() map[*ContextVar]starlark.Value {
	if m == nil {
		return nil
	}
	return m.vals
}

func (m *vars) get(v *ContextVar) (starlark.Value, bool) {
	x, ok := m.valsOf()[v]
	return x, ok
}

// Context is a contextvars.Context: a mapping of context variables to
// values. Guarded by the GIL.
type Context struct {
	vars    *vars
	entered bool // running under Context.run, or some thread's current
}

var (
	_ starlark.Mapping    = (*Context)(nil)
	_ starlark.Sequence   = (*Context)(nil)
	_ starlark.Container  = (*Context)(nil)
	_ starlark.HasAttrs   = (*Context)(nil)
	_ starlark.Comparable = (*Context)(nil)
)

// newContext implements Context(): a new empty context.
func newContext(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 || len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "Context() does not accept any arguments")
	}
	return &Context{}, nil
}

func (c *Context) copy() *Context { return &Context{vars: c.vars} }

func (c *Context) String() string {
	return fmt.Sprintf("<_contextvars.Context object at %#x>", py.Addr(c))
}
func (c *Context) Type() string         { return "_contextvars.Context" }
func (c *Context) Freeze()              {}
func (c *Context) Truth() starlark.Bool { return c.Len() > 0 }
func (c *Context) PyClass() *py.Class   { return ContextClass }
func (c *Context) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: '_contextvars.Context'")
}
func (c *Context) Len() int { return len(c.vars.keysOf()) }

// Iterate yields the context's variables.
func (c *Context) Iterate() starlark.Iterator {
	return &varIterator{keys: c.vars.keysOf()}
}

// key checks that k is a ContextVar, as a Context's lookups do.
func key(k starlark.Value) (*ContextVar, error) {
	v, ok := k.(*ContextVar)
	if !ok {
		return nil, py.Raisef(py.TypeError, "a ContextVar key was expected, got %s", py.Repr(k))
	}
	return v, nil
}

// Get implements ctx[var]: KeyError(var) if var has no value.
func (c *Context) Get(k starlark.Value) (starlark.Value, bool, error) {
	v, err := key(k)
	if err != nil {
		return nil, false, err
	}
	x, ok := c.vars.get(v)
	if !ok {
		return nil, false, py.NewException(py.KeyError, v)
	}
	return x, true, nil
}

// Has implements var in ctx.
func (c *Context) Has(k starlark.Value) (bool, error) {
	v, err := key(k)
	if err != nil {
		return false, err
	}
	_, ok := c.vars.get(v)
	return ok, nil
}

// CompareSameType compares contexts for == and != by their items.
func (c *Context) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	d, ok := y.(*Context)
	if !ok {
		return py.CompareForeign(op, c, y)
	}
	if op != syntax.EQL && op != syntax.NEQ {
		return false, py.Raisef(py.TypeError, "'%s' not supported between instances of '_contextvars.Context' and '_contextvars.Context'", op)
	}
	eq, err := c.equal(d, depth)
	return eq == (op == syntax.EQL), err
}

func (c *Context) equal(d *Context, depth int) (bool, error) {
	if c.Len() != d.Len() {
		return false, nil
	}
	for _, k := range c.vars.keysOf() {
		y, ok := d.vars.get(k)
		if !ok {
			return false, nil
		}
		x, _ := c.vars.get(k)
		if eq, err := starlark.EqualDepth(x, y, depth-1); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// varIterator iterates over a context's variables.
type varIterator struct {
	keys []*ContextVar
	i    int
}

func (it *varIterator) Next(p *starlark.Value) bool {
	if it.i >= len(it.keys) {
		return false
	}
	*p = it.keys[it.i]
	it.i++
	return true
}

func (it *varIterator) Done() {}
