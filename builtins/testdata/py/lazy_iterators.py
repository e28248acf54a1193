import itertools
print(list(zip(range(3), itertools.cycle("xy"))))
m = map(print, [1]); print("x"); list(m)
l = [1, 2]
def f(x):
    if x < 4:
        l.append(x + 2)
    return x * 10
print(list(map(f, l)))
print(next(zip(itertools.count(), itertools.count())))
z = zip([1, 2], "ab")
print(list(z), list(z))
print(repr(map(str, []))[:17], repr(filter(None, []))[:20], repr(zip())[:17])
print(list(filter(None, [0, 1, "", "a"])))
for args in ([1, 2], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1], [1, 2], [1, 2]), ([1], [1], [1, 2]):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip([1,2],[3,4], strict=True)))
def gen():
    yield 1
    raise KeyError("boom")
try:
    for a, b in zip(gen(), "abc"):
        print(a, b)
except KeyError as e:
    print("KeyError", e)
try:
    map(len)
except TypeError as e:
    print(e)
try:
    zip(1)
except TypeError as e:
    print(e)
try:
    map(len, 5)
except TypeError as e:
    print(e)
try:
    filter(len, 5)
except TypeError as e:
    print(e)
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
l = [1, 2, 3, 4]
r = reversed(l)
print(next(r))
l.pop()
print(list(r), list(r))
print(list(reversed(range(5))), list(reversed((1, 2))), list(reversed("абв")))
print(type(reversed([])).__name__, type(reversed(range(2))).__name__)
e = enumerate(["а", "б"], 5)
print(next(e), list(e), list(e))
print(list(zip("Привет", itertools.count(1))))
f = filter(str.isupper, itertools.cycle("аБвГ"))
print(next(f), next(f), next(f))

l = [1]
m = map(str, l)
print(list(m))
l.append(2)
print(list(m))
it = iter(l)
print(list(it))
l.append(3)
print(list(it))
f = filter(None, l)
print(list(f), list(f))


def inv(x):
    return 1 // x


m = map(inv, [1, 0])
print("made")
for v in m:
    print(v)
