# Геометрия на typing.NamedTuple: методы, значения по умолчанию, _replace,
# _asdict, _make, наследование с методами, сравнение и хеширование как
# у кортежей, распаковка и match.
import math
from typing import NamedTuple


class Точка(NamedTuple):
    x: float
    y: float = 0.0

    def __add__(self, other):
        if isinstance(other, Точка):
            return Точка(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def сдвиг(self, dx=0, dy=0):
        return self._replace(x=self.x + dx, y=self.y + dy)

    @classmethod
    def из_строки(cls, s):
        return cls._make(float(v) for v in s.split(";"))

    def __str__(self):
        return f"({self.x:g}; {self.y:g})"


class Отрезок(NamedTuple):
    начало: Точка
    конец: Точка

    @property
    def длина(self):
        return abs(Точка(self.конец.x - self.начало.x, self.конец.y - self.начало.y))


class Метка(Точка):
    def __repr__(self):
        return f"Метка{tuple(self)}"


a = Точка(3, 4)
b = Точка.из_строки("1;2.5")
print(a, b, repr(b), abs(a), a + b, a.сдвиг(dy=-4), Точка(1))
print(a == (3, 4), a < b, hash(a) == hash((3, 4)), {a: "A"}[(3, 4)], sorted([a, b, Точка(0)]))
print(Точка._fields, Точка._field_defaults, a._asdict(), Точка.__annotations__["x"])
x, y = a
print(x, y, a[0], a[-1], len(a), a.count(3), a.index(4), a * 2, (a + b)._fields)
о = Отрезок(Точка(0, 0), Точка(3, 4))
print(о.длина, о, о._replace(конец=Точка(6, 8)).длина, type(о.начало).__name__)
try:
    a.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    Точка()
except TypeError as e:
    print("TypeError:", e)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
м = Метка(1, 2)
print(м, repr(м), isinstance(м, tuple), м.сдвиг(1, 1), type(м.сдвиг(1)).__name__, Метка.__mro__[1].__name__)


def описать(фигура):
    match фигура:
        case Точка(x=0, y=0):
            return "начало координат"
        case Точка(x=0) | Точка(y=0):
            return "на оси"
        case Отрезок(начало=Точка(x=x1), конец=Точка(x=x2)) if x1 == x2:
            return "вертикальный отрезок"
        case (p, q) if isinstance(p, Точка):
            return f"пара точек {p}–{q}"
        case _:
            return "что-то ещё"


for ф in [Точка(0, 0), Точка(0, 5), Отрезок(Точка(1, 0), Точка(1, 9)), Отрезок(a, b), a, (1, 2)]:
    print(описать(ф))
