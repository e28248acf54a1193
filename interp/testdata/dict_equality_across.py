# Dicts compare by Python's equality of their values and lookup of their
# keys: a Decimal value equals an int, an IntEnum key its int, True 1.
from decimal import Decimal
from fractions import Fraction
from enum import IntEnum
class P(IntEnum):
    A = 1
print({1: Decimal(2)} == {1: 2}, {1: P.A} == {1: 1}, [{1: P.A}] == [{1: 1}], {P.A: 1} == {1: 1})
print({1: True} == {1: 1}, {"a": [1, 2]} == {"a": [1, 2]}, {"a": {"b": 1.0}} == {"a": {"b": 1}}, {1: 2} != {1: Fraction(2)})
d = {}
d["self"] = d
e = {}
e["self"] = e
try:
    print(d == d, d == e)
except RecursionError as x:
    print("RecursionError", x)
print({"k": 1} in [{"k": True}], {1: 2} == {1: 3}, {1: 2} == {2: 2})
