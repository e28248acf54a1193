# A for loop's or comprehension's target may have one starred item: it
# takes the values between the plain ones, as a new list each time.
rows = [(1, 2, 3), [4, 5], "xyz", range(3), (7,)]
for first, *rest in rows:
    print(first, rest)
for *init, last in [(1, 2, 3), "ab", (9,)]:
    print(init, last)
for a, *mid, z in [(1, 2), (1, 2, 3, 4), "hello"]:
    print(a, mid, z)
print([n for *_, n in [(1, 2), (3, 4, 5)]])
print({k: v for k, *v in ["abc", "de"]})
print(sorted(x for _, *x in [(0, 3), (0, 1, 2)]))
print([(i, t) for i in range(2) for *t, in [(i, i + 1)]])
gen = ((i, i * i, -i) for i in range(3))
for head, *tail in gen:
    print(head, tail, type(tail).__name__)
for i, (name, *rest) in enumerate([("a", 1, 2), "bc"], start=1):
    print(i, name, rest)
for (a, *b), (*c, d) in [((1, 2, 3), (4, 5)), ("xy", "z")]:
    print(a, b, c, d)
print([(k, t) for k, (*t,) in {"p": (1, 2), "q": ()}.items()])
for [a, *b] in [(1, 2, 3)]:
    print("list target", a, b)
for i, [a, *b], () in [(0, "xyz", ())]:
    print(i, a, b)
for (p, q), [r] in [((1, 2), [3])]:
    print(p, q, r)
for (x) in [1]:
    print("paren name", x)
d = {}
for d["k"], *d["rest"] in [(1, 2)]:
    pass
print(d)


class Three:
    def __iter__(self):
        yield from (10, 20, 30)


for x, *y in [Three()]:
    print(x, y)
for case in [[(1,)], [(1, 2)], [5], [()]]:
    try:
        for a, b, *c in case:
            print(a, b, c)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print([p for p, *q, r in [(1, 2, 3), (1,)]])
except ValueError as e:
    print("comprehension:", e)
for src in ["for *a in x: pass", "for *a, *b in x: pass", "[a for *a in x]",
            "for a, (*b, *c) in x: pass", "for a, (*b) in x: pass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
