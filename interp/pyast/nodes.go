package pyast

// This file defines the node interfaces and the file.

import "go.starlark.net/syntax"

// A Node is any node of the tree.
type Node interface{ node() }

// An Expr is an expression node.
type Expr interface {
	Node
	expr()
}

// A Stmt is a statement node.
type Stmt interface {
	Node
	stmt()
}

// File is a parsed module.
type File struct {
	Path  string
	Src   []byte // the decoded source, for error lines and annotation text
	Stmts []Stmt
}

// Position is go.starlark.net's source position.
type Position = syntax.Position

func (*File) node()     {}
func (*Param) node()    {}
func (*Handler) node()  {}
func (*WithItem) node() {}
