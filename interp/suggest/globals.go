package suggest

// This file lists the globals and the builtins a NameError's suggestion
// chooses from, in the order of CPython's dicts.

import (
	"sort"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// mainDunders and moduleDunders are the first globals of a script run
// as __main__ and of an imported module, in CPython's order.
var (
	mainDunders   = []string{"__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__", "__file__", "__cached__"}
	moduleDunders = []string{"__name__", "__doc__", "__package__", "__loader__", "__spec__", "__file__", "__cached__", "__builtins__"}
)

// globalNames orders the names of the globals g of a module: its
// dunders first, then the names the module's top level binds, in the
// order it first binds them (the order of its dict when the top level
// ran in order), then any other global, sorted.
func globalNames(f *pyast.File, g starlark.StringDict, main bool) []string {
	names := moduleDunders
	if main {
		names = mainDunders
	}
	names = append([]string(nil), names...)
	listed := map[string]bool{}
	for _, n := range names {
		listed[n] = true
	}
	add := func(n string) {
		if !listed[n] && bound(g, n) {
			listed[n] = true
			names = append(names, n)
		}
	}
	if f != nil {
		s := newScope()
		walker{s}.stmts(f.Stmts)
		for _, n := range s.binds {
			add(n)
		}
	}
	for _, n := range sortedKeys(g) {
		add(n)
	}
	return names
}

// bound reports whether g binds name to a value a script sees.
func bound(g starlark.StringDict, name string) bool {
	v, ok := g[name]
	if !ok || v == nil || strings.HasPrefix(name, "__sp") {
		return false
	}
	if c, isCell := v.(*py.Cell); isCell && c.V == nil {
		return false
	}
	return true
}

func sortedKeys(g starlark.StringDict) []string {
	keys := make([]string, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// builtinNames are the names of CPython 3.11's builtins module, in the
// order of its dict.
var builtinNames = []string{
	"__name__", "__doc__", "__package__", "__loader__", "__spec__",
	"__build_class__", "__import__", "abs", "all", "any", "ascii", "bin",
	"breakpoint", "callable", "chr", "compile", "delattr", "dir", "divmod",
	"eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex",
	"id", "input", "isinstance", "issubclass", "iter", "aiter", "len",
	"locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print",
	"repr", "round", "setattr", "sorted", "sum", "vars", "None", "Ellipsis",
	"NotImplemented", "False", "True", "bool", "memoryview", "bytearray",
	"bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float",
	"frozenset", "property", "int", "list", "map", "object", "range",
	"reversed", "set", "slice", "staticmethod", "str", "super", "tuple",
	"type", "zip", "__debug__", "BaseException", "BaseExceptionGroup",
	"Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
	"ArithmeticError", "AssertionError", "AttributeError", "BufferError",
	"EOFError", "ImportError", "LookupError", "MemoryError", "NameError",
	"OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration",
	"StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError",
	"Warning", "FloatingPointError", "OverflowError", "ZeroDivisionError",
	"BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
	"ImportWarning", "PendingDeprecationWarning", "ResourceWarning",
	"RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning",
	"BlockingIOError", "ChildProcessError", "ConnectionError",
	"FileExistsError", "FileNotFoundError", "InterruptedError",
	"IsADirectoryError", "NotADirectoryError", "PermissionError",
	"ProcessLookupError", "TimeoutError", "IndentationError", "IndexError",
	"KeyError", "ModuleNotFoundError", "NotImplementedError",
	"RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError",
	"ConnectionAbortedError", "ConnectionRefusedError",
	"ConnectionResetError", "TabError", "UnicodeDecodeError",
	"UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup",
	"EnvironmentError", "IOError", "open", "quit", "exit", "copyright",
	"credits", "license", "help",
}
