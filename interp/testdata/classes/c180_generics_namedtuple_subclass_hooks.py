# typing.Generic во время выполнения, NamedTuple с методами, __class_getitem__, __init_subclass__
from typing import Generic, TypeVar, NamedTuple, Optional, get_args, get_origin

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Ящик(Generic[T]):
    def __init__(self, содержимое: T):
        self.содержимое = содержимое

    def __repr__(self):
        return f"{type(self).__name__}({self.содержимое!r})"


class Пара(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


я = Ящик[int](5)
print(я, Ящик[int], Ящик[str] == Ящик[str], Ящик[int] == Ящик[str], type(я) is Ящик, get_args(Пара[str, int]), get_origin(Ящик[int]) is Ящик)
print(Ящик.__parameters__, Пара.__parameters__, Ящик.__mro__[1].__name__, isinstance(я, Ящик), issubclass(Ящик, Generic))
try:
    Ящик[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(я, Ящик[int])
except TypeError as e:
    print("TypeError:", e)


class ЦелыйЯщик(Ящик[int]):
    def удвоить(self):
        return ЦелыйЯщик(self.содержимое * 2)


print(ЦелыйЯщик(21).удвоить(), ЦелыйЯщик.__orig_bases__, ЦелыйЯщик.__parameters__)


class Точка(NamedTuple):
    x: float
    y: float = 0.0
    метка: Optional[str] = None

    def расстояние(self, другая: "Точка") -> float:
        return ((self.x - другая.x) ** 2 + (self.y - другая.y) ** 2) ** 0.5

    def __str__(self):
        return f"({self.x}, {self.y})" + (f" «{self.метка}»" if self.метка else "")

    @classmethod
    def начало(cls):
        return cls(0.0, 0.0, "O")

    @property
    def квадрант(self):
        return 1 if self.x >= 0 and self.y >= 0 else 0


а = Точка(3.0, 4.0)
о = Точка.начало()
print(а, repr(а), str(о), а.расстояние(о), а._replace(метка="A"), а._asdict(), Точка._fields, Точка._field_defaults)
print(а == (3.0, 4.0, None), а[0], а[-1], len(а), а.квадрант, Точка._make([1, 2, "B"]), sorted([а, о]), max(а[:2]), tuple(а))
try:
    а.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Точка()
except TypeError as e:
    print("TypeError:", e)


class Реестр:
    плагины = {}

    def __init_subclass__(cls, /, имя=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.имя = имя or cls.__name__.lower()
        Реестр.плагины[cls.имя] = cls

    def __class_getitem__(cls, ключ):
        return cls.плагины[ключ]


class Экспорт(Реестр, имя="экспорт"):
    pass


class Импорт(Реестр):
    pass


class ЭкспортCSV(Экспорт, имя="csv"):
    pass


print(sorted(Реестр.плагины), Реестр["csv"].__name__, Экспорт.имя, Импорт.имя, ЭкспортCSV.__mro__[1].__name__, Реестр["экспорт"] is Экспорт)
try:
    class Плохой(Реестр, цвет="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Реестр["нет"]
except KeyError as e:
    print("KeyError:", e)
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, list[int]([1, 2]), get_args(dict[str, int]))
