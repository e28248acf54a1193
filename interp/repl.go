package interp

// This file defines the hooks an interactive prompt needs: ExecREPL runs
// one input chunk in the persistent __main__ globals, shared by every
// chunk through cells, and Names, ModuleNames and AttrNames feed tab
// completion.

import (
	"context"
	"errors"
	"sort"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/front"
	"github.com/spindle-lang/spindle/interp/lower"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
	"github.com/spindle-lang/spindle/interp/pyrt"
)

// ExecREPL runs chunk, one complete input of an interactive session, as
// part of __main__. All inputs share one global namespace, as at
// CPython's prompt: each __main__ global lives in a cell (a
// py.SharedCell) that every input's code reads and writes, so a
// function defined by any input sees the current binding of each global,
// including those made later by other inputs, by its threads and through
// `global` in functions. Globals left by ExecFile are moved into cells
// when an input first uses them (functions that ExecFile defined keep
// their own copy). display is called, holding the GIL, with the value of
// every non-None expression statement outside a def, as CPython's
// sys.displayhook is, and `_` is bound to that value.
//
// Unlike ExecFile, ExecREPL does not wait for the threads the chunk
// starts: they go on running after it returns, until they finish or the
// Interpreter is closed.
//
// Cancelling ctx interrupts the chunk's main thread only, and the chunk
// fails with context.Cause(ctx) when that is a *py.Exception (such as
// KeyboardInterrupt). Code that is running stops at its next step;
// a main thread blocked in sleep, join, acquire or wait is woken, and in
// that case the threads this chunk itself started are stopped too. Threads
// started by earlier chunks are never affected.
//
// ExecREPL is safe to call from any goroutine, one call at a time.
func (in *Interpreter) ExecREPL(ctx context.Context, filename, chunk string, display func(v starlark.Value)) error {
	f, names, err := front.ParseShared(filename, []byte(chunk))
	if err != nil {
		return in.wrapError(err)
	}
	wrapDisplay(f.Stmts)

	// Threads the chunk starts inherit tctx, which outlives the call.
	tctx, tcancel := context.WithCancelCause(context.WithoutCancel(ctx))
	context.AfterFunc(in.ctx, func() { tcancel(context.Cause(in.ctx)) })
	// The statement itself runs under mctx, which Ctrl-C cancels; the
	// threads it starts inherit tctx and keep running.
	mctx, mcancel := context.WithCancelCause(tctx)
	defer mcancel(nil)
	t := in.rt.NewThread(mctx, "MainThread")
	t.ChildCtx = tctx
	stop := context.AfterFunc(ctx, func() { mcancel(context.Cause(ctx)) })
	defer stop()

	if err := in.rt.EnterMain(t); err != nil {
		return in.wrapError(err)
	}
	env := in.replEnv(names, display)
	err = core.Protect(func() error { return starlark.ExecREPLChunk(f, t.ST, env) })
	in.rt.LeaveMain(t)
	if err != nil {
		return in.replError(ctx, err)
	}
	return nil
}

// replError turns err into an *Error; an interruption becomes the
// cancellation cause (KeyboardInterrupt) with the interrupted traceback.
func (in *Interpreter) replError(ctx context.Context, err error) error {
	cause, ok := context.Cause(ctx).(*py.Exception)
	if !ok || ctx.Err() == nil {
		return replNameError(in.wrapError(err))
	}
	var stack starlark.CallStack
	var ee *starlark.EvalError
	if errors.As(err, &ee) {
		stack = ee.CallStack
	}
	exc := &py.Exception{Class: cause.Class, Args: cause.Args, Traceback: stack}
	return &Error{Exception: exc, traceback: in.rt.Sources().FormatTraceback(exc)}
}

// replNameError gives a NameError found by the resolver the traceback
// header CPython prints when it raises one at run time.
func replNameError(err error) error {
	var e *Error
	if !errors.As(err, &e) || e.Exception == nil || e.Exception.Class != py.NameError ||
		strings.HasPrefix(e.traceback, "Traceback") {
		return err
	}
	tb := strings.TrimSuffix(e.traceback, "\n")
	if i := strings.IndexByte(tb, '\n'); i >= 0 && strings.HasPrefix(tb, "  File ") {
		tb = "Traceback (most recent call last):\n" + tb[:i] + ", in <module>" + tb[i:] + "\n"
		return &Error{Exception: e.Exception, traceback: tb}
	}
	return err
}

// wrapDisplay replaces each expression statement outside a def by a call
// of the display hook, as CPython's interactive mode prints them.
func wrapDisplay(stmts []syntax.Stmt) {
	for _, s := range stmts {
		switch s := s.(type) {
		case *syntax.ExprStmt:
			start, end := s.X.Span()
			s.X = &syntax.CallExpr{
				Fn:     &syntax.Ident{NamePos: start, Name: abi.DisplayHook},
				Lparen: start,
				Args:   []syntax.Expr{s.X},
				Rparen: end,
			}
		case *syntax.IfStmt:
			wrapDisplay(s.True)
			wrapDisplay(s.False)
		case *syntax.ForStmt:
			wrapDisplay(s.Body)
		case *syntax.WhileStmt:
			wrapDisplay(s.Body)
		}
	}
}

// replEnv returns the globals a chunk starts from: the predeclared names,
// __name__, the display hook and, as lower.SharedVar(name), the cell of
// each __main__ global in names. The caller holds the GIL.
func (in *Interpreter) replEnv(names []string, display func(v starlark.Value)) starlark.StringDict {
	env := make(starlark.StringDict, len(in.predeclared)+len(names)+2)
	for k, v := range in.predeclared {
		env[k] = v
	}
	env["__name__"] = starlark.String("__main__")
	env[abi.DisplayHook] = in.displayHook(display)
	in.mu.Lock()
	defer in.mu.Unlock()
	for _, name := range names {
		env[lower.SharedVar(name)] = in.sharedCell(name)
	}
	return env
}

// displayHook returns the builtin that wrapDisplay calls: it shows each
// non-None value with display and binds it to `_`.
func (in *Interpreter) displayHook(display func(v starlark.Value)) *starlark.Builtin {
	return pyrt.DisplayHook(func(v starlark.Value) {
		if display != nil {
			display(v)
		}
		in.mu.Lock()
		c := in.sharedCell("_")
		in.mu.Unlock()
		c.Set(v)
	})
}

// sharedCell returns the cell that holds the __main__ global name, making
// it if need be: unbound for a new name, else bound to the global's value
// (set by ExecFile). The caller holds the GIL and in.mu.
func (in *Interpreter) sharedCell(name string) *py.SharedCell {
	v, ok := in.globals[name]
	if c, isShared := v.(*py.SharedCell); isShared {
		return c
	}
	c := py.NewSharedCell(name, nil)
	if cell, isCell := v.(*py.Cell); isCell {
		v = cell.V
	}
	if ok && v != nil {
		c.Set(v)
	}
	if b, isBuiltin := in.predeclared[name]; isBuiltin {
		c.Builtin = b
	} else if name == "__name__" {
		c.Builtin = starlark.String("__main__")
	} else {
		c.Builtin = starlark.Universe[name]
	}
	in.globals[name] = c
	return c
}

// Names returns the names visible at the prompt: the __main__ globals and
// the predeclared builtins, sorted, without the front-end's internal
// names. It is safe to call from any goroutine.
func (in *Interpreter) Names() []string {
	seen := map[string]bool{"__name__": true}
	for k := range starlark.Universe {
		seen[k] = true
	}
	for k := range in.predeclared {
		seen[k] = true
	}
	in.mu.Lock()
	for k, v := range in.globals {
		if _, ok := globalValue(v); ok {
			seen[k] = true
		}
	}
	in.mu.Unlock()
	names := make([]string, 0, len(seen))
	for k := range seen {
		if !strings.HasPrefix(k, abi.Prefix) {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	return names
}

// ModuleNames returns the names of every importable module, sorted. It is
// safe to call from any goroutine.
func (in *Interpreter) ModuleNames() []string {
	var names []string
	for k := range in.natives {
		names = append(names, k)
	}
	for k := range in.opts.Modules {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// AttrNames looks up dotted, a name or a dotted attribute path such as
// "threading.Thread" (no calls or other expressions), in the __main__
// globals and builtins, and returns the attribute names of the value it
// denotes, sorted. It reports false if dotted does not name a value.
// It takes the GIL, so it is safe to call from any goroutine that does
// not hold it.
func (in *Interpreter) AttrNames(dotted string) ([]string, bool) {
	parts := strings.Split(dotted, ".")
	for _, p := range parts {
		if !isNamePart(p) {
			return nil, false
		}
	}
	in.mu.Lock()
	v, ok := in.globals[parts[0]]
	if c, isShared := v.(*py.SharedCell); isShared && !c.Bound() {
		ok = false
	}
	in.mu.Unlock()
	if !ok {
		v, ok = in.predeclared[parts[0]]
	}
	if !ok {
		v, ok = starlark.Universe[parts[0]]
	}
	if !ok {
		return nil, false
	}
	in.rt.GIL.Acquire()
	defer in.rt.GIL.Release()
	v = py.Unbox(v)
	for _, p := range parts[1:] {
		x, ok := v.(starlark.HasAttrs)
		if !ok {
			return nil, false
		}
		a, err := x.Attr(p)
		if err != nil || a == nil {
			return nil, false
		}
		v = a
	}
	x, ok := v.(starlark.HasAttrs)
	if !ok {
		return nil, true
	}
	names := x.AttrNames()
	sort.Strings(names)
	return names, true
}

func isNamePart(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
