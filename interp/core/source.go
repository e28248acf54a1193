package core

// This file defines how native modules run Python source, such as the
// string statements of timeit: through a function the embedding layer
// (package interp, which owns the front-end) registers per Runtime.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// ExecSource runs src, Python source named filename, as a module whose
// globals start as the builtins plus globals, in the calling thread, and
// returns the globals it leaves.
type ExecSource func(thread *starlark.Thread, filename, src string, globals starlark.StringDict) (starlark.StringDict, error)

type execSourceKey struct{}

// SetExecSource registers how rt runs source. Call it before any script
// runs.
func (rt *Runtime) SetExecSource(f ExecSource) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	rt.state[execSourceKey{}] = f
}

// ExecSource runs source with the function registered by SetExecSource;
// without one it raises CPython's error for a missing compiler.
func (rt *Runtime) ExecSource(thread *starlark.Thread, filename, src string, globals starlark.StringDict) (starlark.StringDict, error) {
	rt.mu.Lock()
	f, _ := rt.state[execSourceKey{}].(ExecSource)
	rt.mu.Unlock()
	if f == nil {
		return nil, py.Raise(py.RuntimeError, "this interpreter can't compile source")
	}
	return f(thread, filename, src, globals)
}

// ExecShared runs src, Python source named filename, as one input of an
// interactive session (doctest's examples are such inputs): its
// module-level names live in the cells that cell returns (the same cell
// for a name every time, so that functions defined by one input see what
// later inputs bind), and display is called with the value of every
// expression statement outside a def that is not None, as
// sys.displayhook is.
type ExecShared func(thread *starlark.Thread, filename, src string, cell func(name string) *py.SharedCell, display func(v starlark.Value) error) error

type execSharedKey struct{}

// SetExecShared registers how rt runs interactive inputs. Call it before
// any script runs.
func (rt *Runtime) SetExecShared(f ExecShared) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	rt.state[execSharedKey{}] = f
}

// ExecShared runs an interactive input with the function registered by
// SetExecShared; without one it raises CPython's error for a missing
// compiler.
func (rt *Runtime) ExecShared(thread *starlark.Thread, filename, src string, cell func(name string) *py.SharedCell, display func(v starlark.Value) error) error {
	rt.mu.Lock()
	f, _ := rt.state[execSharedKey{}].(ExecShared)
	rt.mu.Unlock()
	if f == nil {
		return py.Raise(py.RuntimeError, "this interpreter can't compile source")
	}
	return f(thread, filename, src, cell, display)
}
