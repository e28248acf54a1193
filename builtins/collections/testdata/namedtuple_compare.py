# A namedtuple compares with tuples as a tuple, in either order, through
# parameters and containers, item by item as Python compares tuples.
from collections import namedtuple
from enum import IntEnum

Point = namedtuple("Point", "x y")
Pair = namedtuple("Pair", "a b")


class Level(IntEnum):
    LOW = 1
    HIGH = 2


def same(a, b):
    return a == b, a != b, a < b, a <= b, a > b, a >= b


p = Point(1, 2)
print(p == (1, 2), (1, 2) == p, p != (1, 2), p < (1, 3), (0, 9) < p, p >= (1, 2))
print(same(p, (1, 2)), same((1, 2), p), same(p, (2,)), same(p, Pair(1, 2)))
print([p] == [(1, 2)], (p, 3) == ((1, 2), 3))
print(sorted([(1, 3), p, (0, 1), Pair(1, 2)]), max(p, (1, 1)), min([(5, 5), p]))
print(Point(Level.HIGH, 1) == (2, 1), (2, 1) == Point(Level.HIGH, 1), Point(1, Level.LOW) < (1, 2))
print(hash(p) == hash((1, 2)), p == [1, 2], p == "(1, 2)")
try:
    p < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    p < (1, "a")
except TypeError as e:
    print("TypeError:", e)

# A namedtuple named like a builtin type is not taken for one.
T = namedtuple("tuple", "a b")
t = T(1, 2)
print(t == (1, 2), (1, 2) == t, t < (1, 3), repr(t))
