package suggest

import (
	"slices"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/parse"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// The wanted names are co_varnames as python3 prints them for this
// source.
const varnamesSrc = `def f(b, a, *args, k, **kw):
    z=1; y=2; c=3
    def g(): return y
    for q in []: pass
    import os
    [w for w in ()]
    print(d)
def h(x):
    def g(): return x
def m(self, n):
    global G
    G = 1
    t, (u, v) = 1, (2, 3)
    with open(n) as fh: pass
    try: pass
    except E as err: pass
    if (wal := 1): pass
    lam = lambda p: p + t
    class K:
        kk = n
    del u
    r += 1
    return s
`

func TestVarnames(t *testing.T) {
	f, err := parse.File("vn.py", []byte(varnamesSrc), parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		def  string
		line int32
		want []string
	}{
		{"f", 7, []string{"b", "a", "k", "args", "kw", "z", "c", "g", "q", "os"}},
		{"h", 9, []string{"x", "g"}},
		{"m", 23, []string{"self", "n", "u", "v", "fh", "err", "wal", "lam", "K", "r"}},
		{"g", 3, nil}, // f's g: no locals
	} {
		got, ok := varnames(f, tt.def, pyast.Position{Line: tt.line, Col: 5})
		if !ok || !slices.Equal(got, tt.want) {
			t.Errorf("varnames(%s, line %d) = %q, %v; want %q", tt.def, tt.line, got, ok, tt.want)
		}
	}
	if _, ok := varnames(f, "nosuch", pyast.Position{Line: 3}); ok {
		t.Error("varnames found a def that does not exist")
	}
}

func TestGlobalNames(t *testing.T) {
	f, err := parse.File("g.py", []byte("zeta = 1\nimport os\ndef alpha(): pass\n"), parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := map[string]bool{"alpha": true, "zeta": true, "extra": true, "__sp_x": true}
	got := globalNames(f, toDict(g), false)
	want := append(append([]string(nil), moduleDunders...), "zeta", "alpha", "extra")
	if !slices.Equal(got, want) {
		t.Errorf("globalNames = %q, want %q", got, want)
	}
}

func toDict(names map[string]bool) starlark.StringDict {
	d := starlark.StringDict{}
	for n := range names {
		d[n] = starlark.True
	}
	return d
}
