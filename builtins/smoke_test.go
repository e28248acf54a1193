package builtins_test

import "testing"

func TestSmoke(t *testing.T) {
	for _, e := range []string{`print(1, "a", [1, 'b'], {'k': 2.5}, None, True, sep="|")`, `format(1234.5, ",.2f")`, `"{:>8}|{!r}".format("ab", "x")`, `__sp_percent("%5.2f|%-4s|", (3.14159, "a"))`,
		`sorted(["b", "A", "c"], key=str.lower)`, `type(1) == int`, `type(int)`, `isinstance(True, int)`, `round(2.675, 2)`, `list(map(str, [1, 2]))`, `int("x")`, `max([])`, `__sp_method("abc", "center", 9, "*")`, `1e16`, `0.1 + 0.2`, `{1, 2}`, `set()`, `b"a'\x00"`, `len("Анна")`, `"Анна"`, `range(5)`, `len`, `[].append`,
		`__sp_pow(2, 100)`, `__sp_pow(0.0, -1)`, `__sp_cmp(1, "<", 2, "<", 3)`, `enumerate("ab")`, `list(enumerate("ab", 1))`, `next(iter([]))`, `__sp_method([3, 1, 2], "pop")`, `__sp_method({}, "pop", "k")`, `type(ValueError("x"))`, `isinstance(ValueError("x"), Exception)`, `__sp_fstr("a", __sp_fmt(3.14159, "", ".2f"), __sp_fmt("x", "r", ">5"))`} {
		t.Logf("%s => %s", e, eval(e))
	}
	t.Log(run(t, "l = [1, 2, 3]\nfor x in __sp_iter(l):\n    if x < 3:\n        l.append(x + 10)\nprint(l)\nd = {1: 2}\nfor k in __sp_iter(d):\n    d[k+1] = 0\nprint(d)\n"))
}
