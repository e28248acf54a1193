package py

// This file records which native module defines each of the Go functions
// that modules export, for their __module__ (threading.get_ident's is
// 'threading', len's 'builtins'). Module members are made once per
// process, so the record is process-wide and only grows with the set of
// native modules.

import (
	"sync"

	"go.starlark.net/starlark"
)

var builtinModules sync.Map // *starlark.Builtin → module name

// NoteModule records that module defines the Go function b, unless
// another module already did (a function that two modules export keeps
// the first).
func NoteModule(b *starlark.Builtin, module string) {
	builtinModules.LoadOrStore(b, module)
}

// ModuleOf returns the __module__ of the Go function b: the module that
// defines it, "builtins" for Python's builtins, or None for a method of
// a value (CPython's [].append.__module__).
func ModuleOf(b *starlark.Builtin) starlark.Value {
	if b.Receiver() != nil {
		return starlark.None
	}
	if m, ok := builtinModules.Load(b); ok {
		return starlark.String(m.(string))
	}
	return starlark.String("builtins")
}
