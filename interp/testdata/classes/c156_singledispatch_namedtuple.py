# functools.singledispatchmethod, abstract properties, typing.NamedTuple с методами
from functools import singledispatchmethod, singledispatch
from abc import ABC, abstractmethod
from typing import NamedTuple
from decimal import Decimal
from fractions import Fraction


class Форматтер:
    def __init__(self, точность=2):
        self.точность = точность

    @singledispatchmethod
    def формат(self, значение):
        return f"<{type(значение).__name__}>"

    @формат.register
    def _(self, значение: int):
        return f"целое {значение:,}".replace(",", " ")

    @формат.register
    def _(self, значение: float):
        return f"вещественное {значение:.{self.точность}f}"

    @формат.register(list)
    @формат.register(tuple)
    def _(self, значение):
        return "[" + "; ".join(self.формат(x) for x in значение) + "]"

    @формат.register
    def _(self, значение: bool):
        return "да" if значение else "нет"

    @формат.register
    def _(self, значение: str):
        return f"«{значение}»"


ф = Форматтер(3)
for v in [1234567, 3.14159, True, "ёж", [1, 2.5, ("а", False)], None, Decimal("1.5"), {1: 2}]:
    print(ф.формат(v))


@singledispatch
def площадь(фигура):
    raise NotImplementedError(f"не умею считать площадь {type(фигура).__name__}")


class Фигура(ABC):
    @property
    @abstractmethod
    def название(self):
        ...

    @property
    @abstractmethod
    def площадь(self):
        ...

    def __str__(self):
        return f"{self.название}: {self.площадь:.2f}"


class Квадрат(Фигура):
    def __init__(self, a):
        self.a = a

    @property
    def название(self):
        return "квадрат"

    @property
    def площадь(self):
        return self.a ** 2


class Недоделанная(Фигура):
    @property
    def название(self):
        return "?"


print(Квадрат(1.5), sorted(Фигура.__abstractmethods__), Недоделанная.__abstractmethods__)
try:
    Недоделанная()
except TypeError as e:
    print("TypeError:", e)
try:
    площадь(Квадрат(2))
except NotImplementedError as e:
    print("NotImplementedError:", e)
площадь.register(Квадрат, lambda к: к.a * к.a)
print(площадь(Квадрат(3)), площадь.dispatch(Квадрат) is not площадь.dispatch(object))


class Точка(NamedTuple):
    x: float
    y: float = 0.0
    метка: str = ""

    def расстояние(self, другая=None):
        другая = другая or Точка(0, 0)
        return ((self.x - другая.x) ** 2 + (self.y - другая.y) ** 2) ** 0.5

    def __str__(self):
        return f"{self.метка or '·'}({self.x:g}; {self.y:g})"

    @classmethod
    def из_строки(cls, s):
        метка, _, коорд = s.partition("=")
        x, y = map(float, коорд.split(","))
        return cls(x, y, метка)


а = Точка(3, 4, "А")
б = Точка.из_строки("Б=1,1")
print(а, repr(б), а.расстояние(), round(а.расстояние(б), 3), а._asdict(), Точка._fields, Точка._field_defaults)
print(а._replace(метка="А'"), а[0] + а[1], а == (3, 4, "А"), sorted([а, б, Точка(1, 0)]), str(Точка(2.5)))
x, y, *_ = а
print(x, y, Точка._make([7, 8, "В"]), isinstance(а, tuple), len(а), hash(а) == hash((3, 4, "А")))
try:
    а.x = 0
except AttributeError as e:
    print("AttributeError:", e)
try:
    Точка()
except TypeError as e:
    print("TypeError:", e)
print(Fraction(1, 3) + Fraction(1, 6), ф.формат(Fraction(1, 2)))
