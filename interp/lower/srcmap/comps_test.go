package srcmap

import (
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// TestCompsAt checks which comprehensions' frames run the code at each
// place: not their first iterable, not the lambdas in them.
func TestCompsAt(t *testing.T) {
	src := "def f(xs, m):\n" +
		"    a = [[1 / x for x in r] for r in m]\n" +
		"    b = {x: 1 % x for x in [y + 1 for y in xs]}\n" +
		"    c = {x.k for x in xs if (lambda: x.j)()}\n" +
		"    d = [max(1 // x for x in r) for r in m]\n" +
		"    return sum(x.q for x in xs)\n"
	m, lines := mapOf(t, src)
	at := func(line int, text string) string {
		col := strings.Index(lines[line-1], text) + 1
		var names []string
		for _, c := range m.CompsAt(abi.Pos{Line: int32(line), Col: int32(col)}) {
			names = append(names, c.Name+":"+lines[line-1][c.Start.Col-1:c.End.Col-1])
		}
		return strings.Join(names, " ")
	}
	for _, tc := range []struct {
		line       int
		text, want string
	}{
		{2, "/", "<listcomp>:[[1 / x for x in r] for r in m] <listcomp>:[1 / x for x in r]"},
		{2, "m]", ""},
		{3, "%", "<dictcomp>:{x: 1 % x for x in [y + 1 for y in xs]}"},
		{3, "+", "<listcomp>:[y + 1 for y in xs]"},
		{4, ".k", "<setcomp>:{x.k for x in xs if (lambda: x.j)()}"},
		{4, ".j", ""},
		{5, "max", "<listcomp>:[max(1 // x for x in r) for r in m]"},
		{5, "//", ""},
		{6, ".q", ""},
	} {
		if got := at(tc.line, tc.text); got != tc.want {
			t.Errorf("line %d at %q: got %q, want %q", tc.line, tc.text, got, tc.want)
		}
	}
}
