package parse

// This file bounds how deep the parser recurses and how long the
// left-deep chains it builds are, so that no pass over a tree (the
// lowering, the cell and typing passes, go.starlark.net's resolver and
// compiler, the caret finder of tracebacks) can exhaust the Go stack.
//
// The limits follow CPython 3.11. Its tokenizer allows 200 nested
// brackets ("too many nested parentheses", in the scanner) and 100
// indentation levels. Its parser gives up with a bare MemoryError when
// its own recursion passes 6000 levels: one per "elif", unary operator,
// "not" or conditional expression, two per "lambda" or "**"; spindle's
// parser counts its recursion the same way for those (a bracket costs it
// about 12 levels, well within the 200 brackets). Its compiler raises
// "RecursionError: maximum recursion depth exceeded during compilation"
// for a syntax tree about 3000 nodes deep, such as "1+1+...+1" with 3000
// terms or 3000 "elif"s; the file is not run. Package lower measures the
// depth of the tree it builds (every statement and expression node
// counts one, as CPython's AST nodes do) and raises the same error past
// its maxTreeDepth. The loops that build left-deep trees (binary operators,
// calls, subscripts and attributes) count their levels too, so that the
// parser stops a chain like "1+1+..." of millions of terms early, with
// that RecursionError, instead of building it.
//
// CPython's "a and b and ..." and comparison chains are flat nodes that
// it compiles at any length, and so are pyast's BoolOp and Compare; the
// lowering builds binary trees for them, balanced once a chain is long
// (see lower's balance), so their depth is logarithmic.

import "github.com/spindle-lang/spindle/interp/pyast"

const (
	// maxParserDepth is CPython's parser's MAXSTACK (6000), less the
	// levels its parser uses above an expression statement's operand
	// that spindle's doesn't: "-"*5967 + "1" parses, one more doesn't.
	maxParserDepth = 5980
	// maxChainDepth bounds the parser's recursion plus the levels of the
	// left-deep trees it is building; past it the tree would be deeper
	// than package lower's maxTreeDepth anyway.
	maxChainDepth = 12000
	// maxIndent is CPython's MAXINDENT.
	maxIndent = 100
	// maxBrackets is CPython's MAXLEVEL of nested brackets.
	maxBrackets = 200
)

// recursionError is CPython's error for a tree too deep to compile,
// reported without a location.
func recursionError(filename string) *Error { return pyast.RecursionError(filename) }

// memoryError is CPython's error when its parser's stack overflows.
func memoryError(filename string) *Error {
	return &Error{Filename: filename, Kind: "MemoryError"}
}

// enter guards against excessive recursion; pair it with leave.
func (p *parser) enter() {
	if p.depth++; p.depth > maxParserDepth {
		panic(memoryError(*p.in.filename))
	}
	p.checkChain()
}

func (p *parser) leave() { p.depth-- }

// chainLevel counts one level of a left-deep tree a loop is building;
// the loop subtracts its levels from p.chain when it ends.
func (p *parser) chainLevel() {
	p.chain++
	p.checkChain()
}

func (p *parser) checkChain() {
	if p.depth+p.chain > maxChainDepth {
		panic(recursionError(*p.in.filename))
	}
}
