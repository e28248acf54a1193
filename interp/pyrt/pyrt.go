// Package pyrt is the runtime half of the lowering: the helpers that
// code lowered from Python calls where Starlark has no construct of its
// own (try, with, class, yield, imports, code-point indexing...). Each
// helper's name is a constant of interp/lower/abi, the contract with the
// lowering; Helpers registers them all, and the interpreter predeclares
// them next to Python's builtins.
//
// The helpers are thin: they unpack what lowered code passes and apply
// Python's semantics, which package builtins defines for builtins and
// helpers alike (Compare, Binop, ForLoop, StrIndex, generators...). pyrt
// may import builtins and core; builtins never imports pyrt.
//
// The helpers on hot paths (loops, is, indexing, slicing, operators,
// try and with) are fastFuncs, which pass the VM's argument slice through
// without a copy (see fastcall.go).
package pyrt

// This file defines the table of helpers.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// Importer is what the import helpers need of the interpreter that runs
// the code.
type Importer interface {
	// Import returns module name (import a.b), or with top its top
	// package (a).
	Import(thread *starlark.Thread, name string, top bool) (starlark.Value, error)
	// ImportFrom returns attr of module modname (from modname import
	// attr); pkg, the importing module's __package__ or None, resolves
	// a relative modname.
	ImportFrom(thread *starlark.Thread, modname, attr string, pkg starlark.Value) (starlark.Value, error)
	// Loaded returns module name of sys.modules if it is a script's
	// module, else nil.
	Loaded(thread *starlark.Thread, name string) *core.Module
}

// Helpers returns every helper, keyed by its abi name. The import
// helpers call imp; with a nil imp they are left out. Each call makes a
// new table, with the caches of one Interpreter; the caller owns it.
func Helpers(imp Importer) starlark.StringDict {
	d := starlark.StringDict{}
	for _, b := range []*starlark.Builtin{
		starlark.NewBuiltin(abi.Pow, spPow),
		starlark.NewBuiltin(abi.Unpack, spUnpack),
		starlark.NewBuiltin(abi.DictMerge, spDictMerge),
		starlark.NewBuiltin(abi.SetConst, spSetConst),
		starlark.NewBuiltin(abi.Undefined, spUndefined),
		starlark.NewBuiltin(abi.Forward, spForward),
		starlark.NewBuiltin(abi.Unstar, spUnstar),
		starlark.NewBuiltin(abi.DelItem, spDelitem),
		starlark.NewBuiltin(abi.DelSlice, spDelslice),
		starlark.NewBuiltin(abi.SetSlice, spSetslice),
		starlark.NewBuiltin(abi.DelAttr, spDelattr),
		starlark.NewBuiltin(abi.SetAttr, spSetattr),
		starlark.NewBuiltin(abi.Method, spMethod),
		starlark.NewBuiltin(abi.GenFunc, spGenFunc),
		starlark.NewBuiltin(abi.Yield, spYield),
		starlark.NewBuiltin(abi.YieldFrom, spYieldFrom),
		starlark.NewBuiltin(abi.CoroFunc, spCoroFunc),
		starlark.NewBuiltin(abi.AsyncGenFunc, spAsyncGenFunc),
		starlark.NewBuiltin(abi.Await, spAwait),
		starlark.NewBuiltin(abi.AIter, spAIter),
		starlark.NewBuiltin(abi.ANext, spANext),
		starlark.NewBuiltin(abi.AEnter, spAEnter),
		starlark.NewBuiltin(abi.AIterate, spAIterate),
		starlark.NewBuiltin(abi.Raise, flowRaise),
		starlark.NewBuiltin(abi.Assertion, flowAssertion),
		starlark.NewBuiltin(abi.Cell, flowCell),
		starlark.NewBuiltin(abi.Class, spClass),
		starlark.NewBuiltin(abi.FString, spFstr),
		starlark.NewBuiltin(abi.Percent, spPercent),
		starlark.NewBuiltin(abi.ExceptStar, builtins.ExceptStar),
		starlark.NewBuiltin(abi.Annotate, builtins.Annotate),
		starlark.NewBuiltin(abi.Annotation, builtins.Annotation),
		starlark.NewBuiltin(abi.Collect, builtins.Collect),
	} {
		d[b.Name()] = b
	}
	for _, f := range []*fastFunc{
		{abi.Iter, spIter},
		{abi.LoopEnd, spLoopEnd},
		{abi.CompIter, spCIter},
		{abi.CompEnd, spCompEnd},
		{abi.Star, spStar},
		{abi.GenExp, spGenexp},
		{abi.GenCall, spGencall},
		{abi.GenList, spGenlist},
		{abi.Compare, spCmp},
		{abi.LambdaCells, spLambdaCells},
		{abi.Is, spIs},
		{abi.Match, spMatch},
		{abi.Append, spAppend},
		{abi.BinOp, spBinop},
		{abi.UnOp, spUnop},
		{abi.Index, spIndex},
		{abi.StrIndex, spStrx},
		{abi.NumIndex, spNumx},
		{abi.Try, flowTry},
		{abi.WithFast, flowWithFast},
		{abi.Enter, flowEnter},
		{abi.WithCall, flowWithCall},
		{abi.Walrus, flowWalrus},
		{abi.Slice, spSlice},
		{abi.SetItem, spSetitem},
		{abi.SliceObj, spSliceObj},
		{abi.Dunder, spDunder},
	} {
		d[f.name] = f
	}
	strKey := builtins.NewStrIndexer(abi.StrKey)
	d[abi.StrKey] = strKey
	d[abi.NumKey] = &numKey{StrIndexer: strKey}
	d[abi.ListAdd] = listAdder{}
	d[abi.Rich] = richTest{}
	d[abi.Unpacker] = newUnpackerTable()
	d[abi.Unset] = unset
	d[abi.EllipsisValue] = builtins.Ellipsis
	d[abi.Imaginary] = builtins.Imaginary{}
	d[abi.Super] = starlark.NewBuiltin("super", spSuper) // named as its errors show it
	if imp != nil {
		addImports(d, imp) // import.go
	}
	return d
}
