# chained comparisons short-circuit, and each operand runs at most once
calls = []


def f(name, value):
    calls.append(name)
    return value


def check(label, result):
    print(f"{label}: {result} calls={calls}")
    calls.clear()


check("0 < f() < g(), first false", 0 < f("f", -1) < f("g", 5))
check("0 < f() < g(), both true", 0 < f("f", 1) < f("g", 5))
check("middle once", 0 < f("mid", 3) < 10)
check("four operands stop early", f("a", 1) < f("b", 0) < f("c", 2) < f("d", 3))
check("four operands all", f("a", 1) < f("b", 2) < f("c", 3) < f("d", 4))
check("last false", f("a", 1) <= f("b", 1) == f("c", 2))
check("in and is", f("x", 2) in [1, 2] is not None)
check("not in", f("x", 5) not in [1, 2] in [[1, 2]])

# simple chains of names and literals
n, i, lo, hi = 10, 3, 0, 5
print(0 <= i < n, lo < i < hi, lo < hi < i, 1 < 2 < 3 > 2 >= 2 != 5 == 5)
print(-1 < lo <= 0, i == 3 == i, i is i is not None, 1 in [1] in [[1]])
print([x for x in range(12) if 2 <= x < 5 or 9 < x <= 11])
print(sorted(k for k in {"a": 1, "b": 2} if "a" <= k < "b"))

# chains with attributes, calls and subscripts
class Box:
    def __init__(self, size):
        self.size = size

    def limit(self):
        calls.append("limit")
        return 8


b = Box(4)
check("attributes", 0 < b.size < b.limit())
check("subscripts", [1, 2][0] < [5][0] < b.limit())
check("short-circuit before a method", 10 < b.size < b.limit())
check("lambda in a chain", (lambda v: 0 < v < f("g", 9))(3))
check("inside a comprehension", [v for v in [1, 5, 20] if 0 < v < f("cap", 10)])
check("conditional", "yes" if 1 < f("m", 2) < f("n", 3) else "no")


def nested(v):
    def inner():
        return 0 < v < f("limit", 10)
    return inner()


check("closure", nested(4))

# comparison results: the value of the first false comparison, or the last
print(1 < 2 < 3, 1 < 3 < 2, (1 < 2 < 3) + 0)

# errors are raised where CPython raises them, and not past a false link
try:
    print(1 < 0 < "a")
    print(1 < 2 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    0 < 1 < f("boom", None) < 3
except TypeError as e:
    print("TypeError:", e, calls)
    calls.clear()
print(0 < undefined_name if False else "unevaluated")
print(5 < 3 < undefined_name)
print(1 < 3 < undefined_name)
