package pyast

// This file defines the expression nodes.

import "go.starlark.net/syntax"

// Ident is a name.
type Ident struct {
	NamePos Position
	Name    string
	// Internal marks a name the front-end made (a desugaring's
	// variable), which the script's own __sp_ names are not.
	Internal bool
}

// Literal is an int, float, str or bytes literal (adjacent literals
// already joined); Value is an int64, *big.Int, float64 or string.
type Literal struct {
	Token    syntax.Token // syntax.INT, FLOAT, STRING or BYTES
	TokenPos Position
	Raw      string
	Value    any
	Imag     bool // an imaginary number, 2j (Token FLOAT, Value its float)
}

// Ellipsis is "...".
type Ellipsis struct{ Pos Position }

// FString is an f-string (possibly joined with adjacent literals): its
// parts are *Literal strs and *FormattedValue fields.
type FString struct {
	Pos   Position
	Parts []Expr
	End   Position // after its closing quote; unset for a spec's fields
}

// FormattedValue is the field {X!Conv:Spec} of an f-string; Conv is "",
// "s", "r" or "a"; Spec is a str *Literal or an *FString.
type FormattedValue struct {
	Open Position // the '{'
	X    Expr
	Conv string
	Spec Expr
}

// Attr is X.Name. Store is set when '=' follows: the target of an
// assignment.
type Attr struct {
	X     Expr
	Dot   Position
	Name  *Ident
	Store bool
}

// Index is X[Index].
type Index struct {
	X      Expr
	Lbrack Position
	Index  Expr
	Rbrack Position
}

// Slice is X[Lo:Hi:Step]; absent parts are nil. In the tuple of a
// subscript (x[1:2, 3]), a slice item is a Slice without X, whose
// Lbrack and Rbrack are the position of its first token.
type Slice struct {
	X            Expr
	Lbrack       Position
	Lo, Hi, Step Expr
	Rbrack       Position
}

// Call is Fn(Args). Args are in source order: positional arguments,
// *Keyword, *Starred (* and **) and a lone *Comprehension (a generator
// expression without its own parentheses).
type Call struct {
	Fn     Expr
	Lparen Position
	Args   []Expr
	Rparen Position
}

// Keyword is the argument Name=Value of a call.
type Keyword struct {
	Name  *Ident
	EqPos Position
	Value Expr
}

// Starred is *X or **X: an unpacked argument, display item or dict
// entry, or a starred assignment target.
type Starred struct {
	OpPos Position
	Op    syntax.Token // syntax.STAR or syntax.STARSTAR
	X     Expr
}

// Unary is Op X, for -, +, ~ and not.
type Unary struct {
	OpPos Position
	Op    syntax.Token
	X     Expr
}

// Binary is X Op Y for the arithmetic and bitwise operators, including
// ** (syntax.STARSTAR) and @ (MatMul).
type Binary struct {
	X     Expr
	OpPos Position
	Op    syntax.Token
	Y     Expr
}

// MatMul is the Op of a Binary for @, which Starlark lacks.
const MatMul syntax.Token = 120 // after parse's own Python-only tokens (100...)

// BoolOp is Values[0] Op Values[1] Op ..., Op being and or or; OpPos
// holds the position of each operator.
type BoolOp struct {
	Op     syntax.Token
	Values []Expr
	OpPos  []Position
}

// Compare is Operands[0] Ops[0] Operands[1] Ops[1] ...: one comparison
// or a chain. Ops are "<", "<=", ">", ">=", "==", "!=", "in", "not in",
// "is" and "is not"; OpPos holds the position of each ("not in" is at
// its "in", "is not" at its "is").
type Compare struct {
	Operands []Expr
	Ops      []string
	OpPos    []Position
}

// IfExp is True if Cond else False.
type IfExp struct {
	True    Expr
	If      Position
	Cond    Expr
	ElsePos Position
	False   Expr
}

// Lambda is lambda Params: Body.
type Lambda struct {
	Lambda Position
	Params []*Param
	Body   Expr
}

// Paren is (X).
type Paren struct {
	Lparen Position
	X      Expr
	Rparen Position
}

// Tuple is a tuple display; Lparen and Rparen are set for () alone.
type Tuple struct {
	Lparen Position
	List   []Expr
	Rparen Position
}

// List is [List...]. Store is set when '=' follows: an assignment target.
type List struct {
	Lbrack Position
	List   []Expr
	Rbrack Position
	Store  bool
}

// Dict is {Items...}: *DictEntry and **m as *Starred.
type Dict struct {
	Lbrace Position
	Items  []Expr
	Rbrace Position
}

// DictEntry is Key: Value in a dict display or comprehension.
type DictEntry struct {
	Key   Expr
	Colon Position
	Value Expr
}

// Set is {List...}.
type Set struct {
	Lbrace Position
	List   []Expr
	Rbrace Position
}

// CompKind says what a comprehension builds.
type CompKind int

// The comprehension kinds.
const (
	ListComp CompKind = iota
	SetComp
	DictComp
	GenExp
)

// Comprehension is a list, set or dict comprehension or a generator
// expression: Body (a *DictEntry for a dict) for Clauses. Lbrack is its
// opening bracket and Rbrack its closing one; a generator expression
// that is a call's only argument has no Lbrack (it starts at Body), and
// its Rbrack is the call's.
type Comprehension struct {
	Kind    CompKind
	Lbrack  Position
	Body    Expr
	Clauses []Node // *ForClause and *IfClause
	Rbrack  Position
}

// ForClause is for Vars in X in a comprehension.
type ForClause struct {
	For   Position
	Vars  Expr
	In    Position
	X     Expr
	Async bool // async for, in a comprehension of an async def
}

// IfClause is if Cond in a comprehension.
type IfClause struct {
	If   Position
	Cond Expr
}

// Walrus is Target := Value.
type Walrus struct {
	Target *Ident
	OpPos  Position
	Value  Expr
}

// Yield is yield [Value]; YieldFrom is yield from Value.
type (
	Yield struct {
		Yield Position
		Value Expr
	}
	YieldFrom struct {
		Yield Position
		Value Expr
	}
)

// Await is await Value, in the body of an async def.
type Await struct {
	Await Position
	Value Expr
}

func (*Ident) node()          {}
func (*Literal) node()        {}
func (*Ellipsis) node()       {}
func (*FString) node()        {}
func (*FormattedValue) node() {}
func (*Attr) node()           {}
func (*Index) node()          {}
func (*Slice) node()          {}
func (*Call) node()           {}
func (*Keyword) node()        {}
func (*Starred) node()        {}
func (*Unary) node()          {}
func (*Binary) node()         {}
func (*BoolOp) node()         {}
func (*Compare) node()        {}
func (*IfExp) node()          {}
func (*Lambda) node()         {}
func (*Paren) node()          {}
func (*Tuple) node()          {}
func (*List) node()           {}
func (*Dict) node()           {}
func (*DictEntry) node()      {}
func (*Set) node()            {}
func (*Comprehension) node()  {}
func (*ForClause) node()      {}
func (*IfClause) node()       {}
func (*Walrus) node()         {}
func (*Yield) node()          {}
func (*YieldFrom) node()      {}
func (*Await) node()          {}

func (*Ident) expr()          {}
func (*Literal) expr()        {}
func (*Ellipsis) expr()       {}
func (*FString) expr()        {}
func (*FormattedValue) expr() {}
func (*Attr) expr()           {}
func (*Index) expr()          {}
func (*Slice) expr()          {}
func (*Call) expr()           {}
func (*Keyword) expr()        {}
func (*Starred) expr()        {}
func (*Unary) expr()          {}
func (*Binary) expr()         {}
func (*BoolOp) expr()         {}
func (*Compare) expr()        {}
func (*IfExp) expr()          {}
func (*Lambda) expr()         {}
func (*Paren) expr()          {}
func (*Tuple) expr()          {}
func (*List) expr()           {}
func (*Dict) expr()           {}
func (*DictEntry) expr()      {}
func (*Set) expr()            {}
func (*Comprehension) expr()  {}
func (*Walrus) expr()         {}
func (*Yield) expr()          {}
func (*YieldFrom) expr()      {}
func (*Await) expr()          {}
