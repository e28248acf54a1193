// Package timeit is spindle's timeit module: Timer, timeit, repeat and
// default_timer. A statement may be a callable or a string of Python
// source, which runs inside CPython's template function, compiled by the
// Interpreter's front-end (core.Runtime.ExecSource). A string statement
// sees the builtins and the globals argument; for names of the main
// script, use globals=globals() or setup="from __main__ import f".
package timeit

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	pytime "github.com/spindle-lang/spindle/builtins/time"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

const (
	defaultNumber = 1000000
	defaultRepeat = 5
	srcName       = "<timeit-src>"
)

// defaultTimer is time.perf_counter.
var defaultTimer = pytime.Module.Members["perf_counter"]

// Module is the timeit module. Members:
//
//	Timer(stmt='pass', setup='pass', timer=default_timer, globals=None)
//	timeit(stmt='pass', setup='pass', timer=default_timer, number=1000000, globals=None)
//	repeat(stmt='pass', setup='pass', timer=default_timer, repeat=5, number=1000000, globals=None)
//	default_timer
var Module = &core.Module{Name: "timeit", Members: starlark.StringDict{
	"Timer":         TimerClass,
	"timeit":        starlark.NewBuiltin("timeit", timeitFunc),
	"repeat":        starlark.NewBuiltin("repeat", timeitFunc),
	"default_timer": defaultTimer,
}}

// template is CPython's timeit template.
const template = `
def inner(_it, _timer):
    %s
    _t0 = _timer()
    for _i in _it:
        %s
        pass
    _t1 = _timer()
    return _t1 - _t0
`

// reindent indents the continuation lines of src.
func reindent(src string, indent int) string {
	return strings.ReplaceAll(src, "\n", "\n"+strings.Repeat(" ", indent))
}

// part returns the source of a statement for the template: the string
// itself, or a call of the callable, which it adds to ns as name.
func part(v starlark.Value, name, what string, indent int, ns starlark.StringDict) (string, error) {
	switch v := v.(type) {
	case starlark.String:
		return reindent(string(v), indent), nil
	case starlark.Callable:
		ns[name] = v
		return name + "()", nil
	}
	return "", py.Raisef(py.ValueError, "%s is neither a string nor callable", what)
}

// compileTimer builds the inner function of a Timer: in Go when the
// statements are callables (or the setup is 'pass'), else from the template.
func compileTimer(thread *starlark.Thread, stmt, setup, globals starlark.Value) (starlark.Value, string, error) {
	if fn, ok := stmt.(starlark.Callable); ok {
		if _, ok := setup.(starlark.Callable); ok || setup == starlark.String("pass") {
			return starlark.NewBuiltin("inner", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
				var it, timer starlark.Value
				if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &it, &timer); err != nil {
					return nil, py.ToException(err)
				}
				return callInner(thread, fn, setup, it, timer)
			}), "", nil
		}
	}
	ns := starlark.StringDict{}
	if globals != starlark.None {
		d, ok := globals.(*starlark.Dict)
		if !ok {
			return nil, "", py.Raisef(py.TypeError, "exec() globals must be a dict, not %s", py.TypeName(globals))
		}
		for _, kv := range d.Items() {
			if k, ok := kv[0].(starlark.String); ok {
				ns[string(k)] = kv[1]
			}
		}
	}
	if err := checkSyntax(thread, stmt, setup); err != nil {
		return nil, "", err
	}
	setupSrc, err := part(setup, "_setup", "setup", 4, ns)
	if err != nil {
		return nil, "", err
	}
	stmtSrc, err := part(stmt, "_stmt", "stmt", 8, ns)
	if err != nil {
		return nil, "", err
	}
	src := fmt.Sprintf(template, setupSrc, stmtSrc)
	out, err := core.RuntimeOf(thread).ExecSource(thread, srcName, src, ns)
	if err != nil {
		return nil, "", err
	}
	return out["inner"], src, nil
}

// checkSyntax compiles the setup, and the statement after the setup, on
// their own first, as CPython's Timer does, so that a SyntaxError names
// their own lines (the statement's is after the setup's).
func checkSyntax(thread *starlark.Thread, stmt, setup starlark.Value) error {
	c, err := core.RuntimeOf(thread).Compiler()
	if err != nil {
		return err
	}
	prefix := ""
	if s, ok := setup.(starlark.String); ok {
		if _, err := c.Compile(thread, []byte(s), srcName, "exec"); err != nil {
			return err
		}
		prefix = string(s) + "\n"
	}
	if s, ok := stmt.(starlark.String); ok {
		if _, err := c.Compile(thread, []byte(prefix+string(s)), srcName, "exec"); err != nil {
			return err
		}
	}
	return nil
}

// timeitFunc implements timeit(...) and repeat(...).
// https://docs.python.org/3/library/timeit.html#timeit.timeit
func timeitFunc(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var stmt, setup, timer, globals starlark.Value = starlark.String("pass"), starlark.String("pass"), defaultTimer, starlark.None
	number, repeat := starlark.Value(starlark.MakeInt(defaultNumber)), starlark.Value(starlark.MakeInt(defaultRepeat))
	pairs := []any{"stmt?", &stmt, "setup?", &setup, "timer?", &timer}
	if b.Name() == "repeat" {
		pairs = append(pairs, "repeat?", &repeat)
	}
	pairs = append(pairs, "number?", &number, "globals?", &globals)
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, pairs...); err != nil {
		return nil, py.ToException(err)
	}
	t, err := newTimerObject(thread, stmt, setup, timer, globals)
	if err != nil {
		return nil, err
	}
	if b.Name() == "repeat" {
		return t.repeat(thread, repeat, number)
	}
	return t.timeit(thread, number)
}

// callInner is the template's inner function for callable statements.
func callInner(thread *starlark.Thread, stmt starlark.Callable, setup, it, timer starlark.Value) (starlark.Value, error) {
	if setup, ok := setup.(starlark.Callable); ok {
		if _, err := starlark.Call(thread, setup, nil, nil); err != nil {
			return nil, err
		}
	}
	t0, err := starlark.Call(thread, timer, nil, nil)
	if err != nil {
		return nil, err
	}
	err = builtins.ForEach(thread, it, func(starlark.Value) error {
		_, err := starlark.Call(thread, stmt, nil, nil)
		return err
	})
	if err != nil {
		return nil, err
	}
	t1, err := starlark.Call(thread, timer, nil, nil)
	if err != nil {
		return nil, err
	}
	return starlark.Binary(syntax.MINUS, t1, t0)
}
