# crosscompare: comparisons between different types that patch 0003 lets
# spindle answer as CPython does (apply.sh --bench diffs the output with
# crosscompare.out, made by python3).
from decimal import Decimal
import enum
class Color(enum.IntEnum):
    X = 20
    Y = 3
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o
    def __lt__(self, o): return self.v < o
    def __gt__(self, o): return self.v > o
tests = [
 lambda: Decimal(2) == 2, lambda: 2 == Decimal(2), lambda: Decimal("2.5") != 2, lambda: Decimal(2) < 3, lambda: 3 > Decimal(2),
 lambda: Color.X == 20, lambda: 20 == Color.X, lambda: Color.Y < 5, lambda: Color.X != 20, lambda: Color.X > 10,
 lambda: P(5) == 5, lambda: 5 == P(5), lambda: P(5) != 5, lambda: P(5) < 6, lambda: 6 > P(5),
 lambda: [Decimal(1), 2] == [1, Decimal(2)], lambda: (Color.Y,) == (3,), lambda: 20 in [Color.X], lambda: Color.X in {20: 1},
 lambda: sorted([Color.X, 5, Color.Y, Decimal(4)]), lambda: Decimal(2) == 2.0, lambda: 1 == Decimal("1.0"),
 lambda: [P(1)] == [1], lambda: {Color.Y: 'a'}[3], lambda: max(Color.X, 7), lambda: Decimal(3) >= 3,
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
