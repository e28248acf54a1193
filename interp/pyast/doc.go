// Package pyast defines spindle's Python syntax tree: the nodes that
// package parse builds from Python source and package lower turns into
// go.starlark.net syntax trees. The tree says what the user wrote, in
// Python's terms (class, try, with, yield, is, slices, imports, ...);
// it records positions with go.starlark.net's syntax.Position and
// operators with its syntax.Token, but uses none of its nodes.
//
// Positions are the user's own. A node holds the positions of the
// tokens that delimit it (brackets, keywords, operators); [Start]
// returns where a node begins.
//
// [Error] is the front-end's error, a CPython-style SyntaxError that
// both the parser and the lowering report.
package pyast
