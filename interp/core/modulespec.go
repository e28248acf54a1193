package core

// This file defines ModuleSpec, the __spec__ of a module from a file.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// ModuleSpec is importlib.machinery.ModuleSpec as a module's __spec__
// shows it: name, parent, origin, submodule_search_locations (a
// package's __path__, else None) and has_location; its loader and
// cached are None.
type ModuleSpec struct {
	Name   string
	Origin string         // the file; "frozen": a built-in module written in Python; "": none (a namespace package)
	Search starlark.Value // the package's __path__ list, or nil
}

var _ starlark.HasAttrs = (*ModuleSpec)(nil)

func (s *ModuleSpec) Type() string          { return "ModuleSpec" }
func (s *ModuleSpec) Freeze()               {}
func (s *ModuleSpec) Truth() starlark.Bool  { return true }
func (s *ModuleSpec) Hash() (uint32, error) { return uint32(py.Addr(s)), nil }

// String is the repr: ModuleSpec(name='pkg', loader=None, origin='...').
func (s *ModuleSpec) String() string {
	r := "ModuleSpec(name=" + py.Repr(starlark.String(s.Name)) + ", loader=None"
	if s.Origin != "" {
		r += ", origin=" + py.Repr(starlark.String(s.Origin))
	}
	if s.Search != nil {
		r += ", submodule_search_locations=" + py.Repr(s.Search)
	}
	return r + ")"
}

// Attr implements starlark.HasAttrs.
func (s *ModuleSpec) Attr(name string) (starlark.Value, error) {
	switch name {
	case "name":
		return starlark.String(s.Name), nil
	case "parent":
		if s.Search != nil {
			return starlark.String(s.Name), nil
		}
		return starlark.String(s.Name[:max(strings.LastIndexByte(s.Name, '.'), 0)]), nil
	case "origin":
		if s.Origin == "" {
			return starlark.None, nil
		}
		return starlark.String(s.Origin), nil
	case "submodule_search_locations":
		if s.Search == nil {
			return starlark.None, nil
		}
		return s.Search, nil
	case "has_location":
		return starlark.Bool(s.Origin != "frozen" && s.Origin != ""), nil
	case "loader", "cached", "loader_state":
		return starlark.None, nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (s *ModuleSpec) AttrNames() []string {
	return []string{"cached", "has_location", "loader", "loader_state", "name", "origin", "parent", "submodule_search_locations"}
}
