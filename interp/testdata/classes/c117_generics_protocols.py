from typing import Generic, TypeVar, Protocol, runtime_checkable, overload, Iterator, Optional, Union

T = TypeVar("T")
K = TypeVar("K", str, int)


class Стек(Generic[T]):
    """Типизированный стек."""

    def __init__(self) -> None:
        self._элементы: list[T] = []

    def положить(self, x: T) -> "Стек[T]":
        self._элементы.append(x)
        return self

    def снять(self) -> T:
        if not self._элементы:
            raise IndexError("снятие из пустого стека")
        return self._элементы.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._элементы)

    def __len__(self) -> int:
        return len(self._элементы)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._элементы})"


class Пара(Generic[K, T]):
    def __init__(self, ключ: K, значение: T):
        self.ключ, self.значение = ключ, значение

    def __repr__(self):
        return f"Пара({self.ключ!r}, {self.значение!r})"


class Контейнер:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


@runtime_checkable
class Озвучиваемый(Protocol):
    def голос(self) -> str:
        ...


class Кот:
    def голос(self):
        return "мяу"


class Камень:
    вес = 10


@overload
def удвоить(x: int) -> int: ...
@overload
def удвоить(x: str) -> str: ...
def удвоить(x):
    return x * 2


с = Стек[int]()
с.положить(1).положить(2).положить(3)
print(с, len(с), list(с), с.снять(), type(с).__name__, type(с) is Стек)
print(Стек[str], Стек[int] == Стек[int], Стек[int] != Стек[str], Стек[str].__origin__ is Стек)
print(Пара("а", 1), Пара[str, int].__args__, Пара.__mro__[1].__name__)
print(Контейнер[int], Контейнер["Кириллица"], Контейнер[3])
print(T, K, T.__name__, repr(Optional[int]), Union[int, str], list[int], dict[str, list[int]])
пустой = Стек[str]()
try:
    пустой.снять()
except IndexError as e:
    print("IndexError:", e)
for obj in (Кот(), Камень(), "строка"):
    print(type(obj).__name__, isinstance(obj, Озвучиваемый))
print(удвоить(21), удвоить("ля"), удвоить.__name__)
try:
    Озвучиваемый()
except TypeError as e:
    print("TypeError:", e)
try:
    runtime_checkable(Стек)
except TypeError as e:
    print("TypeError:", e)


def первый(xs: list[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default


print(первый([5, 6]), первый([], "нет"), первый.__name__)
print(Стек.__doc__, Стек.положить.__qualname__)
