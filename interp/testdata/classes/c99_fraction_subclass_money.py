from fractions import Fraction
from functools import total_ordering
import numbers


class Доля(Fraction):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args, **kwargs)

    def процент(self):
        return f"{float(self) * 100:.1f}%"

    def __repr__(self):
        return f"Доля({self.numerator}/{self.denominator})"


d = Доля(1, 4)
print(d, repr(d), d.процент(), isinstance(d, Fraction), isinstance(d, numbers.Rational))
s = d + Доля(1, 4)
print(s, type(s).__name__, d * 2, type(d * 2).__name__)
print(Доля("3/9"), Доля(0.5), Доля(3), Доля(1, 3) < Доля(1, 2), d == 0.25, hash(d) == hash(Fraction(1, 4)))
try:
    Доля(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Доля("полтора")
except ValueError as e:
    print("ValueError:", e)


@total_ordering
class Сумма:
    __slots__ = ("копейки",)

    def __init__(self, рубли=0, копейки=0):
        self.копейки = рубли * 100 + копейки

    @classmethod
    def из_строки(cls, текст):
        текст = текст.replace("руб.", "").replace(" ", "").replace(",", ".")
        доля = Fraction(текст)
        return cls(0, int(доля * 100))

    def __eq__(self, other):
        if isinstance(other, Сумма):
            return self.копейки == other.копейки
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Сумма):
            return self.копейки < other.копейки
        return NotImplemented

    def __hash__(self):
        return hash(self.копейки)

    def __add__(self, other):
        return Сумма(0, self.копейки + other.копейки)

    def __mul__(self, k):
        if isinstance(k, numbers.Integral):
            return Сумма(0, self.копейки * k)
        if isinstance(k, Fraction):
            return Сумма(0, round(self.копейки * k))
        return NotImplemented

    def __format__(self, spec):
        текст = f"{self.копейки // 100},{self.копейки % 100:02d} руб."
        return format(текст, spec)

    def __repr__(self):
        return f"Сумма({self.копейки // 100}, {self.копейки % 100})"


цены = [Сумма.из_строки(t) for t in ["12,50 руб.", "3 руб.", "0,99", "100"]]
print(цены)
print(sorted(цены), max(цены), min(цены))
print(Сумма(1) <= Сумма(1), Сумма(2) > Сумма(1), Сумма(1) >= Сумма(3), Сумма(1) != Сумма(1, 0))
print(len({Сумма(1), Сумма(0, 100), Сумма(2)}))
итого = sum(цены, Сумма())
print(f"|{итого:>20}|{итого:<20}|{итого:^20}|")
print(итого * 3, итого * Fraction(1, 3))
try:
    итого * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    Сумма(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    Сумма(1).лишнее = 1
except AttributeError as e:
    print("AttributeError:", e)
for c in цены:
    print(f"{c!r:<16}{c:>14}")
