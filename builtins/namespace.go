package builtins

// This file defines the namespaces in which eval and exec run code: the
// code's globals are read and bound through a nameRef per name (the
// shared-globals lowering turns each global x into __sp_g_x.v), which
// looks the name up live in a locals mapping, then a globals dict or the
// calling module's own globals, then the builtins.

import (
	"fmt"
	"reflect"
	"strings"
	"unsafe"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// namespace is where code run by eval or exec finds its globals. It is
// guarded by the GIL.
type namespace struct {
	rt       *core.Runtime
	locals   starlark.Value   // a mapping read and bound first, or nil
	globals  *starlark.Dict   // the globals dict, or nil for vm's globals
	vm       *starlark.Module // the calling module, when globals is nil
	main     core.MainGlobals // the __main__ globals, if vm is a __main__ chunk's
	hidden   *starlark.Dict   // read-only: the variables of a module-level try body running the call, or nil
	builtins *core.Module     // the Interpreter's builtins module
	mirror   *starlark.Dict   // a dict globals() made of vm's globals, kept up to date, or nil
}

// ref returns the value the code reads and binds global name through.
func (ns *namespace) ref(name string) starlark.Value { return &nameRef{ns: ns, name: name} }

// get returns the value of name: from the locals, the globals, or the
// builtins, else a NameError.
func (ns *namespace) get(name string) (starlark.Value, error) {
	if ns.locals != nil {
		if v, ok, err := mappingGet(ns.locals, name); ok || err != nil {
			return v, err
		}
	}
	if ns.hidden != nil {
		if v, ok, _ := ns.hidden.Get(starlark.String(name)); ok {
			return v, nil
		}
	}
	if ns.globals != nil {
		if v, ok, _ := ns.globals.Get(starlark.String(name)); ok {
			return v, nil
		}
		if b, ok, _ := ns.globals.Get(starlark.String("__builtins__")); ok {
			return builtinFrom(b, name)
		}
	} else if v := moduleGlobal(ns.rt, ns.vm, ns.main, name); v != nil {
		return v, nil
	}
	if v, ok := ns.builtins.Members[name]; ok {
		return v, nil
	}
	return nil, py.Raisef(py.NameError, "name '%s' is not defined", name)
}

// builtinFrom looks name up in b, the __builtins__ of a globals dict: a
// dict or a module, as CPython allows.
func builtinFrom(b starlark.Value, name string) (starlark.Value, error) {
	var v starlark.Value
	found := false
	switch b := b.(type) {
	case *starlark.Dict:
		v, found, _ = b.Get(starlark.String(name))
	case *core.Module:
		v, found = b.Members[name]
	default:
		return nil, py.Raisef(py.TypeError, "'%s' object is not subscriptable", py.TypeName(b))
	}
	if !found {
		return nil, py.Raisef(py.NameError, "name '%s' is not defined", name)
	}
	return v, nil
}

// mappingGet looks key name up in the mapping m.
func mappingGet(m starlark.Value, name string) (starlark.Value, bool, error) {
	mp, ok := py.Base(m).(starlark.Mapping)
	if !ok {
		return nil, false, nil
	}
	v, found, err := mp.Get(starlark.String(name))
	if _, isKey := py.AsException(err); isKey && !found {
		err = nil
	}
	return v, found, err
}

// set binds name to v: in the locals, else the globals.
func (ns *namespace) set(name string, v starlark.Value) error {
	if ns.locals != nil {
		return setKey(ns.locals, name, v)
	}
	if ns.globals != nil {
		return ns.globals.SetKey(starlark.String(name), v)
	}
	setModuleGlobal(ns.rt, ns.vm, ns.main, name, v)
	if ns.mirror != nil {
		return ns.mirror.SetKey(starlark.String(name), v)
	}
	return nil
}

// setKey stores v under key name in the mapping m.
func setKey(m starlark.Value, name string, v starlark.Value) error {
	mp, ok := py.Base(m).(starlark.HasSetKey)
	if !ok {
		return py.Raisef(py.TypeError, "'%s' object does not support item assignment", py.TypeName(m))
	}
	return mp.SetKey(starlark.String(name), v)
}

// ModuleGlobal returns the global name of vm, the module of a function
// that thread runs: its own slot if it has one and it is bound, else the
// __main__ global the Interpreter keeps (for a __main__ chunk), else
// what exec bound there without a slot, else nil. The caller holds the
// GIL.
func ModuleGlobal(thread *starlark.Thread, vm *starlark.Module, name string) starlark.Value {
	return moduleGlobal(core.RuntimeOf(thread), vm, mainGlobals(thread, vm), name)
}

// mainGlobals returns the __main__ globals if vm is the module of the
// __main__ chunk that thread runs, else nil.
func mainGlobals(thread *starlark.Thread, vm *starlark.Module) core.MainGlobals {
	if c, err := core.RuntimeOf(thread).Compiler(); err == nil {
		return c.MainGlobals(thread, vm)
	}
	return nil
}

// moduleGlobal is ModuleGlobal, main being vm's mainGlobals.
func moduleGlobal(rt *core.Runtime, vm *starlark.Module, main core.MainGlobals, name string) starlark.Value {
	if v := py.Unbox(core.VMGlobal(vm, name)); v != nil {
		return v
	}
	return unslottedGlobal(rt, vm, main, name)
}

// UnslottedGlobal is ModuleGlobal for a name vm has no slot for (its
// module never binds it): only exec can have bound it.
func UnslottedGlobal(thread *starlark.Thread, vm *starlark.Module, name string) starlark.Value {
	return unslottedGlobal(core.RuntimeOf(thread), vm, mainGlobals(thread, vm), name)
}

func unslottedGlobal(rt *core.Runtime, vm *starlark.Module, main core.MainGlobals, name string) starlark.Value {
	var v starlark.Value
	if main != nil {
		v = main.Get(name)
	} else {
		v = rt.ExtraGlobals(vm, false)[name]
	}
	if v == nil {
		if gd := rt.GlobalsDictOf(vm, false); gd != nil { // globals()[name] = v
			if x, found, _ := gd.Dict.Get(starlark.String(name)); found {
				v = x
			}
		}
	}
	return v
}

// SetModuleGlobal binds the global name of vm, the module of a function
// that thread runs, to v, as exec binds it (see setModuleGlobal). A
// name without a slot in a __main__ chunk is bound among vm's other
// globals as well, where the chunk's functions that other threads run
// (which have no __main__ globals, see MainGlobals) find it. The caller
// holds the GIL.
func SetModuleGlobal(thread *starlark.Thread, vm *starlark.Module, name string, v starlark.Value) {
	rt, main := core.RuntimeOf(thread), mainGlobals(thread, vm)
	setModuleGlobal(rt, vm, main, name, v)
	if main != nil && core.VMGlobal(vm, name) == nil {
		rt.ExtraGlobals(vm, true)[name] = v
	}
}

// setModuleGlobal binds the global name of vm to v: in its slot (or the
// cell in it) if it has one, else among main, the __main__ globals (for
// a __main__ chunk), else among the globals exec binds without a slot.
// The caller holds the GIL.
func setModuleGlobal(rt *core.Runtime, vm *starlark.Module, main core.MainGlobals, name string, v starlark.Value) {
	if core.SetVMGlobal(vm, name, v) {
		return
	}
	if main != nil {
		main.Set(name, v)
		return
	}
	rt.ExtraGlobals(vm, true)[name] = v
}

// nameRef is one global of code that eval or exec runs, as the lowered
// code reads and binds it: attribute v.
type nameRef struct {
	ns   *namespace
	name string
}

var _ starlark.HasSetField = (*nameRef)(nil)

func (r *nameRef) String() string        { return fmt.Sprintf("<global %s>", r.name) }
func (r *nameRef) Type() string          { return "cell" }
func (r *nameRef) Freeze()               {}
func (r *nameRef) Truth() starlark.Bool  { return starlark.True }
func (r *nameRef) Hash() (uint32, error) { return 0, py.Raise(py.TypeError, "unhashable type: 'cell'") }

// Attr reads the global (attribute v).
func (r *nameRef) Attr(name string) (starlark.Value, error) {
	if name != "v" {
		return nil, nil
	}
	return r.ns.get(r.name)
}

// AttrNames lists v.
func (r *nameRef) AttrNames() []string { return []string{"v"} }

// SetField binds the global (attribute v).
func (r *nameRef) SetField(name string, v starlark.Value) error {
	return r.ns.set(r.name, v)
}

// userFrame returns the depth and function of the innermost frame of
// thread, from depth 1 (the caller of a builtin), that is a Python
// frame: the functions the lowering made for a try statement's bodies
// and a chained comparison's operands are skipped, as they run on
// behalf of the frame above. (A class body's function is its frame.)
func userFrame(thread *starlark.Thread) (int, *starlark.Function) {
	for depth := 1; depth < thread.CallStackDepth(); depth++ {
		fn, ok := thread.DebugFrame(depth).Callable().(*starlark.Function)
		if ok && !inCallerFrame(thread, depth, fn) {
			return depth, fn
		}
	}
	return 0, nil
}

// inCallerFrame reports whether fn, running at depth of thread's stack,
// is a function the lowering made that runs in its caller's frame.
func inCallerFrame(thread *starlark.Thread, depth int, fn *starlark.Function) bool {
	if abi.InCallerFrame(fn.Name()) {
		return true
	}
	if fn.Name() != "lambda" || depth+1 >= thread.CallStackDepth() {
		return false
	}
	b, ok := thread.DebugFrame(depth + 1).Callable().(*starlark.Builtin)
	return ok && abi.LambdaInCallerFrame(b.Name())
}

// frameLocals returns a new dict of the bound local variables of the
// function running at depth of thread's stack, as CPython's locals()
// gives them: the frame's own and its free variables, then those of the
// synthesized functions below it that run on its behalf, leaving out
// the variables the lowering made up.
func frameLocals(thread *starlark.Thread, depth int) *starlark.Dict {
	return addLocals(starlark.NewDict(0), thread, depth)
}

// addLocals adds to d the variables of the frames from depth of
// thread's stack to 1, as frameLocals describes, and returns d.
func addLocals(d *starlark.Dict, thread *starlark.Thread, depth int) *starlark.Dict {
	for ; depth >= 1; depth-- {
		fr := thread.DebugFrame(depth)
		fn, ok := fr.Callable().(*starlark.Function)
		if !ok {
			continue
		}
		for i := 0; i < fr.NumLocals(); i++ {
			b, v := fr.Local(i)
			addLocal(d, b, v)
		}
		if !inCallerFrame(thread, depth, fn) {
			for i := 0; i < fn.NumFreeVars(); i++ {
				b, v := fn.FreeVar(i)
				addLocal(d, b, v)
			}
		}
	}
	return d
}

// addLocal adds variable b, of value v, to d, unless the lowering made
// it up or it is unbound.
func addLocal(d *starlark.Dict, b starlark.Binding, v starlark.Value) {
	if strings.HasPrefix(b.Name, abi.Prefix) {
		return
	}
	if v = py.Unbox(vmCellValue(v)); v != nil {
		d.SetKey(starlark.String(b.Name), v)
	}
}

// vmCellValue returns the value in v if v is go.starlark.net's own
// (unexported) cell, which holds a local that a nested function uses,
// else v.
func vmCellValue(v starlark.Value) starlark.Value {
	if v == nil || v.Type() != "cell" {
		return v
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.Elem().Kind() != reflect.Struct || rv.Elem().NumField() != 1 {
		return v
	}
	f := rv.Elem().Field(0)
	if f.Type() != reflect.TypeOf((*starlark.Value)(nil)).Elem() {
		return v
	}
	return *(*starlark.Value)(unsafe.Pointer(f.UnsafeAddr()))
}

// ModuleLevel reports whether fn is the top level of a module (or of an
// expression an embedder evaluates), whose variables are globals.
func ModuleLevel(fn *starlark.Function) bool {
	return fn.Name() == "<toplevel>" || fn.Name() == "<expr>"
}

// execNamespace returns the namespace of vm if vm is the module of code
// that eval or exec runs (its globals are read through the nameRefs it
// was run with), else nil. The caller holds the GIL.
func execNamespace(vm *starlark.Module) *namespace {
	for _, v := range core.VMPredeclared(vm) {
		if r, ok := v.(*nameRef); ok {
			return r.ns
		}
	}
	return nil
}

// ExecGlobals returns the binder of the namespace of vm if vm is the
// module of code that eval or exec runs, else nil: from m import * in
// such code binds there (exec("from m import *", d) fills d). The
// caller holds the GIL.
func ExecGlobals(vm *starlark.Module) func(name string, v starlark.Value) error {
	if ns := execNamespace(vm); ns != nil {
		return ns.set
	}
	return nil
}
