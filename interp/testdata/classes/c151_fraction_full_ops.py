# Экзаменационная задача: class Дробь с полным набором операторов, __repr__/__str__/__format__
from math import gcd
from functools import total_ordering


@total_ordering
class Дробь:
    __slots__ = ("ч", "з")

    def __init__(self, числитель=0, знаменатель=1):
        if isinstance(числитель, Дробь) and знаменатель == 1:
            числитель, знаменатель = числитель.ч, числитель.з
        if знаменатель == 0:
            raise ZeroDivisionError("знаменатель не может быть нулём")
        if not isinstance(числитель, int) or not isinstance(знаменатель, int):
            raise TypeError(f"ожидались целые, получено {type(числитель).__name__} и {type(знаменатель).__name__}")
        g = gcd(числитель, знаменатель)
        if знаменатель < 0:
            g = -g
        self.ч = числитель // g
        self.з = знаменатель // g

    @staticmethod
    def _к(x):
        if isinstance(x, Дробь):
            return x
        if isinstance(x, int):
            return Дробь(x)
        return NotImplemented

    def __add__(self, o):
        o = self._к(o)
        if o is NotImplemented:
            return o
        return Дробь(self.ч * o.з + o.ч * self.з, self.з * o.з)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._к(o)
        if o is NotImplemented:
            return o
        return Дробь(self.ч * o.з - o.ч * self.з, self.з * o.з)

    def __rsub__(self, o):
        return Дробь(o) - self

    def __mul__(self, o):
        o = self._к(o)
        if o is NotImplemented:
            return o
        return Дробь(self.ч * o.ч, self.з * o.з)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._к(o)
        if o is NotImplemented:
            return o
        return Дробь(self.ч * o.з, self.з * o.ч)

    def __rtruediv__(self, o):
        return Дробь(o) / self

    def __floordiv__(self, o):
        r = self / o
        return r.ч // r.з

    def __mod__(self, o):
        return self - Дробь(self // o) * o

    def __pow__(self, n):
        if n < 0:
            return Дробь(self.з ** -n, self.ч ** -n)
        return Дробь(self.ч ** n, self.з ** n)

    def __neg__(self):
        return Дробь(-self.ч, self.з)

    def __pos__(self):
        return self

    def __abs__(self):
        return Дробь(abs(self.ч), self.з)

    def __eq__(self, o):
        o = self._к(o)
        if o is NotImplemented:
            return o
        return (self.ч, self.з) == (o.ч, o.з)

    def __lt__(self, o):
        o = self._к(o)
        if o is NotImplemented:
            return o
        return self.ч * o.з < o.ч * self.з

    def __hash__(self):
        return hash((self.ч, self.з)) if self.з != 1 else hash(self.ч)

    def __bool__(self):
        return self.ч != 0

    def __float__(self):
        return self.ч / self.з

    def __int__(self):
        return int(self.ч / self.з)

    def __round__(self, n=None):
        return round(float(self), n) if n is not None else round(float(self))

    def __repr__(self):
        return f"Дробь({self.ч}, {self.з})"

    def __str__(self):
        return str(self.ч) if self.з == 1 else f"{self.ч}/{self.з}"

    def __format__(self, spec):
        if spec == "см":
            целая, ост = divmod(abs(self.ч), self.з)
            знак = "-" if self.ч < 0 else ""
            if not ост:
                return f"{знак}{целая}"
            return f"{знак}{целая} {ост}/{self.з}" if целая else f"{знак}{ост}/{self.з}"
        if spec and spec[-1] in "fe%":
            return format(float(self), spec)
        return format(str(self), spec)


a, b = Дробь(1, 3), Дробь(-5, 10)
print(a, b, repr(b), a + b, a - b, a * b, a / b, a ** 2, b ** -3)
print(1 + a, 2 - a, 3 * b, 1 / a, a // Дробь(1, 7), Дробь(7, 2) % 2, -a, +b, abs(b))
print(a > b, a <= b, a == Дробь(2, 6), Дробь(4, 2) == 2, 2 == Дробь(4, 2), a != b)
print(bool(Дробь(0, 5)), float(b), int(Дробь(-7, 2)), round(Дробь(22, 7), 3), round(Дробь(5, 2)))
print(f"{Дробь(22, 7):см}|{Дробь(-9, 4):см}|{Дробь(2, 3):см}|{Дробь(8, 4):см}")
print(f"{a:.3f}|{b:>8}|{a:^9}|{Дробь(1, 8):.1%}|{Дробь(3, 4)!s:*<6}|{a!r:>16}")
print(sorted([Дробь(1, 2), Дробь(1, 3), Дробь(2, 3), Дробь(-1, 4), Дробь(0)]))
print(sum([Дробь(1, n) for n in range(1, 7)]), max(a, b), min(a, b, key=abs))
print(len({Дробь(1, 2), Дробь(2, 4), Дробь(3, 1)}), {Дробь(6, 2): "три"}[Дробь(3)], hash(Дробь(6, 2)) == hash(3))
try:
    Дробь(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Дробь(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError:", e)
try:
    a < "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(a == "1/3", a.__eq__(1.0), Дробь.__slots__, hasattr(a, "__dict__"))
