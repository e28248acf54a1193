package logging

// This file defines Manager, a logger's manager attribute: the registry
// of named loggers that scripts read to list them
// (logging.root.manager.loggerDict), with PlaceHolder entries for the
// dotted names only a descendant's name made. loggerDict is a snapshot
// of the registry, not a live view of it.

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// Manager is logging.Manager: one per Interpreter, over its state.
type Manager struct{ st *state }

var _ starlark.HasAttrs = (*Manager)(nil)

// PlaceHolder is the loggerDict entry of a dotted name no logger has yet.
type PlaceHolder struct{}

func (p *PlaceHolder) String() string {
	return fmt.Sprintf("<logging.PlaceHolder object at %#x>", py.Addr(p))
}
func (p *PlaceHolder) Type() string          { return "PlaceHolder" }
func (p *PlaceHolder) Freeze()               {}
func (p *PlaceHolder) Truth() starlark.Bool  { return true }
func (p *PlaceHolder) Hash() (uint32, error) { return uint32(py.Addr(p)), nil }

// register records name, a logger just made, in the registry's order
// as CPython's Manager.getLogger does: the name, then a PlaceHolder for
// each dotted prefix without one, up to the nearest existing logger.
func (s *state) register(name string) {
	if _, ok := s.holders[name]; ok {
		delete(s.holders, name) // the logger takes the placeholder's place
	} else {
		s.order = append(s.order, name)
	}
	for i := strings.LastIndexByte(name, '.'); i > 0; i = strings.LastIndexByte(name[:i], '.') {
		prefix := name[:i]
		if _, ok := s.loggers[prefix]; ok {
			break
		}
		if _, ok := s.holders[prefix]; !ok {
			s.holders[prefix] = &PlaceHolder{}
			s.order = append(s.order, prefix)
		}
	}
}

// loggerDict returns a dict of the registry, in its order.
func (s *state) loggerDict() *starlark.Dict {
	d := starlark.NewDict(len(s.order))
	for _, name := range s.order {
		if l, ok := s.loggers[name]; ok {
			d.SetKey(starlark.String(name), l)
		} else {
			d.SetKey(starlark.String(name), s.holders[name])
		}
	}
	return d
}

func (m *Manager) String() string        { return fmt.Sprintf("<logging.Manager object at %#x>", py.Addr(m)) }
func (m *Manager) Type() string          { return "Manager" }
func (m *Manager) Freeze()               {}
func (m *Manager) Truth() starlark.Bool  { return true }
func (m *Manager) Hash() (uint32, error) { return uint32(py.Addr(m)), nil }

// Attr returns loggerDict, root, disable or getLogger.
func (m *Manager) Attr(name string) (starlark.Value, error) {
	switch name {
	case "loggerDict":
		return m.st.loggerDict(), nil
	case "root":
		return m.st.root, nil
	case "disable":
		return starlark.MakeInt(m.st.disable), nil
	case "getLogger":
		return starlark.NewBuiltin("getLogger", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var name string
			if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name); err != nil {
				return nil, err
			}
			return m.st.logger(name), nil
		}), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (m *Manager) AttrNames() []string { return []string{"disable", "getLogger", "loggerDict", "root"} }
