import itertools

a, b = itertools.tee(iter(range(5)))
print(next(a), next(a), next(b), list(a), list(b))
x, y, z = itertools.tee("abc", 3)
print(list(z), list(x), next(y), list(y))
print(itertools.tee([1, 2], 0), len(itertools.tee([1], 1)), type(itertools.tee([])[0]).__name__)
c, d = itertools.tee(itertools.count())
print([next(c) for _ in range(4)], [next(d) for _ in range(2)], next(c))
e, f = itertools.tee(a)
print(list(e), list(f))
p, q = itertools.tee(iter([1, 2]))
r, s = itertools.tee(p)
print(list(r), list(q), list(s))


def gen():
    yield 1
    raise KeyError("boom")


g1, g2 = itertools.tee(gen())
print(next(g1), next(g2))
try:
    next(g1)
except KeyError as err:
    print("KeyError", err)
print(list(g2))
pairs = zip(*itertools.tee([3, 1, 4, 1, 5]))
print(list(pairs))
for bad in [(([1], -1), {}), (([1], "a"), {}), ((5,), {}), (([1],), {"n": 2}), ((), {}), (([1], 2, 3), {})]:
    try:
        itertools.tee(*bad[0], **bad[1])
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
