# A dict key stored as an IntEnum member or a str subclass's instance is
# found, read, replaced and updated by the plain int or str it equals.
from enum import IntEnum, Enum
class Level(IntEnum):
    LOW = 10
    HIGH = 20
class Code(str):
    def __new__(cls, s):
        return super().__new__(cls, s.strip().upper())
limits = {Level.LOW: "green", Level.HIGH: "red"}
print(limits[10], limits[20.0], 20 in limits, limits.get(10), 15 in limits)
limits[10] = "yellow"
print(limits, len(limits))
limits[30] = "black"
print(limits)
codes = {Code("ab"): 1, "CD": 2}
print(codes["AB"], "AB" in codes, codes.get("AB"), codes[Code("cd")])
codes["AB"] += 5
print(codes, len(codes))
def f(m, k):
    return m[k]
print(f(limits, 20), f(codes, "AB"))
try:
    limits[99]
except KeyError as e:
    print("KeyError", e)
def look(m, k):
    return m.get(k, None), k in m, k not in m
print(look(limits, 10), look(codes, "AB"), look(codes, "zz"))
tags = {Code("x")}
print("X" in tags, Code("X") in {"X"}, "X" in [Code("X")])
from collections import Counter, defaultdict, OrderedDict
by = defaultdict(list)
by[Level.HIGH].append("x")
print(by[20], 10 in by, len(by))
cnt = Counter([Code("q"), Code("Q"), "Q"])
cnt["Q"] += 1
print(cnt["Q"], cnt, len(cnt))
od = OrderedDict([(Level.LOW, 1)])
print(od[10], od.get(10), 10 in od)
def index_of(m, n):
    return m[int(n)], m[str(n).upper()] if False else m[int(n)]
print(index_of(limits, "20"))
from enum import IntEnum
class K(IntEnum):
    A = 0
    B = 1
xs = [1, 2]
ys = [[1], [2]]
def f(i, j):
    xs[i] *= 3
    ys[j] += [9]
    xs[j] <<= 2
    return xs, ys
print(f(K.A, 1), f(0, K.B))
d = {K.A: [1]}
d[0] += [2]
d[0] *= 2
print(d)
