package lower

// This file tests the lowering of with statements on lock-like names:
// the deep copy of the body and the bound on nested copies.

import (
	"strings"
	"testing"

	"go.starlark.net/syntax"
)

func TestCloneSharesNoNode(t *testing.T) {
	f, err := Parse("t.py", []byte("def f(a, b=[1]):\n    for x in a:\n        if x > b[0]:\n            return lambda: {x: (x, 'é')}\n    return f'{a!r}'\n"))
	if err != nil {
		t.Fatal(err)
	}
	copied := cloneStmts(f.Stmts)
	seen := map[syntax.Node]bool{}
	syntax.Walk(f, func(n syntax.Node) bool { seen[n] = n != nil; return true })
	syntax.Walk(&syntax.File{Stmts: copied}, func(n syntax.Node) bool {
		if n != nil && seen[n] {
			t.Errorf("node %T shared by the copy", n)
		}
		return true
	})
	if got, want := pretty(&syntax.File{Stmts: copied}), pretty(f); got != want {
		t.Errorf("copy prints as\n%s\nwant\n%s", got, want)
	}
}

func TestNestedLocksAreBounded(t *testing.T) {
	src := "a_lock = b_lock = c_lock = d_lock = e_lock = None\nwith a_lock:\n with b_lock:\n  with c_lock:\n   with d_lock:\n    with e_lock:\n     n = 1\n"
	f, err := Parse("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	out := pretty(f)
	// The three innermost take both forms (1 + 2 + 4 copies of their
	// header); the two outer ones only the full form.
	if n := strings.Count(out, "__sp_withfast("); n != 7 {
		t.Errorf("%d withfast headers, want 7:\n%s", n, out)
	}
	if n := strings.Count(out, "def __sp_try_w"); n != 2 {
		t.Errorf("%d full-form functions, want 2:\n%s", n, out)
	}
	compile(t, src)
}
