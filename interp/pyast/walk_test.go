package pyast

import (
	"strings"
	"testing"

	"go.starlark.net/syntax"
)

// TestWalk checks that Walk visits every node once, in source order,
// skips absent children, and ends each node with f(nil).
func TestWalk(t *testing.T) {
	x := &Ident{Name: "x"}
	call := &Call{Fn: &Attr{X: x, Name: &Ident{Name: "m"}}, Args: []Expr{
		&Keyword{Name: &Ident{Name: "k"}, Value: &Literal{Token: syntax.INT, Value: int64(1)}},
		&Starred{Op: syntax.STAR, X: &Ident{Name: "rest"}},
	}}
	f := &File{Stmts: []Stmt{
		&Def{Name: &Ident{Name: "f"}, Params: []*Param{{Name: &Ident{Name: "a"}}, {Star: syntax.STAR}}, Body: []Stmt{
			&Return{Value: call},
		}},
		&If{Cond: &Ident{Name: "c"}, Body: []Stmt{&Pass{}}},
	}}
	var names []string
	depth, maxDepth := 0, 0
	Walk(f, func(n Node) bool {
		if n == nil {
			depth--
			return true
		}
		if depth++; depth > maxDepth {
			maxDepth = depth
		}
		if id, ok := n.(*Ident); ok {
			names = append(names, id.Name)
		}
		return true
	})
	if got, want := strings.Join(names, " "), "f a x m k rest c"; got != want {
		t.Errorf("names in order: %q, want %q", got, want)
	}
	if depth != 0 {
		t.Errorf("f(nil) calls leave depth %d", depth)
	}
	// File, Def, Return, Call, Attr, Ident x
	if maxDepth != 6 {
		t.Errorf("max depth %d, want 6", maxDepth)
	}
}

// TestWalkPrune checks that returning false skips a node's children.
func TestWalkPrune(t *testing.T) {
	f := &File{Stmts: []Stmt{&ExprStmt{X: &Lambda{Body: &Ident{Name: "hidden"}}}, &ExprStmt{X: &Ident{Name: "seen"}}}}
	var names []string
	Walk(f, func(n Node) bool {
		if id, ok := n.(*Ident); ok {
			names = append(names, id.Name)
		}
		_, lambda := n.(*Lambda)
		return !lambda
	})
	if got := strings.Join(names, " "); got != "seen" {
		t.Errorf("names %q, want \"seen\"", got)
	}
}

// TestErrorFormat checks CPython's report of an error.
func TestErrorFormat(t *testing.T) {
	e := &Error{Filename: "t.py", Line: 2, Col: 5, Msg: "invalid syntax", Text: "  x = = 1"}
	want := "  File \"t.py\", line 2\n    x = = 1\n      ^\nSyntaxError: invalid syntax\n"
	if got := e.Format(); got != want {
		t.Errorf("Format:\n%s\nwant\n%s", got, want)
	}
	if got := RecursionError("t.py").Format(); got != "RecursionError: maximum recursion depth exceeded during compilation\n" {
		t.Errorf("RecursionError: %q", got)
	}
	if got := LineText([]byte("a\r\nb\rc\n"), 3); got != "c" {
		t.Errorf("LineText: %q", got)
	}
}
