package contextlib

// This file defines manager, the context manager value the module's
// functions return.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// manager is a context manager given by its enter and exit functions. A
// nil enter returns None; a nil exit suppresses nothing. exit gets the
// exception's class and the exception, or None twice.
type manager struct {
	name  string
	enter func(thread *starlark.Thread) (starlark.Value, error)
	exit  func(thread *starlark.Thread, typ, value starlark.Value) (bool, error)
}

var _ starlark.HasAttrs = (*manager)(nil)

func (m *manager) String() string {
	return fmt.Sprintf("<contextlib.%s object at %#x>", m.name, py.Addr(m))
}
func (m *manager) Type() string          { return m.name }
func (m *manager) Freeze()               {}
func (m *manager) Truth() starlark.Bool  { return true }
func (m *manager) Hash() (uint32, error) { return uint32(py.Addr(m)), nil }

// AttrNames implements starlark.HasAttrs.
func (m *manager) AttrNames() []string { return []string{"__enter__", "__exit__"} }

// Attr implements starlark.HasAttrs: __enter__() and __exit__(type,
// value, traceback).
func (m *manager) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__enter__":
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
				return nil, err
			}
			if m.enter == nil {
				return starlark.None, nil
			}
			return m.enter(thread)
		}), nil
	case "__exit__":
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var typ, value, tb starlark.Value
			if err := starlark.UnpackPositionalArgs(name, args, kwargs, 3, &typ, &value, &tb); err != nil {
				return nil, err
			}
			if m.exit == nil {
				return starlark.False, nil
			}
			suppress, err := m.exit(thread, typ, value)
			return starlark.Bool(suppress), err
		}), nil
	}
	return nil, nil
}
