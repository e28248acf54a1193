# Iteration errors the VM used to drop: list += iterator, unpacking from
# a name, for loops with tuple targets, the inner for clauses of
# comprehensions and generator expressions; and unpacking a str.


def g(n, exc):
    for i in range(n):
        yield i
    raise exc


class It:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise ValueError("next failed at %d" % self.i)
        return self.i


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


# list += iterable
lst = [0]
try:
    lst += g(2, KeyError("boom"))
except KeyError as e:
    print("+= generator:", repr(e), lst)
lst = [0]
try:
    lst += It(1)
except ValueError as e:
    print("+= iterator:", repr(e), lst)


class Box:
    def __init__(self):
        self.items = []


b = Box()
try:
    b.items += g(1, IndexError("attr"))
except IndexError as e:
    print("attr +=:", repr(e), b.items)
d = {"k": [1]}
k = "k"
try:
    d[k] += It(2)
except ValueError as e:
    print("item +=:", repr(e), d)
rep = 2 * [0]
try:
    rep += g(1, KeyError("repeat"))
except KeyError as e:
    print("repeat +=:", repr(e), rep)
alias = lst = [1]
lst += "аб"
lst += g(1, StopIteration) if False else (7, 8)
lst += lst
print("alias:", alias, alias is lst)
n = 5
n += 2.5
s = "x"
s += "é"
t = (1,)
t += (2,)
print(n, s, t)
try:
    t += g(1, KeyError)
except TypeError as e:
    print("tuple += generator:", e)


def extend(acc, more):
    acc += more
    return acc


print(extend([1], {"a": 1, "b": 2}), extend([], range(3)), extend(3, 4))

# unpacking from names
it = g(1, KeyError("unpack"))
try:
    a, b = it
except KeyError as e:
    print("unpack generator:", repr(e))
it = g(2, KeyError("late"))
try:
    a, b = it
except KeyError as e:
    print("unpack generator after 2:", repr(e))
it = It(1)
try:
    a, b = it
except ValueError as e:
    print("unpack iterator:", repr(e))
box = Box()
box.items = g(0, RuntimeError("attr unpack"))
try:
    a, b = box.items
except RuntimeError as e:
    print("unpack attribute:", repr(e))
s = "ab"
a, b = s
print("str:", a, b)
s = "яю"
[a, b] = s
print("cyrillic:", a, b)
for s in ["абв", "я", "", 5, None, b"xy"]:
    try:
        a, b = s
        print("unpacked", a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
pairs = [(1, 2), (3, 4)]
for p in pairs:
    x, y = p
    print(x + y, end=" ")
print()
a, b = 1, 2
a, b = b, a
print(a, b)
dct = {"p": 1, "q": 2}
a, b = dct
print(a, b)
rng = range(2)
a, b = rng
print(a, b)


def unpack3(v):
    a, b, c = v
    return a + b + c


attempt("unpack3 str:", lambda: unpack3("xyz"))
attempt("unpack3 list:", lambda: unpack3([1, 2, 3]))
attempt("unpack3 short:", lambda: unpack3([1, 2]))
attempt("unpack3 long:", lambda: unpack3(It(9)))
attempt("unpack3 failing:", lambda: unpack3(It(2)))


# for loops with tuple targets
def pairs_then(exc):
    yield (1, 2)
    raise exc


try:
    for a, b in pairs_then(KeyError("for")):
        print("pair", a, b)
except KeyError as e:
    print("for tuple:", repr(e))
P = pairs_then(LookupError("for name"))
try:
    for a, b in P:
        print("pair", a, b)
except LookupError as e:
    print("for tuple name:", repr(e))

# comprehension inner clauses
seen = []


def inner(x):
    seen.append(x)
    yield x
    if x == 2:
        raise KeyError("inner %d" % x)
    yield x * 10


attempt("list inner:", lambda: [y for x in [1, 2, 3] for y in inner(x)])
print("seen:", seen)
seen.clear()
attempt("set inner:", lambda: {y for x in [1, 2, 3] if x for y in inner(x) if y})
attempt("dict inner:", lambda: {y: x for x in (1, 2, 3) for y in inner(x)})
attempt("three clauses:", lambda: [(x, y, z) for x in [1, 2] for y in inner(x) for z in "ab"])
attempt("inner ok:", lambda: [y for x in [1, 3] for y in inner(x)])
attempt("genexp inner:", lambda: list(y for x in [1, 2, 3] for y in inner(x)))
attempt("genexp sum:", lambda: sum(y for x in [1, 2, 3] for y in inner(x)))
attempt("genexp any:", lambda: any(y > 100 for x in [1, 2, 3] for y in inner(x)))
gen = (y for x in [1, 2, 3] for y in inner(x))
print(next(gen), next(gen), next(gen))
attempt("genexp lazy:", lambda: next(gen))
attempt("nested comps:", lambda: [[y for y in inner(x)] for x in [1, 2]])
attempt("after:", lambda: [y for x in [4] for y in inner(x)])
print("seen:", seen)
