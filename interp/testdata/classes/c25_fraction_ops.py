# Дробь: полный набор операторов, __radd__/__rsub__/__rmul__/__rtruediv__, __neg__/__abs__, __bool__, __hash__, total_ordering
from functools import total_ordering
from math import gcd


@total_ordering
class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("знаменатель равен нулю")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @classmethod
    def parse(cls, text):
        a, _, b = text.partition("/")
        return cls(int(a), int(b or 1))

    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self + (-o)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self * Frac(o.den, o.num)

    def __rtruediv__(self, other):
        return Frac(self.den, self.num) * other

    def __pow__(self, n):
        return Frac(self.num ** n, self.den ** n) if n >= 0 else Frac(self.den ** -n, self.num ** -n)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __bool__(self):
        return self.num != 0

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __eq__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else (self.num, self.den) == (o.num, o.den)

    def __lt__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)


a, b = Frac(1, 2), Frac.parse("3/4")
print(a + b, a - b, a * b, a / b, b ** 2, a ** -2, -a, abs(Frac(-5, 10)))
print(1 + a, 2 - b, 3 * a, 1 / b, a + 1, b - 1, sum([a, b, Frac(1, 4)]), sum([Frac(1, 3)] * 3))
print(a == Frac(2, 4), a != b, a < b, a >= b, a == "1/2", sorted([b, a, Frac(-1, 3), Frac(2)]))
print(float(b), int(Frac(7, 2)), bool(Frac(0, 5)), bool(a), round(float(Frac(2, 3)), 4))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), max(a, b), min([a, b], key=float))
x = Frac(1, 6)
x += Frac(1, 3)
x *= 4
print(x, repr(x))
for bad in ("2.5", [1], None):
    try:
        a + bad
    except TypeError as e:
        print("TypeError:", e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a < 0.5
except TypeError as e:
    print("TypeError:", e)
print(f"{str(a):>6}|{str(b):<6}|{float(a):.3f}")
