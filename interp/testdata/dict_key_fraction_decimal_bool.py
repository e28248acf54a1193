# A Fraction or Decimal equal to an int or float finds that key, as in
# CPython; d[True] = v and a display's False key set the int key.
from decimal import Decimal
from fractions import Fraction

d = {1: "one", 2.5: "two and a half", 0: "zero"}
print(d[Fraction(1)], d[Fraction(5, 2)], d[Decimal("1.00")], d[Decimal("2.5")], d[Decimal(0)])
print(d.get(Fraction(2, 2)), d.get(Decimal("-0")), d.get(Fraction(1, 3), "none"), d.get(Decimal("0.1"), "none"))
print(Fraction(5, 2) in d, Decimal("2.50") in d, Fraction(7, 3) in d, Decimal("NaN") in d)
print(d.setdefault(Fraction(1), "new"), d.setdefault(Decimal("3"), "three"), d)
print({float("inf"): "inf"}[Decimal("Infinity")], {-float("inf"): "-inf"}.get(Decimal("-Infinity")))
print({10**30: "big"}[Decimal("1e30")], {10**30: "big"}[Fraction(10**30)])
try:
    d[Fraction(1, 3)]
except KeyError as e:
    print("KeyError", e)
try:
    d[Decimal("0.1")]
except KeyError as e:
    print("KeyError", e)

k = {1: "a", 0: "z"}
k[True] = "b"
k[False] = "y"
print(k)
lst = ["x", "y"]
lst[True] = "Y"
lst[False] = "X"
print(lst)
print({0: "a", False: "b", 0.0: "c"}, {1: "p", True: "q", 1.0: "r"})
key = True
print({1: "p", key: "q"}, {key: "q", 1: "p"})
print({True: "t"}.get(1), 1.0 in {True: 0}, {False: "f"}.get(0), {False: "f"}.get(0.0), {True: 1}.get(2, "-"))
