package typing

// This file defines the lazy origins of the forms standing for the
// classes of collections.abc (Iterable, Mapping...): importing that
// module costs more than the rest of typing, so it is imported when a
// form's origin is first needed (isinstance, a base class, __origin__).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// lazyOrigin is an origin class made on first use by calling get in the
// Interpreter rt. Its fields are guarded by the GIL of rt.
type lazyOrigin struct {
	rt     *core.Runtime
	get    starlark.Value // a function of no arguments returning the class
	origin starlark.Value // the class, once got
}

// resolve returns the origin, calling get the first time.
func (l *lazyOrigin) resolve() (starlark.Value, error) {
	if l.origin != nil {
		return l.origin, nil
	}
	thread := l.rt.Active()
	if thread == nil {
		return nil, py.Raise(py.RuntimeError, "typing alias origin resolved outside a script thread")
	}
	v, err := starlark.Call(thread, l.get, nil, nil)
	if err != nil {
		return nil, err
	}
	l.origin = v
	return v, nil
}

// originValue is the alias's origin, resolving a lazy one: nil when it
// has none (or its resolution failed, reported by originErr).
func (a *Alias) originValue() starlark.Value {
	v, _ := a.originErr()
	return v
}

// originErr is the alias's origin, or the error resolving it.
func (a *Alias) originErr() (starlark.Value, error) {
	if a.lazy != nil {
		return a.lazy.resolve()
	}
	return a.origin, nil
}

// hasOrigin reports whether the alias stands for a class.
func (a *Alias) hasOrigin() bool { return a.origin != nil || a.lazy != nil }
