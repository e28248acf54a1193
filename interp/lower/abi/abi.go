// Package abi is the contract between spindle's two halves of every
// Python-only construct: package lower, which turns Python syntax into
// go.starlark.net trees that call internal helpers, and package pyrt,
// which predeclares those helpers in every module. Each helper's name is
// a constant here, and Helpers describes each one (its arity, what it
// implements, what a SourceMap records for it); interp/lower/LOWERING.md
// is generated from that table (go generate). A SourceMap tells
// tracebacks what the lowered nodes of a file stand for, so that the
// runtime never needs to know the helpers' names or the front-end's
// position conventions.
package abi

//go:generate go run ./internal/gendoc -template ../LOWERING.tmpl.md -out ../LOWERING.md

// Prefix starts the name of every helper and every name the lowering
// makes up; user code can't bind such names.
const Prefix = "__sp_"

// The helpers that lowered code calls.
const (
	Pow           = "__sp_pow"
	Iter          = "__sp_iter"
	LoopEnd       = "__sp_loopend"
	CompIter      = "__sp_citer"
	CompEnd       = "__sp_compend"
	Unpack        = "__sp_unpack"
	DictMerge     = "__sp_dictmerge"
	SetConst      = "__sp_setconst"
	Undefined     = "__sp_undefined"
	Forward       = "__sp_forward"
	Unstar        = "__sp_unstar"
	DelItem       = "__sp_delitem"
	DelSlice      = "__sp_delslice"
	SetSlice      = "__sp_setslice"
	SetItem       = "__sp_setitem"
	DelAttr       = "__sp_delattr"
	SetAttr       = "__sp_setattr"
	Method        = "__sp_method"
	Append        = "__sp_append"
	GenFunc       = "__sp_genfunc"
	Annotate      = "__sp_annotate"
	Annotation    = "__sp_annotation"
	Yield         = "__sp_yield"
	YieldFrom     = "__sp_yieldfrom"
	CoroFunc      = "__sp_corofunc"
	AsyncGenFunc  = "__sp_agenfunc"
	Await         = "__sp_await"
	AIter         = "__sp_aiter"
	ANext         = "__sp_anext"
	AEnter        = "__sp_aenter"
	AIterate      = "__sp_aiterate"
	Star          = "__sp_star"
	GenExp        = "__sp_genexp"
	GenCall       = "__sp_gencall"
	GenList       = "__sp_genlist"
	Compare       = "__sp_cmp"
	Is            = "__sp_is"
	Match         = "__sp_match"
	ExceptStar    = "__sp_exstar"
	StrKey        = "__sp_K"
	NumKey        = "__sp_Kn"
	BinOp         = "__sp_binop"
	Index         = "__sp_index"
	StrIndex      = "__sp_strx"
	NumIndex      = "__sp_numx"
	UnOp          = "__sp_unop"
	Assertion     = "__sp_assertion"
	Cell          = "__sp_cell"
	LambdaCells   = "__sp_lcells"
	Enter         = "__sp_enter"
	Raise         = "__sp_raise"
	Try           = "__sp_try"
	Unset         = "__sp_unset"
	EllipsisValue = "__sp_ellipsis"
	Imaginary     = "__sp_J"
	Collect       = "__sp_collect"
	Walrus        = "__sp_walrus"
	WithCall      = "__sp_withcall"
	WithFast      = "__sp_withfast"
	Class         = "__sp_class"
	Super         = "__sp_super"
	FString       = "__sp_fstr"
	Percent       = "__sp_percent"
	Dunder        = "__sp_dunder"
	Slice         = "__sp_slice"
	SliceObj      = "__sp_sliceobj"
	ListAdd       = "__sp_A"
	Unpacker      = "__sp_U"
	Rich          = "__sp_R"
	GenFrame      = "__sp_f"
	GenBody       = "__sp_genbody"
	Import        = "__sp_import"
	ImportFrom    = "__sp_from"
	ImportStar    = "__sp_importstar"
	DisplayHook   = "__sp_displayhook"
	Global        = "__sp_global"
	Nonlocal      = "__sp_nonlocal"
)

// The prefixes of the names the lowering makes up; Synthesized says what
// each one names.
const (
	TryBody       = "__sp_try_"
	ExceptBody    = "__sp_exc_"
	ElseBody      = "__sp_else_"
	FinallyBody   = "__sp_fin_"
	ClassBody     = "__sp_class_"
	MakeDef       = "__sp_mk_"
	CellParam     = "__sp_c_"
	SharedVar     = "__sp_g_"
	LockCell      = "__sp_cw"
	LoopAlias     = "__sp_x"
	NumAlias      = "__sp_xn" // a LoopAlias: tracebacks show the variable
	Manager       = "__sp_m"
	Status        = "__sp_r"
	Temp          = "__sp_t"
	LoopIter      = "__sp_l"
	MatchVar      = "__sp_pm"
	ExceptStarVar = "__sp_gx"
	BreakFlag     = "__sp_b"
	Decorated     = "__sp_dec"
	PosOnlyParam  = "__sp_p_"
	WithTarget    = "__sp_w"
	Exc           = "__sp_e"
	GenIter       = "__sp_it"
	ElseFlag      = "__sp_f"
	KeyAlias      = "__sp_K"
	NoneAlias     = "__sp_None"
	RichAlias     = "__sp_Ra"
	RichOperand   = "__sp_R_"
	ZeroAlias     = "__sp_Rz"
	CmpOp         = "__sp_C_"
	AsyncVar      = "__sp_aw"
)
