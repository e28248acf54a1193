package contextvars

// This file defines the methods of Context: run, copy, get, keys,
// values and items.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

var contextMethods = map[string]*starlark.Builtin{
	"run":    starlark.NewBuiltin("run", contextRun),
	"copy":   starlark.NewBuiltin("copy", contextCopy),
	"get":    starlark.NewBuiltin("get", contextGet),
	"keys":   starlark.NewBuiltin("keys", contextKeys),
	"values": starlark.NewBuiltin("values", contextValues),
	"items":  starlark.NewBuiltin("items", contextItems),
}

// Attr implements starlark.HasAttrs.
func (c *Context) Attr(name string) (starlark.Value, error) {
	if m, ok := contextMethods[name]; ok {
		return m.BindReceiver(c), nil
	}
	return nil, py.Raisef(py.AttributeError, "'_contextvars.Context' object has no attribute '%s'", name)
}

// AttrNames implements starlark.HasAttrs.
func (c *Context) AttrNames() []string {
	return []string{"copy", "get", "items", "keys", "run", "values"}
}

// contextRun implements Context.run(callable, *args, **kwargs): it calls
// callable with the context as the thread's current one.
// https://docs.python.org/3/library/contextvars.html#contextvars.Context.run
func contextRun(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c := b.Receiver().(*Context)
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "run() missing 1 required positional argument")
	}
	if c.entered {
		return nil, py.Raisef(py.RuntimeError, "cannot enter context: %s is already entered", c)
	}
	st, prev := owner(thread), current(thread)
	c.entered = true
	st.SetLocal(localKey, c)
	defer func() {
		st.SetLocal(localKey, prev)
		c.entered = false
	}()
	return starlark.Call(thread, args[0], args[1:], kwargs)
}

// noArgs checks the arguments of a Context method that takes none.
func noArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (*Context, error) {
	if len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "Context.%s() takes no keyword arguments", b.Name())
	}
	if len(args) > 0 {
		return nil, py.Raisef(py.TypeError, "Context.%s() takes no arguments (%d given)", b.Name(), len(args))
	}
	return b.Receiver().(*Context), nil
}

// contextCopy implements Context.copy(): a shallow copy.
func contextCopy(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, err := noArgs(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return c.copy(), nil
}

// contextGet implements Context.get(var, default=None).
func contextGet(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "get() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, py.Raisef(py.TypeError, "get expected %s, got %d", atLeastMost(len(args), 1, 2), len(args))
	}
	v, err := key(args[0])
	if err != nil {
		return nil, err
	}
	if x, ok := b.Receiver().(*Context).vars.get(v); ok {
		return x, nil
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return starlark.None, nil
}

// atLeastMost is CPython's "at least 1 argument" or "at most 2
// arguments" for a call with n arguments where it takes min to max.
func atLeastMost(n, min, max int) string {
	how, want := "at most", max
	if n < min {
		how, want = "at least", min
	}
	if want == 1 {
		return how + " 1 argument"
	}
	return how + " " + itoa(want) + " arguments"
}

func itoa(n int) string { return starlark.MakeInt(n).String() }

// contextKeys implements Context.keys(): the variables, as a list.
func contextKeys(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return listOf(b, args, kwargs, func(k *ContextVar, v starlark.Value) starlark.Value { return k })
}

// contextValues implements Context.values(): the values, as a list.
func contextValues(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return listOf(b, args, kwargs, func(k *ContextVar, v starlark.Value) starlark.Value { return v })
}

// contextItems implements Context.items(): (variable, value) pairs, as
// a list.
func contextItems(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return listOf(b, args, kwargs, func(k *ContextVar, v starlark.Value) starlark.Value { return starlark.Tuple{k, v} })
}

// listOf returns the list of f(var, value) over the receiver's items.
func listOf(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple, f func(*ContextVar, starlark.Value) starlark.Value) (starlark.Value, error) {
	c, err := noArgs(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	keys := c.vars.keysOf()
	elems := make([]starlark.Value, len(keys))
	for i, k := range keys {
		x, _ := c.vars.get(k)
		elems[i] = f(k, x)
	}
	return starlark.NewList(elems), nil
}
