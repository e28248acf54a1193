// Package inspect is spindle's inspect module, written in Python
// (inspect.py) on two native helpers that read a function's parameters
// and whether it is a generator function: the is* predicates,
// getmembers, signature (Signature, Parameter, BoundArguments), getdoc,
// cleandoc, getmodule, getfile, getsource (of functions, from the
// sources the Interpreter ran), currentframe and stack.
package inspect

// This file embeds the module's source and defines its native helpers.

import (
	_ "embed"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
)

var (
	//go:embed inspect.py
	inspectSource string
	//go:embed signature.py
	signatureSource string
)

// Module is the inspect module. Members:
//
//	ismodule, isclass, ismethod, isfunction, isgeneratorfunction, isgenerator, iscoroutinefunction,
//	iscoroutine, isawaitable, isbuiltin, isroutine, ismethoddescriptor, isabstract, isframe, iscode,
//	istraceback (obj)
//	getmembers(object, predicate=None), getdoc(object), cleandoc(doc), getmodule(object), getfile(object)
//	getsource(f), getsourcelines(f) (of functions; OSError for others), getsourcefile(x), unwrap(f)
//	currentframe(), stack(context=1) (FrameInfo)
//	signature(obj): Signature (parameters, return_annotation, bind, bind_partial, replace)
//	Parameter(name, kind, *, default, annotation) with POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD,
//	VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD and empty; BoundArguments
var Module = &core.Module{Name: "inspect", Source: inspectSource + signatureSource, Helpers: starlark.StringDict{
	"_params":       starlark.NewBuiltin("_params", params),
	"_genfunc":      starlark.NewBuiltin("_genfunc", genfunc),
	"_corofunc":     starlark.NewBuiltin("_corofunc", corofunc),
	"_iscoro":       starlark.NewBuiltin("_iscoro", iscoro),
	"_isscript":     starlark.NewBuiltin("_isscript", isscript),
	"_location":     starlark.NewBuiltin("_location", location),
	"_source_lines": starlark.NewBuiltin("_source_lines", sourceLines),
}}

// The parameter kinds, as inspect._ParameterKind numbers them.
const (
	positionalOnly      = 0
	positionalOrKeyword = 1
	varPositional       = 2
	keywordOnly         = 3
	varKeyword          = 4
)

// params implements _params(f): the parameters of script function f as
// (name, kind, default, has_default) tuples, in the order of its def.
func params(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	fn, _ := builtins.ScriptFunction(x)
	if fn == nil {
		return starlark.None, nil
	}
	named := core.PositionalParams(fn)
	var out []starlark.Value
	add := func(i, kind int) {
		name, _ := fn.Param(i)
		if p, ok := strings.CutPrefix(name, abi.PosOnlyParam); ok {
			name, kind = p, positionalOnly
		} else if strings.HasPrefix(name, abi.Prefix) {
			return // a parameter the front-end added
		}
		dflt, has := fn.ParamDefault(i), true
		if dflt == nil {
			dflt, has = starlark.None, false
		}
		out = append(out, starlark.Tuple{starlark.String(name), starlark.MakeInt(kind), dflt, starlark.Bool(has)})
	}
	for i := 0; i < named; i++ {
		add(i, positionalOrKeyword)
	}
	next := named + fn.NumKwonlyParams()
	if fn.HasVarargs() {
		add(next, varPositional)
		next++
	}
	for i := named; i < named+fn.NumKwonlyParams(); i++ {
		add(i, keywordOnly)
	}
	if fn.HasKwargs() {
		add(next, varKeyword)
	}
	return starlark.NewList(out), nil
}

// genfunc implements _genfunc(f): whether f is a generator function.
func genfunc(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	_, gen := builtins.ScriptFunction(x)
	return starlark.Bool(gen), nil
}

// corofunc implements _corofunc(f): whether f is an async def's function.
func corofunc(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	return starlark.Bool(builtins.IsCoroutineFunction(x)), nil
}

// iscoro implements _iscoro(x): whether x is a coroutine.
func iscoro(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	_, ok := x.(*builtins.Coroutine)
	return starlark.Bool(ok), nil
}

// isscript implements _isscript(f): whether f is a function defined by
// a def or lambda (a generator function included).
func isscript(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	fn, _ := builtins.ScriptFunction(x)
	return starlark.Bool(fn != nil), nil
}

// location implements _location(f): the file of script function f and
// the line of its def (or lambda).
func location(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	fn, _ := builtins.ScriptFunction(x)
	if fn == nil {
		return starlark.None, nil
	}
	pos := fn.Position()
	return starlark.Tuple{starlark.String(pos.Filename()), starlark.MakeInt(int(pos.Line))}, nil
}

// sourceLines implements _source_lines(filename): the lines of a file
// the Interpreter ran (without their newlines), or None.
func sourceLines(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var filename string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &filename); err != nil {
		return nil, err
	}
	rt := core.RuntimeOf(thread)
	if rt == nil {
		return starlark.None, nil
	}
	lines := rt.Sources().SourceLines(filename)
	if lines == nil {
		return starlark.None, nil
	}
	out := make([]starlark.Value, len(lines))
	for i, l := range lines {
		out[i] = starlark.String(l)
	}
	return starlark.NewList(out), nil
}
