# A sequence's index may be any object with __index__: an int
# subclass's instance, an IntEnum member, a class defining __index__;
# in loads, stores, deletions, augmented stores and slices.
from enum import IntEnum


class Level(IntEnum):
    LOW = 0
    MID = 1
    HIGH = 2


class MyInt(int):
    pass


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"I({self.v})"


lst = [10, 20, 30, 40]
print(lst[I(1)], lst[Level.HIGH], lst[MyInt(3)], lst[I(-1)])
print(lst[I(1):I(3)], lst[:Level.MID], lst[::MyInt(2)])
print((1, 2, 3)[I(2)], "абв"[I(1)], b"abc"[I(1)], range(5, 10)[I(3)], bytearray(b"xy")[Level.MID])

counts = [0, 0, 0]
for lvl in [Level.LOW, Level.HIGH, Level.HIGH, Level.MID]:
    counts[lvl] += 1
print(counts)

lst[I(0)] = 11
lst[Level.MID] *= 3
print(lst)
del lst[I(0)]
print(lst)
lst[I(0):I(1)] = ["a", "b"]
print(lst)
del lst[Level.LOW:Level.MID]
print(lst)

ba = bytearray(b"abc")
ba[I(1)] = 120
ba[Level.LOW] += 1
print(ba)


def get(seq, i):
    return seq[i]


print(get("привет", I(2)), get(b"xyz", I(-1)), get(range(5, 10), Level.HIGH), get((1, 2), MyInt(1)))

# A mapping and a class's __getitem__ see the object itself.
d = {Level.LOW: "low", "k": "str key"}
key = I(5)
d[key] = "instance key"
print(d[Level.LOW], d[key], d["k"])


class Grid:
    def __getitem__(self, k):
        return type(k).__name__


g = Grid()
print(g[key], g[Level.MID], g[MyInt(1)], g[1])

# CPython's errors.
for seq, idx in [([1], I(5)), ([1], "x"), ((1,), 1.5), ("ab", I(9)), (b"ab", None)]:
    try:
        get(seq, idx)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)


class Bad:
    def __index__(self):
        return "x"


for op in ("get", "set", "del"):
    try:
        if op == "get":
            lst[Bad()]
        elif op == "set":
            lst[Bad()] = 1
        else:
            del lst[Bad()]
    except TypeError as e:
        print(op, type(e).__name__, e)
try:
    lst[I(10)] = 0
except IndexError as e:
    print("IndexError", e)
