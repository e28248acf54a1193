# Ключи словаря: значения разных типов, равные друг другу (True/1, 1.0/1, IntEnum, Fraction, Decimal)
from enum import IntEnum, Enum
from fractions import Fraction
from decimal import Decimal


class Уровень(IntEnum):
    НИЗКИЙ = 1
    СРЕДНИЙ = 2
    ВЫСОКИЙ = 3


class Цвет(Enum):
    КРАСНЫЙ = 1
    ЗЕЛЁНЫЙ = 2


d = {1: "один", 2: "два"}
print(d[True], d[1.0], d[Fraction(2, 1)], d[Decimal("2.0")], d[Уровень.НИЗКИЙ])
print(True in d, 2.0 in d, Fraction(4, 2) in d, Decimal(1) in d, Цвет.КРАСНЫЙ in d)
d[True] = "истина"
d[2.0] = "два.0"
print(d, list(d.keys()), [type(k).__name__ for k in d])
s = {1, True, 1.0, Fraction(1), Decimal(1), Уровень.НИЗКИЙ}
print(len(s), s, type(next(iter(s))).__name__)
s2 = {Уровень.НИЗКИЙ, 1, True}
print(s2, type(next(iter(s2))).__name__)
print({0: "a", False: "b", 0.0: "c", -0.0: "d"})
print(hash(Fraction(1, 2)) == hash(0.5), hash(Decimal("0.5")) == hash(0.5), {0.5: "пол"}[Fraction(1, 2)], {0.5: "пол"}[Decimal("0.5")])
print(Fraction(1, 3) in {1 / 3}, Decimal("0.1") in {0.1}, Decimal("0.1") == 0.1, Fraction(1, 10) == 0.1)

счётчик = {}
for v in [1, 1.0, True, Уровень.НИЗКИЙ, 2, Уровень.СРЕДНИЙ, 2.5, Fraction(5, 2), Decimal("2.50")]:
    счётчик[v] = счётчик.get(v, 0) + 1
print(счётчик)
print(repr(list(счётчик)[0]), repr(list(счётчик)[2]))


class Ключ:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if isinstance(other, Ключ):
            return self.n == other.n
        if isinstance(other, int):
            return self.n == other
        return NotImplemented

    def __hash__(self):
        return hash(self.n)

    def __repr__(self):
        return f"Ключ({self.n})"


д = {Ключ(1): "объект", Ключ(5): "пять"}
print(д[Ключ(1)], д[Ключ(5)], Ключ(5) in д, Ключ(7) in д, д.get(Ключ(7), "нет"))
д[Ключ(1)] = "заменено"
print(д, Ключ(3) == 3, 3 == Ключ(3), Ключ(3) != 4, hash(Ключ(3)) == hash(3))
print({Ключ(3), Ключ(3)}, len({Ключ(2), Ключ(2.0)}))
print(Уровень.ВЫСОКИЙ == 3, Цвет.КРАСНЫЙ == 1, {Цвет.КРАСНЫЙ: "к"}.get(1, "нет"), {3: "x"}[Уровень.ВЫСОКИЙ])
by_level = dict.fromkeys(Уровень, 0)
for x in [1, 2, 2, 3, 3, 3]:
    by_level[Уровень(x)] += 1
print(by_level, {str(k): v for k, v in by_level.items()})
print(sorted({1.5: "a", 1: "b", Fraction(1, 2): "c", Decimal("0.25"): "d"}.items()))
print(max({Fraction(7, 2), 3.25, Decimal("3.4")} - {3.25}), min([Decimal("2"), 1.5, Fraction(3, 2)]))
print(Decimal("1.5") < Fraction(3, 2), Decimal("1.5") == Fraction(3, 2), Fraction(3, 2) == Decimal("1.5"))
try:
    Decimal("1.5") + Fraction(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2}[{3}]
except TypeError as e:
    print("TypeError:", e)
