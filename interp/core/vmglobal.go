package core

// This file lets a script set a global of another module, as CPython's
// mod.x = v does for the module's own functions (unittest.mock's
// patch("mod.helper") relies on it). go.starlark.net keeps a module's
// globals in an unexported slice of its starlark.Module, which the
// module's functions index, and exports no setter; reading them through
// that slice costs nothing, so the setter reaches the slice here rather
// than moving every global into a cell (measured +7 ns per global read).
// The field names are go.starlark.net's at the version go.mod pins;
// TestVMGlobalLayout fails if they change.

import (
	"reflect"
	"sync"
	"unsafe"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// setVMGlobal stores v (nil: unbound) as global name of vm, reporting
// whether vm's program has such a global. The caller holds the GIL,
// under which the module's functions read their globals.
func setVMGlobal(vm *starlark.Module, name string, v starlark.Value) bool {
	slot := vmGlobalSlot(vm, name)
	if slot != nil {
		*slot = v
	}
	return slot != nil
}

// VMGlobal returns the value of global name of vm, the module of a
// running function, or nil while it is unbound (or vm has no such
// global), without copying the module's globals as Module.Globals does.
// The caller holds the GIL.
func VMGlobal(vm *starlark.Module, name string) starlark.Value {
	if slot := vmGlobalSlot(vm, name); slot != nil {
		return *slot
	}
	return nil
}

// vmLayout holds the indexes of the unexported fields vmGlobalSlot
// reads, found once by name (FieldByName per lookup cost more than the
// rest of a global's read).
var vmLayout = sync.OnceValue(func() (l struct{ program, compiled, names, name, globals, predeclared []int }) {
	mt := reflect.TypeFor[starlark.Module]()
	if f, ok := mt.FieldByName("predeclared"); ok && f.Type == reflect.TypeFor[starlark.StringDict]() {
		l.predeclared = f.Index
	}
	f, ok := mt.FieldByName("program")
	if !ok {
		return l
	}
	l.program = f.Index
	if f, ok := mt.FieldByName("globals"); ok {
		l.globals = f.Index
	}
	pt := f.Type.Elem()
	f, _ = pt.FieldByName("compiled")
	l.compiled = f.Index
	if f.Type == nil {
		return l
	}
	f, _ = f.Type.Elem().FieldByName("Globals")
	l.names = f.Index
	if f.Type != nil {
		b, _ := f.Type.Elem().FieldByName("Name")
		l.name = b.Index
	}
	return l
})

// vmGlobalSlot returns the slot of global name in vm's globals, or nil.
func vmGlobalSlot(vm *starlark.Module, name string) *starlark.Value {
	var slot *starlark.Value
	eachVMGlobal(vm, func(n string, s *starlark.Value) bool {
		if n == name {
			slot = s
		}
		return slot == nil
	})
	return slot
}

// VMPredeclared returns the predeclared names that vm's module was run
// with (an imported module's __name__, __doc__...): nil for a chunk of
// __main__, which starts from globals instead.
func VMPredeclared(vm *starlark.Module) starlark.StringDict {
	l := vmLayout()
	if vm == nil || l.predeclared == nil {
		return nil
	}
	f := reflect.ValueOf(vm).Elem().FieldByIndex(l.predeclared)
	return *(*starlark.StringDict)(unsafe.Pointer(f.UnsafeAddr()))
}

// EachVMGlobal calls fn with the name and value of each of vm's
// globals, in the order of their slots (nil for an unbound one). The
// caller holds the GIL.
func EachVMGlobal(vm *starlark.Module, fn func(name string, v starlark.Value)) {
	eachVMGlobal(vm, func(n string, slot *starlark.Value) bool {
		fn(n, *slot)
		return true
	})
}

// eachVMGlobal calls fn with the name and slot of each of vm's
// globals, in order, until fn returns false.
func eachVMGlobal(vm *starlark.Module, fn func(name string, slot *starlark.Value) bool) {
	l := vmLayout()
	if vm == nil || l.names == nil || l.name == nil || l.globals == nil {
		return
	}
	mv := reflect.ValueOf(vm).Elem()
	compiled := mv.FieldByIndex(l.program).Elem().FieldByIndex(l.compiled)
	if !compiled.IsValid() || compiled.IsNil() {
		return
	}
	names := compiled.Elem().FieldByIndex(l.names)
	globals := mv.FieldByIndex(l.globals)
	for i := 0; i < names.Len() && i < globals.Len(); i++ {
		if !fn(names.Index(i).FieldByIndex(l.name).String(), (*starlark.Value)(unsafe.Pointer(globals.Index(i).UnsafeAddr()))) {
			return
		}
	}
}

// vmModule returns the starlark.Module whose functions read m's
// globals, or nil: the running module's (see Module.VM), else that of a
// function (or a class's method) m defines.
func (m *Module) vmModule() *starlark.Module {
	if m.VM != nil {
		if vm := m.VM(); vm != nil {
			return vm
		}
	}
	if m.Program == nil {
		return nil
	}
	own := func(v starlark.Value) *starlark.Module {
		if fn, ok := v.(*starlark.Function); ok && fn.Module().Program() == m.Program {
			return fn.Module()
		}
		return nil
	}
	for _, v := range m.Members {
		if vm := own(v); vm != nil {
			return vm
		}
		if c, ok := v.(*py.Class); ok {
			for _, mv := range c.Dict {
				if vm := own(mv); vm != nil {
					return vm
				}
			}
		}
	}
	return nil
}

// shadowBuiltin makes v the value of name, a predeclared name (a
// builtin such as open) that m's code reads but never assigns, for m's
// code only: in CPython a module's global hides the builtin of that
// name (mock.patch("mod.open", create=True) relies on it). The module's
// predeclared names are its own copy (see modulePredeclared in interp).
func (m *Module) shadowBuiltin(vm *starlark.Module, name string, v starlark.Value) {
	pre := VMPredeclared(vm)
	old, ok := pre[name]
	if !ok {
		return
	}
	if _, saved := m.shadowed[name]; !saved {
		if m.shadowed == nil {
			m.shadowed = starlark.StringDict{}
		}
		m.shadowed[name] = old
	}
	pre[name] = v
}

// unshadowBuiltin gives m's code back the builtin name that
// shadowBuiltin hid, if it did.
func (m *Module) unshadowBuiltin(vm *starlark.Module, name string) {
	if old, ok := m.shadowed[name]; ok {
		VMPredeclared(vm)[name] = old
		delete(m.shadowed, name)
	}
}
