package abc

// This file defines ABC.register(subclass): a virtual subclass, which
// isinstance and issubclass count as the ABC's subclass though it does
// not derive from it. Each ABC keeps its registry in its dict's
// _abc_impl, as CPython's does.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// registry is an ABC's _abc_impl: the classes registered with it.
type registry struct{ classes []*py.Class }

var _ builtins.VirtualBase = (*registry)(nil)

func (r *registry) String() string        { return fmt.Sprintf("<_abc._abc_data object at %#x>", py.Addr(r)) }
func (r *registry) Type() string          { return "_abc_data" }
func (r *registry) Freeze()               {}
func (r *registry) Truth() starlark.Bool  { return true }
func (r *registry) Hash() (uint32, error) { return uint32(py.Addr(r)), nil }

// Registered implements builtins.VirtualBase: c is or derives from a
// registered class.
func (r *registry) Registered(c *py.Class) bool {
	for _, x := range r.classes {
		if c.IsSubclass(x) {
			return true
		}
	}
	return false
}

// register implements the class method ABC.register(subclass).
func register(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var cls, sub *py.Class
	if len(args) == 2 {
		if _, ok := args[1].(*py.Class); !ok {
			return nil, py.Raise(py.TypeError, "Can only register classes")
		}
	}
	if err := starlark.UnpackPositionalArgs("register", args, kwargs, 2, &cls, &sub); err != nil {
		return nil, err
	}
	if sub.IsSubclass(cls) || builtins.IsVirtualSubclass(sub, cls) {
		return sub, nil
	}
	if cls.IsSubclass(sub) {
		return nil, py.Raise(py.RuntimeError, "Refusing to create an inheritance cycle")
	}
	r, ok := cls.Dict["_abc_impl"].(*registry)
	if !ok {
		r = &registry{}
		cls.Dict["_abc_impl"] = r
	}
	r.classes = append(r.classes, sub)
	return sub, nil
}
