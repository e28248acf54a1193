# typing.Generic контейнеры, __class_getitem__, dataclasses.field(kw_only=True), KW_ONLY
from typing import Generic, TypeVar, Iterator, Optional
from dataclasses import dataclass, field, KW_ONLY, fields, asdict

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Стек(Generic[T]):
    def __init__(self, *элементы: T) -> None:
        self._э: list[T] = list(элементы)

    def положить(self, x: T) -> "Стек[T]":
        self._э.append(x)
        return self

    def снять(self) -> T:
        if not self._э:
            raise IndexError("снятие с пустого стека")
        return self._э.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._э)

    def __len__(self):
        return len(self._э)

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(repr, self._э))})"


class Пара(Generic[K, V]):
    def __init__(self, к: K, з: V):
        self.к, self.з = к, з

    def __repr__(self):
        return f"Пара({self.к!r}, {self.з!r})"


class Реестр:
    типы = {}

    def __class_getitem__(cls, item):
        имя = item.__name__ if isinstance(item, type) else repr(item)
        cls.типы.setdefault(имя, 0)
        cls.типы[имя] += 1
        return f"Реестр для {имя}"


с = Стек[int](1, 2)
с.положить(3).положить(4)
print(с, len(с), list(с), с.снять(), с)
print(Стек[str], Пара[str, int], Стек[int].__origin__ is Стек, Пара[str, int].__args__)
print(type(с).__name__, isinstance(с, Стек), Стек.__parameters__, Пара.__parameters__)
print(Пара("ключ", [1]), Реестр[int], Реестр[str], Реестр[int], Реестр["x"], Реестр.типы)
try:
    Стек().снять()
except IndexError as e:
    print("IndexError:", e)
try:
    isinstance(с, Стек[int])
except TypeError as e:
    print("TypeError:", e)
try:
    Пара[int]
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Сотрудник:
    фамилия: str
    зарплата: int = 0
    отдел: str = field(default="общий", kw_only=True)
    навыки: list = field(default_factory=list, kw_only=True, repr=False)


@dataclass
class Руководитель(Сотрудник):
    подчинённые: int = 0
    _: KW_ONLY
    машина: Optional[str] = None


р = Руководитель("Смирнова", 200, 5, отдел="ИТ", машина="Лада")
print(р, [f.name for f in fields(р)], [f.kw_only for f in fields(р)])
print(Сотрудник("Кузнецов"), Сотрудник("Орлов", 90, навыки=["go"]).навыки, asdict(р))
try:
    Сотрудник("А", 1, "отдел")
except TypeError as e:
    print("TypeError:", e)
try:
    Руководитель("Б", 1, 2, "машина")
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class Настройки:
    хост: str = "localhost"
    порт: int = 8080
    отладка: bool = False


print(Настройки(порт=9000), Настройки() == Настройки(хост="localhost"))
try:
    Настройки("example.org")
except TypeError as e:
    print("TypeError:", e)
