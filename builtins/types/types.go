// Package types is spindle's types module, written in Python (types.py):
// the names of the interpreter's types (FunctionType, MethodType,
// GeneratorType, ModuleType...) and SimpleNamespace.
package types

// This file embeds the module's source.

import (
	_ "embed"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

//go:embed types.py
var source string

// Module is the types module. Members:
//
//	SimpleNamespace(**kwargs)
//	FunctionType, LambdaType, MethodType(function, instance), BuiltinFunctionType,
//	BuiltinMethodType, GeneratorType, CoroutineType, AsyncGeneratorType, ModuleType(name, doc=None), NoneType,
//	EllipsisType, NotImplementedType, GenericAlias, UnionType
var Module = &core.Module{Name: "types", Source: source, Loaded: func(members starlark.StringDict) {
	if c, ok := members["SimpleNamespace"].(*py.Class); ok {
		c.CName = "types.SimpleNamespace"
	}
}}
