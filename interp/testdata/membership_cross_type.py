# x in y asks the items as Python does: an IntEnum member, a bool, a
# Fraction, a Decimal or a str subclass is found among the values it
# equals, the item asked first, and an item that is x itself is found
# without asking.
class A:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print("eq", self.n, o if not isinstance(o, A) else o.n)
        return NotImplemented
    __hash__ = object.__hash__
class B(A): pass
print(A(1) in [A(2), 3])
print(3 in [A(4)])
print(A(5) in (A(6),))
print(A(7) in {3: 1}, A(8) in {A(9)})
l = [A(10)]
print(l[0] in l)
import enum
class Level(enum.IntEnum):
    LOW = 10
    HIGH = 20
print(20 in [Level.HIGH], Level.HIGH in [20], 20 in (Level.LOW, Level.HIGH), Level.HIGH in (10, 20))
print(True in [1], 1 in [True], 1.0 in [1], True in {1: 'a'}, 1 in {True}, Level.HIGH in {20}, Level.LOW in {10: 'x'})
from fractions import Fraction
from decimal import Decimal
print(Fraction(4) in [4], 4 in [Fraction(4)], Decimal(2) in {2}, Fraction(1, 2) in {0.5}, Decimal("0.5") in [0.5])
print([Level.HIGH].index(20) if 20 in [Level.HIGH] else None)
try:
    print([1] in {})
except TypeError as e:
    print("TypeError", e)
try:
    print({} in {1})
except TypeError as e:
    print("TypeError", e)
class S(str): pass
print(S("a") in {"a": 1}, "a" in [S("a")], S("b") in ("a", "b"), 2 in range(5), "x" not in {"x": 0})
x = float("nan")
print(x in [x], x in (1, x), x in {x: 1})
class Boom:
    def __eq__(self, o):
        raise RuntimeError("сравнение")
try:
    print(1 in [Boom()])
except RuntimeError as e:
    print("RuntimeError", e)
import enum as _enum
class Color(_enum.IntEnum):
    RED = 1
print(Color.RED in {1}, 1 in {Color.RED}, Decimal(2) in {2}, Fraction(1, 2) in {0.5}, 2 in {Decimal(2)}, True in {1.0})
class Слово(str):
    pass
def search(word, text):
    return word in text
print(Слово("ми") in "мир", "и" in Слово("мир"), Слово("м") in Слово("мир"), search("я", Слово("мир")))
for bad in (lambda: search(1, "мир"), lambda: search(1, Слово("мир"))):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
