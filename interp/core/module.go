package core

// This file defines Module, the value of an imported module.

import (
	"fmt"
	"sort"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// Module is an importable module: a name and its members. A native
// module's members never change; a script module's members are its
// globals. Its repr is CPython's: <module 'time' (built-in)>.
type Module struct {
	Name    string
	File    string // "" for a built-in module
	Members starlark.StringDict
	Doc     string
	// Mutable allows attribute assignment (per-Interpreter instances).
	Mutable bool
	// Made says a script made the module (types.ModuleType): its repr
	// shows no origin.
	Made bool
	// Source, if set, is the Python source of a module written in
	// Python: each Interpreter runs it on first import, and its globals
	// are the members.
	Source string
	// Loaded, if set, completes the members of a module written in
	// Python once its source has run.
	Loaded func(members starlark.StringDict)
	// Helpers, if set, are names predeclared for Source only: the
	// native functions a module written in Python calls.
	Helpers starlark.StringDict
	// Live, if set, returns the current globals of a module whose code
	// is running (__main__), which Members does not hold until it ends.
	Live func() starlark.StringDict
	// Program is the compiled file of a module written in Python, and
	// VM, if set, returns the starlark.Module running it (__main__'s):
	// setting an attribute of the module sets the global its functions
	// read (see vmglobal.go).
	Program *starlark.Program
	VM      func() *starlark.Module
	// Runtime, if set, is the Interpreter's: reading a member the module
	// lacks then asks its __getattr__ in the thread holding the GIL
	// (PEP 562).
	Runtime *Runtime
	// Watch, if set, is told of each attribute a script sets (v) or
	// deletes (v nil) on the module, with its value before (or nil):
	// the builtins module rebinds the name for code reading it.
	Watch func(name string, old, v starlark.Value)
	// shadowed holds the builtins that attributes set on the module
	// shadow for its code (see shadowBuiltin), to restore on delete.
	shadowed starlark.StringDict
}

// RuntimeBound is implemented by module members that differ per
// Interpreter, such as sys.argv; Instantiate replaces them.
type RuntimeBound interface {
	ForRuntime(rt *Runtime) starlark.Value
}

// Instantiate returns the per-Interpreter instance of a native module: a
// mutable copy whose RuntimeBound members are bound to rt.
func (m *Module) Instantiate(rt *Runtime) *Module {
	c := &Module{Name: m.Name, File: m.File, Doc: m.Doc, Mutable: true, Members: make(starlark.StringDict, len(m.Members)), Runtime: rt}
	for k, v := range m.Members {
		if b, ok := v.(RuntimeBound); ok {
			v = b.ForRuntime(rt)
		} else if f, ok := v.(*starlark.Builtin); ok {
			py.NoteModule(f, m.Name) // made once, not per Interpreter
		}
		c.Members[k] = v
	}
	return c
}

var _ starlark.HasAttrs = (*Module)(nil)

// String returns CPython's repr of a module.
func (m *Module) String() string {
	if m.Made {
		return fmt.Sprintf("<module '%s'>", m.Name)
	}
	if m.File == "" {
		return fmt.Sprintf("<module '%s' (built-in)>", m.Name)
	}
	return fmt.Sprintf("<module '%s' from '%s'>", m.Name, m.File)
}

// Type implements starlark.Value.
func (m *Module) Type() string          { return "module" }
func (m *Module) Freeze()               {}
func (m *Module) Truth() starlark.Bool  { return true }
func (m *Module) Hash() (uint32, error) { return py.HashString(m.Name), nil }

// Attr implements starlark.HasAttrs. Cells (boxed globals) are unwrapped.
func (m *Module) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__name__":
		return starlark.String(m.Name), nil
	case "__doc__":
		if m.Doc == "" {
			return starlark.None, nil
		}
		return starlark.String(m.Doc), nil
	}
	members := m.members()
	if name == "__dict__" {
		d := starlark.NewDict(len(members))
		for _, k := range sortedNames(members) {
			d.SetKey(starlark.String(k), py.Unbox(members[k]))
		}
		return d, nil
	}
	v, ok := members[name]
	if !ok {
		if m.Runtime != nil {
			if v, err := m.Getattr(m.Runtime.Active(), name); v != nil || err != nil {
				return v, err
			}
		}
		return nil, py.AttrError(m, "module '"+m.Name+"' has no attribute '"+name+"'")
	}
	return py.Unbox(v), nil
}

// Getattr returns what the module's __getattr__ (PEP 562) gives for
// name, a member it lacks: nil (nil, nil) when it has none.
func (m *Module) Getattr(thread *starlark.Thread, name string) (starlark.Value, error) {
	g, ok := m.members()["__getattr__"]
	if !ok || thread == nil {
		return nil, nil
	}
	return starlark.Call(thread, py.Unbox(g), starlark.Tuple{starlark.String(name)}, nil)
}

// members returns the module's members, its live globals included.
func (m *Module) members() starlark.StringDict {
	if m.Live == nil {
		return m.Members
	}
	all := m.Live()
	for k, v := range m.Members {
		if _, ok := all[k]; !ok {
			all[k] = v
		}
	}
	return all
}

// AttrNames implements starlark.HasAttrs.
func (m *Module) AttrNames() []string { return sortedNames(m.members()) }

// Globals returns the module's globals as they are now (those of a
// running __main__ included). The caller holds the GIL.
func (m *Module) Globals() starlark.StringDict { return m.members() }

func sortedNames(d starlark.StringDict) []string {
	names := make([]string, 0, len(d))
	for k := range d {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// SetField implements starlark.HasSetField for script modules. The
// module's own code sees the new value: through the cell of a global
// that some function declares global, else in the VM's slot of the
// global (see setVMGlobal).
func (m *Module) SetField(name string, v starlark.Value) error {
	if m.File == "" && !m.Mutable {
		return py.Raisef(py.AttributeError, "cannot set attribute '%s' of module '%s'", name, m.Name)
	}
	switch c := m.members()[name].(type) { // a global some function declares global: the module's code reads the cell
	case *py.SharedCell:
		c.Set(v)
		return nil
	case *py.Cell:
		c.V = v
		return nil
	}
	if vm := m.vmModule(); !setVMGlobal(vm, name, v) {
		m.shadowBuiltin(vm, name, v)
	}
	old := m.Members[name]
	m.Members[name] = v
	if m.Watch != nil {
		m.Watch(name, old, v)
	}
	return nil
}

// DelField implements del m.name for script modules and per-Interpreter
// instances of native ones.
func (m *Module) DelField(name string) error {
	if m.File == "" && !m.Mutable {
		return py.Raisef(py.AttributeError, "cannot delete attribute '%s' of module '%s'", name, m.Name)
	}
	_, own := m.Members[name]
	vm := m.vmModule()
	if !setVMGlobal(vm, name, nil) && !own {
		return py.Raisef(py.AttributeError, "'module' object has no attribute '%s'", name)
	}
	m.unshadowBuiltin(vm, name)
	old := m.Members[name]
	delete(m.Members, name)
	if m.Watch != nil {
		m.Watch(name, old, nil)
	}
	return nil
}
