package core

// This file defines the program of the code objects that compile()
// returns, and the Compiler through which eval, exec and compile reach
// the front-end, which package interp owns and registers per Runtime. It also keeps
// the globals that exec binds in a module that has no slot for them
// (go.starlark.net fixes a module's globals when it compiles it).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// Compiled is the program of a code object that compile() (or eval
// and exec given a string) made: source parsed and lowered in the
// shared-globals mode of package lower, so that each run reads and binds
// its globals through the namespace it is given. It is immutable.
type Compiled struct {
	Mode  string   // "exec", "eval" or "single"
	Names []string // the globals the code reads or binds
	Uses  []string // the predeclared names (builtins, helpers) the program refers to
	// Filename and SourceMap name the source and map its lowered tree
	// (qualified names of defs, carets), registered anew at each run, as
	// other code may have been compiled under the same name since.
	Filename  string
	SourceMap *abi.SourceMap
	Program   *starlark.Program // the compiled module
}

// Compiler compiles and runs source for eval, exec and compile.
type Compiler interface {
	// Compile parses and lowers src, Python source named filename, in
	// mode "exec", "eval" or "single". A syntax error is a SyntaxError
	// (or IndentationError) whose report has CPython's File line.
	Compile(thread *starlark.Thread, src []byte, filename, mode string) (*Compiled, error)
	// Run runs code in the calling thread. global returns, for each name
	// of code.Names, the value the code reads and sets as attribute "v"
	// (a starlark.HasSetField). Run returns the value of an "eval"
	// code's expression, else None.
	Run(thread *starlark.Thread, code *Compiled, global func(name string) starlark.Value) (starlark.Value, error)
	// Builtins returns the Interpreter's builtins module, whose members
	// are the names every module sees without an import.
	Builtins() *Module
	// MainGlobals returns the __main__ globals (the embedder's, kept
	// across calls) if vm is the module of the __main__ chunk that
	// thread runs at the bottom of its stack, else nil.
	MainGlobals(thread *starlark.Thread, vm *starlark.Module) MainGlobals
}

// MainGlobals are the __main__ globals that an Interpreter keeps
// between the chunks it runs. The caller holds the GIL.
type MainGlobals interface {
	Get(name string) starlark.Value // nil if unbound
	Set(name string, v starlark.Value)
	All() starlark.StringDict // a copy of the bound globals
	// Dunder returns what a chunk of __main__ starts with as its
	// __doc__, __file__ or __package__, or nil.
	Dunder(name string) starlark.Value
}

type compilerKey struct{}

// SetCompiler registers how rt compiles source. Call it before any
// script runs.
func (rt *Runtime) SetCompiler(c Compiler) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	rt.state[compilerKey{}] = c
}

// Compiler returns the Compiler registered by SetCompiler; without one
// it raises CPython's error for a missing compiler.
func (rt *Runtime) Compiler() (Compiler, error) {
	rt.mu.Lock()
	c, _ := rt.state[compilerKey{}].(Compiler)
	rt.mu.Unlock()
	if c == nil {
		return nil, py.Raise(py.RuntimeError, "this interpreter can't compile source")
	}
	return c, nil
}

type extraGlobalsKey struct{}

// ExtraGlobals returns the globals that exec bound in the module vm
// without a slot of its own for them (nil if none), making the map if
// make is true. The caller holds the GIL.
func (rt *Runtime) ExtraGlobals(vm *starlark.Module, make bool) starlark.StringDict {
	all := rt.ModuleState(extraGlobalsKey{}, func() any { return map[*starlark.Module]starlark.StringDict{} }).(map[*starlark.Module]starlark.StringDict)
	d := all[vm]
	if d == nil && make {
		d = starlark.StringDict{}
		all[vm] = d
	}
	return d
}

// SetVMGlobal sets global name of vm, the module of a running function,
// to v (in the py.Cell the slot holds, if it holds one), reporting
// whether vm has a slot for it. The caller holds the GIL.
func SetVMGlobal(vm *starlark.Module, name string, v starlark.Value) bool {
	slot := vmGlobalSlot(vm, name)
	if slot == nil {
		return false
	}
	if c, ok := (*slot).(*py.Cell); ok {
		c.V = v
	} else {
		*slot = v
	}
	return true
}

type globalsDictKey struct{}

// GlobalsDict is the dict that globals() returns for a module, the same
// each call, as CPython's is the module's own. Seen holds the value each
// global had when globals() last filled Dict from the module, so the
// next call tells which the script has since set or deleted through
// Dict.
type GlobalsDict struct {
	Dict *starlark.Dict
	Seen map[string]starlark.Value
}

// globalsDicts returns the GlobalsDict of each module.
func (rt *Runtime) globalsDicts() map[*starlark.Module]*GlobalsDict {
	return rt.ModuleState(globalsDictKey{}, func() any { return map[*starlark.Module]*GlobalsDict{} }).(map[*starlark.Module]*GlobalsDict)
}

// GlobalsDictOf returns the GlobalsDict of the module vm, making it
// (empty) if make is true, else nil if globals() has made none. The
// caller holds the GIL.
func (rt *Runtime) GlobalsDictOf(vm *starlark.Module, make bool) *GlobalsDict {
	all := rt.globalsDicts()
	g := all[vm]
	if g == nil && make {
		g = &GlobalsDict{Dict: starlark.NewDict(0), Seen: map[string]starlark.Value{}}
		all[vm] = g
	}
	return g
}

// IsGlobalsDict reports whether d is the dict that globals() returns
// for the module vm. The caller holds the GIL.
func (rt *Runtime) IsGlobalsDict(vm *starlark.Module, d starlark.Value) bool {
	g := rt.globalsDicts()[vm]
	return g != nil && d != nil && g.Dict == d
}
