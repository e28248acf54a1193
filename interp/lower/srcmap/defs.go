package srcmap

// This file records what the defs and calls of a lowered file say for
// the messages of bad calls: each def's qualified name (K.m,
// f.<locals>.g) and keyword-only parameters, and the keyword arguments
// of each call.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// walkDefs calls fn for each user def in stmts with its qualified name;
// prefix qualifies the defs of stmts. The front-end's functions add
// nothing to the names of the defs in them, but a class body adds "K.".
func walkDefs(stmts []syntax.Stmt, prefix string, fn func(*syntax.DefStmt, string)) {
	for _, s := range stmts {
		switch s := s.(type) {
		case *syntax.DefStmt:
			name := s.Name.Name
			inner := prefix + name + ".<locals>."
			if class, ok := abi.ClassName(name); ok {
				inner = prefix + class + "."
			} else if madeUp(name) {
				inner = prefix
			} else {
				fn(s, prefix+name)
			}
			walkDefs(s.Body, inner, fn)
		case *syntax.IfStmt:
			walkDefs(s.True, prefix, fn)
			walkDefs(s.False, prefix, fn)
		case *syntax.ForStmt:
			walkDefs(s.Body, prefix, fn)
		case *syntax.WhileStmt:
			walkDefs(s.Body, prefix, fn)
		}
	}
}

// requiredPositional counts def's positional parameters without a
// default.
func requiredPositional(def *syntax.DefStmt) int {
	n := 0
	for _, p := range def.Params {
		switch p.(type) {
		case *syntax.UnaryExpr:
			return n
		case *syntax.Ident:
			n++
		}
	}
	return n
}

// kwonlyParams returns the names of def's keyword-only parameters.
func kwonlyParams(def *syntax.DefStmt) map[string]bool {
	kw := map[string]bool{}
	star := false
	for _, p := range def.Params {
		switch p := p.(type) {
		case *syntax.UnaryExpr:
			if p.Op == syntax.STAR {
				star = true
			}
		case *syntax.Ident:
			if star {
				kw[p.Name] = true
			}
		case *syntax.BinaryExpr:
			if id, ok := p.X.(*syntax.Ident); ok && star {
				kw[id.Name] = true
			}
		}
	}
	return kw
}

// addKeywords records the keyword arguments of each call of f at its
// open parenthesis, but not those of a call inside another call at the
// same position (which a walk looking for the outer one does not see).
func addKeywords(m *abi.SourceMap, f *syntax.File) {
	var stack []syntax.Node
	open := map[abi.Pos]int{} // the calls at each position enclosing the node walked
	syntax.Walk(f, func(n syntax.Node) bool {
		if n == nil {
			n, stack = stack[len(stack)-1], stack[:len(stack)-1]
			if c, ok := n.(*syntax.CallExpr); ok {
				open[pos(c.Lparen)]--
			}
			return true
		}
		stack = append(stack, n)
		c, ok := n.(*syntax.CallExpr)
		if !ok {
			return true
		}
		p := pos(c.Lparen)
		if open[p] == 0 {
			if names := keywords(c); len(names) > 0 {
				m.AddKeywords(p, names)
			}
		}
		open[p]++
		return true
	})
}

// keywords returns the names of c's keyword arguments.
func keywords(c *syntax.CallExpr) []string {
	var names []string
	for _, a := range c.Args {
		if b, ok := a.(*syntax.BinaryExpr); ok && b.Op == syntax.EQ {
			if id, ok := b.X.(*syntax.Ident); ok {
				names = append(names, id.Name)
			}
		}
	}
	return names
}
