package builtins

// This file defines the attributes a script sets on a function
// (f.calls = 0, setattr(f, "tag", v)): CPython gives every function a
// __dict__, Starlark none, so they are kept with the function's facts
// (see funcFacts).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// scriptFunc returns the Starlark function x is (a generator function's
// body included), or nil.
func scriptFunc(x starlark.Value) *starlark.Function {
	if g, ok := x.(*genFunc); ok {
		x = g.fn
	}
	f, _ := x.(*starlark.Function)
	return f
}

// funcDict returns fn's __dict__, creating it if create is set (else
// nil if no attribute was ever set).
func funcDict(fn *starlark.Function, create bool) *starlark.Dict {
	funcFacts.Lock()
	defer funcFacts.Unlock()
	f := factOf(fn, create)
	if f == nil {
		return nil
	}
	if f.dict == nil && create {
		f.dict = new(starlark.Dict)
	}
	return f.dict
}

// funcAttr returns the attribute name a script set on fn.
func funcAttr(fn *starlark.Function, name string) (starlark.Value, bool) {
	d := funcDict(fn, false)
	if d == nil {
		return nil, false
	}
	v, found, _ := d.Get(starlark.String(name))
	return v, found
}

// setFuncAttr sets attribute name of x, a function, or returns the
// AttributeError of a value that has no attributes to set.
func setFuncAttr(x starlark.Value, name string, v starlark.Value) error {
	fn := scriptFunc(x)
	if fn == nil {
		return noAttr(x, name)
	}
	switch name {
	case "__dict__":
		d, ok := v.(*starlark.Dict)
		if !ok {
			return py.Raisef(py.TypeError, "__dict__ must be set to a dictionary, not a '%s'", py.TypeName(v))
		}
		funcFacts.Lock()
		factOf(fn, true).dict = d
		funcFacts.Unlock()
		return nil
	case "__annotations__":
		return setFuncAnnotations(fn, v)
	case "__name__", "__qualname__", "__doc__", "__module__":
		return py.Raisef(py.AttributeError, "cannot set '%s' of a function here", name) // Starlark keeps them
	}
	return funcDict(fn, true).SetKey(starlark.String(name), v)
}

// delFuncAttr deletes attribute name a script set on x, reporting
// whether x is a function that had it.
func delFuncAttr(x starlark.Value, name string) bool {
	fn := scriptFunc(x)
	if fn == nil {
		return false
	}
	d := funcDict(fn, false)
	if d == nil {
		return false
	}
	_, found, _ := d.Delete(starlark.String(name))
	return found
}

// ScriptFunction returns the Starlark function x is (a def that
// functools.wraps decorated included), and whether x is a generator
// function (a def whose body yields), or nil if x is no script function.
func ScriptFunction(x starlark.Value) (fn *starlark.Function, generator bool) {
	if w, ok := x.(interface{ WrapperFunc() starlark.Value }); ok {
		x = w.WrapperFunc()
	}
	_, generator = x.(*genFunc)
	if fn = scriptFunc(x); fn == nil {
		generator = false
	}
	return fn, generator
}
