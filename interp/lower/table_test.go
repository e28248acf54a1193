package lower

// This file defines table tests of the lowered output of each construct,
// printed by unparse, and of ParseExpr, ParseREPL and f-string positions.

import (
	"testing"
)

var lowerTests = []struct{ name, src, want string }{
	{"import", "import os.path\nimport a as b\nfrom a.b import (x,\n  y as z,)\n",
		"os = __sp_import(\"os.path\", True)\nb = __sp_import(\"a\")\nx = __sp_from(\"a.b\", \"x\")\nz = __sp_from(\"a.b\", \"y\")\n"},
	{"is", "a is None\na is not b\nnot a in b\n(None) is not f(a)\nNone == a\nb != None\na is ...\n",
		"__sp_None = None\n__sp_R_NoneType = __sp_R[\"NoneType\"]\n__sp_R_in = __sp_R[\"in\"]\n(__sp_None == a)\nnot __sp_is(a, b)\nnot (a in __sp_R_in[b])\n(__sp_None != f(a))\n(__sp_R_NoneType[a] == None)\n(__sp_R_NoneType[b] != None)\n__sp_is(a, __sp_ellipsis)\n"},
	{"chain", "a < b <= c\n0 <= i < len(x) is not None\nf() < g() in h(1) < -1\nx == y != 'z'\n",
		"__sp_R_string = __sp_R[\"string\"]\n__sp_Ra = __sp_R[\"test\"]\n(((__sp_cmp(a, \"<\", b) if (__sp_Ra[a] or __sp_Ra[b]) else (a < b))) and ((__sp_cmp(b, \"<=\", c) if (__sp_Ra[b] or __sp_Ra[c]) else (b <= c))))\n__sp_cmp(0, \"<=\", i, \"*<\", (lambda : len(x)), \"is not\", None)\n__sp_cmp(f(), \"<\", g(), \"*in\", (lambda : h(1)), \"<\", -1)\n(((__sp_cmp(x, \"==\", y) if (__sp_Ra[x] or __sp_Ra[y]) else (x == y))) and (__sp_R_string[y] != \"z\"))\n"},
	{"try_loop", "def f(xs):\n    n = 0\n    for x in xs:\n        if x:\n            while n < 3:\n                try:\n                    n += g(x)\n                except E as e:\n                    continue\n                finally:\n                    n += 1\n    try:\n        pass\n    except E:\n        pass\n    return n\n",
		"__sp_None = None\n__sp_R_int = __sp_R[\"int\"]\n__sp_R_num = __sp_R[\"num\"]\ndef f(xs):\n  n = __sp_cell(\"n\")\n  n.v = 0\n  __sp_l2 = __sp_iter(xs)\n  def __sp_try_1():\n    n.v += __sp_R_num[g(x)]\n  def __sp_exc_1_1(e):\n    return (3, None)\n  def __sp_fin_1():\n    n.v += 1\n  for x in __sp_l2:\n    if x:\n      while (__sp_R_int[n.v] < 3):\n        __sp_r1 = __sp_try(__sp_try_1, __sp_None, __sp_fin_1, E, __sp_exc_1_1)\n        if (__sp_r1 != None):\n          if (__sp_r1[0] == 3):\n            continue\n  __sp_loopend(__sp_l2)\n  def __sp_try_3():\n    pass\n  def __sp_exc_3_1(__sp_e):\n    pass\n  __sp_r3 = __sp_try(__sp_try_3, __sp_None, __sp_None, E, __sp_exc_3_1)\n  return n.v\n"},
	{"append_list", "a = []\na.append(1)\nb = list(x)\nb.append(2)\nc = f()\nc.append(3)\nd = ()\nd.append(4)\ne = []\ne = None\ne.append(5)\na.append(*x)\na.append(v=1)\nself.items.append(6)\ndef g(n):\n    r = sorted(n) + [0]\n    r.append(n)\n    return r\n",
		"a = []\n__sp_append(a, 1)\nb = list(x)\n__sp_append(b, 2)\nc = f()\nc.append(3)\nd = ()\nd.append(4)\ne = []\ne = None\ne.append(5)\na.append(*__sp_star(x))\na.append(v=1)\nself.items.append(6)\ndef g(n):\n  r = (sorted(n) + [0])\n  __sp_append(r, n)\n  return r\n"},
	{"chain_is", "a is b is not c in d\n",
		"__sp_R_in = __sp_R[\"in\"]\n((__sp_is(a, b) and not __sp_is(b, c)) and (c in __sp_R_in[d]))\n"},
	{"bool_ops", "t = True\nx = t + 1\ny = -(a > b)\nz = (a < b) * 3 + n\nw = t & (c in d)\nv = t == 1\nu = t == False\nn += a < b\nq = flag(1) + 1\ndef flag(k):\n    return k > 0\n",
		"__sp_R_in = __sp_R[\"in\"]\n__sp_R_int = __sp_R[\"int\"]\n__sp_Ra = __sp_R[\"test\"]\nt = True\nx = __sp_binop(t, \"+\", 1)\ny = __sp_unop(\"-\", (((__sp_cmp(a, \">\", b) if (__sp_Ra[a] or __sp_Ra[b]) else (a > b)))))\nz = (__sp_binop((((__sp_cmp(a, \"<\", b) if (__sp_Ra[a] or __sp_Ra[b]) else (a < b)))), \"*\", 3) + n)\nw = __sp_binop(t, \"&\", ((c in __sp_R_in[d])))\nv = __sp_binop(t, \"==\", 1)\nu = (t == False)\nn = __sp_binop(n, \"+\", ((__sp_cmp(a, \"<\", b) if (__sp_Ra[a] or __sp_Ra[b]) else (a < b))))\nq = __sp_binop(flag(1), \"+\", 1)\ndef flag(k):\n  return (__sp_R_int[k] > 0)\n"},
	{"frozen_cmp", "f = frozenset(x)\nprint(f == {1}, f == g, f == frozenset(), {1} <= f, (f | {2}) != s, set() == {2})\n",
		"__sp_C_eq = __sp_R[\"==\"]\nf = frozenset(x)\nprint(__sp_binop(f, \"==\", set([1])), __sp_binop(f, \"==\", g), __sp_C_eq[f][frozenset()], __sp_binop(set([1]), \"<=\", f), __sp_binop(((f | set([2]))), \"!=\", s), __sp_C_eq[set()][set([2])])\n"},
	{"str_index", "a = 'abc'\nb = 'привет'\nc = a + b\nd = str(n)\nprint(a[0], b[0], c[1], d[-1], 'ab'[1], 'é'[0], x[0], a.upper()[0], f'{a}'[0], b[1:])\nb[0] = 1\n",
		"a = \"abc\"\nb = \"привет\"\nc = (a + b)\nd = str(n)\n" +
			"print(a[0], __sp_index(b, 0), __sp_index(c, 1), __sp_index(d, -1), \"ab\"[1], __sp_index(\"é\", 0), (__sp_K + x)[0], __sp_index(__sp_method(a, \"upper\"), 0), __sp_index(__sp_fstr(\"\", a, \"\", \"\", \"\"), 0), __sp_slice(b, 1, None, None))\nb[0] = 1\n"},
	{"index_loop", "def f(s, n):\n    a = [0] * n\n    b = g()\n    for i in range(n):\n        a[i] = s[i] + b[i] + c[i] + a[i]\n    if n:\n        d = g()\n    while n:\n        n -= 1\n        s = d[n] + s[0]\n    return [s[i] for i in range(n)], lambda: s[0]\nx = g()\nfor k in x:\n    print(x[k], y[k], d['k'])\n",
		"__sp_R_num = __sp_R[\"num\"]\ndef f(s, n):\n  a = __sp_binop([0], \"*\", n)\n  b = g()\n  __sp_l1 = __sp_iter(range(n))\n  __sp_xn6_s = __sp_numx(s)\n  __sp_xn7_b = __sp_numx(b)\n  __sp_xn9_a = __sp_numx(a)\n  for i in __sp_l1:\n    a[i] = (((__sp_xn6_s[i] + __sp_xn7_b[i]) + (__sp_Kn + c)[i]) + __sp_xn9_a[i])\n  __sp_loopend(__sp_l1)\n  if n:\n    d = g()\n  while n:\n    n = (__sp_R_num[n] - 1)\n    s = ((__sp_Kn + d)[n] + (__sp_Kn + s)[0])\n  return (__sp_compend([(__sp_K + s)[i] for i in __sp_citer(range(n))]), (lambda : (__sp_K + s)[0]))\nx = g()\n__sp_l2 = __sp_iter(x)\n__sp_x12_x = __sp_strx(x)\n__sp_K11 = __sp_K\nfor k in __sp_l2:\n  print(__sp_x12_x[k], (__sp_K11 + y)[k], d[\"k\"])\n__sp_loopend(__sp_l2)\n"},
	{"method", "s.split(',')\nd.get(k)\nl.append(1)\n",
		"__sp_method(s, \"split\", \",\")\n__sp_method(d, \"get\", k)\nl.append(1)\n"},
	{"percent", "'%d' % n\ni % 10\n",
		"__sp_R_num = __sp_R[\"num\"]\n__sp_percent(\"%d\", n)\n(__sp_R_num[i] % 10)\n"},
	{"strings", "x = 'a' \"b\"\ny = b'\\x00' rb'\\d'\nz = r'\\n' '''t\n'''\n",
		"x = \"ab\"\ny = b\"\\x00\\\\d\"\nz = \"\\\\nt\\n\"\n"},
	{"fstring", "f'{a!r:>{w}} {b=} {c:.2f} {{}}'\n",
		"__sp_fstr(\"\", a, \"r\", __sp_fstr(\">\", w, \"\", \"\", \"\"), \" b=\", b, \"r\", \"\", \" \", c, \"\", \".2f\", \" {}\")\n"},
	{"fstring_doc", "f\"a{x!r:>{w}}b{y=}\"\nf\"{x}{g()}\"\n",
		"__sp_fstr(\"a\", x, \"r\", __sp_fstr(\">\", w, \"\", \"\", \"\"), \"by=\", y, \"r\", \"\", \"\")\n__sp_fstr(__sp_fstr(\"\", x, \"\", \"\", \"\"), g(), \"\", \"\", \"\")\n"},
	{"fstring_rebound", "def f():\n    global a\nf'{x}{a}{b}'\n",
		"a = __sp_cell(\"a\")\ndef f():\n  pass\n__sp_fstr(__sp_fstr(\"\", x, \"\", \"\", \"\"), a.v, \"\", \"\", \"\", b, \"\", \"\", \"\")\n"},
	{"fstring_order", "f'{a}-{b.c}{d()}{e:>3}{1}{f}'\n",
		"__sp_fstr(__sp_fstr(__sp_fstr(\"\", a, \"\", \"\", \"-\"), b.c, \"\", \"\", \"\"), d(), \"\", \"\", \"\", e, \"\", \">3\", \"\", 1, \"\", \"\", \"\", f, \"\", \"\", \"\")\n"},
	{"numbers", "1_000 + 0x_ff + 0o17 + 0b1 + 1.5e3 + .5\n",
		"(((((1000 + 255) + 15) + 1) + 1500) + 0.5)\n"},
	{"annot", "x: int = 3\ny: str\ndef f(a: int, *b: str, c=1, **d) -> int:\n    return a\n",
		"__annotations__ = {}\nx = 3\n__annotations__[\"x\"] = __sp_annotation((lambda : int), \"int\")\n" +
			"__annotations__[\"y\"] = __sp_annotation((lambda : str), \"str\")\npass\ndef f(a, *b, c=1, **d):\n  return a\n" +
			"f = __sp_annotate(f, (lambda : {\"a\": int, \"b\": str, \"return\": int}), \"a\", \"int\", \"b\", \"str\", \"return\", \"int\")\n"},
	{"annot_future", "from __future__ import annotations\nclass C:\n    x: 'int'\ndef f(a: C) -> list[C]:\n    pass\n",
		"annotations = __sp_from(\"__future__\", \"annotations\")\ndef __sp_class_C():\n  __annotations__ = {}\n  __annotations__[\"x\"] = \"'int'\"\n  pass\n" +
			"  return {\"__annotations__\": __annotations__}\nC = __sp_class(\"C\", (), __sp_class_C, __name__)\ndef f(a):\n  pass\n" +
			"f = __sp_annotate(f, {\"a\": \"C\", \"return\": \"list[C]\"})\n"},
	{"decorator", "@d1\n@d2(3)\ndef f():\n    pass\n",
		"__sp_dec1 = d2(3)\ndef f():\n  pass\nf = d1(__sp_dec1(f))\n"},
	{"with", "for i in range(x):\n    with lock as b, self.cond:\n        if b:\n            break\n        continue\n",
		"__sp_l9 = __sp_iter(range(x))\nfor i in __sp_l9:\n  __sp_m5 = lock\n  __sp_m6 = __sp_withfast(__sp_m5)\n  if __sp_m6:\n    __sp_b8 = 0\n    for b in __sp_m6:\n      __sp_m1 = self.cond\n      __sp_m2 = __sp_withfast(__sp_m1)\n      if __sp_m2:\n        __sp_b4 = 0\n        for __sp_w in __sp_m2:\n          if b:\n            __sp_b4 = 1\n            break\n          __sp_b4 = 2\n          break\n        if (__sp_b4 == 1):\n          __sp_b8 = 1\n          break\n        if (__sp_b4 == 2):\n          __sp_b8 = 2\n          break\n      else:\n        __sp_enter(__sp_m1)\n        def __sp_try_k3():\n          if b:\n            return (2, None)\n          return (3, None)\n        __sp_r3 = __sp_withcall(__sp_m1, __sp_try_k3)\n        if (__sp_r3 != None):\n          if (__sp_r3[0] == 2):\n            __sp_b8 = 1\n            break\n          if (__sp_r3[0] == 3):\n            __sp_b8 = 2\n            break\n    if (__sp_b8 == 1):\n      break\n    if (__sp_b8 == 2):\n      continue\n  else:\n    b = __sp_enter(__sp_m5)\n    def __sp_try_k7():\n      __sp_m1 = self.cond\n      __sp_m2 = __sp_withfast(__sp_m1)\n      if __sp_m2:\n        __sp_b4 = 0\n        for __sp_w in __sp_m2:\n          if b:\n            __sp_b4 = 1\n            break\n          __sp_b4 = 2\n          break\n        if (__sp_b4 == 1):\n          return (2, None)\n        if (__sp_b4 == 2):\n          return (3, None)\n      else:\n        __sp_enter(__sp_m1)\n        def __sp_try_k3():\n          if b:\n            return (2, None)\n          return (3, None)\n        __sp_r3 = __sp_withcall(__sp_m1, __sp_try_k3)\n        if (__sp_r3 != None):\n          if (__sp_r3[0] == 2):\n            return (2, None)\n          if (__sp_r3[0] == 3):\n            return (3, None)\n    __sp_r7 = __sp_withcall(__sp_m5, __sp_try_k7)\n    if (__sp_r7 != None):\n      if (__sp_r7[0] == 2):\n        break\n      if (__sp_r7[0] == 3):\n        continue\n__sp_loopend(__sp_l9)\n"},
	{"with_lock_copies", "def f(n):\n    with lock:\n        n += 1\n    total = 0\n    for i in range(n):\n        with lock as l:\n            total += i\n            r = total\n    return n, r\n",
		"__sp_R_num = __sp_R[\"num\"]\ndef f(n):\n  r = __sp_cell(\"r\")\n  __sp_m1 = lock\n  __sp_m2 = __sp_withfast(__sp_m1)\n  if __sp_m2:\n    for __sp_w in __sp_m2:\n      n = (__sp_R_num[n] + 1)\n  else:\n    __sp_enter(__sp_m1)\n    __sp_cw3_n = __sp_cell(\"n\", n)\n    def __sp_try_k3():\n      __sp_cw3_n.v = (__sp_R_num[__sp_cw3_n.v] + 1)\n    __sp_r3 = __sp_withcall(__sp_m1, __sp_try_k3)\n    n = __sp_cw3_n.v\n  total = 0\n  __sp_l7 = __sp_iter(range(n))\n  for i in __sp_l7:\n    __sp_m4 = lock\n    __sp_m5 = __sp_withfast(__sp_m4)\n    if __sp_m5:\n      for l in __sp_m5:\n        total += i\n        r.v = total\n    else:\n      l = __sp_enter(__sp_m4)\n      __sp_cw6_total = __sp_cell(\"total\", total)\n      def __sp_try_k6():\n        __sp_cw6_total.v += i\n        r.v = __sp_cw6_total.v\n      __sp_r6 = __sp_withcall(__sp_m4, __sp_try_k6)\n      total = __sp_cw6_total.v\n  __sp_loopend(__sp_l7)\n  return (n, r.v)\n"},
	{"with_lock_celled", "total = 0\ndef show():\n    print(total)\nwith lock:\n    total += 1\n",
		"total = __sp_cell(\"total\")\ntotal.v = 0\ndef show():\n  print(total.v)\n__sp_m1 = lock\n__sp_m2 = __sp_withfast(__sp_m1)\nif __sp_m2:\n  for __sp_w in __sp_m2:\n    total.v += 1\nelse:\n  __sp_enter(__sp_m1)\n  def __sp_try_k3():\n    total.v += 1\n  __sp_r3 = __sp_withcall(__sp_m1, __sp_try_k3)\n"},
	{"with call", "with open_db() as db:\n    use(db)\n",
		"__sp_m1 = open_db()\n__sp_m2 = __sp_withfast(__sp_m1)\nif __sp_m2:\n  for db in __sp_m2:\n    use(db)\nelse:\n  db = __sp_enter(__sp_m1)\n  def __sp_try_k3():\n    use(db)\n  __sp_r3 = __sp_withcall(__sp_m1, __sp_try_k3)\n"},
	{"assert", "assert x\nassert x, 'm'\n",
		"if not x:\n  __sp_raise(__sp_assertion())\nif not x:\n  __sp_raise(__sp_assertion(\"m\"))\n"},
	{"del", "del x, y[0], z.a\n",
		"x = ((None, None, None, None))[0]\n__sp_delitem(y, 0)\n__sp_delattr(z, \"a\")\n"},
	{"raise", "raise\nraise E\nraise E from c\n",
		"__sp_raise()\n__sp_raise(E)\n__sp_raise(E, c)\n"},
	{"try", "def f():\n    try:\n        return g()\n    except (A, B) as e:\n        h(e)\n    except:\n        raise\n    finally:\n        done()\n",
		"__sp_None = None\ndef f():\n  def __sp_try_1():\n    return (1, g())\n  def __sp_exc_1_1_c():\n    return ((A, B))\n  def __sp_exc_1_1(e):\n    h(e)\n  def __sp_exc_1_2(__sp_e):\n    __sp_raise()\n  def __sp_fin_1():\n    done()\n  __sp_r1 = __sp_try(__sp_try_1, __sp_None, __sp_fin_1, __sp_exc_1_1_c, __sp_exc_1_1, __sp_None, __sp_exc_1_2)\n  if (__sp_r1 != None):\n    if (__sp_r1[0] == 1):\n      return __sp_r1[1]\n"},
	{"class", "@dec\nclass C(B):\n    '''doc'''\n    x = 1\n    if y:\n        z = 2\n    def m(self):\n        return super().m()\n",
		"def __sp_class_C():\n  z = __sp_unset\n  __doc__ = \"doc\"\n  x = 1\n  if y:\n    z = 2\n  def m(self):\n    return __sp_super(C, self).m()\n  return {\"__doc__\": __doc__, \"x\": x, \"z\": z, \"m\": m}\nC = dec(__sp_class(\"C\", (B,), __sp_class_C, __name__))\n"},
	{"while_else", "while a:\n    if b:\n        break\nelse:\n    c()\n",
		"__sp_f1 = 0\nwhile a:\n  if b:\n    __sp_f1 = 1\n    break\nif (__sp_f1 == 0):\n  c()\n"},
	{"set_genexp", "s = {1, 2}\nt = {x for x in y}\nu = any(x for x in y)\nv = (x for x in y)\n",
		"s = set([1, 2])\nt = set(__sp_compend([x for x in __sp_citer(y)]))\nu = __sp_gencall(any, (lambda __sp_it, __sp_f: ({0: __sp_f(x) for x in __sp_it}, __sp_loopend(__sp_it))), __sp_iter(y))\nv = __sp_genexp((lambda __sp_it, __sp_f: ({0: __sp_f(x) for x in __sp_it}, __sp_loopend(__sp_it))), __sp_iter(y))\n"},
	{"chained_assign", "a = b = f()\n",
		"__sp_t1 = f()\na = __sp_t1\nb = __sp_t1\n"},
	{"global_module", "x = 0\ndef f():\n    global x\n    x += 1\nprint(x)\n",
		"x = __sp_cell(\"x\")\nx.v = 0\ndef f():\n  x.v += 1\nprint(x.v)\n"},
	{"celled_param", "def f(n):\n    try:\n        n = int(n)\n    except ValueError:\n        pass\n    return n\n",
		"__sp_None = None\ndef f(n):\n  __sp_c_n = __sp_cell(\"n\", n)\n  def __sp_try_1():\n    __sp_c_n.v = int(__sp_c_n.v)\n  def __sp_exc_1_1(__sp_e):\n    pass\n  __sp_r1 = __sp_try(__sp_try_1, __sp_None, __sp_None, ValueError, __sp_exc_1_1)\n  return __sp_c_n.v\n"},
	{"power", "-a ** -b ** c\n",
		"-__sp_pow(a, -__sp_pow(b, c))\n"},
	{"lambda", "f = lambda x, *a, k=1, **kw: x if k else a\n",
		"f = (lambda x, *a, k=1, **kw: (x if k else a))\n"},
	{"slices", "x[1:2], x[::2], x[a, b], x[:]\n",
		"(__sp_slice(x, 1, 2, None), __sp_slice(x, None, None, 2), x[(a, b)], __sp_slice(x, None, None, None))\n"},
	{"dict_comp", "{k: v for k, v in d.items() if v}\n",
		"__sp_compend({k: v for (k, v) in __sp_citer(__sp_method(d, \"items\"), False, \"..\") if v})\n"},
	{"for_dict", "for k in d:\n    f(k)\nelse:\n    g()\nfor i in range(n):\n    pass\n",
		"__sp_l1 = __sp_iter(d)\n__sp_f2 = 0\nfor k in __sp_l1:\n  f(k)\n__sp_loopend(__sp_l1)\nif (__sp_f2 == 0):\n  g()\n__sp_l3 = __sp_iter(range(n))\nfor i in __sp_l3:\n  pass\n__sp_loopend(__sp_l3)\n"},
	{"star_target", "a, *b, c = f()\n",
		"(a, b, c) = __sp_unstar(f(), 1, 1)\n"},
	{"star_args", "f(*a)\nf(x, *a, **k)\nf(*a, b)\nf(*a, *b)\nprint(*xs, 'end', sep='-')\nf(x, *a, y, z, *b, **kw)\n",
		"f(*__sp_star(a))\nf(x, *__sp_star(a), **k)\nf(*__sp_star(a, (b,)))\nf(*__sp_star(a, b))\nprint(sep=\"-\", *__sp_star(xs, (\"end\",)))\nf(x, *__sp_star(a, (y, z), b), **kw)\n"},
	{"generator", "def g(a, *b, c=1, **d):\n    x = yield a\n    yield\n    yield b, c\n    r = yield from d\n    return r\n",
		"def g(a, *b, c=1, **d):\n  x = __sp_yield(a)\n  __sp_yield()\n  __sp_yield((b, c))\n  r = __sp_yieldfrom(d)\n  return r\ng = __sp_genfunc(g)\n"},
	{"generator_method", "class C:\n    @dec\n    def m(self):\n        yield (yield self)\n",
		"def __sp_class_C():\n  def m(self):\n    __sp_yield((__sp_yield(self)))\n  m = dec(__sp_genfunc(m))\n  return {\"m\": m}\nC = __sp_class(\"C\", (), __sp_class_C, __name__)\n"},
	{"generator_try", "def f():\n    global x\n    try:\n        yield x\n    finally:\n        x = 1\n",
		"__sp_None = None\nx = __sp_cell(\"x\")\ndef f():\n  def __sp_try_1():\n    __sp_yield(x.v)\n  def __sp_fin_1():\n    x.v = 1\n  __sp_r1 = __sp_try(__sp_try_1, __sp_None, __sp_fin_1)\nf = __sp_genfunc(f)\n"},
	{"division_divisor", "def f(s, b):\n    i = 3\n    return s.total / s.n, i // (b + 1), i / (i - 1), s % len(b), s / b\n",
		"__sp_R_div = __sp_R[\"div\"]\n__sp_R_num = __sp_R[\"num\"]\n__sp_Rz = __sp_R[\"zero\"]\ndef f(s, b):\n  i = 3\n  return ((__sp_R_num[s.total] / __sp_R_div[s.n]), (i // __sp_R_div[((__sp_R_num[b] + 1))]), (i / ((i - 1))), (__sp_R_num[s] % len(b)), ((__sp_binop(__sp_R_num[s], \"/\", b) if __sp_Rz[b] else (__sp_R_num[s] / b))))\n"},
	{"in_containers", "def f(y):\n    n = 1\n    return n in (1, 2), y in (1, 2), n in y, y in \"abc\", y in {1}, y not in [n]\n",
		"__sp_R_in = __sp_R[\"in\"]\n__sp_R_strx = __sp_R[\"strx\"]\ndef f(y):\n  n = 1\n  return ((n in ((1, 2))), (y in __sp_R_in[((1, 2))]), (n in __sp_R_in[y]), (__sp_R_strx[y] in \"abc\"), (y in set([1])), (y not in __sp_R_in[[n]]))\n"},
	{"closed_def", "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(20) + 1)\n",
		"__sp_R_int = __sp_R[\"int\"]\ndef fib(n):\n  return (n if (__sp_R_int[n] < 2) else (fib((n - 1)) + fib((n - 2))))\nprint((fib(20) + 1))\n"},
	{"escaped_def", "def add(a, b):\n    return a + b\nt = g(add)\nprint(add(1, 2) + 1)\n",
		"__sp_R_num = __sp_R[\"num\"]\ndef add(a, b):\n  return (__sp_R_num[a] + __sp_R_num[b])\nt = g(add)\nprint((__sp_R_num[add(1, 2)] + 1))\n"},
	{"bool_argument", "def inc(n, k=1):\n    return n + k\ninc(True)\ninc(2, k=3)\n",
		"__sp_R_num = __sp_R[\"num\"]\ndef inc(n, k=1):\n  return (__sp_R_num[n] + k)\ninc(True)\ninc(2, k=3)\n"},
	{"num_items", "def f(xs):\n    lst = [1, 2]\n    t = 0\n    for i in range(2):\n        t += xs[i] + lst[i] + self.v[i]\n    return t\n",
		"def f(xs):\n  lst = [1, 2]\n  t = 0\n  __sp_l1 = __sp_iter(range(2))\n  __sp_xn4_xs = __sp_numx(xs)\n  __sp_xn5_lst = __sp_numx(lst)\n  for i in __sp_l1:\n    t += ((__sp_xn4_xs[i] + __sp_xn5_lst[i]) + (__sp_Kn + self.v)[i])\n  __sp_loopend(__sp_l1)\n  return t\n"},
	{"num_loop", "def f(xs, ys):\n    t = 0\n    for x in xs:\n        t += x * 2\n    for y in ys:\n        t += y\n    print(y)\n    for i in range(3):\n        t += i\n    return t\n",
		"__sp_R_num = __sp_R[\"num\"]\ndef f(xs, ys):\n  t = 0\n  __sp_l1 = __sp_iter(xs, \"+\")\n  for x in __sp_l1:\n    t += (x * 2)\n  __sp_loopend(__sp_l1)\n  __sp_l2 = __sp_iter(ys)\n  for y in __sp_l2:\n    t += __sp_R_num[y]\n  __sp_loopend(__sp_l2)\n  print(y)\n  __sp_l3 = __sp_iter(range(3))\n  for i in __sp_l3:\n    t += i\n  __sp_loopend(__sp_l3)\n  return t\n"},
	{"shift_mask", "def f(i, n):\n    return (1 << (i & 63)) + (1 << n)\n",
		"__sp_R_num = __sp_R[\"num\"]\ndef f(i, n):\n  return (((1 << ((__sp_R_num[i] & 63)))) + (__sp_binop(1, \"<<\", n)))\n"},
	{"number_keyword", "x = 1if y else 00or z\n",
		"x = (1 if y else (0 or z))\n"},
}

func TestLower(t *testing.T) {
	for _, tt := range lowerTests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse("t.py", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := pretty(f); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseExpr(t *testing.T) {
	x, err := ParseExpr("<expr>", []byte("f'{a}' if b is c else 2 ** 3 if a is not None else 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	// An expression has no module to hold __sp_None: it reads None.
	want := `(__sp_fstr("", a, "", "", "") if __sp_is(b, c) else (__sp_pow(2, 3) if (None != a) else 1))`
	if got := unparse(x); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := ParseExpr("<expr>", []byte("1 +")); err == nil {
		t.Error("no error for 1 +")
	}
}

func TestParseREPL(t *testing.T) {
	tests := []struct {
		src        string
		incomplete bool
		err        bool
	}{
		{"x = 1\n", false, false},
		{"x = (1,\n", true, false},
		{"if x:\n", true, false},
		{"if x:\n    y = 1\n", true, false},
		{"if x:\n    y = 1\n\n", false, false},
		{"s = '''a\n", true, false},
		{"x = \\\n", true, false},
		{"try:\n    x\n", true, false},
		{"@d\n", true, false},
		{"x = = 1\n", false, true},
	}
	for _, tt := range tests {
		f, incomplete, err := ParseREPL("<stdin>", []byte(tt.src))
		if incomplete != tt.incomplete || (err != nil) != tt.err || !incomplete && !tt.err && f == nil {
			t.Errorf("ParseREPL(%q) = %v, %v, %v", tt.src, f != nil, incomplete, err)
		}
	}
}

func TestFStringPositions(t *testing.T) {
	f, err := Parse("t.py", []byte("x = 1\nprint(f\"ab{x + yy}\"\n  f'''\n{zz}''')\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := dump(f.Stmts[len(f.Stmts)-1], true)
	for _, want := range []string{`NamePos=2:12 Name="x"`, `NamePos=2:16 Name="yy"`, `NamePos=4:2 Name="zz"`} {
		if !contains(got, want) {
			t.Errorf("missing %s in %s", want, got)
		}
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// TestPreludePositions checks that statements synthesized at the top of
// a scope carry the file: the compiler names a module's file after its
// first statement.
func TestPreludePositions(t *testing.T) {
	f, err := Parse("t.py", []byte("n = 0\ndef f():\n    global n\n    n += 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	start, _ := f.Stmts[0].Span()
	if start.Filename() != "t.py" || start.Line != 1 {
		t.Errorf("first statement at %s, want t.py:1:1", start)
	}
}
