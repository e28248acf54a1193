package interp

// This file defines the ways to run code: ExecFile, Exec, Eval, Call and
// Globals, each taking a context that cancels every thread it started.

import (
	"context"
	"fmt"
	"os"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp/core"
)

// parseFile is the seam where the Python front-end plugs in.
func parseFile(filename string, src any) (*syntax.File, error) {
	return fileOptions.Parse(filename, src, 0)
}

var fileOptions = &syntax.FileOptions{
	Set: true, While: true, TopLevelControl: true, GlobalReassign: true,
	LoadBindsGlobally: true, Recursion: true,
}

func parseExpr(filename string, src any) (syntax.Expr, error) {
	return fileOptions.ParseExpr(filename, src, 0)
}

func setArgv(rt *core.Runtime, argv []string) {
	if len(argv) == 0 {
		argv = []string{""}
	}
	sys.SetArgv(rt, argv)
}

// readSource returns src's bytes, reading the file when src is nil.
func readSource(filename string, src any) ([]byte, error) {
	switch s := src.(type) {
	case nil:
		return os.ReadFile(filename)
	case string:
		return []byte(s), nil
	case []byte:
		return s, nil
	}
	return nil, fmt.Errorf("invalid source type %T", src)
}

// ExecFile runs a module as __main__: src is a string, a []byte or nil
// (read the file). It waits for the module's non-daemon threads, as
// CPython does at exit, and returns the first uncaught error of the main
// thread as an *Error. Cancelling ctx stops every thread it started.
func (in *Interpreter) ExecFile(ctx context.Context, filename string, src any) error {
	ctx, cancel := in.callContext(ctx)
	defer cancel(nil)
	_, err := in.runMain(ctx, func(t *core.Thread) (starlark.Value, error) {
		g, err := in.execModule(t.ST, filename, "__main__", src)
		in.mergeGlobals(g)
		return nil, err
	})
	if werr := in.rt.WaitNonDaemon(ctx); err == nil && werr != nil {
		err = in.wrapError(core.Cancelled(ctx))
	}
	return err
}

// Exec runs src as __main__ under Options.Filename, as ExecFile does.
func (in *Interpreter) Exec(ctx context.Context, src string) error {
	return in.ExecFile(ctx, in.opts.Filename, src)
}

// Eval evaluates an expression in the Interpreter's globals.
func (in *Interpreter) Eval(ctx context.Context, expr string) (starlark.Value, error) {
	e, err := parseExpr("<string>", expr)
	if err != nil {
		return nil, in.wrapError(err)
	}
	ctx, cancel := in.callContext(ctx)
	defer cancel(nil)
	return in.runMain(ctx, func(t *core.Thread) (starlark.Value, error) {
		env := in.env()
		return starlark.EvalExprOptions(fileOptions, t.ST, e, env)
	})
}

// Call calls fn (a script function or any callable) with Go or Starlark
// arguments converted by ToValue.
func (in *Interpreter) Call(ctx context.Context, fn starlark.Value, args ...any) (starlark.Value, error) {
	targs := make(starlark.Tuple, len(args))
	for i, a := range args {
		v, err := ToValue(a)
		if err != nil {
			return nil, err
		}
		targs[i] = v
	}
	ctx, cancel := in.callContext(ctx)
	defer cancel(nil)
	return in.runMain(ctx, func(t *core.Thread) (starlark.Value, error) {
		return starlark.Call(t.ST, fn, targs, nil)
	})
}

// Globals returns a copy of the __main__ module's globals, with boxed
// variables unwrapped.
func (in *Interpreter) Globals() starlark.StringDict {
	in.mu.Lock()
	defer in.mu.Unlock()
	out := make(starlark.StringDict, len(in.globals))
	for k, v := range in.globals {
		out[k] = core.Unbox(v)
	}
	return out
}

func (in *Interpreter) env() starlark.StringDict {
	in.mu.Lock()
	defer in.mu.Unlock()
	env := make(starlark.StringDict, len(in.predeclared)+len(in.globals))
	for k, v := range in.predeclared {
		env[k] = v
	}
	for k, v := range in.globals {
		env[k] = core.Unbox(v)
	}
	return env
}

func (in *Interpreter) mergeGlobals(g starlark.StringDict) {
	in.mu.Lock()
	defer in.mu.Unlock()
	for k, v := range g {
		in.globals[k] = v
	}
}

// callContext derives a call's context, also cancelled by Close.
func (in *Interpreter) callContext(ctx context.Context) (context.Context, context.CancelCauseFunc) {
	ctx, cancel := context.WithCancelCause(ctx)
	stop := context.AfterFunc(in.ctx, func() { cancel(context.Cause(in.ctx)) })
	return ctx, func(cause error) { stop(); cancel(cause) }
}

// runMain runs fn as a main thread holding the GIL, converting errors.
func (in *Interpreter) runMain(ctx context.Context, fn func(t *core.Thread) (starlark.Value, error)) (starlark.Value, error) {
	t := in.rt.NewThread(ctx, "MainThread")
	if err := in.rt.EnterMain(t); err != nil {
		return nil, in.wrapError(err)
	}
	var v starlark.Value
	err := core.Protect(func() error {
		var err error
		v, err = fn(t)
		return err
	})
	if err != nil {
		err = in.wrapError(err)
	}
	in.rt.LeaveMain(t)
	return v, err
}

// execModule compiles and runs one module in the calling thread.
func (in *Interpreter) execModule(thread *starlark.Thread, filename, modname string, src any) (starlark.StringDict, error) {
	text, err := readSource(filename, src)
	if err != nil {
		return nil, core.Raisef(core.OSError, "%v", err)
	}
	in.rt.AddSource(filename, text)
	f, err := parseFile(filename, text)
	if err != nil {
		return nil, err
	}
	pre := make(starlark.StringDict, len(in.predeclared)+1)
	for k, v := range in.predeclared {
		pre[k] = v
	}
	pre["__name__"] = starlark.String(modname)
	prog, err := starlark.FileProgram(f, pre.Has)
	if err != nil {
		return nil, err
	}
	return prog.Init(thread, pre)
}
