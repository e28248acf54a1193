// Package parse is the first stage of spindle's front-end: a scanner and
// parser for the Python subset that spindle runs. [File] turns source
// into a Python syntax tree (package pyast), which package lower then
// turns into a go.starlark.net syntax tree; parse knows nothing of the
// lowering.
//
// # Trees
//
// The tree says what the user wrote: class, try, with, yield, is,
// slices, imports, f-strings, comparison chains, keyword arguments in
// source order. Its identifiers and literals are at the same positions
// as in go.starlark.net's tree for the same Starlark source (see
// diff_test.go): positions follow go.starlark.net's scanner.
//
// # Errors
//
// Syntax errors are reported as *[Error] values (pyast.Error) that print
// the way CPython prints a SyntaxError, IndentationError or TabError.
// The parser checks everything CPython's parser checks: assignment
// targets, argument order, return/break/continue/yield outside their
// scope, and so on. Source bytes are decoded as CPython reads a file
// ([DecodeSource]: BOM, PEP 263 declarations, NUL bytes, invalid UTF-8).
// Nesting is bounded as in CPython 3.11 (see depth.go): too deep a parse
// is a bare MemoryError, and a left-deep chain too long to compile is
// "RecursionError: maximum recursion depth exceeded during compilation",
// so that no pass can exhaust the Go stack. (Package lower bounds the
// depth of the trees it builds the same way.) Parsing is linear in the
// size of the input and stops when [Options].Context is done.
//
// # Concurrency
//
// All functions are safe to call from any goroutine; they share no state.
package parse
