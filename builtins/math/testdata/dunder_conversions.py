# math's functions take what CPython's take: instances of int and float
# subclasses, values with __float__ (or __index__), such as Decimal, and
# floor, ceil and trunc ask a value's __floor__, __ceil__, __trunc__.
import math
from decimal import Decimal


class Метры(float):
    pass


class Штуки(int):
    pass


class Num:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


class Idx:
    def __index__(self):
        return 9


class Bad:
    def __float__(self):
        return "не число"


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __floor__(self):
        return Vec(*(math.floor(x) for x in self.xs))

    def __ceil__(self):
        return Vec(*(math.ceil(x) for x in self.xs))

    def __trunc__(self):
        return Vec(*(math.trunc(x) for x in self.xs))

    def __repr__(self):
        return f"Vec{self.xs}"


print(math.sqrt(Метры(2.25)), math.floor(Метры(-2.5)), math.ceil(Метры(2.1)), math.trunc(Штуки(7)))
print(type(math.trunc(Штуки(7))).__name__, math.isfinite(Метры(1)), math.hypot(Штуки(3), Метры(4)))
print(math.sqrt(Num(16)), math.floor(Num(2.5)), math.ceil(Num("-2.5")), math.log(Num(1)))
print(math.sqrt(Idx()), math.pow(Idx(), 0.5), math.fsum([Num(0.1)] * 10), math.exp(Decimal(0)))
print(math.sqrt(Decimal("6.25")), math.floor(Decimal("-2.5")), math.ceil(Decimal("2.5")), math.trunc(Decimal("-7.9")))
print(math.floor(Decimal("-12345678901234567890.5")), math.ceil(Decimal("12345678901234567890.01")), Decimal("7.5").__trunc__())
v = Vec(1.5, -1.5, 2.0)
print(math.floor(v), math.ceil(v), math.trunc(v))
for f, arg in [(math.trunc, Num(2.5)), (math.sqrt, Bad()), (math.floor, "x"), (math.sqrt, [1])]:
    try:
        f(arg)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
