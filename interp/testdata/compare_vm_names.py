# Classes named like builtin types compare with the builtin values (and
# sit in lists and dicts with them) without reaching the builtin type's
# own comparison: == is False, != True, an ordering a TypeError.
import collections
from decimal import Decimal
from fractions import Fraction


class int:
    pass


class list:
    pass


class Counter:
    pass


class deque:
    pass


x = int()
print(1 == x, x == 1, 1 != x, x in [1, 2], 1 in [x], {1: "a"}.get(x))
print([1] == list(), list() in [[1]], [[1]] == [list()])
c = Counter()
print(collections.Counter() == c, c == collections.Counter(), c in [collections.Counter()], collections.Counter() in [c])
print(collections.deque() in [deque()], deque() in [collections.deque()])
print(Decimal(1) == Fraction(1), Fraction(1, 2) == Decimal("0.5"), Decimal(2) > Fraction(3, 2))
for f in (lambda: x < 1, lambda: 1 < x, lambda: c < collections.Counter()):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
