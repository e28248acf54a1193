package builtins

// This file defines the builtins aiter and anext, and anext_awaitable,
// the awaitable anext(it, default) returns: it awaits it.__anext__()
// and turns its StopAsyncIteration into the default value.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

func addAsyncIterFunctions(d starlark.StringDict) {
	d["aiter"] = starlark.NewBuiltin("aiter", aiter)
	d["anext"] = starlark.NewBuiltin("anext", anext)
}

// aiter implements aiter(async_iterable).
func aiter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("aiter", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	if m, _ := GetAttrIn(thread, x, "__aiter__"); m == nil {
		return nil, py.Raisef(py.TypeError, "'%s' object is not an async iterable", py.TypeName(x))
	}
	return AsyncIter(thread, x)
}

// anext implements anext(async_iterator[, default]).
func anext(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 && len(kwargs) == 0 {
		return nil, py.Raise(py.TypeError, "anext expected at least 1 argument, got 0")
	}
	var x, def starlark.Value
	if err := starlark.UnpackPositionalArgs("anext", args, kwargs, 1, &x, &def); err != nil {
		return nil, err
	}
	m, _ := GetAttrIn(thread, x, "__anext__")
	if m == nil {
		return nil, py.Raisef(py.TypeError, "'%s' object is not an async iterator", py.TypeName(x))
	}
	aw, err := starlark.Call(thread, m, nil, nil)
	if err != nil || def == nil {
		return aw, err
	}
	return &anextAwaitable{aw: aw, def: def}, nil
}

// anextAwaitable is anext(it, default)'s awaitable; its fields are
// guarded by the GIL.
type anextAwaitable struct {
	aw  starlark.Value // the awaitable of it.__anext__()
	it  starlark.Value // aw's iterator, once awaiting started
	def starlark.Value
}

func (a *anextAwaitable) String() string {
	return "<anext_awaitable object at " + hexAddr(a) + ">"
}
func (a *anextAwaitable) Type() string          { return "anext_awaitable" }
func (a *anextAwaitable) Freeze()               {}
func (a *anextAwaitable) Truth() starlark.Bool  { return true }
func (a *anextAwaitable) Hash() (uint32, error) { return uint32(py.Addr(a)), nil }

// Attr implements starlark.HasAttrs: the awaitable is its own iterator,
// which forwards each step to the inner one's.
func (a *anextAwaitable) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__await__", "__iter__":
		return starlark.NewBuiltin(name, func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return a, nil
		}), nil
	case "__next__", "send", "throw", "close":
		return starlark.NewBuiltin(name, a.forward), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (a *anextAwaitable) AttrNames() []string { return []string{"close", "send", "throw"} }

// forward calls the inner iterator's method of b's name, and ends with
// the default value if that iterator ends with StopAsyncIteration.
func (a *anextAwaitable) forward(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if a.it == nil {
		it, err := awaitIterator(thread, a.aw)
		if err != nil {
			return nil, err
		}
		a.it = it
	}
	name := b.Name()
	if name == "__next__" || name == "send" && len(args) == 1 && args[0] == starlark.None {
		name, args = "__next__", nil // a plain iterator may lack send
		if _, ok := a.it.(*Generator); ok {
			name, args = "send", starlark.Tuple{starlark.None} // and a generator shows no __next__
		}
	}
	v, err := CallMethod(thread, a.it, name, args, kwargs)
	if e, ok := py.AsException(err); ok && e.Class == py.StopAsyncIteration {
		return nil, stopIteration(a.def)
	}
	return v, err
}
