// Package lower is the second stage of spindle's front-end: it turns the
// Python syntax tree that package parse builds (package pyast) into a
// go.starlark.net syntax tree that starlark.FileProgram compiles with
// [FileOptions].
//
// # Lowering
//
// Python-only constructs (import, f-strings, with, try, class, global,
// generators, ...) are lowered into ordinary Starlark nodes plus calls
// to the internal builtins named __sp_*, as described by the contract in
// LOWERING.md. Each construct has its file: expr.go, call.go, comp.go,
// ops.go and genexp.go for expressions; stmt.go, assign.go, loop.go
// (shape.go: the shapes of unpacking targets),
// with.go, try.go, class.go and import.go for statements, async.go for
// async with and async for. Positions in
// lowered trees are the user's own source positions.
//
// Passes then run over the lowered file: the cell pass (cells*.go), a
// scope analysis that stores in cells the variables Starlark cannot
// assign (after global or nonlocal, from the synthesized functions of
// try and with); the typing pass (typed.go, types.go, index.go), which
// lowers the few operations Starlark does differently where static
// kinds show they are needed (arithmetic on bools, indexing of strs that
// may hold non-ASCII characters, comparison chains); and wide.go, for
// calls with more arguments than the bytecode encodes.
//
// Shared mode ([Options].Shared, [Shared]) lowers one input of an
// interactive session instead: every module-level name becomes a field
// of a cell that the caller passes in, so that all inputs share one
// global namespace.
//
// Package lower doesn't parse: it never imports package parse. Package
// interp/front runs both stages (front.Parse, ParseWith, ParseExpr,
// ParseREPL and ParseShared).
//
// # Errors
//
// The few errors only a whole file shows (a nonlocal name bound
// nowhere, a tree too deep to compile: "RecursionError: maximum
// recursion depth exceeded during compilation") are *pyast.Error values,
// like the parser's.
//
// # Concurrency
//
// All functions are safe to call from any goroutine; they share no state.
package lower
