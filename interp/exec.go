package interp

// This file defines the ways to run code: ExecFile, Exec, Eval, Call and
// Globals, each taking a context that cancels every thread it started.

import (
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/front"
	"github.com/spindle-lang/spindle/interp/lower"
	"github.com/spindle-lang/spindle/interp/lower/srcmap"
	"github.com/spindle-lang/spindle/interp/parse"
	"github.com/spindle-lang/spindle/interp/py"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// parseFile parses Python (or Starlark) source with spindle's front-end
// and lowers it to a Starlark tree.
func parseFile(filename string, src any) (*syntax.File, error) {
	text, err := readSource(filename, src)
	if err != nil {
		return nil, err
	}
	return front.Parse(filename, text)
}

// parseSource decodes source bytes as CPython reads a file (see
// parse.DecodeSource) and parses them; it returns the text too, which
// tracebacks quote. A reference to a name that is bound nowhere in the
// file and for which defined is false becomes a NameError raised where
// (and if) it runs, as in CPython. The parse stops when ctx is done.
//
// scan, if set, is told of the parsed file before it is lowered (see
// scanFuncAttrs); the lowering then reads the attributes that the
// program's files store on functions as such.
func (in *Interpreter) parseSource(ctx context.Context, filename string, src []byte, defined func(string) bool, scan func(*pyast.File)) ([]byte, *syntax.File, error) {
	text, err := parse.DecodeSource(filename, src)
	if err != nil {
		return src, nil, err
	}
	pf, err := parse.File(filename, text, parse.Options{Decoded: true, Context: ctx})
	if err != nil {
		return text, nil, err
	}
	opts := lower.Options{Predeclared: defined}
	if scan != nil {
		scan(pf)
		opts.FuncAttrs = in.hasFuncAttr
	}
	f, err := lower.File(pf, opts)
	return text, f, err
}

// defined reports whether name is predeclared or a __main__ global.
func (in *Interpreter) defined(name string) bool {
	if name == "__name__" || name == "__package__" || name == "__spec__" || name == "__doc__" || in.predeclared.Has(name) {
		return true
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	v, ok := in.globals[name]
	if c, isShared := v.(*py.SharedCell); isShared {
		return c.Bound()
	}
	return ok
}

// globalValue returns the value of v, an entry of in.globals (a value, or
// a Cell or SharedCell holding one), or false for a SharedCell that is
// not bound: the REPL made it for a name that its code reads, and that
// has not been assigned yet.
func globalValue(v starlark.Value) (starlark.Value, bool) {
	if c, ok := v.(*py.SharedCell); ok && !c.Bound() {
		return nil, false
	}
	return py.Unbox(v), true
}

// storeGlobal sets the __main__ global k to v: in place if the REPL keeps
// k in a cell, so that the functions it defined see v. The caller holds
// the GIL and in.mu.
func (in *Interpreter) storeGlobal(k string, v starlark.Value) {
	c, ok := in.globals[k].(*py.SharedCell)
	if !ok {
		in.globals[k] = v
		return
	}
	if cell, isCell := v.(*py.Cell); isCell {
		v = cell.V
	}
	if v != nil {
		c.Set(v)
	}
}

var fileOptions = lower.FileOptions()

func setArgv(rt *core.Runtime, argv []string) {
	if len(argv) == 0 {
		argv = []string{""}
	}
	sys.SetArgv(rt, argv)
}

func setPath(rt *core.Runtime, dirs []string) {
	if len(dirs) == 0 {
		dirs = []string{""}
	}
	l := sys.Path(rt)
	for _, d := range dirs {
		l.Append(starlark.String(d))
	}
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

// ExecFile runs a module as __main__. src is a string, a []byte, or nil
// to read the file. The module sees the __main__ globals left by earlier
// calls and leaves its own there. ExecFile waits for the non-daemon
// threads the module started, as CPython does at exit; daemon threads go
// on until they finish, ctx is cancelled or the Interpreter is closed.
//
// A script failure is returned as an *Error. Cancelling ctx stops every
// thread the call started, blocked ones included, and ExecFile returns
// once they have all stopped, with an error that wraps context.Cause(ctx).
// ExecFile is safe to call from any goroutine; calls queue for the GIL.
func (in *Interpreter) ExecFile(ctx context.Context, filename string, src any) error {
	text, err := readSource(filename, src)
	if err != nil {
		exc := py.Raisef(py.OSError, "%v", err)
		return &Error{Exception: exc, traceback: exc.Error() + "\n", cause: err}
	}
	text, f, err := in.parseSource(ctx, filename, text, in.defined, func(f *pyast.File) {
		in.scanMain(f, filename)
	})
	if !strings.HasPrefix(filename, "<") {
		in.rt.Sources().AddSource(filename, text) // CPython quotes no "<string>" lines
	}
	if err != nil {
		if ctx != nil && ctx.Err() != nil && errors.Is(err, context.Cause(ctx)) {
			exc := py.ToException(core.Cancelled(ctx)) // as when the run is cancelled
			return &Error{Exception: exc, traceback: in.formatTraceback(exc), cause: context.Cause(ctx)}
		}
		return in.wrapSource(err, text)
	}
	// Even a "<string>" script's defs have their qualified names, for
	// __qualname__ and the messages of bad calls.
	in.rt.Sources().AddSourceMap(filename, srcmap.New(f))
	in.mu.Lock()
	in.mainDoc = moduleDoc(f, text)
	in.mu.Unlock()
	c, err := in.begin(ctx)
	if err != nil {
		return err
	}
	defer in.end(c)
	_, err = in.runMain(c, func(st *starlark.Thread) (starlark.Value, error) {
		core.FromThread(st).Linger = true // listed while the script's threads finish
		err := in.execMain(st, f)
		if sys.CallExceptHook(st, err) {
			err = reported{err}
		} else {
			err = in.captureSuggestion(st, err)
		}
		return nil, err
	})
	defer in.rt.Forget(c.main)
	if e, ok := py.AsException(core.CatchInterrupt(nil, err)); ok && e.Class == py.KeyboardInterrupt {
		// Ctrl-C ended the main thread: stop the rest rather than wait.
		c.stop(&stopReason{exc: e})
	}
	stopped := !in.waitThreads(c, false, c.ctx.Done())
	if stopped || c.ctx.Err() != nil {
		in.waitThreads(c, true, nil) // they were cancelled: wait until they end
	}
	if err == nil && !stopped && c.stopped() == nil {
		return nil // (a stop after the main thread's last wait fails the call too)
	}
	return in.callError(c, err)
}

// Exec runs src as __main__ under Options.Filename, as ExecFile does.
func (in *Interpreter) Exec(ctx context.Context, src string) error {
	return in.ExecFile(ctx, in.opts.Filename, src)
}

// Eval evaluates an expression in the __main__ globals and returns its
// value. Threads the expression starts are not waited for. It is safe
// to call from any goroutine; calls queue for the GIL.
func (in *Interpreter) Eval(ctx context.Context, expr string) (starlark.Value, error) {
	e, aliases, opts, err := parseEval(expr)
	if err != nil {
		return nil, in.wrapSource(err, []byte(expr))
	}
	c, err := in.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer in.end(c)
	v, err := in.runMain(c, func(st *starlark.Thread) (starlark.Value, error) {
		env := in.env()
		for _, a := range aliases {
			v, err := starlark.EvalExprOptions(opts, st, a.RHS, env)
			if err != nil {
				return nil, err
			}
			env[a.LHS.(*syntax.Ident).Name] = v
		}
		return starlark.EvalExprOptions(opts, st, e, env)
	})
	if err != nil {
		return nil, in.callError(c, err)
	}
	return v, nil
}

// parseEval parses expr, which must be a single expression, and
// returns it after the assignments of the module aliases its lowering
// reads (__sp_R_num = __sp_R["num"], ...).
func parseEval(expr string) (syntax.Expr, []*syntax.AssignStmt, *syntax.FileOptions, error) {
	f, err := parseFile("<string>", expr)
	if err != nil {
		return nil, nil, nil, err
	}
	var aliases []*syntax.AssignStmt
	stmts := f.Stmts
	for len(stmts) > 1 {
		a, ok := stmts[0].(*syntax.AssignStmt)
		if !ok {
			break
		}
		if _, ok := a.LHS.(*syntax.Ident); !ok {
			break
		}
		aliases, stmts = append(aliases, a), stmts[1:]
	}
	if len(stmts) == 1 {
		if s, ok := stmts[0].(*syntax.ExprStmt); ok {
			opts := f.Options
			if opts == nil {
				opts = fileOptions
			}
			return s.X, aliases, opts, nil
		}
	}
	pos := syntax.MakePosition(&f.Path, 1, 1)
	if len(f.Stmts) > 0 {
		pos, _ = f.Stmts[0].Span()
	}
	return nil, nil, nil, syntax.Error{Pos: pos, Msg: "invalid syntax"}
}

// Call calls fn with args converted by ToValue and returns its result.
// fn is a callable script value (from Eval or Globals, say) or the name
// of a __main__ global. Threads fn starts are not waited for. It is safe
// to call from any goroutine; calls queue for the GIL.
func (in *Interpreter) Call(ctx context.Context, fn any, args ...any) (starlark.Value, error) {
	callee, err := in.callee(fn)
	if err != nil {
		return nil, err
	}
	targs := make(starlark.Tuple, len(args))
	for i, a := range args {
		if targs[i], err = ToValue(a); err != nil {
			return nil, fmt.Errorf("interp: Call argument %d: %w", i+1, err)
		}
	}
	c, err := in.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer in.end(c)
	v, err := in.runMain(c, func(st *starlark.Thread) (starlark.Value, error) {
		return starlark.Call(st, callee, targs, nil)
	})
	if err != nil {
		return nil, in.callError(c, err)
	}
	return v, nil
}

// callee resolves Call's fn argument.
func (in *Interpreter) callee(fn any) (starlark.Value, error) {
	switch fn := fn.(type) {
	case string:
		in.mu.Lock()
		v, ok := in.globals[fn]
		in.mu.Unlock()
		if ok {
			v, ok = globalValue(v)
		}
		if !ok {
			return nil, fmt.Errorf("interp: Call: no global named %q", fn)
		}
		return v, nil
	case starlark.Value:
		return fn, nil
	}
	return nil, fmt.Errorf("interp: Call: fn is a %T, want a starlark.Value or a global's name", fn)
}

// Globals returns a copy of the __main__ globals that scripts defined,
// with boxed variables unwrapped. The map is a copy but its values are
// live script values: while script threads run, read them only through
// FromValue inside a Go function a script calls, or with Eval and Call.
// It is safe to call from any goroutine; but as the REPL keeps globals in
// cells that its threads assign in place (see ExecREPL), call it from
// outside the GIL only when no thread that ExecREPL started runs.
func (in *Interpreter) Globals() starlark.StringDict {
	in.mu.Lock()
	defer in.mu.Unlock()
	out := make(starlark.StringDict, len(in.globals))
	for k, v := range in.globals {
		if v, ok := globalValue(v); ok {
			out[k] = v
		}
	}
	return out
}

// env returns the names an expression sees: predeclared and __main__.
func (in *Interpreter) env() starlark.StringDict {
	in.mu.Lock()
	defer in.mu.Unlock()
	env := make(starlark.StringDict, len(in.predeclared)+len(in.globals))
	for k, v := range in.predeclared {
		env[k] = v
	}
	for k, v := range in.globals {
		if v, ok := globalValue(v); ok {
			env[k] = v
		}
	}
	return env
}

// execMain runs f as a chunk of __main__: it starts from the predeclared
// names and the current globals, and stores back the names it bound.
// Concurrent calls each see a snapshot; each stores only what it changed.
func (in *Interpreter) execMain(st *starlark.Thread, f *syntax.File) error {
	seed := make(starlark.StringDict, len(in.predeclared)+1)
	for k, v := range in.predeclared {
		seed[k] = v
	}
	seed["__name__"] = starlark.String("__main__")
	seed["__package__"] = starlark.None
	seed["__spec__"] = starlark.None
	in.mu.Lock()
	seed["__doc__"] = docValue(in.mainDoc)
	for k, v := range in.globals {
		if v, ok := globalValue(v); ok {
			seed[k] = v
		}
	}
	in.mu.Unlock()
	env := make(starlark.StringDict, len(seed))
	for k, v := range seed {
		env[k] = v
	}
	in.runAsMain(st, f.Path)
	err := starlark.ExecREPLChunk(f, st, env)
	in.mainRun = in.mainRun[:len(in.mainRun)-1]
	in.mu.Lock()
	defer in.mu.Unlock()
	for k, v := range env {
		if old, ok := seed[k]; !ok || !sameValue(old, v) {
			in.storeGlobal(k, v)
		}
	}
	return err
}

// sameValue reports whether a and b are the same value without calling
// their methods; values of uncomparable types (Tuple) are never the same.
func sameValue(a, b starlark.Value) bool {
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	return ta == tb && ta.Comparable() && a == b
}

// runMain runs fn on a new main thread of call c, holding the GIL.
func (in *Interpreter) runMain(c *call, fn func(st *starlark.Thread) (starlark.Value, error)) (starlark.Value, error) {
	t := in.rt.NewThread(c.ctx, "MainThread")
	t.EnableInterrupts()
	in.mu.Lock()
	c.main = t
	in.mu.Unlock()
	if err := in.enterMain(c, t); err != nil {
		return nil, err
	}
	var v starlark.Value
	err := core.Protect(func() error {
		var err error
		v, err = fn(t.ST)
		return err
	})
	err = t.HandlerError(t.RaisedError(err)) // what a SIGINT handler raised: SystemExit, say
	chargeSteps(t.ST)
	if err != nil {
		py.ToException(err).CaptureStr(t.ST) // str(e) may run script code: do it under the GIL
	}
	in.rt.LeaveMain(t)
	return v, err
}

// enterMain registers main thread t and takes the GIL for it. While
// Options.MaxThreads threads are live, the call waits for one to end:
// the limit makes calls queue, and only Thread.start() fails.
func (in *Interpreter) enterMain(c *call, t *core.Thread) error {
	for {
		err := in.rt.EnterMain(t)
		if err == nil || in.opts.MaxThreads <= 0 || !isThreadLimit(err) {
			return err
		}
		select {
		case <-c.ctx.Done():
			return core.Cancelled(c.ctx)
		case <-time.After(time.Millisecond):
		}
	}
}

// isThreadLimit reports whether err is the runtime's MaxThreads error.
func isThreadLimit(err error) bool {
	exc, ok := py.AsException(err)
	return ok && exc.Class == py.RuntimeError && exc.Message() == "can't start new thread"
}

// callError converts the error of call c into an *Error. When c was
// stopped and err is the stop (or nil), the error says why, with the
// main thread's traceback.
func (in *Interpreter) callError(c *call, err error) error {
	why := c.stopped()
	if why == nil || err != nil && !isStop(c, err) {
		return in.wrapError(err)
	}
	exc := *why.exc
	exc.Traceback = stackOf(err)
	return &Error{Exception: &exc, traceback: in.formatTraceback(&exc), cause: why.cause}
}

// isStop reports whether err is how a main thread of c was stopped.
func isStop(c *call, err error) bool {
	if exc, ok := py.AsException(err); ok && exc == context.Cause(c.ctx) {
		return true
	}
	var ee *starlark.EvalError
	return errors.As(err, &ee) && strings.HasPrefix(ee.Msg, "Starlark computation cancelled")
}

// stackOf returns the call stack err carries, if any.
func stackOf(err error) starlark.CallStack {
	var ee *starlark.EvalError
	if errors.As(err, &ee) {
		return ee.CallStack
	}
	if exc, ok := py.AsException(err); ok {
		return exc.Traceback
	}
	return nil
}

// execModule compiles and runs one module in the calling thread.
func (in *Interpreter) execModule(thread *starlark.Thread, filename, modname string, src any) (starlark.StringDict, error) {
	text, err := readSource(filename, src)
	if err != nil {
		return nil, py.Raisef(py.OSError, "%v", err)
	}
	pre := make(starlark.StringDict, len(in.predeclared)+1)
	for k, v := range in.predeclared {
		pre[k] = v
	}
	pre["__name__"] = starlark.String(modname)
	pre["__doc__"] = starlark.None
	ctx := context.Background()
	if t := core.FromThread(thread); t != nil && t.Ctx != nil {
		ctx = t.Ctx
	}
	text, f, err := in.parseSource(ctx, filename, text, pre.Has, nil)
	in.rt.Sources().AddSource(filename, text)
	if err != nil {
		return nil, err
	}
	in.rt.Sources().AddSourceMap(filename, srcmap.New(f))
	pre["__doc__"] = docValue(moduleDoc(f, text))
	builtins.SetModuleFile(in.rt, filename, modname)
	prog, err := starlark.FileProgram(f, pre.Has)
	if err != nil {
		return nil, err
	}
	return prog.Init(thread, pre)
}

// execSource runs src as a module whose globals start as the builtins
// plus globals, for native modules that run source (timeit's string
// statements): see core.ExecSource.
func (in *Interpreter) execSource(thread *starlark.Thread, filename, src string, globals starlark.StringDict) (starlark.StringDict, error) {
	pre := make(starlark.StringDict, len(in.predeclared)+len(globals))
	for k, v := range in.predeclared {
		pre[k] = v
	}
	for k, v := range globals {
		pre[k] = v
	}
	text, f, err := in.parseSource(in.ctx, filename, []byte(src), pre.Has, nil)
	if err != nil {
		return nil, in.wrapSource(err, text).(*Error).Exception
	}
	prog, err := starlark.FileProgram(f, pre.Has)
	if err != nil {
		return nil, in.wrapSource(err, text).(*Error).Exception
	}
	return prog.Init(thread, pre)
}
