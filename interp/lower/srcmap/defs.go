package srcmap

// This file records what the defs and calls of a lowered file say for
// the messages of bad calls: each def's qualified name (K.m,
// f.<locals>.g) and keyword-only parameters, and the keyword arguments
// of each call.

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// walkDefs calls fn for each user def and lambda in n with its
// qualified name, as CPython's compiler makes it (compiler_set_qualname);
// prefix qualifies the names of n's own scope. A def or lambda adds
// "name.<locals>." to the names inside it, a class body "K.", and a
// comprehension "<listcomp>." (but not to its first iterable, evaluated
// outside); the front-end's own functions and lambdas add nothing.
func walkDefs(n syntax.Node, prefix string, fn func(syntax.Node, string)) {
	syntax.Walk(n, func(x syntax.Node) bool {
		switch x := x.(type) {
		case *syntax.DefStmt:
			name := x.Name.Name
			inner := prefix + name + ".<locals>."
			if class, ok := abi.ClassName(name); ok {
				inner = prefix + class + "."
			} else if madeUp(name) {
				inner = prefix
			} else {
				fn(x, prefix+name)
			}
			walkFunc(x.Params, x.Body, prefix, inner, fn)
			return false
		case *syntax.LambdaExpr:
			switch {
			case len(x.Params) > 0 && isIdent(x.Params[0], abi.GenIter):
				walkGenexp(x, prefix+"<genexpr>.", fn)
			case x.Lambda == syntax.Start(x.Body): // the lowering's lazy operand
				walkDefs(x.Body, prefix, fn)
			default:
				fn(x, prefix+"<lambda>")
				walkFunc(x.Params, []syntax.Stmt{&syntax.ReturnStmt{Result: x.Body}}, prefix, prefix+"<lambda>.<locals>.", fn)
			}
			return false
		case *syntax.CallExpr:
			if c, ok := setComp(x); ok {
				walkComp(c, prefix, "<setcomp>.", fn)
				return false
			}
		case *syntax.Comprehension:
			kind := "<listcomp>."
			if x.Curly {
				kind = "<dictcomp>."
			}
			walkComp(x, prefix, kind, fn)
			return false
		}
		return true
	})
}

// walkFunc walks the parameters of a def or lambda (whose defaults
// belong to the enclosing scope, qualified by prefix) and its body,
// whose names inner qualifies.
func walkFunc(params []syntax.Expr, body []syntax.Stmt, prefix, inner string, fn func(syntax.Node, string)) {
	for _, p := range params {
		walkDefs(p, prefix, fn)
	}
	for _, st := range body {
		walkDefs(st, inner, fn)
	}
}

// walkComp walks comprehension c of the given kind ("<listcomp>."),
// whose first iterable belongs to the enclosing scope.
func walkComp(c *syntax.Comprehension, prefix, kind string, fn func(syntax.Node, string)) {
	for i, cl := range c.Clauses {
		if f, ok := cl.(*syntax.ForClause); ok && i == 0 {
			walkDefs(f.X, prefix, fn)
			walkDefs(f.Vars, prefix+kind, fn)
			continue
		}
		walkDefs(cl, prefix+kind, fn)
	}
	walkDefs(c.Body, prefix+kind, fn)
}

// walkGenexp walks the lambda of a lowered generator expression, the
// scope prefix names (its first iterable is outside it).
func walkGenexp(x *syntax.LambdaExpr, prefix string, fn func(syntax.Node, string)) {
	syntax.Walk(x.Body, func(n syntax.Node) bool {
		if c, ok := n.(*syntax.Comprehension); ok {
			for _, cl := range c.Clauses {
				walkDefs(cl, prefix, fn)
			}
			walkDefs(c.Body, prefix, fn)
			return false
		}
		return true
	})
}

// setComp returns the list comprehension of set([...]), the lowering of
// a set comprehension (a call at its own name's position).
func setComp(x *syntax.CallExpr) (*syntax.Comprehension, bool) {
	id, ok := x.Fn.(*syntax.Ident)
	if !ok || id.Name != "set" || id.NamePos != x.Lparen || len(x.Args) != 1 {
		return nil, false
	}
	c, ok := unwrapCompEnd(x.Args[0]).(*syntax.Comprehension)
	return c, ok
}

// unwrapCompEnd returns c of __sp_compend(c), or x.
func unwrapCompEnd(x syntax.Expr) syntax.Expr {
	if c, ok := x.(*syntax.CallExpr); ok && isIdent(c.Fn, abi.CompEnd) && len(c.Args) == 1 {
		return c.Args[0]
	}
	return x
}

// isIdent reports whether x is the name name.
func isIdent(x syntax.Expr, name string) bool {
	id, ok := x.(*syntax.Ident)
	return ok && id.Name == name
}

// requiredPositional counts the positional parameters without a
// default.
func requiredPositional(params []syntax.Expr) int {
	n := 0
	for _, p := range params {
		switch p.(type) {
		case *syntax.UnaryExpr:
			return n
		case *syntax.Ident:
			n++
		}
	}
	return n
}

// posOnlyParams returns the names of the positional-only parameters (as
// the script wrote them), in order.
func posOnlyParams(params []syntax.Expr) []string {
	var names []string
	for _, p := range params {
		if b, ok := p.(*syntax.BinaryExpr); ok {
			p = b.X
		}
		if id, ok := p.(*syntax.Ident); ok && strings.HasPrefix(id.Name, abi.PosOnlyParam) {
			names = append(names, strings.TrimPrefix(id.Name, abi.PosOnlyParam))
		}
	}
	return names
}

// kwonlyParams returns the names of the keyword-only parameters.
func kwonlyParams(params []syntax.Expr) map[string]bool {
	kw := map[string]bool{}
	star := false
	for _, p := range params {
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
