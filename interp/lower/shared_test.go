package lower

// This file tests shared mode (ParseShared): its lowered output and the
// names it reports.

import (
	"strings"
	"testing"
)

var sharedTests = []struct{ name, src, want, names string }{
	{"assign_read", "x = 1\nprint(x + y)\n",
		"__sp_R_num = __sp_R[\"num\"]\n__sp_g_x.v = 1\n__sp_g_print.v((__sp_g_x.v + __sp_R_num[__sp_g_y.v]))\n", "print x y"},
	{"def_later_global", "def f():\n    return g() + len(h)\n",
		"__sp_R_num = __sp_R[\"num\"]\ndef f():\n  return (__sp_R_num[__sp_g_g.v()] + __sp_g_len.v(__sp_g_h.v))\n__sp_g_f.v = f\n", "f g h len"},
	{"global_decl", "def inc():\n    global counter\n    counter += 1\n",
		"def inc():\n  __sp_g_counter.v += 1\n__sp_g_inc.v = inc\n", "counter inc"},
	{"constants", "x = None if True else False\n",
		"__sp_g_x.v = (None if True else False)\n", "x"},
	{"locals_untouched", "def f(a):\n    b = a\n    return [c for c in b], lambda d: d + b\n",
		"__sp_R_num = __sp_R[\"num\"]\ndef f(a):\n  b = a\n  return (__sp_compend([c for c in __sp_citer(b)]), (lambda d: (__sp_R_num[d] + __sp_R_num[b])))\n__sp_g_f.v = f\n", "f"},
	{"decorator_import_for", "import time\n@dec\ndef f():\n    pass\nfor i in r:\n    pass\n",
		"__sp_g_time.v = __sp_import(\"time\")\ndef f():\n  pass\n__sp_g_f.v = f\n__sp_g_f.v = __sp_g_dec.v(__sp_g_f.v)\n__sp_l1 = __sp_iter(__sp_g_r.v)\nfor __sp_g_i.v in __sp_l1:\n  pass\n__sp_loopend(__sp_l1)\n",
		"dec f i r time"},
	{"nested_global_def", "def f():\n    global g\n    def g():\n        return 1\n",
		"def f():\n  def g():\n    return 1\n  __sp_g_g.v = g\n__sp_g_f.v = f\n", "f g"},
	{"recursion", "def fact(n):\n    return 1 if n < 2 else n * fact(n - 1)\n",
		"__sp_R_int = __sp_R[\"int\"]\n__sp_R_num = __sp_R[\"num\"]\ndef fact(n):\n  return (1 if (__sp_R_int[n] < 2) else (__sp_R_num[n] * __sp_R_num[__sp_g_fact.v((__sp_R_num[n] - 1))]))\n__sp_g_fact.v = fact\n", "fact"},
	{"try_def", "try:\n    def f(): pass\nexcept E:\n    pass\n",
		"__sp_None = None\ndef __sp_try_1():\n  def __sp_mk_f():\n    def f():\n      pass\n    return f\n  __sp_g_f.v = __sp_mk_f()\ndef __sp_exc_1_1_c():\n  return __sp_g_E.v\ndef __sp_exc_1_1(__sp_e):\n  pass\n__sp_r1 = __sp_try(__sp_try_1, __sp_None, __sp_None, __sp_exc_1_1_c, __sp_exc_1_1)\n", "E f"},
	{"walrus", "(y := 1)\ndef f():\n    global z\n    return [z := i for i in y]\n",
		"(__sp_walrus(__sp_g_y, 1))\ndef f():\n  return __sp_compend([__sp_walrus(__sp_g_z, i) for i in __sp_citer(__sp_g_y.v)])\n__sp_g_f.v = f\n", "f y z"},
	{"load", "load(\"m.star\", \"x\")\nx\n",
		"load(\"m.star\", x=\"x\")\n__sp_g_x.v = x\n__sp_g_x.v\n", "x"},
}

func TestShared(t *testing.T) {
	for _, tt := range sharedTests {
		t.Run(tt.name, func(t *testing.T) {
			f, names, err := ParseShared("<stdin>", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := pretty(f); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if got := strings.Join(names, " "); got != tt.names {
				t.Errorf("names = %q, want %q", got, tt.names)
			}
		})
	}
}

// TestSharedLeavesFilesAlone checks that a file parsed after a shared
// input is lowered as before: shared mode is per parse.
func TestSharedLeavesFilesAlone(t *testing.T) {
	if _, _, err := ParseShared("<stdin>", []byte("x = 1\n")); err != nil {
		t.Fatal(err)
	}
	f, err := Parse("t.py", []byte("x = 1\ndef f():\n    return x\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := pretty(f), "x = 1\ndef f():\n  return x\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
