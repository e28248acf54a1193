// Package abi is the contract between spindle's two halves of every
// Python-only construct: package lower, which turns Python syntax into
// go.starlark.net trees that call internal helpers, and package pyrt,
// which predeclares those helpers in every module. Each helper's name is
// a constant here; no other package spells an __sp_ name.
package abi

// Prefix starts the name of every helper and every name the lowering
// makes up; user code can't bind such names.
const Prefix = "__sp_"

// The helpers that lowered code calls.
const (
	Pow         = "__sp_pow"
	Iter        = "__sp_iter"
	LoopEnd     = "__sp_loopend"
	CompIter    = "__sp_citer"
	CompEnd     = "__sp_compend"
	Unpack      = "__sp_unpack"
	DictMerge   = "__sp_dictmerge"
	Undefined   = "__sp_undefined"
	Unstar      = "__sp_unstar"
	DelItem     = "__sp_delitem"
	DelSlice    = "__sp_delslice"
	DelAttr     = "__sp_delattr"
	Method      = "__sp_method"
	GenFunc     = "__sp_genfunc"
	Yield       = "__sp_yield"
	YieldFrom   = "__sp_yieldfrom"
	Star        = "__sp_star"
	GenExp      = "__sp_genexp"
	GenCall     = "__sp_gencall"
	GenList     = "__sp_genlist"
	Compare     = "__sp_cmp"
	Is          = "__sp_is"
	StrKey      = "__sp_K"
	BinOp       = "__sp_binop"
	Index       = "__sp_index"
	StrIndex    = "__sp_strx"
	UnOp        = "__sp_unop"
	Assertion   = "__sp_assertion"
	Cell        = "__sp_cell"
	Enter       = "__sp_enter"
	Raise       = "__sp_raise"
	Try         = "__sp_try"
	Unset       = "__sp_unset"
	Walrus      = "__sp_walrus"
	With        = "__sp_with"
	WithCall    = "__sp_withcall"
	WithFast    = "__sp_withfast"
	Class       = "__sp_class"
	Super       = "__sp_super"
	FormatField = "__sp_fmt"
	FString     = "__sp_fstr"
	Percent     = "__sp_percent"
	Dunder      = "__sp_dunder"
	Slice       = "__sp_slice"
	GenFrame    = "__sp_f"
	GenBody     = "__sp_genbody"
	Import      = "__sp_import"
	ImportFrom  = "__sp_from"
	DisplayHook = "__sp_displayhook"
)
