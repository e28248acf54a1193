# Generator expressions are lazy: items are computed on demand, the first
# iterable is evaluated (and iter() called) at once, any/all stop early,
# and a generator left suspended runs its finally blocks at exit.
import itertools

g = (x * x for x in itertools.count())
print(next(g), next(g), next(g))
print(type(g).__name__, g.__name__, repr(g).startswith("<generator object <genexpr> at 0x"))
print(any(x > 5 for x in itertools.count()), all(x < 5 for x in itertools.count()))
print(next(x for x in itertools.count(10) if x % 7 == 0))

log = []


def noisy(x):
    log.append(x)
    return x


lazy = (noisy(x) for x in range(5))
print(log)
print(next(lazy), log)
print(list(lazy), log)
print(list(lazy))

print(sum(x * x for x in range(10)), max(x % 7 for x in range(20)), min(x for x in range(3, 9)))
print(list(x for x in "ab"), sorted(-x for x in range(3)), "-".join(str(x) for x in range(4)))
print(tuple(x for x in range(3)), set(x % 2 for x in range(5)), frozenset(x for x in [1, 1]))
print(dict((k, k * 2) for k in range(3)), list((x, y) for x in range(3) for y in range(x) if y != 1))
print([sum(x for x in range(r)) for r in range(5)])
print(sorted((x for x in [3, 1, 2]), reverse=True), sum((x for x in [1, 2]), 10))
print(any(noisy(x) for x in [0, 0, 3, 4]), log[-3:])

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError", e)


def boom(x):
    if x == 2:
        raise ValueError("item %d" % x)
    return x


g = (boom(x) for x in range(4))
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
print(next(g, "exhausted"))
try:
    sum(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

n = 3
adders = list((lambda y: y + i) for i in range(n))
print([f(10) for f in adders])
squares = (x * x for x in range(4))
for v in squares:
    if v > 3:
        break
print(list(squares))


class Totals:
    items = [1, 2, 3]
    total = sum(x for x in items)
    doubled = list(x * 2 for x in items)


print(Totals.total, Totals.doubled)


def outer():
    n = 10
    return list(x + n for x in range(3))


print(outer())
import threading

shared = (x * x for x in range(5))
got = []
t = threading.Thread(target=lambda: got.extend(shared))
t.start()
t.join()
print(got)
matrix = [[1, 2], [3, 4]]
print(list(v for row in matrix for v in row if v % 2), max((len(w), w) for w in "aa b cccc".split()))


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


a = gen("a")
next(a)
b = gen("b")
print(next(b))
b.close()
c = gen("c")
print(next(c), "end of script")
