package pyast

// This file defines the statement nodes.

import "go.starlark.net/syntax"

// Def is def Name(Params): Body, with its decorators.
type Def struct {
	Decorators []Expr // outermost first
	Def        Position
	Name       *Ident
	Lparen     Position
	Params     []*Param
	Rparen     Position
	Returns    Expr // the -> annotation, or nil
	Body       []Stmt
	Generator  bool // the body yields
	Async      bool // async def: a coroutine function (an async generator function if Generator)
}

// Param is a parameter of a def or lambda: name, name=default, *name,
// **name, or a bare * (Star set, Name nil). Annotations are kept.
type Param struct {
	Star       syntax.Token // syntax.STAR, syntax.STARSTAR or 0
	StarPos    Position
	Name       *Ident
	Annotation Expr
	EqPos      Position
	Default    Expr
	PosOnly    bool // before the positional-only marker '/'
}

// Class is class Name(Bases): Body, with its decorators.
type Class struct {
	Decorators []Expr
	Class      Position
	Name       *Ident
	Bases      []Expr
	Body       []Stmt
}

// If is if Cond: Body else: Else. An elif is an If alone in Else, at
// ElsePos (the elif keyword).
type If struct {
	If      Position
	Cond    Expr
	Body    []Stmt
	ElsePos Position
	Else    []Stmt // nil when there is no else
}

// For is for Target in Iter: Body else: Else.
type For struct {
	For     Position
	Target  Expr
	Iter    Expr
	Body    []Stmt
	ElsePos Position
	Else    []Stmt // nil when there is no else
	Async   bool   // async for
}

// While is while Cond: Body else: Else.
type While struct {
	While   Position
	Cond    Expr
	Body    []Stmt
	ElsePos Position
	Else    []Stmt
}

// Try is try: Body, its except handlers, else and finally.
type Try struct {
	Try        Position
	Body       []Stmt
	Handlers   []*Handler
	ElsePos    Position
	Else       []Stmt // nil when there is no else
	FinallyPos Position
	Finally    []Stmt // nil when there is no finally
}

// Handler is except [Type [as Name]]: Body.
type Handler struct {
	Except Position
	Star   bool // except*
	Type   Expr // nil for a bare except
	Name   *Ident
	Body   []Stmt
}

// With is with Items: Body.
type With struct {
	With  Position
	Items []*WithItem
	Body  []Stmt
	Async bool // async with
}

// WithItem is X [as Target].
type WithItem struct {
	X      Expr
	Target Expr
}

// Assign is Targets[0] = Targets[1] = ... = Value; OpPos is the last '='.
type Assign struct {
	Targets []Expr
	OpPos   Position
	Value   Expr
}

// AugAssign is Target op= Value; Op is the binary operator (syntax.PLUS
// for +=, syntax.STARSTAR for **=).
type AugAssign struct {
	Target Expr
	OpPos  Position
	Op     syntax.Token
	Value  Expr
}

// AnnAssign is Target: Annotation [= Value].
type AnnAssign struct {
	Target     Expr
	Annotation Expr
	EqPos      Position
	Value      Expr // nil without '='
	InClass    bool // directly in a class body (not in a def inside it)
}

// ExprStmt is an expression statement.
type ExprStmt struct{ X Expr }

// Return is return [Value].
type Return struct {
	Return Position
	Value  Expr
}

// Pass, Break and Continue are the one-word statements.
type (
	Pass     struct{ Pos Position }
	Break    struct{ Pos Position }
	Continue struct{ Pos Position }
)

// Import is import Names.
type Import struct {
	Import Position
	Names  []*Alias
}

// Alias is a dotted module name [as AsName] of an import; NamePos is the
// position of its first part.
type Alias struct {
	Name    string
	NamePos Position
	AsName  *Ident
}

// ImportFrom is from Module import Names. A relative Module starts with
// dots; ModulePos is the position of its first name, or of its first
// dot when it is only dots. Star is the position of the * of from
// Module import *, which has no Names; it is zero otherwise.
type ImportFrom struct {
	From      Position
	Module    string
	ModulePos Position
	Names     []*ImportName
	Star      Position
}

// ImportName is Name [as AsName] of a from-import.
type ImportName struct {
	Name   *Ident
	AsName *Ident
}

// Global is global Names; Nonlocal is nonlocal Names.
type (
	Global struct {
		Global Position
		Names  []*Ident
	}
	Nonlocal struct {
		Nonlocal Position
		Names    []*Ident
	}
)

// Raise is raise [Exc [from Cause]].
type Raise struct {
	Raise Position
	Exc   Expr
	Cause Expr
}

// Assert is assert Test [, Msg].
type Assert struct {
	Assert Position
	Test   Expr
	Msg    Expr
}

// Del is del Targets, with tuple and list targets flattened.
type Del struct {
	Del     Position
	Targets []Expr
}

// Load is Starlark's load(Module, To=From...) statement.
type Load struct {
	Load     Position
	Module   *Literal
	From, To []*Ident
	Rparen   Position
}

func (*Def) node()        {}
func (*Class) node()      {}
func (*If) node()         {}
func (*For) node()        {}
func (*While) node()      {}
func (*Try) node()        {}
func (*With) node()       {}
func (*Assign) node()     {}
func (*AugAssign) node()  {}
func (*AnnAssign) node()  {}
func (*ExprStmt) node()   {}
func (*Return) node()     {}
func (*Pass) node()       {}
func (*Break) node()      {}
func (*Continue) node()   {}
func (*Import) node()     {}
func (*ImportFrom) node() {}
func (*Global) node()     {}
func (*Nonlocal) node()   {}
func (*Raise) node()      {}
func (*Assert) node()     {}
func (*Del) node()        {}
func (*Load) node()       {}

func (*Def) stmt()        {}
func (*Class) stmt()      {}
func (*If) stmt()         {}
func (*For) stmt()        {}
func (*While) stmt()      {}
func (*Try) stmt()        {}
func (*With) stmt()       {}
func (*Assign) stmt()     {}
func (*AugAssign) stmt()  {}
func (*AnnAssign) stmt()  {}
func (*ExprStmt) stmt()   {}
func (*Return) stmt()     {}
func (*Pass) stmt()       {}
func (*Break) stmt()      {}
func (*Continue) stmt()   {}
func (*Import) stmt()     {}
func (*ImportFrom) stmt() {}
func (*Global) stmt()     {}
func (*Nonlocal) stmt()   {}
func (*Raise) stmt()      {}
func (*Assert) stmt()     {}
func (*Del) stmt()        {}
func (*Load) stmt()       {}
