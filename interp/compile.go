package interp

// This file defines the Interpreter's core.Compiler, through which the
// builtins eval, exec and compile run source: it goes through the same
// front-end as a script (parse, then lower in shared-globals mode, so
// that the code reads and binds its globals in the namespace each run
// gives), and runs in the calling thread, under the same limits.

import (
	"context"
	"strings"

	"go.starlark.net/resolve"
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/lower/srcmap"
	"github.com/spindle-lang/spindle/interp/parse"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// compiler is the Interpreter's core.Compiler.
type compiler struct{ in *Interpreter }

var _ core.Compiler = compiler{}

// codeKey identifies a compiled source in an Interpreter's cache.
type codeKey struct{ src, filename, mode string }

// Code cache bounds: sources up to maxCachedSource bytes are kept, up to
// maxCachedCodes of them (the cache is emptied when full), so that exec
// of the same string in a loop compiles it once.
const (
	maxCachedSource = 4096
	maxCachedCodes  = 256
)

// Compile parses and lowers src in mode "exec", "eval" or "single". A
// short source compiled before gives the same (immutable) program.
func (c compiler) Compile(thread *starlark.Thread, src []byte, filename, mode string) (*core.Compiled, error) {
	if len(src) > maxCachedSource {
		return c.compile(thread, src, filename, mode)
	}
	key := codeKey{string(src), filename, mode}
	if code, ok := c.in.codes[key]; ok {
		return code, nil
	}
	code, err := c.compile(thread, src, filename, mode)
	if err == nil {
		if len(c.in.codes) >= maxCachedCodes || c.in.codes == nil {
			c.in.codes = make(map[codeKey]*core.Compiled)
		}
		c.in.codes[key] = code
	}
	return code, err
}

// compile is Compile without the cache.
func (c compiler) compile(thread *starlark.Thread, src []byte, filename, mode string) (*core.Compiled, error) {
	in := c.in
	text, err := parse.DecodeSource(filename, src)
	if err != nil {
		return nil, in.importSyntaxError(err, src)
	}
	var pf *pyast.File
	if mode == "eval" {
		// eval ignores the spaces and tabs that start its source.
		text = []byte(strings.TrimLeft(string(text), " \t"))
		var x pyast.Expr
		if x, err = parse.Expr(filename, text); err == nil {
			pf = &pyast.File{Path: filename, Src: text, Stmts: []pyast.Stmt{&pyast.ExprStmt{X: x}}}
		}
	} else {
		pf, err = parse.File(filename, text, parse.Options{Decoded: true, Context: threadContext(thread)})
	}
	if err != nil {
		return nil, in.importSyntaxError(err, text)
	}
	f, names, err := lower.Shared(pf)
	if err != nil {
		return nil, in.importSyntaxError(err, text)
	}
	if mode == "eval" {
		wrapResult(f.Stmts)
	} else if mode == "single" {
		wrapDisplay(f.Stmts)
	}
	smap := srcmap.New(f)
	prog, err := starlark.FileProgram(f, func(name string) bool {
		return in.predeclared.Has(name) || name == abi.DisplayHook || strings.HasPrefix(name, lower.SharedVar(""))
	})
	if err != nil {
		return nil, in.importSyntaxError(err, text)
	}
	return &core.Compiled{Mode: mode, Names: names, Uses: predeclaredUses(f), Program: prog,
		Filename: filename, SourceMap: smap}, nil
}

// predeclaredUses returns the predeclared names that f, resolved,
// refers to: the only ones a run must provide.
func predeclaredUses(f *syntax.File) []string {
	seen := map[string]bool{}
	var uses []string
	syntax.Walk(f, func(n syntax.Node) bool {
		if id, ok := n.(*syntax.Ident); ok {
			if b, ok := id.Binding.(*resolve.Binding); ok && b.Scope == resolve.Predeclared && !seen[id.Name] {
				seen[id.Name] = true
				uses = append(uses, id.Name)
			}
		}
		return true
	})
	return uses
}

// wrapResult makes the last statement of an eval's lowered expression,
// which is its expression statement, pass its value to the display hook.
func wrapResult(stmts []syntax.Stmt) {
	if n := len(stmts); n > 0 {
		if s, ok := stmts[n-1].(*syntax.ExprStmt); ok {
			start, end := s.X.Span()
			s.X = &syntax.CallExpr{Fn: &syntax.Ident{NamePos: start, Name: abi.DisplayHook}, Lparen: start, Args: []syntax.Expr{s.X}, Rparen: end}
		}
	}
}

// threadContext returns the context of the script thread st.
func threadContext(st *starlark.Thread) context.Context {
	if t := core.FromThread(st); t != nil && t.Ctx != nil {
		return t.Ctx
	}
	return context.Background()
}

// Run runs code in thread with the globals that global gives.
func (c compiler) Run(thread *starlark.Thread, code *core.Compiled, global func(string) starlark.Value) (starlark.Value, error) {
	in := c.in
	in.rt.Sources().AddSourceMap(code.Filename, code.SourceMap)
	env := make(starlark.StringDict, len(code.Uses)+len(code.Names))
	for _, k := range code.Uses {
		env[k] = in.predeclared[k]
	}
	var result starlark.Value = starlark.None
	env[abi.DisplayHook] = starlark.NewBuiltin(abi.DisplayHook, func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 {
			return starlark.None, nil
		}
		if code.Mode == "eval" {
			result = args[0]
		} else if args[0] != starlark.None {
			s, err := builtins.Repr(thread, args[0])
			if err != nil {
				return nil, err
			}
			in.rt.Stdout().WriteString(s + "\n")
		}
		return starlark.None, nil
	})
	for _, name := range code.Names {
		env[lower.SharedVar(name)] = global(name)
	}
	_, err := code.Program.Init(thread, env)
	return result, err
}

// Builtins returns the Interpreter's builtins module.
func (c compiler) Builtins() *core.Module { return c.in.builtins }

// MainGlobals returns the __main__ globals if vm is the module of the
// __main__ chunk (of ExecFile, Exec or ExecREPL) at the bottom of
// thread's stack, so that exec binds there the names the chunk has no
// slot for, and later calls see them.
func (c compiler) MainGlobals(thread *starlark.Thread, vm *starlark.Module) core.MainGlobals {
	d := thread.CallStackDepth()
	if d == 0 {
		return nil
	}
	fn, ok := thread.DebugFrame(d - 1).Callable().(*starlark.Function)
	if !ok || !builtins.ModuleLevel(fn) || fn.Module() != vm {
		return nil
	}
	return mainGlobals(c)
}

// mainGlobals is the core.MainGlobals of an Interpreter.
type mainGlobals struct{ in *Interpreter }

// Get returns the __main__ global name, or nil.
func (g mainGlobals) Get(name string) starlark.Value {
	g.in.mu.Lock()
	defer g.in.mu.Unlock()
	v, _ := globalValue(g.in.globals[name])
	return v
}

// Set binds the __main__ global name, in its cell if the REPL made one.
func (g mainGlobals) Set(name string, v starlark.Value) {
	g.in.mu.Lock()
	defer g.in.mu.Unlock()
	g.in.storeGlobal(name, v)
}

// Dunder returns what execMain seeds a chunk of __main__ with as its
// __doc__ or __package__, or the predeclared __file__, or nil.
func (g mainGlobals) Dunder(name string) starlark.Value {
	g.in.mu.Lock()
	defer g.in.mu.Unlock()
	if v, _ := globalValue(g.in.globals[name]); v != nil {
		return v
	}
	switch name {
	case "__doc__":
		return docValue(g.in.mainDoc)
	case "__package__":
		return starlark.None
	}
	return g.in.predeclared[name]
}

// All returns a copy of the bound __main__ globals.
func (g mainGlobals) All() starlark.StringDict { return g.in.Globals() }
