package builtins

// This file defines globals().

import (
	"sort"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

func addGlobals(d starlark.StringDict) {
	d["globals"] = starlark.NewBuiltin("globals", globals)
}

// mainDunders and moduleDunders are the first globals of a script run
// as __main__ and of an imported module, in CPython's order; those the
// module doesn't bind (__loader__, __spec__...) are None in the dict,
// __builtins__ the builtins module, __annotations__ a new dict.
var (
	mainDunders   = []string{"__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__", "__file__", "__cached__"}
	moduleDunders = []string{"__name__", "__doc__", "__package__", "__loader__", "__spec__", "__file__", "__cached__", "__builtins__"}
)

// globals implements globals(): the calling module's dict of globals,
// the same dict at each call, in CPython's order (its dunders, then
// the names in the order the module's code first names them, then
// those exec bound). Each call refreshes it from the module's
// variables. A name the script adds through the dict (globals()["x"] =
// 1, globals().update(...)) is a global that the module's code reads
// at once; a change or deletion of a variable the module binds itself
// reaches it at the next call of globals(). exec and eval given this
// dict run in the module's own globals.
// https://docs.python.org/3/library/functions.html#globals
func globals(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args)+len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "globals() takes no arguments (%d given)", len(args)+len(kwargs))
	}
	if thread.CallStackDepth() < 2 {
		return starlark.NewDict(0), nil
	}
	fn, ok := thread.DebugFrame(1).Callable().(*starlark.Function)
	if !ok {
		return starlark.NewDict(0), nil
	}
	vm := fn.Module()
	if ns := execNamespace(vm); ns != nil && ns.globals != nil {
		return ns.globals, nil // code that exec(src, d) runs
	} else if ns != nil && ns.vm != nil {
		vm = ns.vm // code that exec(src) runs in its caller's module
	}
	rt := core.RuntimeOf(thread)
	gd := rt.GlobalsDictOf(vm, true)
	names, values := moduleGlobals(thread, vm)
	writeBack(rt, vm, gd, values)
	refresh(gd, names, values)
	return gd.Dict, nil
}

// moduleGlobals returns the bound globals of module vm, with their
// names in CPython's order.
func moduleGlobals(thread *starlark.Thread, vm *starlark.Module) ([]string, map[string]starlark.Value) {
	rt := core.RuntimeOf(thread)
	values := map[string]starlark.Value{}
	var extra []string
	add := func(k string, v starlark.Value) {
		if _, seen := values[k]; !seen && v != nil && !strings.HasPrefix(k, abi.Prefix) {
			values[k] = v
			extra = append(extra, k)
		}
	}
	core.EachVMGlobal(vm, func(k string, v starlark.Value) { add(k, py.Unbox(v)) })
	var later []string
	var builtins starlark.StringDict
	if c, err := rt.Compiler(); err == nil {
		builtins = c.Builtins().Members
		mg := c.MainGlobals(thread, vm)
		addDunders(vm, mg, add)
		if mg != nil {
			later = append(later, sortedNames(mg.All(), values)...) // those exec bound without a slot
			for _, k := range later {
				add(k, py.Unbox(mg.Get(k)))
			}
		}
		add("__builtins__", c.Builtins())
	}
	for _, k := range sortedNames(rt.ExtraGlobals(vm, false), values) {
		add(k, rt.ExtraGlobals(vm, false)[k])
	}
	for k, v := range values {
		if b, ok := builtins[k]; ok && Identical(b, v) && k != "__builtins__" {
			delete(values, k) // a builtin that a __main__ chunk sees as a global
		}
	}
	return orderGlobals(values, extra), values
}

// addDunders adds the dunders of the module vm that its code doesn't
// bind: an imported module's come predeclared; a chunk of __main__ has
// none predeclared, and main holds those its run set (nil in a thread
// the chunk started).
func addDunders(vm *starlark.Module, main core.MainGlobals, add func(string, starlark.Value)) {
	pre := core.VMPredeclared(vm)
	for _, k := range []string{"__name__", "__doc__", "__package__", "__file__"} {
		switch {
		case pre != nil:
			add(k, pre[k])
		case k == "__name__":
			add(k, starlark.String("__main__"))
		case main != nil:
			add(k, main.Dunder(k))
		}
	}
}

// sortedNames returns the names of g that are not in values, sorted.
func sortedNames(g starlark.StringDict, values map[string]starlark.Value) []string {
	var names []string
	for k := range g {
		if _, ok := values[k]; !ok {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	return names
}

// orderGlobals puts the dunders first, in CPython's order (binding the
// ones values lacks), then the names of order that values holds.
func orderGlobals(values map[string]starlark.Value, order []string) []string {
	dunders := moduleDunders
	if values["__name__"] == starlark.String("__main__") {
		dunders = mainDunders
	}
	names := append([]string(nil), dunders...)
	for _, k := range dunders {
		if _, ok := values[k]; ok {
			continue
		}
		values[k] = starlark.None
		if k == "__annotations__" {
			values[k] = starlark.NewDict(0)
		}
	}
	for _, k := range order {
		if _, ok := values[k]; ok && !isDunderOf(dunders, k) {
			names = append(names, k)
		}
	}
	return names
}

func isDunderOf(dunders []string, k string) bool {
	for _, d := range dunders {
		if d == k {
			return true
		}
	}
	return false
}

// writeBack binds each global of the module vm that the script set or
// deleted through gd's dict since globals() last filled it, updating
// values to match.
func writeBack(rt *core.Runtime, vm *starlark.Module, gd *core.GlobalsDict, values map[string]starlark.Value) {
	for k, last := range gd.Seen {
		v, found, _ := gd.Dict.Get(starlark.String(k))
		switch {
		case !found:
			if core.SetVMGlobal(vm, k, nil) {
				delete(values, k)
			}
		case !Identical(v, last):
			if _, bound := values[k]; bound && core.SetVMGlobal(vm, k, v) {
				values[k] = v
			}
		}
	}
}

// refresh fills gd's dict with values, in the order of names, and
// records them as seen.
func refresh(gd *core.GlobalsDict, names []string, values map[string]starlark.Value) {
	for k := range gd.Seen {
		if _, ok := values[k]; !ok {
			gd.Dict.Delete(starlark.String(k))
		}
	}
	gd.Seen = make(map[string]starlark.Value, len(names))
	for _, k := range names {
		if v, ok := values[k]; ok {
			gd.Dict.SetKey(starlark.String(k), v)
			gd.Seen[k] = v
		}
	}
}
