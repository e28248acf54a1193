# An error raised mid-way by what a for loop iterates propagates from the
# loop whatever the iterable is called: a shadowed range, sorted, list or
# tuple, and a user object's items(), keys(), values(), split() or
# splitlines() that return a generator.


def failing(n, at, label):
    for i in range(n):
        if i == at:
            raise ValueError(f"{label} failed at {i}")
        yield i


def run(title, make):
    seen = []
    try:
        for x in make():
            seen.append(x)
        print(title, "ended", seen)
    except ValueError as e:
        print(title, "raised", repr(e), "after", seen)


def shadowed():
    range = lambda n: failing(n, 2, "range")
    out = []
    for i in range(5):
        out.append(i)
    return out


try:
    shadowed()
except ValueError as e:
    print("local range:", e)



class Store:
    def items(self):
        return failing(4, 2, "items")

    def keys(self):
        return failing(3, 1, "keys")

    def values(self):
        return failing(3, 0, "values")

    def split(self, sep=None):
        return failing(5, 3, "split")

    def splitlines(self):
        return failing(2, 1, "splitlines")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise KeyError("countdown")
        return self.n


class Table:
    def items(self):
        return Countdown(2)


s = Store()
for name in ["items", "keys", "values", "split", "splitlines"]:
    run(name, getattr(s, name))


def direct(store):
    got = []
    try:
        for k in store.keys():
            got.append(k)
    except ValueError as e:
        return ("keys", str(e), got)
    return ("keys", None, got)


print(direct(s))
try:
    for k in Table().items():
        print("table item", k)
except KeyError as e:
    print("iterator object:", repr(e))


def with_else(store):
    try:
        for k in store.items():
            pass
        else:
            print("else ran")
    except ValueError as e:
        print("for-else:", e)


with_else(s)


def nested(store):
    out = []
    try:
        for i in [0, 1]:
            for v in store.split():
                out.append((i, v))
    except ValueError as e:
        print("nested:", e, out)


nested(s)

try:
    print([v for v in s.values()])
except ValueError as e:
    print("list comprehension:", e)
try:
    print({k: 1 for k in s.keys()})
except ValueError as e:
    print("dict comprehension:", e)

d = {"a": 1, "b": 2}
try:
    for k in d.keys():
        d["c"] = 3
except RuntimeError as e:
    print("dict.keys:", e)
try:
    for k, v in d.items():
        d.pop("a")
except RuntimeError as e:
    print("dict.items:", e)

for i in range(3):
    print("range ok", i)
print([c for c in "héllo".split("l")], [n for n in sorted({3: 0, 1: 0})])

# Shadowed at module level: the builtins' names are the script's own.
sorted = lambda xs: failing(len(xs), 1, "sorted")
list = lambda xs: failing(3, 2, "list")
tuple = lambda xs: failing(4, 3, "tuple")
run("sorted", lambda: sorted([3, 1, 2]))
run("list", lambda: list("abc"))
run("tuple", lambda: tuple([1, 2, 3, 4]))

total = 0
try:
    for v in sorted([5, 6, 7]):
        total += v
except ValueError as e:
    print("module-level sorted:", e, "total", total)
else:
    print("no error")
