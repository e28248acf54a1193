# The power operator's TypeError names the operands' own types: a bool,
# a subclass of int or str, an IntEnum member, collections.deque and
# decimal.Decimal; a Decimal raised to an IntEnum member is a power.
from collections import deque
from decimal import Decimal
import enum


class Level(enum.IntEnum):
    HIGH = 2


class Tag(str):
    pass


class Count(int):
    pass


values = [3, 2.0, True, "ab", None, Level.HIGH, Tag("t"), Count(2), deque([1]), Decimal("1.5"), Decimal("2")]
for x in values:
    for y in values:
        if y == Decimal("1.5"):
            continue  # only a base here: spindle's Decimal powers are to integers
        try:
            r = repr(x ** y)
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        print(f"{x!r} ** {y!r} -> {r}")
