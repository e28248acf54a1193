# Numeric protocols on a fixed-point Money type and a Temperature: __index__,
# __int__, __float__, __round__, __trunc__, __floor__, __ceil__, __format__
# with specs, __bool__, reflected operators, and immutable int/str/tuple/float
# subclasses built in __new__.
import math
from functools import total_ordering


@total_ordering
class Cents:
    __slots__ = ("_v",)

    def __init__(self, v):
        object.__setattr__(self, "_v", int(v))

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __index__(self):
        return self._v

    def __int__(self):
        return self._v

    def __float__(self):
        return self._v / 100

    def __round__(self, n=None):
        return Cents(round(self._v, -2)) if n is None else Cents(round(self._v, n - 2))

    def __trunc__(self):
        return int(self._v / 100)

    def __floor__(self):
        return self._v // 100

    def __ceil__(self):
        return -(-self._v // 100)

    def __bool__(self):
        return self._v != 0

    def __eq__(self, other):
        return isinstance(other, Cents) and self._v == other._v

    def __lt__(self, other):
        if not isinstance(other, Cents):
            return NotImplemented
        return self._v < other._v

    def __hash__(self):
        return hash(self._v)

    def __add__(self, other):
        if isinstance(other, int):
            other = Cents(other)
        if not isinstance(other, Cents):
            return NotImplemented
        return Cents(self._v + other._v)

    __radd__ = __add__

    def __format__(self, spec):
        if spec.endswith("r"):
            return format(self._v / 100, spec[:-1] + "f") + " ₽"
        return format(float(self), spec)

    def __repr__(self):
        return f"Cents({self._v})"


c = Cents(-1250)
print(int(c), float(c), math.trunc(c), math.floor(c), math.ceil(c), round(c), round(Cents(1234), 1))
print(bin(Cents(5)), hex(Cents(255)), [10, 20, 30, 40][Cents(2)], "abcdef"[Cents(1):Cents(4)], range(Cents(3))[-1])
print(f"{Cents(123456):,.2r}|{Cents(5):>8.1f}|{Cents(99)!r}|{Cents(7):.0%}")
print(sum([Cents(100), Cents(250)]), 5 + Cents(1), bool(Cents(0)), sorted([Cents(3), Cents(-1), Cents(2)]))
print(Cents(1) <= Cents(1), Cents(2) > Cents(1), Cents(1) == 1, max(Cents(4), Cents(9)), {Cents(1), Cents(1)})
try:
    c._v = 0
except AttributeError as e:
    print("AttributeError:", e)
try:
    Cents(1) < 2
except TypeError as e:
    print("TypeError:", e)


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError(f"{degrees} is below absolute zero")
        return super().__new__(cls, round(degrees, 2))

    def __repr__(self):
        return f"{float(self):g}°C"


class Code(str):
    def __new__(cls, s):
        return super().__new__(cls, s.strip().upper())


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (min(a, b), max(a, b)))

    @property
    def span(self):
        return self[1] - self[0]


class Level(int):
    def __new__(cls, n):
        return super().__new__(cls, max(0, min(n, 10)))


t = Celsius(21.456)
print(t, t + 1, type(t + 1).__name__, Celsius(0) == 0.0, isinstance(t, float))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
k = Code("  ab-12 ")
print(repr(k), k == "AB-12", k.lower(), type(k.lower()).__name__, {"AB-12": 1}[k], "AB" in k)
p = Pair(9, 2)
print(p, p.span, p + (1,), type(p + (1,)).__name__, Pair(1, 1) == (1, 1), len(p))
print(Level(15), Level(-3), Level(4) + Level(5), type(Level(4) + 1).__name__, [0] * Level(3))
