# Generator functions: iteration, next, StopIteration, yield from, send/close.


def count(n):
    for i in range(n):
        yield i
    return "done"


print(list(count(4)))
for x in count(3):
    print("x", x)
g = count(2)
print(type(g).__name__, type(count).__name__)
print(repr(g).startswith("<generator object count at 0x"))
print(next(g), next(g), next(g, "default"), next(g, "again"))
try:
    next(count(0))
except StopIteration as e:
    print("StopIteration value:", e.value)
print(sum(count(10)), max(count(5)), sorted(count(3), reverse=True))
print(dict(zip(count(3), "abc")), list(enumerate(count(2))))
print([v * 2 for v in count(3)], any(v > 1 for v in count(3)))
print(iter(g) is g)


def pairs(d):
    for k, v in sorted(d.items()):
        yield k, v


print(list(pairs({"b": 2, "a": 1})))


def nested():
    yield "start"
    r = yield from count(2)
    print("inner returned", r)
    yield from "ab"
    yield from [1, 2]


print(list(nested()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])


class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids

    def __iter__(self):
        return self.walk()

    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()


print(list(Tree(1, [Tree(2, [Tree(3)]), Tree(4)])))


def echo():
    got = []
    try:
        while True:
            x = yield len(got)
            got.append(x)
    finally:
        print("cleanup, got", got)


e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
print(next(e, "closed"))
try:
    count(1).send(5)
except TypeError as err:
    print("TypeError:", err)


def stopper():
    yield 1
    raise StopIteration("x")


try:
    list(stopper())
except RuntimeError as err:
    print("RuntimeError:", err)


def with_try():
    try:
        yield 1
        raise KeyError("k")
    except KeyError as err:
        yield "caught " + repr(err)
    finally:
        yield "finally"


print(list(with_try()))


def arg_kinds(a, *rest, sep="-", **kw):
    a = a * 2
    yield a
    yield sep.join(rest)
    yield sorted(kw)


print(list(arg_kinds(1, "p", "q", sep="+", z=1, y=2)))
for bad_call in [lambda: arg_kinds(), lambda: count(1, n=2), lambda: count(m=1)]:
    try:
        bad_call()  # raises at the call, as in Python, not at the first next
    except TypeError as err:
        print("TypeError:", err)


def outer():
    total = 0

    def add(k):
        nonlocal total
        total += k
        yield total

    for k in range(4):
        yield from add(k)


print(list(outer()))


def self_running():
    yield next(gen)


gen = self_running()
try:
    next(gen)
except ValueError as err:
    print("ValueError:", err)
d = count(5)
print(next(d))
d = None
print("dropped an unfinished generator")
