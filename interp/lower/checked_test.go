package lower

import (
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/interp/parse"
)

// TestCheckedLowering checks which unpackings, += and comprehension
// clauses go through the iteration-checking helpers (checked.go,
// compinner.go) and which keep the VM's path.
func TestCheckedLowering(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"t = (1, 2)\na, b = t\n", "(a, b) = t\n"},
		{"a, b = b, a\n", "(a, b) = (b, a)\n"},
		{"def f(it):\n    a, b = it\n", "(a, b) = (__sp_U[2] + it)\n"},
		{"def f(s):\n    a, b = s[1:]\n", "(a, b) = (__sp_U[2] + __sp_slice(s, 1, None, None))\n"},
		{"def f(v):\n    n = 0\n    n += 1\n", "n += 1\n"},
		{"def f(v):\n    n = 0\n    n += v * 2\n", "  n += (__sp_R_num[v] * 2)\n"},
		{"def f(v):\n    n = len(v)\n    n -= 1\n    n += v\n", "  n += __sp_R_num[v]\n"},
		{"def f(v):\n    n = []\n    n += v\n", "  n = (__sp_A[n] + __sp_R_num[v])\n"},
		{"def f(v):\n    n = 2 * v\n    n += v\n", "  n = (__sp_A[n] + __sp_R_num[v])\n"},
		{"def f(v):\n    n = 2 * 3.5\n    n += v\n", "  n += __sp_R_num[v]\n"},
		{"def f(v):\n    s = ''\n    s += 'x'\n", "s += \"x\"\n"},
		{"def f(v):\n    x = []\n    x += [v]\n", "x += [v]\n"},
		{"def f(v):\n    x = []\n    x += v\n", "  x = (__sp_A[x] + __sp_R_num[v])\n"},
		{"def f(o, v):\n    o.x += v\n", "  o.x = (__sp_A[o.x] + __sp_R_num[v])\n"},
		{"def f(s, v):\n    s += [v]\n", "s = (__sp_A[s] + [v])\n"}, // s may be a list subclass's instance
		{"def f(o, v):\n    o.x += (v, 1)\n", "o.x = (__sp_A[o.x] + ((v, 1)))\n"},
		{"def f(v):\n    x = list(v)\n    x += [v]\n", "x += [v]\n"},
		{"def f(xs, g):\n    return [y for x in xs for y in g(x)]\n",
			"return __sp_compend([y for x in __sp_citer(xs, True) for y in __sp_citer(g(x), True)])\n"},
		{"def f(xs, g):\n    return [y for x in xs for y in [x, 1]]\n",
			"return __sp_compend([y for x in __sp_citer(xs) for y in __sp_iter([x, 1])])\n"},
	} {
		f, err := ParseWith("t.py", []byte(c.src), parse.Options{}, Options{Predeclared: func(string) bool { return true }})
		if err != nil {
			t.Fatal(err)
		}
		if got := pretty(f); !strings.HasSuffix(got, c.want) {
			t.Errorf("%q:\ngot  %q\nwant suffix %q", c.src, got, c.want)
		}
	}
}
