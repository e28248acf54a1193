package builtins

// This file records what a function value cannot tell of itself: the
// module that defined it (by its file, per Interpreter) and, for a
// method, its qualified name (C.m), given when its class is made.

import (
	"runtime"
	"sync"
	"weak"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
)

// moduleFilesKey keys an Interpreter's map from file to module name.
type moduleFilesKey struct{}

// moduleFiles maps the files of an Interpreter's modules to their names.
type moduleFiles struct {
	mu    sync.Mutex
	names map[string]string
}

func moduleFilesOf(rt *core.Runtime) *moduleFiles {
	return rt.ModuleState(moduleFilesKey{}, func() any { return &moduleFiles{names: map[string]string{}} }).(*moduleFiles)
}

// SetModuleFile records that the Interpreter runs file as module name,
// the __module__ of the functions it defines.
func SetModuleFile(rt *core.Runtime, file, name string) {
	m := moduleFilesOf(rt)
	m.mu.Lock()
	m.names[file] = name
	m.mu.Unlock()
}

// moduleOfFile returns the name of the module file is, or __main__.
func moduleOfFile(thread *starlark.Thread, file string) string {
	if thread == nil {
		return "__main__"
	}
	if rt := core.RuntimeOf(thread); rt != nil {
		m := moduleFilesOf(rt)
		m.mu.Lock()
		defer m.mu.Unlock()
		if name, ok := m.names[file]; ok {
			return name
		}
	}
	return "__main__"
}

// qualnames holds the qualified names of methods, weakly keyed by
// their function so that a class's methods go when it does.
var qualnames = struct {
	sync.Mutex
	m map[weak.Pointer[starlark.Function]]string
}{m: map[weak.Pointer[starlark.Function]]string{}}

// setQualname records fn's qualified name.
func setQualname(fn *starlark.Function, q string) {
	k := weak.Make(fn)
	qualnames.Lock()
	defer qualnames.Unlock()
	if _, ok := qualnames.m[k]; ok {
		return // a function bound in several classes keeps its first name
	}
	qualnames.m[k] = q
	runtime.AddCleanup(fn, func(k weak.Pointer[starlark.Function]) {
		qualnames.Lock()
		delete(qualnames.m, k)
		qualnames.Unlock()
	}, k)
}

// qualnameOf returns fn's recorded qualified name, or "".
func qualnameOf(fn *starlark.Function) string {
	qualnames.Lock()
	defer qualnames.Unlock()
	return qualnames.m[weak.Make(fn)]
}

// qualifyMethods records the qualified names of the functions a class
// body defined (directly, or as the function of a staticmethod,
// classmethod or property): the class's qualified name, a dot and
// theirs. Functions defined before the class statement (at pos) are
// only bound in it, and keep their names.
func qualifyMethods(pos syntax.Position, cls string, dict starlark.StringDict) {
	for _, v := range dict {
		var fn starlark.Value = v
		switch d := v.(type) {
		case *core.StaticMethod:
			fn = d.Fn
		case *core.ClassMethod:
			fn = d.Fn
		case *core.Property:
			fn = d.Get
		case *genFunc:
			fn = d.fn
		}
		f, ok := fn.(*starlark.Function)
		if !ok || !after(f.Position(), pos) {
			continue
		}
		name := f.Name()
		if name == "lambda" {
			name = "<lambda>"
		}
		setQualname(f, cls+"."+name)
	}
}

// after reports whether p lies after q in the same file.
func after(p, q syntax.Position) bool {
	return p.Filename() == q.Filename() && (p.Line > q.Line || p.Line == q.Line && p.Col > q.Col)
}
