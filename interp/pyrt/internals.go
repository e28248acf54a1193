package pyrt

// This file defines the helpers of loops, calls, displays, assignments,
// comparisons, ** and del: abi.Iter, abi.LoopEnd, abi.Star, abi.Method,
// abi.Append, abi.DictMerge, abi.Undefined, abi.Unstar, abi.Is,
// abi.Compare, abi.Pow, abi.DelItem and abi.DelAttr.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// spStar implements abi.Star(*iterables), the positional arguments of
// a call such as f(*a, b, *c): the items of each iterable, in order.
func spStar(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) == 1 {
		switch x := args[0].(type) {
		case starlark.Tuple, *starlark.List:
			return x, nil
		}
		if !builtins.IsIterable(args[0]) {
			return nil, py.Raisef(py.TypeError, "argument after * must be an iterable, not %s", py.TypeName(args[0]))
		}
	}
	var out starlark.Tuple
	for _, x := range args {
		if !builtins.IsIterable(x) {
			return nil, py.Raisef(py.TypeError, "Value after * must be an iterable, not %s", py.TypeName(x))
		}
		if err := builtins.ForEach(thread, x, func(v starlark.Value) error { out = append(out, v); return nil }); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// spIter implements abi.Iter(x, shape=None): the iterable a Python for
// loop uses, whose items a target of the given shape unpacks (see
// unpackloop.go).
func spIter(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 && len(args) != 2 {
		return nil, py.Raise(py.SystemError, abi.Iter+" takes 1 or 2 arguments")
	}
	if len(args) == 2 && args[1] == starlark.String(abi.NumLoopShape) {
		return numLoopOf(args[0])
	}
	it, err := builtins.ForLoop(args[0])
	if err != nil || len(args) == 1 {
		return it, err
	}
	return newUnpackLoop(it, args[1])
}

// spLoopEnd implements abi.LoopEnd(it), called after every for loop
// over it = abi.Iter(x) that may fail late: it raises the error that
// ended the loop, if any. A fastFunc, it allocates nothing itself (the
// VM's CALL copies its argument).
func spLoopEnd(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) == 1 {
		if err := builtins.LoopErr(args[0]); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

// spDictMerge implements abi.DictMerge(*parts), the dict display
// {**a, k: v, **b}: a new dict with the items of each mapping in order.
func spDictMerge(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	d := starlark.NewDict(0)
	for _, part := range args {
		m, ok := py.Base(part).(starlark.IterableMapping)
		if !ok {
			return nil, py.Raisef(py.TypeError, "'%s' object is not a mapping", py.TypeName(part))
		}
		for _, kv := range m.Items() {
			if err := builtins.StoreKey(d, kv[0], kv[1]); err != nil {
				return nil, err // {1: a, True: b} keeps the key 1
			}
		}
	}
	return d, nil
}

// spUndefined implements abi.Undefined(name), a reference to a name
// that the file never binds and that is not predeclared: NameError,
// unless exec has bound it since.
func spUndefined(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name); err != nil {
		return nil, err
	}
	if v := execBound(thread, name); v != nil {
		return v, nil
	}
	return nil, py.NameErr(name)
}

// execBound returns the value of a name that the calling module never
// binds but that exec bound as one of its globals, or that a script set
// as an attribute of the builtins module; else nil.
func execBound(thread *starlark.Thread, name string) starlark.Value {
	rt := core.RuntimeOf(thread)
	if thread.CallStackDepth() > 1 {
		if fn, ok := thread.DebugFrame(1).Callable().(*starlark.Function); ok {
			if v := builtins.UnslottedGlobal(thread, fn.Module(), name); v != nil {
				return v
			}
		}
	}
	if c, err := rt.Compiler(); err == nil {
		return c.Builtins().Members[name]
	}
	return nil
}

// spForward implements abi.Forward(name), a module-level use of a
// global that comes before the module binds it, or a method's use of a
// name its class body binds: the value of the global of the calling
// frame's module, else the builtin, else NameError.
func spForward(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name); err != nil {
		return nil, err
	}
	if thread.CallStackDepth() > 1 {
		if fn, ok := thread.DebugFrame(1).Callable().(*starlark.Function); ok {
			if v := py.Unbox(core.VMGlobal(fn.Module(), name)); v != nil {
				return v, nil
			}
		}
	}
	if c, err := core.RuntimeOf(thread).Compiler(); err == nil {
		if v, ok := c.Builtins().Members[name]; ok {
			return v, nil
		}
	}
	return nil, py.NameErr(name)
}

// spUnstar implements abi.Unstar(v, before, after) for the assignment
// "a, *b, c = v" (before=1, after=1): the values of v as a tuple whose
// item at index before is the list of the values in between.
func spUnstar(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	var before, after int
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 3, &v, &before, &after); err != nil {
		return nil, err
	}
	if !builtins.IsIterable(v) {
		return nil, py.Raisef(py.TypeError, "cannot unpack non-iterable %s object", py.TypeName(v))
	}
	elems, err := builtins.Elements(thread, v)
	if err != nil {
		return nil, err
	}
	if n := len(elems); n < before+after {
		return nil, py.Raisef(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, n)
	}
	mid := elems[before : len(elems)-after]
	out := make(starlark.Tuple, 0, before+after+1)
	out = append(out, elems[:before]...)
	out = append(out, starlark.NewList(append([]starlark.Value(nil), mid...)))
	return append(out, elems[len(elems)-after:]...), nil
}

// spIs implements abi.Is(x, y), the lowering of x is y: a fastFunc,
// so that the test allocates nothing.
func spIs(_ *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, py.Raisef(py.TypeError, "%s() takes exactly 2 arguments (%d given)", abi.Is, len(args))
	}
	return starlark.Bool(builtins.Identical(args[0], args[1])), nil
}

// spMatch implements abi.Match(subject, pattern), a case of a match
// statement: the names the pattern binds, or None.
func spMatch(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, py.Raise(py.SystemError, abi.Match+": bad arguments")
	}
	binds, err := builtins.Match(thread, args[0], args[1])
	if err != nil || binds == nil {
		return starlark.None, err
	}
	return binds, nil
}

// spCmp implements abi.Compare(a, op, b, op, c, ...), a comparison chain
// that stops at the first false comparison. An operator that starts
// with '*' has a lambda as its right operand, called only if the
// comparisons before it hold.
func spCmp(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) < 3 || len(args)%2 == 0 {
		return nil, py.Raise(py.SystemError, abi.Compare+": bad arguments")
	}
	x := args[0]
	for i := 1; i < len(args); i += 2 {
		op, _ := starlark.AsString(args[i])
		y := args[i+1]
		if len(op) > 1 && op[0] == '*' {
			op = op[1:]
			var err error
			if y, err = starlark.Call(thread, y, nil, nil); err != nil {
				return nil, err
			}
		}
		ok, err := builtins.Compare(op, x, y)
		if err != nil || !ok {
			return starlark.False, err
		}
		x = y
	}
	return starlark.True, nil
}

// spLambdaCells implements abi.LambdaCells(body, cell, ...): body(cell,
// ...), the body of a lambda with := targets.
func spLambdaCells(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.SystemError, abi.LambdaCells+": bad arguments")
	}
	return starlark.Call(thread, args[0], args[1:], nil)
}

// spPow implements abi.Pow(x, y), Python's x ** y.
func spPow(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, y starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &x, &y); err != nil {
		return nil, err
	}
	return builtins.Power(thread, x, y)
}

// spDelitem implements abi.DelItem(x, k), Python's del x[k].
func spDelitem(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, k starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &x, &k); err != nil {
		return nil, err
	}
	if l, ok := x.(*starlark.List); ok {
		if sl, ok := k.(*builtins.Slice); ok {
			return starlark.None, delListSlice(l, sl.Start, sl.Stop, sl.Step)
		}
	}
	return starlark.None, builtins.DelItem(thread, x, k)
}

// spDelattr implements abi.DelAttr(x, name), Python's del x.name.
func spDelattr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var name string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &x, &name); err != nil {
		return nil, err
	}
	return starlark.None, builtins.DelAttr(x, name)
}

// spSetattr implements abi.SetAttr(x, name, v), Python's x.name = v for
// a receiver that may be a function.
func spSetattr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, v starlark.Value
	var name string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 3, &x, &name, &v); err != nil {
		return nil, err
	}
	return starlark.None, builtins.SetAttr(x, name, v)
}

// spAppend implements abi.Append(x, v), x.append(v) with x of kind list
// (a fastFunc): a list's Append, without the bound method the VM makes
// for x.append. A receiver that is not a list after all, or a list that
// refuses (one being iterated by the VM), gets the call as written, and
// its error is the VM's.
func spAppend(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, py.Raise(py.SystemError, abi.Append+": bad arguments")
	}
	if l, ok := args[0].(*starlark.List); ok && l.Append(args[1]) == nil {
		return starlark.None, nil
	}
	return builtins.CallMethod(thread, args[0], "append", args[1:2:2], nil)
}

// spMethod implements abi.Method(recv, name, *args, **kwargs): a method
// call that needs Python semantics (see builtins.CallMethod).
func spMethod(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 2 {
		return nil, py.Raise(py.SystemError, abi.Method+": missing receiver or name")
	}
	name, _ := starlark.AsString(args[1])
	return builtins.CallMethod(thread, args[0], name, args[2:], kwargs)
}
