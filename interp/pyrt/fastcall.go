package pyrt

// This file defines fastFunc, a builtin for the helpers that run on hot
// paths (a with statement, a slice): go.starlark.net's *Builtin copies
// its arguments on every call, which costs an allocation; fastFunc
// passes the VM's argument slice through, and never retains it.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// fastFunc is a builtin function that takes positional arguments only.
type fastFunc struct {
	name string
	fn   func(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error)
}

var _ starlark.Callable = (*fastFunc)(nil)

func (f *fastFunc) Name() string          { return f.name }
func (f *fastFunc) String() string        { return "<built-in function " + f.name + ">" }
func (f *fastFunc) Type() string          { return "builtin_function_or_method" }
func (f *fastFunc) Freeze()               {}
func (f *fastFunc) Truth() starlark.Bool  { return true }
func (f *fastFunc) Hash() (uint32, error) { return uint32(py.Addr(f)), nil }

// CallInternal calls fn; args must not be retained.
func (f *fastFunc) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "%s() takes no keyword arguments", f.name)
	}
	return f.fn(thread, args)
}
