# x in range(...) compares by value, as CPython's: a float only when it
# is a whole number, a bool as its int, other objects item by item.
from fractions import Fraction
from decimal import Decimal

r = range(0, 10, 2)
print(2.5 in r, 4.0 in r, 5.0 in r, True in r, False in r, 1 + 0j in r)
print("4" in r, None in r, (4,) in r, float("nan") in r, float("inf") in r)
print(Fraction(4) in r, Fraction(9, 2) in r, Decimal("6.0") in r, 4 not in r, 2.5 not in r)

def member(x, rng):
    return x in rng

print(member(3.0, range(5)), member(3.5, range(5)), member(True, range(1, 3)))

class Four:
    def __eq__(self, other):
        return other == 4

print(Four() in r, Four() in range(3))
