# The numeric tower: builtin numbers and library numbers are registered
# as in CPython; user classes register or subclass the ABCs.
import numbers
from decimal import Decimal
from fractions import Fraction

ABCS = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
print(numbers.__all__)
for abc in ABCS:
    print(abc, abc.__name__, abc.__module__, abc.__qualname__)
for value in (3, True, 2.5, Fraction(1, 3), Decimal("1.5"), "3", None, [1]):
    print(repr(value), [isinstance(value, abc) for abc in ABCS])
for cls in (int, bool, float, Fraction, Decimal, str, object):
    print(cls.__name__, [issubclass(cls, abc) for abc in ABCS])
print([issubclass(a, b) for a in ABCS for b in ABCS])
print(isinstance(3, (str, numbers.Real)), isinstance("x", (str, numbers.Real)))


class MyInt(int):
    pass


print(isinstance(MyInt(4), numbers.Integral), issubclass(MyInt, numbers.Rational))


class Money(Decimal):
    pass


print(isinstance(Money("2"), numbers.Number), isinstance(Money("2"), numbers.Real))


class Meters:
    def __init__(self, v):
        self.v = v


print(numbers.Real.register(Meters) is Meters)
print(isinstance(Meters(1), numbers.Real), isinstance(Meters(1), numbers.Number),
      isinstance(Meters(1), numbers.Integral), issubclass(Meters, numbers.Complex))


class SubMeters(Meters):
    pass


print(isinstance(SubMeters(2), numbers.Complex))
try:
    numbers.Number.register(3)
except TypeError as e:
    print("TypeError:", e)


def describe(x):
    if isinstance(x, numbers.Integral):
        return "integral"
    if isinstance(x, numbers.Rational):
        return "rational"
    if isinstance(x, numbers.Real):
        return "real"
    if isinstance(x, numbers.Number):
        return "number"
    return "not a number"


print([describe(x) for x in (1, False, Fraction(2, 3), 0.1, Decimal(7), "7")])
