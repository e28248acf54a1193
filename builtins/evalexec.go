package builtins

// This file defines eval, exec, compile and locals. Source goes through
// the Interpreter's own front-end (core.Compiler) and runs in the
// calling thread, so it has no power and no limit the script lacks.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

func addEvalExec(d starlark.StringDict) {
	d["eval"] = starlark.NewBuiltin("eval", eval)
	d["exec"] = starlark.NewBuiltin("exec", exec)
	d["compile"] = starlark.NewBuiltin("compile", compile)
	d["locals"] = starlark.NewBuiltin("locals", locals)
}

// eval implements eval(source, globals=None, locals=None).
// https://docs.python.org/3/library/functions.html#eval
func eval(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "eval() takes no keyword arguments")
	}
	if err := argCount("eval", len(args), 1, 3); err != nil {
		return nil, err
	}
	g, l := argOrNone(args, 1), argOrNone(args, 2)
	if _, ok := g.(*starlark.Dict); g != starlark.None && !ok {
		if _, indexable := py.Base(g).(starlark.Indexable); indexable || isMapping(g) {
			return nil, py.Raise(py.TypeError, "globals must be a real dict; try eval(expr, {}, mapping)")
		}
		return nil, py.Raise(py.TypeError, "globals must be a dict")
	}
	if l != starlark.None && !isMapping(l) {
		return nil, py.Raise(py.TypeError, "locals must be a mapping")
	}
	return run(thread, "eval", args[0], g, l)
}

// exec implements exec(source, globals=None, locals=None).
// https://docs.python.org/3/library/functions.html#exec
func exec(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "exec() takes no keyword arguments")
	}
	if len(args) < 1 {
		return nil, py.Raise(py.TypeError, "exec() takes at least 1 positional argument (0 given)")
	}
	if len(args) > 3 {
		return nil, py.Raisef(py.TypeError, "exec expected at most 3 arguments, got %d", len(args))
	}
	g, l := argOrNone(args, 1), argOrNone(args, 2)
	if _, ok := g.(*starlark.Dict); g != starlark.None && !ok {
		return nil, py.Raisef(py.TypeError, "exec() globals must be a dict, not %s", py.TypeName(g))
	}
	if l != starlark.None && !isMapping(l) {
		return nil, py.Raisef(py.TypeError, "locals must be a mapping or None, not %s", py.TypeName(l))
	}
	if _, err := run(thread, "exec", args[0], g, l); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

// argOrNone returns args[i], or None if there is none.
func argOrNone(args starlark.Tuple, i int) starlark.Value {
	if i < len(args) {
		return args[i]
	}
	return starlark.None
}

// isMapping reports whether v is a mapping that locals may be.
func isMapping(v starlark.Value) bool {
	_, ok := py.Base(v).(starlark.Mapping)
	return ok
}

// run compiles source (unless it is a code object) in mode fn ("eval"
// or "exec") and runs it in the namespace that globals and locals (None
// for the caller's) make.
func run(thread *starlark.Thread, fn string, source, globals, locals starlark.Value) (starlark.Value, error) {
	rt := core.RuntimeOf(thread)
	c, err := rt.Compiler()
	if err != nil {
		return nil, err
	}
	code, err := compiled(thread, c, fn, source)
	if err != nil {
		return nil, err
	}
	ns := &namespace{rt: rt, builtins: c.Builtins()}
	if locals != starlark.None {
		ns.locals = locals
	}
	if g, ok := globals.(*starlark.Dict); ok && isModuleGlobals(thread, g) {
		callerNamespace(thread, ns) // exec(src, globals()): the module's own
		ns.mirror = g
		if rt.IsGlobalsDict(ns.vm, ns.locals) {
			ns.locals = nil // exec(src, globals(), locals()) at module level
		}
	} else if ok {
		ns.globals = g
		if _, found, _ := g.Get(starlark.String("__builtins__")); !found {
			if err := g.SetKey(starlark.String("__builtins__"), builtinsDict(rt, ns.builtins)); err != nil {
				return nil, err
			}
		}
	} else if !callerNamespace(thread, ns) {
		return nil, py.Raisef(py.SystemError, "%s(): no current frame", fn)
	}
	return c.Run(thread, code, ns.ref)
}

type builtinsDictKey struct{}

// builtinsDict returns the dict of the builtins that exec stores in a
// globals dict as __builtins__, as CPython stores builtins.__dict__:
// made once per Interpreter from the builtins module m.
func builtinsDict(rt *core.Runtime, m *core.Module) *starlark.Dict {
	return rt.ModuleState(builtinsDictKey{}, func() any {
		d := starlark.NewDict(len(m.Members))
		for _, k := range m.Members.Keys() {
			d.SetKey(starlark.String(k), m.Members[k])
		}
		return d
	}).(*starlark.Dict)
}

// isModuleGlobals reports whether g is a dict that globals() has just
// made for the module of the calling frame.
func isModuleGlobals(thread *starlark.Thread, g *starlark.Dict) bool {
	_, fn := userFrame(thread)
	return fn != nil && core.RuntimeOf(thread).IsGlobalsDict(fn.Module(), g)
}

// compiled returns the program of source: a code object's, or that of
// a str or bytes source compiled in mode.
func compiled(thread *starlark.Thread, c core.Compiler, mode string, source starlark.Value) (*core.Compiled, error) {
	var src []byte
	switch s := source.(type) {
	case *core.Code:
		if s.Compiled != nil {
			return s.Compiled, nil
		}
		return nil, py.Raisef(py.TypeError, "%s() arg 1 must be a string, bytes or code object", mode)
	case starlark.String:
		src = []byte(s)
	case starlark.Bytes:
		src = []byte(s)
	default:
		return nil, py.Raisef(py.TypeError, "%s() arg 1 must be a string, bytes or code object", mode)
	}
	return c.Compile(thread, src, "<string>", mode)
}

// callerNamespace fills in the globals (and, in a function, the locals)
// of the innermost script function calling the builtin, as CPython's
// eval and exec take them without a globals argument.
func callerNamespace(thread *starlark.Thread, ns *namespace) bool {
	depth, fn := userFrame(thread)
	if fn == nil {
		return false
	}
	ns.vm = fn.Module()
	ns.main = mainGlobals(thread, ns.vm)
	if !ModuleLevel(fn) && ns.locals == nil {
		ns.locals = frameLocals(thread, depth)
	} else if ModuleLevel(fn) && depth > 1 {
		if d := addLocals(starlark.NewDict(0), thread, depth-1); d.Len() > 0 {
			ns.hidden = d // an except clause's name, say
		}
	}
	return true
}

// compile implements compile(source, filename, mode, flags=0,
// dont_inherit=False, optimize=-1); flags and optimize are ignored.
// https://docs.python.org/3/library/functions.html#compile
func compile(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var source, flags, dontInherit, optimize starlark.Value
	var filename, mode string
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "source", &source, "filename", &filename, "mode", &mode,
		"flags?", &flags, "dont_inherit?", &dontInherit, "optimize?", &optimize); err != nil {
		return nil, err
	}
	if mode != "exec" && mode != "eval" && mode != "single" {
		return nil, py.Raise(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	var src []byte
	switch s := source.(type) {
	case *core.Code:
		return s, nil
	case starlark.String:
		src = []byte(s)
	case starlark.Bytes:
		src = []byte(s)
	default:
		return nil, py.Raise(py.TypeError, "compile() arg 1 must be a string, bytes or AST object")
	}
	c, err := core.RuntimeOf(thread).Compiler()
	if err != nil {
		return nil, err
	}
	code, err := c.Compile(thread, src, filename, mode)
	if err != nil {
		return nil, err
	}
	return &core.Code{Name: "<module>", Filename: filename, FirstLine: 1, Compiled: code}, nil
}

// locals implements locals(): in a function, a new dict of its bound
// local variables; at module level, globals().
// https://docs.python.org/3/library/functions.html#locals
func locals(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args)+len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "locals() takes no arguments (%d given)", len(args)+len(kwargs))
	}
	if depth, fn := userFrame(thread); fn != nil && !ModuleLevel(fn) {
		return frameLocals(thread, depth), nil
	} else if fn != nil {
		if ns := execNamespace(fn.Module()); ns != nil && ns.locals != nil {
			return ns.locals, nil // code that exec(src, g, l) runs
		}
	}
	return globals(thread, b, args, kwargs)
}
