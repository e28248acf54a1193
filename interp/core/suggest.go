package core

// This file lets the default excepthooks of native modules (sys,
// threading) add CPython's "Did you mean" trailer to the exception they
// print, through a function the embedding layer (package interp, which
// owns the front-end that package suggest reads the source with)
// registers per Runtime.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// Suggester records in e, and in the exceptions chained to it, the
// trailer the default hooks print (py.Exception.SetSuggestion).
type Suggester func(thread *starlark.Thread, e *py.Exception)

type suggesterKey struct{}

// SetSuggester registers how rt computes the trailers. Call it before
// any script runs.
func (rt *Runtime) SetSuggester(f Suggester) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	rt.state[suggesterKey{}] = f
}

// Suggest computes the trailers of e with the function SetSuggester
// registered, if any. A default hook calls it, holding the GIL, just
// before it prints e; nothing else does, so raising and catching cost
// nothing more.
func (rt *Runtime) Suggest(thread *starlark.Thread, e *py.Exception) {
	rt.mu.Lock()
	f, _ := rt.state[suggesterKey{}].(Suggester)
	rt.mu.Unlock()
	if f != nil && e != nil {
		f(thread, e)
	}
}
