package lower

// This file tests the dual form of with statements: the deep copy of
// the body and the bounds on copies.

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

func TestNestedDualFormsAreBounded(t *testing.T) {
	src := "a = b = c = d = e = None\nwith a:\n with b:\n  with c:\n   with d:\n    with e:\n     n = 1\n"
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

// lowerWith lowers src and counts its dual forms' headers and its
// full-form-only functions.
func lowerWith(t *testing.T, src string) (dual, full int) {
	t.Helper()
	src = "m = a = b = c = i = x = E = total = None\n" + src
	f, err := Parse("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	out := pretty(f)
	compile(t, src)
	return strings.Count(out, "__sp_withfast("), strings.Count(out, "def __sp_try_w")
}

func TestDualFormWhateverTheName(t *testing.T) {
	for _, x := range []string{"lock", "guard", "l", "threading.Lock()", "self.get_lock()", "locks[0]", "open(p)"} {
		src := "def f(self, locks, p, lock, guard, l):\n    with " + x + " as v:\n        v.n += 1\n"
		if dual, full := lowerWith(t, src); dual != 1 || full != 0 {
			t.Errorf("with %s: %d dual headers and %d full-form functions, want 1 and 0", x, dual, full)
		}
	}
}

func TestLargeBodyIsNotCopied(t *testing.T) {
	line := "    x = 1\n" // 3 nodes: the assignment, x and 1
	small := "with m:\n" + strings.Repeat(line, maxDualNodes/3)
	large := "with m:\n" + strings.Repeat(line, maxDualNodes/3+1)
	if dual, full := lowerWith(t, small); dual != 1 || full != 0 {
		t.Errorf("small body: %d dual headers and %d full-form functions, want 1 and 0", dual, full)
	}
	if dual, full := lowerWith(t, large); dual != 0 || full != 1 {
		t.Errorf("large body: %d dual headers and %d full-form functions, want 0 and 1", dual, full)
	}
}

func TestBodyDefiningAFunctionIsNotCopied(t *testing.T) {
	for _, body := range []string{"def g(): pass", "if x:\n        def g(): pass", "for i in x:\n        def h(): return i"} {
		if dual, full := lowerWith(t, "with m:\n    "+body+"\n"); dual != 0 || full != 1 {
			t.Errorf("%q: %d dual headers and %d full-form functions, want 0 and 1", body, dual, full)
		}
	}
	// A class, a lambda and a def in a try bind their names by assignment.
	if dual, full := lowerWith(t, "with m:\n    class C: pass\n    f = lambda: 1\n    try:\n        def g(): pass\n    except E:\n        pass\n"); dual != 1 || full != 0 {
		t.Errorf("class, lambda and a def in a try: %d dual headers and %d full-form functions, want 1 and 0", dual, full)
	}
}
