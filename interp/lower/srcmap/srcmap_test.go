package srcmap

import (
	"sort"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/interp/front"
	"github.com/spindle-lang/spindle/interp/lower"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/parse"
)

// mapOf returns the SourceMap of src, lowered with print, len and
// range predeclared, and its lines.
func mapOf(t *testing.T, src string) (*abi.SourceMap, []string) {
	t.Helper()
	pre := func(name string) bool { return name == "print" || name == "len" || name == "range" || name == "float" }
	f, err := front.ParseWith("t.py", []byte(src), parse.Options{}, lower.Options{Predeclared: pre})
	if err != nil {
		t.Fatal(err)
	}
	return New(f), strings.Split(src, "\n")
}

// marked returns the text of each anchor on line n (1-based) with its
// mark, as "mark:text".
func marked(m *abi.SourceMap, lines []string, n int) map[string]*abi.Anchor {
	out := map[string]*abi.Anchor{}
	line := lines[n-1]
	for col := 1; col <= len(line)+1; col++ {
		a := m.AnchorAt(abi.Pos{Line: int32(n), Col: int32(col)})
		if a == nil || a.Start.Line != int32(n) || a.End.Line != int32(n) || int(a.End.Col)-1 > len(line) {
			continue
		}
		text := line[a.Start.Col-1 : a.End.Col-1]
		out[[]string{"plain", "binary", "subscript"}[a.Mark]+":"+text] = a
	}
	return out
}

// keys returns the keys of m, sorted.
func keys(m map[string]*abi.Anchor) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, " | ")
}

// TestAnchors checks that the made-up calls stand for what the user
// wrote: subscripts, slices, undefined names, **, assert, and a loop's
// substitute of a name.
func TestAnchors(t *testing.T) {
	src := `def f(s, d, k):
    y = d[k] + 2 ** k
    z = s[1:] + s[:]
    assert len(s) > k, "short"
    print(nowhere)
    for i in range(3):
        w = s[i]
    return 1.0 / k
`
	m, lines := mapOf(t, src)
	for _, c := range []struct {
		line int
		want []string
	}{
		{2, []string{"subscript:d[k]", "binary:2 ** k", "binary:d[k] + 2 ** k"}},
		{3, []string{"subscript:s[1:]", "subscript:s[:]"}},
		{4, []string{"plain:len(s) > k"}},
		{5, []string{"plain:nowhere"}},
		{7, []string{"subscript:s[i]"}},
		{8, []string{"binary:1.0 / k"}},
	} {
		got := marked(m, lines, c.line)
		for _, w := range c.want {
			if got[w] == nil {
				t.Errorf("line %d: no %q in %s", c.line, w, keys(got))
			}
		}
	}
	if a := marked(m, lines, 3)["subscript:s[:]"]; a != nil && !a.NoRight {
		t.Errorf("s[:] has a bound: %+v", a)
	}
	if a := marked(m, lines, 7)["subscript:s[i]"]; a != nil && a.LeftEnd.Col != 14 {
		t.Errorf("s[i]'s value ends at column %d, want 14 (after s)", a.LeftEnd.Col)
	}
	if a := marked(m, lines, 2)["binary:2 ** k"]; a != nil && (a.LeftEnd.Col != 17 || a.RightStart.Col != 21) {
		t.Errorf("2 ** k: operands at %+v", a)
	}
}

// TestDefsAndKeywords checks the qualified names, keyword-only
// parameters and call keywords the map records.
func TestDefsAndKeywords(t *testing.T) {
	src := `class K:
    def m(self, a, *, b, c=1):
        def g():
            pass
try:
    def h(x=1):
        pass
except ValueError:
    pass
h(x=2, y=3)
`
	m, _ := mapOf(t, src)
	if d := m.DefAt(2, "m"); d == nil || d.Qual != "K.m" || d.MinPos != 2 || !d.KwOnly["b"] || !d.KwOnly["c"] || d.KwOnly["a"] {
		t.Errorf("K.m: %+v", d)
	}
	if d := m.DefAt(3, "g"); d == nil || d.Qual != "K.m.<locals>.g" {
		t.Errorf("g: %+v", d)
	}
	if d := m.DefAt(6, "h"); d == nil || d.Qual != "h" || d.MinPos != 0 {
		t.Errorf("h: %+v", d)
	}
	if d := m.DefAt(6, "m"); d != nil {
		t.Errorf("a def found on the wrong line: %+v", d)
	}
	if got := strings.Join(m.Keywords(abi.Pos{Line: 10, Col: 2}), " "); got != "x y" {
		t.Errorf("keywords of h(x=2, y=3) = %q", got)
	}
}
