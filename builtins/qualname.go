package builtins

// This file records what a function value cannot tell of itself: the
// module that defined it (by its file, per Interpreter), for a method
// its qualified name (C.m), given when its class is made, and whether
// @abstractmethod marked it, and the attributes a script set on it.

import (
	"runtime"
	"sync"
	"weak"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
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

// funcFacts holds what is known of functions beyond their code: the
// qualified names of methods and the abstract marks of
// @abstractmethod, weakly keyed by function so that they go with it.
var funcFacts = struct {
	sync.Mutex
	m map[weak.Pointer[starlark.Function]]*funcFact
}{m: map[weak.Pointer[starlark.Function]]*funcFact{}}

type funcFact struct {
	qualname string
	abstract bool
	dict     *starlark.Dict // the attributes a script set (f.__dict__), or nil

	ann      *starlark.Dict // __annotations__, once read or set
	annThunk starlark.Value // the lambda returning them, until then (see annotations.go)
	annTexts starlark.Tuple // name, source text, ...: what stands for them if the lambda fails
}

// factOf returns fn's facts, creating them if create is set (else nil
// if there are none). The caller holds funcFacts.
func factOf(fn *starlark.Function, create bool) *funcFact {
	k := weak.Make(fn)
	f := funcFacts.m[k]
	if f == nil && create {
		f = &funcFact{}
		funcFacts.m[k] = f
		runtime.AddCleanup(fn, func(k weak.Pointer[starlark.Function]) {
			funcFacts.Lock()
			delete(funcFacts.m, k)
			funcFacts.Unlock()
		}, k)
	}
	return f
}

// setQualname records fn's qualified name; a function bound in several
// classes keeps its first.
func setQualname(fn *starlark.Function, q string) {
	funcFacts.Lock()
	defer funcFacts.Unlock()
	if f := factOf(fn, true); f.qualname == "" {
		f.qualname = q
	}
}

// qualnameOf returns fn's recorded qualified name, or "".
func qualnameOf(fn *starlark.Function) string {
	funcFacts.Lock()
	defer funcFacts.Unlock()
	if f := factOf(fn, false); f != nil {
		return f.qualname
	}
	return ""
}

// MarkAbstract sets fn.__isabstractmethod__ to True, as
// @abc.abstractmethod does; it reports false if fn is not a function
// defined by a script.
func MarkAbstract(fn starlark.Value) bool {
	if g, ok := fn.(*genFunc); ok {
		fn = g.fn
	}
	f, ok := fn.(*starlark.Function)
	if !ok {
		return false
	}
	funcFacts.Lock()
	defer funcFacts.Unlock()
	factOf(f, true).abstract = true
	return true
}

// IsAbstract reports whether v, a class attribute, is abstract: a
// function marked by MarkAbstract, what holds one (see methodFunc), or
// an abc.abstractproperty.
func IsAbstract(v starlark.Value) bool {
	if p, ok := v.(*py.Property); ok && p.Abstract {
		return true
	}
	f, ok := methodFunc(v).(*starlark.Function)
	if !ok {
		return false
	}
	funcFacts.Lock()
	defer funcFacts.Unlock()
	fact := factOf(f, false)
	return fact != nil && fact.abstract
}

// qualifyMethods records the qualified names of the functions a class
// body defined (directly, or as the function of a staticmethod,
// classmethod or property, or wrapped by functools.wraps): the class's qualified name, a dot and
// theirs. Functions defined before the class statement (at pos) are
// only bound in it, and keep their names.
func qualifyMethods(pos syntax.Position, cls string, dict starlark.StringDict) {
	for _, v := range dict {
		f, ok := methodFunc(v).(*starlark.Function)
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

// methodFunc returns the function a class attribute is or holds: the
// function of a staticmethod, classmethod or property, of a generator
// function, or wrapped by functools.wraps, at any depth.
func methodFunc(v starlark.Value) starlark.Value {
	for {
		switch d := v.(type) {
		case *py.StaticMethod:
			v = d.Fn
		case *py.ClassMethod:
			v = d.Fn
		case *py.Property:
			v = d.Get
		case *genFunc:
			v = d.fn
		case interface{ Wrapped() starlark.Value }: // functools.wraps
			v = d.Wrapped()
		default:
			return v
		}
	}
}

// after reports whether p lies after q in the same file.
func after(p, q syntax.Position) bool {
	return p.Filename() == q.Filename() && (p.Line > q.Line || p.Line == q.Line && p.Col > q.Col)
}
