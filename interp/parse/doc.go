// Package parse is spindle's front-end: a scanner and parser for the
// Python subset that spindle runs, and the lowering passes that turn
// Python-only constructs into plain go.starlark.net syntax trees.
//
// # Trees
//
// For every input that go.starlark.net's own parser accepts, [Parse]
// without lowering builds the same tree as syntax.Parse. Python-only
// constructs (import, f-strings, with, try, class, global, ...) are
// lowered into ordinary Starlark nodes plus calls to the internal
// builtins named __sp_*, as described by the contract in LOWERING.md.
// Positions in lowered trees are the user's own source positions. A
// typing pass then lowers the few operations Starlark does differently
// where static kinds show they are needed: arithmetic on bools, indexing
// of strs that may hold non-ASCII characters, and comparison chains.
//
// [ParseShared] lowers one input of an interactive session instead: every
// module-level name becomes a field of a cell that the caller passes in,
// so that all inputs share one global namespace.
//
// # Errors
//
// Syntax errors are reported as *[Error] values that print the way
// CPython prints a SyntaxError, IndentationError or TabError. Source
// bytes are decoded as CPython reads a file ([DecodeSource]: BOM, PEP 263
// declarations, NUL bytes, invalid UTF-8). Nesting is bounded as in
// CPython 3.11 (see depth.go): too deep a tree is "RecursionError:
// maximum recursion depth exceeded during compilation", too deep a
// parse a bare MemoryError, so no pass can exhaust the Go stack. Parsing
// is linear in the size of the input and stops when
// [Options].Context is done.
//
// # Concurrency
//
// All functions are safe to call from any goroutine; they share no state.
package parse
