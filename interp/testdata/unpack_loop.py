# A for loop or comprehension whose target is a tuple or list unpacks
# each item by Python's iteration protocol: strs, lists, generators,
# dict items, user iterables; with CPython's errors for the rest.

for a, b in ["xy", "zw"]:
    print(a, b)
for a, b in [[1, 2], (3, 4), "56", range(7, 9)]:
    print(a, b)
for k, v in {"k": 1, "j": 2}.items():
    print(k, v)
for a, b in [{"p": 1, "q": 2}, {3: 0, 4: 0}]:
    print(a, b)


def gen():
    yield 1
    yield 2


for a, b in [gen(), iter("ab")]:
    print(a, b)


class Pair:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __iter__(self):
        yield self.x
        yield self.y


for a, b in [Pair(1, "один"), Pair("два", 2)]:
    print(a, b)
for [a, b] in ("ab", "cd"):
    print(a, b)
for i, (a, b) in enumerate(["xy", (1, 2), Pair(3, 4)]):
    print(i, a, b)
for (a, b), c in [("ab", "c"), ([1, 2], 3)]:
    print(a, b, c)

print([a + b for a, b in ["xy", "zw"]])
print({a: b for a, b in ["xy", "zw"]})
print(sorted({a + b for a, b in ["xy", "zw"]}))
print(list(b + a for a, b in ["xy", "zw"]))
g = (a * 2 for a, b in ["xy", "zw"])
print(next(g), next(g))
print([(a, b, c) for s in ["ab", "cd"] for a, (b, c) in [(s, s)]])

x, (y, z) = 1, "ab"
print(x, y, z)
p = q, (r, s) = "e", ["f", "g"]
print(p, q, r, s)
[m, (n, o)], t = ("m", Pair("n", "o")), "t"
print(m, n, o, t)


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)


def loop(items):
    seen = []
    for a, b in items:
        seen.append(a + b)
    print("not reached", seen)


attempt("few", lambda: loop(["xy", "z"]))
attempt("many", lambda: loop(["xyz"]))
attempt("int", lambda: loop([(1, 2), 3]))
attempt("none", lambda: loop([None]))
attempt("empty str", lambda: loop([""]))
attempt("list", lambda: loop([[1, 2, 3]]))
attempt("tuple", lambda: loop([(1,)]))
attempt("gen", lambda: loop([gen(), (x for x in range(3))]))
attempt("nested", lambda: [c for a, (b, c) in [(1, "xyz")]])
attempt("nested int", lambda: [c for a, (b, c) in [(1, 2)]])
attempt("comp", lambda: [a for a, b in ["ab", "c"]])
attempt("set comp", lambda: {a for a, b in ["ab", "c"]})
attempt("dict comp", lambda: {a: b for a, b in ["ab", 5]})
attempt("genexp", lambda: list(a for a, b in ["ab", "c"]))
attempt("inner clause", lambda: [a for s in [1] for a, b in ["ab", "c"]])
attempt("assign", lambda: [(x, y, z) for x, (y, z) in [(1, "abc")]])


def nested_assign():
    x, (y, z) = 1, "abc"


attempt("nested assign", nested_assign)


class Bad:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("from __next__")


attempt("user error", lambda: loop([Bad()]))

out = []
for a, b in ["ab", "c"]:
    out.append(a)
    break
else:
    out.append("else")
print(out)

try:
    for a, b in ["ab", "c"]:
        print("body", a, b)
    else:
        print("else not reached")
except ValueError as e:
    print("loop stopped:", e)


class Manager:
    def __enter__(self):
        return 1, "xy"

    def __exit__(self, *exc):
        return False


with Manager() as (a, (b, c)):
    print(a, b, c)
